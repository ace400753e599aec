import type { z } from 'zod';
import { dataProblemVi, type DataProblemKey } from '../i18n/dataProblems';
import { sayFrom, type Phrase } from '../i18n/phrase';
import { invalidPhrase } from '../schema/issues';

/** A refusal carries its reason as a phrase, worded where it is shown, and in Vietnamese (`error`) for the command line. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; phrase: Phrase<DataProblemKey> };

export const refused = (phrase: Phrase<DataProblemKey>): { ok: false; error: string; phrase: Phrase<DataProblemKey> } => ({
  ok: false,
  error: sayFrom(dataProblemVi, 'vi', phrase),
  phrase,
});

export interface FileKind {
  format: string;
  version: number;
  /** What a person calls this file: a dictionary key ("bản sao lưu"). */
  name: DataProblemKey;
}

/**
 * Reads a file of ours: JSON first, then whether it is ours at all and of a
 * version this build knows, and only then every field, so that a foreign or
 * newer file is refused for what it is rather than for its first odd field.
 */
export function parseVersioned<T>(text: string, kind: FileKind, schema: z.ZodType<T>): Result<T> {
  const name = { key: kind.name };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refused({ key: 'fileNotJson', params: { kind: name } });
  }
  const head = typeof data === 'object' && data !== null ? (data as { format?: unknown; version?: unknown }) : {};
  if (head.format !== kind.format) {
    return refused({ key: 'fileNotOurs', params: { kind: name, format: JSON.stringify(head.format ?? null) } });
  }
  if (typeof head.version === 'number' && head.version > kind.version) {
    return refused({ key: 'fileTooNew', params: { kind: name, found: head.version, known: kind.version } });
  }
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : refused(invalidPhrase(schema, data));
}
