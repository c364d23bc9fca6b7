import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EventList from './EventList.svelte';
import { validateDatasetText } from '../validate/validate-dataset';
import { readFixture } from '../../../tests/helpers/files';
import type { Dataset } from '../model/schema';
import { chronological } from '../model/chronology';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';

function fixtureDataset(): Dataset {
  const result = validateDatasetText(readFixture('valid/minimal.json'));
  if (!result.ok) throw new Error('fixture should be valid');
  return result.dataset;
}

describe('EventList', () => {
  it('lists events in time order with date, title and actor names from the data', () => {
    const dataset = fixtureDataset();
    render(EventList, {
      props: { dataset, events: chronological([...dataset.events].reverse()), language: 'en' },
    });
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    // A month-precision event starts on the 1st, so it comes before days of that month.
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Lemuria expels an Atlantean envoy',
      'Atlantis expels a Lemurian envoy',
      'The Ocean Court hears both sides',
    ]);
    expect(items[1]).toHaveTextContent('4 March 2001');
    expect(items[1]).toHaveTextContent('Actors: Atlantis → Targets: Lemuria');
    expect(items[0]).toHaveTextContent('March 2001');
    expect(items[2]).toHaveTextContent('about 2002 – June 2003');
  });

  it('uses the requested translation when the data has one', () => {
    const dataset = fixtureDataset();
    render(EventList, { props: { dataset, events: dataset.events, language: 'nl' } });
    expect(
      screen.getByRole('heading', { name: 'Lemurië zet een Atlantische gezant uit' }),
    ).toBeInTheDocument();
  });

  it('renders markup in the data as text', () => {
    const dataset = fixtureDataset();
    const hostile = { ...dataset.events[0]!, title: '<script>window.pwned = 1</script><b>bold</b>' };
    render(EventList, { props: { dataset, events: [hostile], language: 'en' } });
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      '<script>window.pwned = 1</script><b>bold</b>',
    );
    expect(document.querySelector('b, script')).toBeNull();
  });

  it('selects an event when its title is pressed, and marks the selected one', async () => {
    const dataset = fixtureDataset();
    const onselect = vi.fn();
    render(EventList, {
      props: {
        dataset,
        events: dataset.events,
        language: 'en',
        selectedId: '2002-ocean-court-hearings',
        onselect,
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Atlantis expels a Lemurian envoy' }));
    expect(onselect).toHaveBeenCalledWith('2001-03-04-atlantis-expels-envoy');
    expect(screen.getByRole('button', { name: 'The Ocean Court hears both sides' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

describe('EventList with many events', () => {
  const dataset = fixtureDataset();
  const many = Array.from({ length: 450 }, (_, i) => ({
    ...dataset.events[1]!,
    id: `event-${String(i).padStart(3, '0')}`,
    title: `Event ${i}`,
  }));
  const listed = () => within(screen.getByRole('list')).getAllByRole('listitem');

  it('lists a page at a time, and each "Show more" adds the next and moves the focus to it', async () => {
    const user = userEvent.setup();
    render(EventList, { props: { dataset, events: many, language: 'en', onselect: () => undefined } });
    expect(listed()).toHaveLength(200);
    await user.click(screen.getByRole('button', { name: 'Show 200 more events (250 not listed yet)' }));
    expect(listed()).toHaveLength(400);
    expect(screen.getByRole('button', { name: 'Event 200' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show 50 more events (50 not listed yet)' }));
    expect(listed()).toHaveLength(450);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('always lists the selected event, however far down it is', () => {
    render(EventList, { props: { dataset, events: many, language: 'en', selectedId: 'event-321' } });
    expect(listed()).toHaveLength(322);
    expect(listed().at(-1)).toHaveAttribute('data-event-id', 'event-321');
  });
});
