/**
 * The app's download cost: the gzip size of the JavaScript that index.html
 * loads before anything else (its module script and the modules it
 * preloads), not the chunks fetched later on demand, such as the exports;
 * and for embed.html, which is one self-contained file, the script written
 * into it (all of its code, since nothing can be fetched later).
 */
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  /** Paths relative to the build directory, in the order index.html names them. */
  files: { path: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

const TAG = /<(script|link)\b[^>]*>/gi;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

function attribute(tag: string, name: string): string | undefined {
  const match = ATTRIBUTE(name).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The local .js files an HTML page loads at start: module scripts and modulepreload links. */
export function scriptsLoadedBy(html: string): string[] {
  const paths: string[] = [];
  for (const [tag, kind] of html.matchAll(TAG)) {
    const isScript = kind!.toLowerCase() === 'script';
    if (!isScript && attribute(tag, 'rel')?.toLowerCase() !== 'modulepreload') continue;
    const address = attribute(tag, isScript ? 'src' : 'href');
    if (!address || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(address) || !/\.js(?:[?#]|$)/.test(address)) continue;
    const path = normalize(address.replace(/[?#].*$/, '').replace(/^\.?\//, ''));
    if (!path.startsWith('..') && !paths.includes(path)) paths.push(path);
  }
  return paths;
}

export function bundleSize(buildDir: string): BundleSize {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const files = scriptsLoadedBy(html).map((path) => {
    const body = readFileSync(join(buildDir, path));
    return { path, bytes: body.length, gzipBytes: gzipSync(body).length };
  });
  if (files.length === 0) throw new Error(`${join(buildDir, 'index.html')} loads no script`);
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

const INLINE_MODULE = /<script\b[^>]*\btype\s*=\s*["']?module["']?[^>]*>([\s\S]*?)<\/script>/gi;

/** The inline module scripts of a page: what embed.html runs. */
export function inlineScriptsOf(html: string): string[] {
  return [...html.matchAll(INLINE_MODULE)].map((match) => match[1]!).filter((code) => code.trim() !== '');
}

export function embedScriptSize(buildDir: string): BundleSize {
  const path = 'embed.html';
  const scripts = inlineScriptsOf(readFileSync(join(buildDir, path), 'utf8'));
  if (scripts.length === 0) throw new Error(`${join(buildDir, path)} carries no inline module script`);
  const body = Buffer.from(scripts.join('\n'));
  const gzipBytes = gzipSync(body).length;
  return { files: [{ path, bytes: body.length, gzipBytes }], gzipBytes };
}
