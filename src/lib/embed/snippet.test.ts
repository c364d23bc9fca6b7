import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from './snippet';

const base = {
  pageUrl:
    'https://site.example/demarche/?event=2020-12-10-aivd&evidence=explicit,alleged&view=list&theme=dark',
  title: 'Timeline: Netherlands–Russia "relations" <2013>',
  height: 600,
  theme: 'auto' as const,
  startWithList: false,
  autoResize: true,
};

describe('embedUrl', () => {
  it.each([
    [{}, 'https://site.example/demarche/embed.html?event=2020-12-10-aivd&evidence=explicit,alleged'],
    [
      { theme: 'dark' as const },
      'https://site.example/demarche/embed.html?event=2020-12-10-aivd&evidence=explicit,alleged&theme=dark',
    ],
    [
      { startWithList: true },
      'https://site.example/demarche/embed.html?event=2020-12-10-aivd&evidence=explicit,alleged&view=list',
    ],
  ])('carries the page state with the chosen options %j', (options, expected) => {
    expect(embedUrl({ ...base, ...options })).toBe(expected);
  });
});

describe('embedSnippet', () => {
  it('is a sandboxed, titled iframe followed by the resize script', () => {
    const html = embedSnippet(base);
    const [iframe, script] = html.split('\n');
    expect(iframe).toBe(
      '<iframe src="https://site.example/demarche/embed.html?event=2020-12-10-aivd&amp;evidence=explicit,alleged" ' +
        'title="Timeline: Netherlands–Russia &quot;relations&quot; &lt;2013&gt;" data-demarche-resize width="100%" height="600" ' +
        'style="border:0;width:100%;max-width:100%" loading="lazy" ' +
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer"></iframe>',
    );
    expect(script).toBe('<script src="https://site.example/demarche/embed.js" async></script>');
  });

  it('leaves the script out for platforms that strip scripts', () => {
    const html = embedSnippet({ ...base, autoResize: false });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('data-demarche-resize');
  });

  it.each([
    [10, 'height="240"'],
    [99999, 'height="4000"'],
    [512.4, 'height="512"'],
  ])('keeps the height %d sensible', (height, attribute) => {
    expect(embedSnippet({ ...base, height })).toContain(attribute);
  });
});
