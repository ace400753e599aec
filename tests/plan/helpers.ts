import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/plans', name), 'utf8');
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/plans', name)));
