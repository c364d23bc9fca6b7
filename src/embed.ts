// The embed entry: the same app, with the page chrome off, built as one self-contained file.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('embed.html has no #app element');

export default mount(App, { target, props: { embedded: true } });
