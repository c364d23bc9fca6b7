import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import FilterPanel from './FilterPanel.svelte';
import { validateDatasetText } from '../validate/validate-dataset';
import { readProjectFile } from '../../../tests/helpers/files';
import type { Dataset } from '../model/schema';
import { localize } from '../model/text';
import { DEFAULT_FILTERS, type Filters } from '../state/view-state';
import type { EvidenceLevel } from '../model/vocabulary';

let dataset: Dataset;
beforeAll(() => {
  const result = validateDatasetText(readProjectFile('data/nl-ru.json'));
  if (!result.ok) throw new Error(`data/nl-ru.json is invalid: ${result.problems[0]?.message}`);
  dataset = result.dataset;
});

function renderPanel(filters: Partial<Filters> = {}) {
  const onchange = vi.fn<(filters: Filters) => void>();
  render(FilterPanel, {
    props: { dataset, language: 'en', filters: { ...DEFAULT_FILTERS, ...filters }, onchange },
  });
  return { user: userEvent.setup(), onchange };
}

const group = (name: string) => screen.getByRole('group', { name });
const checkboxNames = (name: string) =>
  within(group(name))
    .getAllByRole('checkbox')
    .map((checkbox) => checkbox.closest('label')!.textContent!.trim());
const checkbox = (groupName: string, name: string) =>
  within(group(groupName)).getByRole('checkbox', { name });
const yearSelect = (name: 'From' | 'To') => screen.getByRole('combobox', { name });

/** The actors that act in some event (first in its `actors`), by id. */
const actingActorIds = () => new Set(dataset.events.map((event) => event.actors[0]!));
/** Every year from the first event's start to the last one's end. */
function yearsSpanned(): number[] {
  const years = dataset.events
    .flatMap((event) => [event.date, event.end ?? event.date])
    .map((date) => Number(date.slice(0, 4)));
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i);
}
const nameOf = (id: string) => localize(dataset.actors.find((actor) => actor.id === id)!.name, 'en');
const idOf = (name: string) => dataset.actors.find((actor) => localize(actor.name, 'en') === name)!.id;

