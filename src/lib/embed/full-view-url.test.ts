import { describe, expect, it } from 'vitest';
import { fullViewUrl } from './full-view-url';

describe('fullViewUrl', () => {
  it.each([
    [
      'https://site.example/demarche/embed.html?event=x&theme=dark',
      'https://site.example/demarche/?event=x&theme=dark',
    ],
    [
      'https://site.example/demarche/?embed=1&event=x&evidence=explicit,alleged',
      'https://site.example/demarche/?event=x&evidence=explicit,alleged',
    ],
    ['https://site.example/embed.html#top', 'https://site.example/'],
  ])('%s → %s', (embed, full) => {
    expect(fullViewUrl(embed)).toBe(full);
  });
});
