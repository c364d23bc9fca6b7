// The embed entry: the timeline without the page chrome and the editors' tools, built as one self-contained file.
import { mount } from 'svelte';
import EmbedApp from './EmbedApp.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('embed.html has no #app element');

export default mount(EmbedApp, { target });
