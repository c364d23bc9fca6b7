import { describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import { lazy } from './lazy.svelte';

const Panel = (() => {}) as unknown as Component;

describe('lazy', () => {
  it('starts loading at the first read of current, which is undefined until the component arrives', async () => {
    const loader = vi.fn(() => Promise.resolve({ default: Panel }));
    const panel = lazy(loader);
    expect(loader).not.toHaveBeenCalled();
    expect(panel.current).toBeUndefined();
    expect(loader).toHaveBeenCalledTimes(1);
    await expect(panel.load()).resolves.toBe(Panel);
    expect(panel.current).toBe(Panel);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('loads once for every caller', async () => {
    const loader = vi.fn(() => Promise.resolve({ default: Panel }));
    const panel = lazy(loader);
    const [a, b] = await Promise.all([panel.load(), panel.load()]);
    expect(a).toBe(Panel);
    expect(b).toBe(Panel);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load, such as a dropped connection', async () => {
    const loader = vi
      .fn<() => Promise<{ default: Component }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce({ default: Panel });
    const panel = lazy(loader);
    await expect(panel.load()).rejects.toThrow('Failed to fetch');
    expect(panel.current).toBeUndefined();
    await vi.waitFor(() => expect(panel.current).toBe(Panel));
    expect(loader).toHaveBeenCalledTimes(2);
  });
});
