import { afterEach, describe, expect, it } from 'vitest';
import { datasetPreloadScript } from './dataset-preload';

/** Runs the script as index.html would, at `pageUrl`, and returns the preload it adds, if any. */
function preloadAt(pageUrl: string): HTMLLinkElement | null {
  const location = new URL(pageUrl);
  new Function('location', 'document', datasetPreloadScript('data/nl-ru.json'))(location, document);
  return document.head.querySelector('link[rel="preload"]');
}

describe('the dataset preload in index.html', () => {
  afterEach(() => document.head.querySelector('link[rel="preload"]')?.remove());

  it('fetches the default dataset, as the app will', () => {
    const link = preloadAt('https://site.example/app/?event=x');
    expect(link?.href).toBe('https://site.example/app/data/nl-ru.json');
    expect(link?.as).toBe('fetch');
    expect(link?.crossOrigin).toBe('anonymous');
  });

  it.each([
    ['?data=data/uk-ru.json', 'https://site.example/app/data/uk-ru.json'],
    ['?data=%20/other/x.json%20', 'https://site.example/other/x.json'],
    ['?data=', 'https://site.example/app/data/nl-ru.json'],
  ])('follows %s', (search, href) => {
    expect(preloadAt(`https://site.example/app/${search}`)?.href).toBe(href);
  });

  it.each(['?data=https://evil.example/x.json', '?data=//evil.example/x.json', '?data=http://[bad'])(
    'asks no other origin, and nothing for a malformed address: %s',
    (search) => {
      expect(preloadAt(`https://site.example/app/${search}`)).toBeNull();
    },
  );
});
