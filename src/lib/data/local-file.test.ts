import { describe, expect, it } from 'vitest';
import { forgetLocalFile, readLocalFile, recallLocalFile, rememberLocalFile } from './local-file';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const throwing = new Proxy({} as Storage, {
  get() {
    throw new DOMException('The document is sandboxed', 'SecurityError');
  },
});

describe('remembering a local file', () => {
  it('keeps the file for the session and forgets it on request', () => {
    const storage = memoryStorage();
    expect(rememberLocalFile({ name: 'x.json', text: '{}' }, storage)).toBe(true);
    expect(recallLocalFile(storage)).toEqual({ name: 'x.json', text: '{}' });
    forgetLocalFile(storage);
    expect(recallLocalFile(storage)).toBeUndefined();
  });

  it('degrades quietly where storage throws, as in a sandboxed frame', () => {
    expect(rememberLocalFile({ name: 'x.json', text: '{}' }, throwing)).toBe(false);
    expect(recallLocalFile(throwing)).toBeUndefined();
    expect(() => forgetLocalFile(throwing)).not.toThrow();
  });

  it('ignores a stored value it did not write', () => {
    const storage = memoryStorage();
    storage.setItem('demarche:local-dataset', '{"name": 3}');
    expect(recallLocalFile(storage)).toBeUndefined();
    storage.setItem('demarche:local-dataset', 'not json');
    expect(recallLocalFile(storage)).toBeUndefined();
  });
});

describe('readLocalFile', () => {
  it('reads a file of a sensible size', async () => {
    const file = { name: 'x.json', size: 2, text: async () => '{}' };
    expect(await readLocalFile(file)).toEqual({ ok: true, file: { name: 'x.json', text: '{}' } });
  });

  it('refuses a huge file without reading it', async () => {
    let read = false;
    const file = {
      name: 'huge.json',
      size: 300 * 1024 * 1024,
      text: async () => {
        read = true;
        return '';
      },
    };
    const result = await readLocalFile(file);
    expect(result.ok === false && result.problem.message).toMatch(/^the file is 300\.0 MB/);
    expect(read).toBe(false);
  });
});
