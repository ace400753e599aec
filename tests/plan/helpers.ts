import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/plans', name), 'utf8');
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/plans', name)));
/** A file of the shared corpus of real documents, as found (read, never copied into the project). */
export const corpusBytes = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../../shared/corpus/plans', name)));
