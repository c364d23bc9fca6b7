/**
 * A component that is loaded the first time it is needed, in its own chunk.
 * `load()` always returns the same promise, so `{#await panel.load() then P}`
 * loads once and renders at once on every later use.
 */
import type { Component } from 'svelte';

export interface LazyComponent<T> {
  load(): Promise<T>;
}

// `any` props: each caller passes the component's own props, checked where it is rendered.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazy<T extends Component<any, any, any>>(
  loader: () => Promise<{ default: T }>,
): LazyComponent<T> {
  let loading: Promise<T> | undefined;
  return {
    load: () => (loading ??= loader().then((module) => module.default)),
  };
}
