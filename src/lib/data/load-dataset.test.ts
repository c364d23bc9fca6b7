import { describe, expect, it, vi } from 'vitest';
import { datasetFromText, loadDataset, resolveDatasetUrl } from './load-dataset';
import { MAX_DATASET_BYTES } from '../validate/size-limit';
import { readFixture } from '../../../tests/helpers/files';

const PAGE = 'https://demarche.example/app/index.html?event=x';

function fetchReturning(body: string, status = 200) {
  return vi.fn(async () => new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' }));
}

describe('resolveDatasetUrl', () => {
  it.each([
    ['data/nl-ru.json', 'https://demarche.example/app/data/nl-ru.json'],
    ['/other/x.json', 'https://demarche.example/other/x.json'],
    ['https://demarche.example/d.json', 'https://demarche.example/d.json'],
    ['https://evil.example/d.json', undefined],
    ['//evil.example/d.json', undefined],
    ['javascript:alert(1)', undefined],
    ['data:application/json,{}', undefined],
  ])('%j → %j', (requested, expected) => {
    expect(resolveDatasetUrl(requested, PAGE)?.href).toBe(expected);
  });
});

describe('loadDataset', () => {
  it('returns the validated dataset', async () => {
    const result = await loadDataset('data/x.json', PAGE, fetchReturning(readFixture('valid/minimal.json')));
    expect(result.state).toBe('ready');
  });

  it('returns every problem of an invalid file', async () => {
    const result = await loadDataset(
      'data/x.json',
      PAGE,
      fetchReturning(readFixture('invalid/unknown-field.json')),
    );
    expect(result.state === 'invalid' && result.problems).toHaveLength(2);
  });

  it('turns an HTTP error into a failure with its status', async () => {
    const result = await loadDataset('data/x.json', PAGE, fetchReturning('nope', 404));
    expect(result).toMatchObject({ state: 'failed', reason: 'http', detail: '404 Not Found' });
  });

  it('turns a network error into a failure', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await loadDataset('data/x.json', PAGE, failing)).toMatchObject({
      state: 'failed',
      reason: 'network',
    });
  });

  it('refuses another origin without fetching it', async () => {
    const fetcher = fetchReturning('{}');
    expect(await loadDataset('https://evil.example/x.json', PAGE, fetcher)).toMatchObject({
      reason: 'rejected-url',
    });
    expect(fetcher).not.toHaveBeenCalled();
  });
});

describe('datasetFromText', () => {
  it('takes a valid published file on the quick path, without the position parser', async () => {
    const result = await datasetFromText(readFixture('valid/minimal.json'), 'data/x.json', 'site', {
      strict: false,
    });
    expect(result).toMatchObject({ state: 'ready', url: 'data/x.json', origin: 'site' });
  });

  it('places the problems of an invalid file even on the quick path', async () => {
    const text = readFixture('invalid/unknown-field.json');
    const result = await datasetFromText(text, 'data/x.json', 'site', { strict: false });
    expect(result).toMatchObject({ state: 'invalid', source: text });
    if (result.state !== 'invalid') throw new Error('expected invalid');
    expect(result.problems.every((problem) => problem.line > 1)).toBe(true);
  });

  it("reports a key written twice in an editor's own file, which JSON.parse would let pass", async () => {
    const text = readFixture('valid/minimal.json').replace(
      '"id": "atlantis-lemuria"',
      '"id": "x", "id": "atlantis-lemuria"',
    );
    expect(await datasetFromText(text, 'mine.json', 'site', { strict: false })).toMatchObject({
      state: 'ready',
    });
    expect(await datasetFromText(text, 'mine.json', 'file')).toMatchObject({ state: 'invalid' });
  });

  it('refuses an oversized text before parsing it', async () => {
    const result = await datasetFromText(' '.repeat(MAX_DATASET_BYTES + 1), 'big.json', 'site');
    expect(result.state === 'invalid' && result.problems[0]?.message).toMatch(/at most 20\.0 MB/);
  });
});
