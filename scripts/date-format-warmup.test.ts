import { describe, expect, it, vi } from 'vitest';
import { dateFormatWarmUpPlugin, dateFormatWarmUpScript } from './date-format-warmup';
import { dateLocale } from '../src/lib/i18n/locale';

describe('the date format warm-up in index.html', () => {
  it('formats a date in the app’s locale and in UTC, in a task of its own', () => {
    const later: (() => void)[] = [];
    const setTimeout = vi.fn((task: () => void) => later.push(task));
    const DateTimeFormat = vi.fn(function (this: { format: () => string }) {
      this.format = () => '1970';
    });
    new Function('setTimeout', 'Intl', dateFormatWarmUpScript(dateLocale))(setTimeout, { DateTimeFormat });
    expect(DateTimeFormat).not.toHaveBeenCalled();
    later.forEach((task) => task());
    expect(DateTimeFormat).toHaveBeenCalledWith('en-GB', expect.objectContaining({ timeZone: 'UTC' }));
  });

  it('writes the locale as a string literal, whatever it is', () => {
    expect(dateFormatWarmUpScript('x"); alert(1); ("')).toContain('"x\\"); alert(1); (\\""');
  });

  it('goes into index.html only, first in <head>', () => {
    const { transformIndexHtml } = dateFormatWarmUpPlugin('en-GB') as unknown as {
      transformIndexHtml: (html: string, context: { filename: string }) => string;
    };
    const html = '<head>\n    <meta charset="UTF-8" />\n    <title>x</title>';
    expect(transformIndexHtml(html, { filename: '/app/index.html' })).toBe(
      `<head>\n    <meta charset="UTF-8" />\n    <script>${dateFormatWarmUpScript('en-GB')}</script>\n    <title>x</title>`,
    );
    expect(transformIndexHtml(html, { filename: '/app/embed.html' })).toBe(html);
  });
});
