// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { datasetTitle } from './vite-plugin-datasets';

describe('datasetTitle', () => {
  it.each([
    ['{"title": "NL–RU"}', 'NL–RU'],
    ['{"title": {"nl": "Nederland–Rusland", "en": "NL–RU"}, "languages": ["en", "nl"]}', 'NL–RU'],
    ['{"title": {"nl": "Nederland–Rusland"}, "languages": ["en"]}', 'Nederland–Rusland'],
    ['{"title": "   "}', 'x.json'],
    ['{"title": ', 'x.json'],
    ['[]', 'x.json'],
  ])('%s → %j', (text, title) => {
    expect(datasetTitle(text, 'x.json')).toBe(title);
  });
});