describe('FilterPanel', () => {
  it('lists every actor that acts in "Who acted", the two parties first', () => {
    renderPanel();
    const names = checkboxNames('Who acted');
    expect(names.slice(0, 2)).toEqual(['Netherlands', 'Russia']);
    expect([...names].sort()).toEqual([...actingActorIds()].map(nameOf).sort());
  });

  it.each(['Australia', 'Ukraine'])('leaves out %s, which is only ever a target', (name) => {
    renderPanel();
    expect(within(group('Who acted')).queryByRole('checkbox', { name })).toBeNull();
  });

  it('starts with every box ticked when nothing is filtered', () => {
    renderPanel();
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeChecked();
  });

  it('lists every other actor, in the order shown, when one is unticked', async () => {
    const { user, onchange } = renderPanel();
    await user.click(checkbox('Who acted', 'Russia'));
    const othersInOrder = checkboxNames('Who acted')
      .filter((name) => name !== 'Russia')
      .map(idOf);
    expect(onchange).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_FILTERS, actors: othersInOrder });
  });

  it('goes back to all actors (null) when the last unticked one is ticked again', async () => {
    const allButRussia = [...actingActorIds()].filter((id) => id !== 'ru');
    const { user, onchange } = renderPanel({ actors: allButRussia });
    expect(checkbox('Who acted', 'Russia')).not.toBeChecked();
    await user.click(checkbox('Who acted', 'Russia'));
    expect(onchange).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_FILTERS, actors: null });
  });

  it.each<[string, string, string[]]>([
    [
      'the four kinds of act',
      'Kind of act',
      [
        'Statement of cooperation',
        'Cooperative act',
        'Accusation, demand or threat',
        'Hostile act or sanction',
      ],
    ],
    [
      'the six link kinds',
      'Links shown',
      ['Retaliation', 'Reciprocal measure', 'Response', 'Escalation', 'De-escalation', 'Procedural step'],
    ],
    ['the three evidence levels', 'Link evidence', ['explicit', 'contextual', 'alleged']],
  ])('offers %s in "%s"', (_, groupName, expected) => {
    renderPanel();
    expect(checkboxNames(groupName)).toEqual(expected);
  });

  it.each<[string, EvidenceLevel[] | null, string, EvidenceLevel[] | null]>([
    ['all', null, 'alleged', ['explicit', 'contextual']],
    ['explicit only', ['explicit'], 'alleged', ['explicit', 'alleged']],
    ['alleged only', ['alleged'], 'explicit', ['explicit', 'alleged']],
    ['all but alleged', ['explicit', 'contextual'], 'alleged', null],
    ['explicit only', ['explicit'], 'explicit', []],
  ])('with %s evidence, clicking "%s" gives %j', async (_, evidence, clicked, expected) => {
    const { user, onchange } = renderPanel({ evidence });
    await user.click(checkbox('Link evidence', clicked));
    expect(onchange).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_FILTERS, evidence: expected });
  });

  it('offers every year from the first event to the last, after "any"', () => {
    renderPanel();
    for (const name of ['From', 'To'] as const) {
      const years = within(yearSelect(name))
        .getAllByRole('option')
        .map((option) => option.textContent);
      expect(years).toEqual(['any', ...yearsSpanned().map(String)]);
    }
  });

  it.each<[string, Partial<Filters>, 'From' | 'To', string, Partial<Filters>]>([
    ['a first year', {}, 'From', '2018', { fromYear: 2018 }],
    ['a last year', {}, 'To', '2021', { toYear: 2021 }],
    ['a last year after a first', { fromYear: 2014 }, 'To', '2016', { fromYear: 2014, toYear: 2016 }],
    ['"any" first year', { fromYear: 2018 }, 'From', 'any', { fromYear: null }],
    ['"any" last year', { toYear: 2021 }, 'To', 'any', { toYear: null }],
  ])('choosing %s calls onchange with the year as a number', async (_, given, name, choice, expected) => {
    const { user, onchange } = renderPanel(given);
    await user.selectOptions(yearSelect(name), choice);
    expect(onchange).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_FILTERS, ...given, ...expected });
  });

  it('clears every filter with "Clear filters"', async () => {
    const { user, onchange } = renderPanel({
      actors: ['nl'],
      quadClasses: ['material-conflict'],
      linkKinds: ['retaliation'],
      evidence: ['explicit'],
      fromYear: 2014,
      toYear: 2018,
    });
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onchange).toHaveBeenCalledExactlyOnceWith(DEFAULT_FILTERS);
  });

  it('shows the filters it is given, with boxes not in a list unticked', () => {
    renderPanel({
      actors: ['nl', 'eu'],
      quadClasses: ['material-conflict'],
      linkKinds: ['retaliation', 'reciprocal'],
      fromYear: 2014,
      toYear: 2018,
    });
    const ticked = (groupName: string) =>
      checkboxNames(groupName).filter((name) => checkbox(groupName, name).matches(':checked'));
    expect(ticked('Who acted')).toEqual(['Netherlands', 'European Union']);
    expect(ticked('Kind of act')).toEqual(['Hostile act or sanction']);
    expect(ticked('Links shown')).toEqual(['Retaliation', 'Reciprocal measure']);
    expect(ticked('Link evidence')).toEqual(['explicit', 'contextual', 'alleged']);
    expect(yearSelect('From')).toHaveDisplayValue('2014');
    expect(yearSelect('To')).toHaveDisplayValue('2018');
  });

  it('shows "any" for an open period', () => {
    renderPanel();
    expect(yearSelect('From')).toHaveDisplayValue('any');
    expect(yearSelect('To')).toHaveDisplayValue('any');
  });
});
