import { describe, expect, it } from 'vitest';
import { readStartupOptions } from './location-params';

describe('readStartupOptions', () => {
  it.each([
    ['', { embed: false, theme: 'auto' }],
    ['?data=data/x.json', { dataUrl: 'data/x.json', embed: false, theme: 'auto' }],
    ['?embed=1&theme=dark', { embed: true, theme: 'dark' }],
    ['?embed&theme=purple', { embed: true, theme: 'auto' }],
    ['?embed=0', { embed: false, theme: 'auto' }],
    ['?lang=nl', { embed: false, theme: 'auto', language: 'nl' }],
    ['?lang=<script>', { embed: false, theme: 'auto' }],
    ['?data=%20%20', { embed: false, theme: 'auto' }],
  ])('reads %j', (search, expected) => {
    expect(readStartupOptions(search)).toEqual(expected);
  });
});
