import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import LoadFailure from './LoadFailure.svelte';

describe('LoadFailure', () => {
  it('shows an invalid dataset as an alert that lists its problems', () => {
    render(LoadFailure, {
      props: {
        result: {
          state: 'invalid',
          url: 'data/x.json',
          origin: 'site',
          source: '{}',
          problems: [{ path: ['events'], message: 'is missing', line: 1, column: 1 }],
        },
      },
    });
    const alert = screen.getByRole('alert', { name: 'This dataset has problems' });
    expect(alert).toHaveTextContent('data/x.json');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('line 1, column 1 events is missing');
  });

  it('says why a dataset could not be loaded, with no problem list', () => {
    render(LoadFailure, {
      props: { result: { state: 'failed', reason: 'network', url: 'data/x.json', origin: 'site' } },
    });
    const alert = screen.getByRole('alert', { name: 'The timeline could not be loaded' });
    expect(alert).toHaveTextContent(/network|connection/i);
    expect(within(alert).queryByRole('list')).toBeNull();
  });
});
