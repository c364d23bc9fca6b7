import { describe, expect, it } from 'vitest';
import { inlineDataset } from './inline-datasets';
import { readFixture } from '../../../tests/helpers/files';

const PAGE = 'https://demarche.example/app/embed.html?event=x';

function pageWith(files: Record<string, string>): Document {
  const doc = document.implementation.createHTMLDocument('embed');
  for (const [file, json] of Object.entries(files)) {
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.className = 'demarche-dataset';
    script.dataset.file = file;
    script.textContent = json;
    doc.body.append(script);
  }
  return doc;
}

const minimal = readFixture('valid/minimal.json');
const two = pageWith({
  'data/a.json': minimal,
  'data/b.json': minimal.replace('atlantis-lemuria', 'b-dataset'),
});

describe('inlineDataset', () => {
  it('reads the first dataset the page carries when none is asked for', () => {
    expect(inlineDataset(two, undefined, PAGE)).toMatchObject({
      state: 'ready',
      url: 'data/a.json',
      origin: 'inline',
      dataset: { id: 'atlantis-lemuria' },
    });
  });

  it.each(['data/b.json', './data/b.json', 'https://demarche.example/app/data/b.json'])(
    'finds the one asked for as %j',
    (requested) => {
      expect(inlineDataset(two, requested, PAGE)).toMatchObject({
        url: 'data/b.json',
        dataset: { id: 'b-dataset' },
      });
    },
  );

  it('says nothing for a dataset it does not carry, or on a page without any', () => {
    expect(inlineDataset(two, 'data/c.json', PAGE)).toBeUndefined();
    expect(inlineDataset(two, 'https://elsewhere.example/app/data/b.json', PAGE)).toBeUndefined();
    expect(inlineDataset(pageWith({}), undefined, PAGE)).toBeUndefined();
  });

  it('does not throw on text that is not JSON', () => {
    expect(inlineDataset(pageWith({ 'data/a.json': '{"id": 1,}' }), undefined, PAGE)).toBeUndefined();
  });
});
