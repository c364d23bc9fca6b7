import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import DetailsPanel from './DetailsPanel.svelte';
import { validateDatasetText } from '../validate/validate-dataset';
import { readFixture } from '../../../tests/helpers/files';
import type { Dataset, Link, TimelineEvent } from '../model/schema';

const TRIGGER = '2001-03-04-atlantis-expels-envoy';
const RESPONSE = '2001-03-lemuria-expels-envoy';
const HEARINGS = '2002-ocean-court-hearings';

function fixtureDataset(): Dataset {
  const result = validateDatasetText(readFixture('valid/minimal.json'));
  if (!result.ok) throw new Error('fixture should be valid');
  return result.dataset;
}

/** The fixture with the response dated to the day, so the lag is exact, and any changes on top. */
function dataset(changes: { events?: Record<string, Partial<TimelineEvent>>; links?: Link[] } = {}): Dataset {
  const base = fixtureDataset();
  const edits: Record<string, Partial<TimelineEvent>> = {
    [RESPONSE]: { date: '2001-04-12' },
    ...changes.events,
  };
  return {
    ...base,
    events: base.events.map((event) => ({ ...event, ...edits[event.id] })),
    links: changes.links ?? base.links,
  };
}

function show(data: Dataset, eventId: string, language = 'en') {
  const onselect = vi.fn();
  const onclose = vi.fn();
  const event = data.events.find((each) => each.id === eventId)!;
  const result = render(DetailsPanel, { props: { event, dataset: data, language, onselect, onclose } });
  return { ...result, onselect, onclose };
}

describe('DetailsPanel', () => {
  it('shows the title, date, actors, category, figures, summary and note', () => {
    show(
      dataset({
        events: {
          [TRIGGER]: {
            figures: { diplomatsExpelled: 2, bondCostsEuros: 1234567 },
            note: 'Sources disagree on the date.',
          },
        },
      }),
      TRIGGER,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Atlantis expels a Lemurian envoy' })).toBeVisible();
    expect(screen.getByText('4 March 2001')).toBeInTheDocument();
    expect(screen.getByText('Atlantis').parentElement).toHaveTextContent(
      'Actors: Atlantis → Targets: Lemuria',
    );
    expect(screen.getByText('Sanction · expel')).toBeInTheDocument();
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Diplomats expelled',
      'Bond costs euros',
    ]);
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual(['2', '1,234,567']);
    expect(screen.getByText('Atlantis declared one Lemurian envoy persona non grata.')).toBeInTheDocument();
    expect(screen.getByText('Note:').parentElement).toHaveTextContent('Note: Sources disagree on the date.');
  });

  it.each([
    [RESPONSE, { date: '2001-03' }, 'March 2001 (month known, not the day)'],
    [HEARINGS, {}, 'about 2002 – June 2003 (year known, not the month)'],
    [TRIGGER, { approximate: true }, 'about 4 March 2001'],
  ])('says how precise the date of %s is', (id, edit, expected) => {
    show(dataset({ events: { [id]: edit } }), id);
    expect(screen.getByText(expected)).toBeInTheDocument();
  });

  it('uses the requested translation when the data has one', () => {
    show(dataset(), RESPONSE, 'nl');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Lemurië zet een Atlantische gezant uit',
    );
  });

  it('links web sources in a new tab and shows any other address as plain text', () => {
    const sources = [
      {
        url: 'https://example.org/a',
        publisher: 'Example Wire',
        title: 'Envoy expelled',
        published: '2001-03-05',
      },
      { url: 'javascript:alert(1)', publisher: 'Bad Actor' },
    ];
    show(dataset({ events: { [TRIGGER]: { sources } } }), TRIGGER);
    const link = screen.getByRole('link', { name: /^Example Wire — Envoy expelled/ });
    expect(link).toHaveAttribute('href', 'https://example.org/a');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link.closest('li')).toHaveTextContent('published 5 March 2001');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByText('javascript:alert(1)')).toBeInTheDocument();
    expect(screen.getByText('Bad Actor')).toBeInTheDocument();
  });

  it('lists the event it replies to, with kind, evidence and lag, and selects it', async () => {
    const { onselect } = show(dataset(), RESPONSE);
    const list = screen.getByRole('list', { name: 'In reply to' });
    const button = within(list).getByRole('button');
    expect(button).toHaveTextContent(
      'Atlantis expels a Lemurian envoy — Reciprocal measure · explicit · +39 days',
    );
    expect(list).toHaveTextContent('Lemuria said it acted in response.');
    expect(screen.queryByRole('list', { name: 'Answered by' })).toBeNull();
    await userEvent.click(button);
    expect(onselect).toHaveBeenCalledWith(TRIGGER);
  });

  it('lists the events that answered it, and selects one', async () => {
    const { onselect } = show(dataset(), TRIGGER);
    const button = within(screen.getByRole('list', { name: 'Answered by' })).getByRole('button');
    expect(button).toHaveTextContent(
      'Lemuria expels an Atlantean envoy — Reciprocal measure · explicit · +39 days',
    );
    expect(screen.queryByRole('list', { name: 'In reply to' })).toBeNull();
    await userEvent.click(button);
    expect(onselect).toHaveBeenCalledWith(RESPONSE);
  });

  it('marks an alleged link as alleged and shows why', () => {
    const alleged: Link = {
      from: TRIGGER,
      to: HEARINGS,
      kind: 'retaliation',
      evidence: 'alleged',
      note: 'Only one newspaper linked the two.',
    };
    show(dataset({ links: [alleged] }), HEARINGS);
    const item = within(screen.getByRole('list', { name: 'In reply to' })).getByRole('listitem');
    expect(within(item).getByText('(alleged)')).toBeVisible();
    expect(within(item).getByRole('button')).toHaveTextContent('Retaliation · alleged · +10 months');
    expect(item).toHaveTextContent('Only one newspaper linked the two.');
  });

  it('renders markup in the data as text', () => {
    const title = '<img src=x onerror=alert(1)>';
    const summary = '<b>bold</b><script>window.pwned = 1</script>';
    show(dataset({ events: { [TRIGGER]: { title }, [RESPONSE]: { summary, note: '<i>n</i>' } } }), RESPONSE);
    expect(screen.getByText(summary)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^<img src=x onerror=alert\(1\)>/ })).toBeInTheDocument();
    expect(document.querySelector('img, b, i, script')).toBeNull();
  });

  it('calls onclose from the close button', async () => {
    const { onclose } = show(dataset(), TRIGGER);
    await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onclose).toHaveBeenCalledOnce();
  });

  it('moves focus to the title on focusHeading', () => {
    const { component } = show(dataset(), TRIGGER);
    component.focusHeading();
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });
});
