/*
 * Restoring OCR-damaged Vietnamese: the entry point the plan reader, the
 * options page and the command line use.
 */
import data from './model.json';
import { loadModel, type ModelData, type SyllableModel } from './model';
import { restoreWith } from './restore';
import { looksDamaged } from './damage';

let model: SyllableModel | undefined;
const projectModel = () => (model ??= loadModel(data as ModelData));

/**
 * `text` with Vietnamese diacritics and OCR confusions repaired, line for
 * line; numbers, dates, document numbers, spaces and punctuation unchanged.
 * A text that kept its marks is only corrected where the OCR usually slips.
 */
export function restoreText(text: string): string {
  return restoreWith(text, projectModel(), { damaged: looksOcrDamaged(text) });
}

/** Whether `text` looks like OCR that lost its diacritics (see damage.ts). */
export const looksOcrDamaged = (text: string): boolean => looksDamaged(text, projectModel());
