import type { z } from 'zod';
import { describeIssues, issueInVietnamese } from '../schema/issues';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface FileKind {
  format: string;
  version: number;
  /** What a person calls this file, e.g. "bản sao lưu". */
  name: string;
}

/**
 * Reads a file of ours: JSON first, then whether it is ours at all and of a
 * version this build knows, and only then every field, so that a foreign or
 * newer file is refused for what it is rather than for its first odd field.
 */
export function parseVersioned<T>(text: string, kind: FileKind, schema: z.ZodType<T>): Result<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: `Tệp không phải JSON hợp lệ (có thể bị cắt cụt): không đọc được ${kind.name}` };
  }
  const head = typeof data === 'object' && data !== null ? (data as { format?: unknown; version?: unknown }) : {};
  if (head.format !== kind.format) {
    return { ok: false, error: `Tệp không phải ${kind.name} của Trợ lý CCHC (format: ${JSON.stringify(head.format ?? null)})` };
  }
  if (typeof head.version === 'number' && head.version > kind.version) {
    return { ok: false, error: `version: ${kind.name} phiên bản ${head.version} mới hơn phiên bản ${kind.version} mà tiện ích này đọc được` };
  }
  const parsed = schema.safeParse(data, { error: issueInVietnamese });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeIssues(parsed.error.issues) };
}
