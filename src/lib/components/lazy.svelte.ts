/**
 * A component that is loaded the first time it is needed, in its own chunk.
 * Read `current` where the component goes: the first read starts the load,
 * and it is undefined until the component has arrived, so
 * `{#if panel.current}<panel.current … />{/if}` shows it as soon as it can and
 * at once on every later use. `load()` is for code that must wait for it.
 *
 * Not `{#await panel.load() then P}`: the await block is a part of Svelte's
 * runtime that the embed, which carries every panel inside it, would ship for
 * nothing (about 0.4 kB of its 40 kB budget).
 */
import type { Component } from 'svelte';

// `any` props: each caller passes the component's own props, checked where it is rendered.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export class LazyComponent<T extends Component<any, any, any>> {
  #loader: () => Promise<{ default: T }>;
  #loading: Promise<T> | undefined;
  #component: T | undefined = $state.raw();

  constructor(loader: () => Promise<{ default: T }>) {
    this.#loader = loader;
  }

  /** The component once it has loaded; reading it starts the load. */
  get current(): T | undefined {
    if (!this.#component) this.load().catch(() => {});
    return this.#component;
  }

  /** The component, loaded once; a failed load (a network error) is tried again at the next request. */
  load(): Promise<T> {
    this.#loading ??= this.#loader().then(
      (module) => (this.#component = module.default),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazy<T extends Component<any, any, any>>(
  loader: () => Promise<{ default: T }>,
): LazyComponent<T> {
  return new LazyComponent(loader);
}
