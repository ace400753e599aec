import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planText } from '../fixtures/plans';

export const fixture = (name: string): string => planText(name);
/** A file of the shared corpus of real documents, as found (read, never copied into the project). */
export const corpusBytes = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../../shared/corpus/plans', name)));
