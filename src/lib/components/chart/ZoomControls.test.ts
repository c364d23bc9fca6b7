import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ZoomControls from './ZoomControls.svelte';

function renderControls({ canZoomIn = true, canZoomOut = true } = {}) {
  const callbacks = { onzoomin: vi.fn(), onzoomout: vi.fn(), onreset: vi.fn() };
  render(ZoomControls, { props: { ...callbacks, canZoomIn, canZoomOut } });
  return { user: userEvent.setup(), ...callbacks };
}

type Callback = 'onzoomin' | 'onzoomout' | 'onreset';

describe('ZoomControls', () => {
  it('groups its three buttons under "Zoom"', () => {
    renderControls();
    const zoom = within(screen.getByRole('group', { name: 'Zoom' }));
    expect(zoom.getAllByRole('button')).toEqual(
      ['Zoom in', 'Zoom out', 'Show all'].map((name) => zoom.getByRole('button', { name })),
    );
  });

  it.each<[string, Callback]>([
    ['Zoom in', 'onzoomin'],
    ['Zoom out', 'onzoomout'],
    ['Show all', 'onreset'],
  ])('"%s" calls %s and nothing else', async (name, called) => {
    const { user, ...callbacks } = renderControls();
    await user.click(screen.getByRole('button', { name }));
    for (const [callback, spy] of Object.entries(callbacks)) {
      expect(spy, callback).toHaveBeenCalledTimes(callback === called ? 1 : 0);
    }
  });

  it.each([
    { canZoomIn: true, canZoomOut: true, enabled: ['Zoom in', 'Zoom out', 'Show all'] },
    { canZoomIn: true, canZoomOut: false, enabled: ['Zoom in'] },
    { canZoomIn: false, canZoomOut: true, enabled: ['Zoom out', 'Show all'] },
    { canZoomIn: false, canZoomOut: false, enabled: [] },
  ])(
    'with canZoomIn $canZoomIn and canZoomOut $canZoomOut, enables only $enabled',
    ({ canZoomIn, canZoomOut, enabled }) => {
      renderControls({ canZoomIn, canZoomOut });
      for (const name of ['Zoom in', 'Zoom out', 'Show all']) {
        const button = screen.getByRole('button', { name });
        if (enabled.includes(name)) expect(button, name).toBeEnabled();
        else expect(button, name).toBeDisabled();
      }
    },
  );

  it('does not call back from a disabled button', async () => {
    const { user, onzoomin } = renderControls({ canZoomIn: false });
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(onzoomin).not.toHaveBeenCalled();
  });
});
