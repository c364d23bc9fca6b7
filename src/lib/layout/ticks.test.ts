import { describe, expect, it } from 'vitest';
import { axisTicks } from './ticks';
import { createTimeScale } from './time-scale';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const labels = (from: string, to: string, width = 1000) =>
  axisTicks(createTimeScale([utc(from), utc(to)], [0, width]), width).map((tick) => tick.label);

describe('axisTicks', () => {
  it('shows years over a decade', () => {
    expect(labels('2013-01-01', '2026-01-01')).toEqual([
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
  });

  it('shows months over a year, with the year at January', () => {
    expect(labels('2020-01-01', '2021-01-01').slice(0, 4)).toEqual(['2020', 'Feb', 'Mar', 'Apr']);
    expect(labels('2020-01-01', '2021-01-01', 400)).toEqual(['2020', 'Apr', 'Jul', 'Oct', '2021']);
  });

  it('shows half-years over two years in a narrow chart', () => {
    expect(labels('2020-01-01', '2022-01-01', 300)).toEqual(['2020', 'Jul', '2021', 'Jul', '2022']);
  });

  it('shows days over a few weeks, with month and year at the 1st', () => {
    expect(labels('2020-12-26', '2021-01-04')).toEqual([
      '26',
      '27',
      '28',
      '29',
      '30',
      '31',
      'Jan 2021',
      '2',
      '3',
      '4',
    ]);
  });

  it('marks year ticks as major among months', () => {
    const ticks = axisTicks(createTimeScale([utc('2020-06-01'), utc('2021-06-01')], [0, 1000]), 1000);
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2021']);
  });
});
