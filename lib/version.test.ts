import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { BOOK_VERSION } from './version';

it('names the version in package.json', () => {
  expect(BOOK_VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
});
