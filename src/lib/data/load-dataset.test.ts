import { describe, expect, it, vi } from 'vitest';
import { inlineDataset, loadDataset, resolveDatasetUrl } from './load-dataset';
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

describe('inlineDataset', () => {
  function pageWith(json: string | null): Document {
    const doc = document.implementation.createHTMLDocument('embed');
    if (json !== null) {
      const script = doc.createElement('script');
      script.type = 'application/json';
      script.id = 'demarche-dataset';
      script.dataset.file = 'data/minimal.json';
      script.textContent = json;
      doc.body.append(script);
    }
    return doc;
  }

  it('reads and validates the dataset written into the page', () => {
    expect(inlineDataset(pageWith(readFixture('valid/minimal.json')))).toMatchObject({
      state: 'ready',
      url: 'data/minimal.json',
    });
  });

  it('reports an invalid inline dataset like any other', () => {
    expect(inlineDataset(pageWith('{"id": 1,}'))).toMatchObject({ state: 'invalid' });
  });

  it('says nothing when the page has none', () => {
    expect(inlineDataset(pageWith(null))).toBeUndefined();
  });
});
