import type { z } from 'zod';

/** A validation issue of zod or zod/mini: where it is and what is wrong. */
type Issue = Pick<z.core.$ZodIssue, 'path' | 'message'>;

/** `tasks[3].status`: the place a person can find in the file or message. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/**
 * The one way a failed validation is told, to a person or in a log: the first
 * issue's place and message, and how many more there are. `whole` names the
 * value itself when the issue is about all of it ("tệp", "thông điệp").
 */
export function describeIssues(issues: readonly Issue[], whole: string): string {
  const [first] = issues;
  if (!first) return `${whole}: không hợp lệ`;
  const more = issues.length > 1 ? ` (và ${issues.length - 1} lỗi khác)` : '';
  return `${formatPath(first.path) || whole}: ${first.message}${more}`;
}
