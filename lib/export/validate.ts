import type { z } from 'zod';
import { describeIssues } from '../schema/issues';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  null: 'null',
};

/** Vietnamese wording for zod's issues; a schema's own message still wins. */
function vietnamese(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'thiếu trường bắt buộc' : `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `có trường không được phép: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'không khớp kiểu nào được phép';
    case 'too_small':
      return issue.origin === 'string' ? 'không được để trống' : `phải từ ${issue.minimum} trở lên`;
    case 'too_big':
      return `phải không quá ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'sai định dạng' : `sai định dạng ${issue.format}`;
    default:
      return 'giá trị không hợp lệ';
  }
}

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
  const parsed = schema.safeParse(data, { error: vietnamese });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeIssues(parsed.error.issues, 'tệp') };
}
