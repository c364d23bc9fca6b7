import { describe, expect, it } from 'vitest';
import { quickCheck } from './quick-check';
import { validateDatasetText } from './validate-dataset';
import { fixtureNames, readFixture, readProjectFile } from '../../../tests/helpers/files';

describe('quickCheck', () => {
  it.each(fixtureNames('valid'))('accepts valid/%s, as the full validator does', (name) => {
    const text = readFixture(`valid/${name}`);
    const full = validateDatasetText(text);
    expect(full.ok).toBe(true);
    expect(quickCheck(text)).toEqual(full.ok && full.dataset);
  });

  it.each(fixtureNames('invalid'))('rejects invalid/%s, as the full validator does', (name) => {
    const text = readFixture(`invalid/${name}`);
    expect(validateDatasetText(text).ok).toBe(false);
    expect(quickCheck(text)).toBeUndefined();
  });

  it('accepts a file that starts with a byte order mark', () => {
    expect(quickCheck(`\ufeff${readFixture('valid/minimal.json')}`)).toMatchObject({
      id: 'atlantis-lemuria',
    });
  });

  it('accepts the bundled datasets', () => {
    for (const file of ['data/nl-ru.json', 'data/uk-ru.json']) {
      expect(quickCheck(readProjectFile(file)), file).toBeDefined();
    }
  });
});
