import type { z } from 'zod';
import type { DataProblemKey } from '../i18n/dataProblems';
import type { Phrase } from '../i18n/phrase';

/* How a validation issue is told, the same for a file a person picked and a message a page sent. */

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
export function issueInVietnamese(issue: z.core.$ZodRawIssue): string {
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

/** The same in English, for a person who reads the extension in English. */
export function issueInEnglish(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required field missing' : `must be ${issue.expected === 'int' ? 'an integer' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has fields not allowed: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be ${issue.minimum} or more`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'wrong format' : `wrong ${issue.format} format`;
    default:
      return 'invalid value';
  }
}

/** `tasks[3].status`: the place a person can find in the file. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The first issue where a person can find it, and how many more there are. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first] = issues;
  const more = issues.length > 1 ? ` (và ${issues.length - 1} lỗi khác)` : '';
  return `${formatPath(first.path) || 'tệp'}: ${first.message}${more}`;
}

/**
 * Why data does not fit its schema, as a phrase: the first issue where a
 * person can find it, worded in both languages (a schema's own message stays
 * as the schema writes it), and how many more there are.
 */
export function invalidPhrase(schema: z.ZodType, data: unknown): Phrase<DataProblemKey> {
  const vi = schema.safeParse(data, { error: issueInVietnamese });
  const en = schema.safeParse(data, { error: issueInEnglish });
  if (vi.success || en.success) throw new RangeError('invalidPhrase: the data fits its schema');
  const [first] = vi.error.issues;
  const n = vi.error.issues.length - 1;
  return {
    key: 'invalidAt',
    params: {
      place: formatPath(first.path) || { key: 'invalidWhole' },
      problem: { vi: first.message, en: en.error.issues[0].message },
      more: n > 0 ? { key: 'invalidMore', params: { n } } : '',
    },
  };
}
