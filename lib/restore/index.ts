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
 * A text that kept its marks (an OCR engine's own output) is only corrected
 * where OCR usually slips: hỏi read as sắc, a lost hỏi. Whether the marks were
 * lost is judged from the text unless `damaged` says so.
 */
export function restoreText(text: string, { damaged = looksOcrDamaged(text) }: { damaged?: boolean } = {}): string {
  return restoreWith(text, projectModel(), { damaged });
}

/** Whether `text` looks like OCR that lost its diacritics (see damage.ts). */
export const looksOcrDamaged = (text: string): boolean => looksDamaged(text, projectModel());
