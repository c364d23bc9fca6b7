import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Reads a file by its path from the project root (tests run with the root as cwd). */
export function readProjectFile(path: string): string {
  return readFileSync(resolve(process.cwd(), path), 'utf8');
}

export function readFixture(path: string): string {
  return readProjectFile(`tests/fixtures/${path}`);
}

/** The .json files in one fixtures folder, like fixtureNames('invalid'). */
export function fixtureNames(folder: 'valid' | 'invalid'): string[] {
  return readdirSync(resolve(process.cwd(), 'tests/fixtures', folder))
    .filter((name) => name.endsWith('.json'))
    .sort();
}
