import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Legend from './Legend.svelte';
import { validateDatasetText } from '../validate/validate-dataset';
import { readFixture } from '../../../tests/helpers/files';
import type { Dataset } from '../model/schema';

function fixtureDataset(): Dataset {
  const result = validateDatasetText(readFixture('valid/minimal.json'));
  if (!result.ok) throw new Error('fixture should be valid');
  return result.dataset;
}

const itemsOf = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((item) => item.textContent?.trim());

describe('Legend', () => {
  it('lists the actors who act first in some event, not those only acted upon or joining in', () => {
    const base = fixtureDataset();
    const dataset: Dataset = {
      ...base,
      actors: [
        ...base.actors,
        { id: 'merfolk', name: { en: 'Merfolk', nl: 'Meermensen' }, shortName: 'MF', kind: 'group' },
        { id: 'tide-council', name: 'Tide Council', shortName: 'TC', kind: 'organisation' },
      ],
      events: base.events.map((event, i) =>
        i === 0 ? { ...event, actors: [...event.actors, 'merfolk'], targets: ['tide-council'] } : event,
      ),
    };
    render(Legend, { props: { dataset, language: 'en' } });
    expect(screen.getByRole('heading', { name: 'Who acted' })).toBeVisible();
    expect(itemsOf('Who acted')).toEqual(['Atlantis', 'Lemuria', 'Ocean Court']);
  });

  it('names the four kinds of act', () => {
    render(Legend, { props: { dataset: fixtureDataset(), language: 'en' } });
    expect(itemsOf('What kind of act')).toEqual([
      'Statement of cooperation',
      'Cooperative act',
      'Accusation, demand or threat',
      'Hostile act or sanction',
    ]);
  });

  it('names the six link kinds and the three evidence levels', () => {
    render(Legend, { props: { dataset: fixtureDataset(), language: 'en' } });
    expect(itemsOf('Links')).toEqual([
      'Retaliation',
      'Reciprocal measure',
      'Response',
      'Escalation',
      'De-escalation',
      'Procedural step',
    ]);
    expect(itemsOf('How sure the link is')).toEqual([
      'Explicit: a source states the link',
      'Contextual: timing and subject match',
      'Alleged: suggested or denied',
    ]);
  });

  it('explains how imprecise and approximate dates are drawn', () => {
    render(Legend, { props: { dataset: fixtureDataset(), language: 'en' } });
    expect(
      screen.getByText(/hollow mark with a bar.*month or year.*dashed outline.*approximate/),
    ).toBeVisible();
  });

  it('keeps its drawings out of the accessibility tree', () => {
    const { container } = render(Legend, { props: { dataset: fixtureDataset(), language: 'en' } });
    const drawings = container.querySelectorAll('svg');
    expect(drawings).toHaveLength(4 + 6 + 3);
    drawings.forEach((svg) => expect(svg).toHaveAttribute('aria-hidden', 'true'));
  });
});
