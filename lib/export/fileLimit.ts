/**
 * The most a backup or a colleague's export may weigh. An observation takes
 * about half a kilobyte of JSON, so this holds some 50,000 of them, more than
 * a unit records in a year; a file heavier than this is something else, and
 * reading it whole would freeze the page for a minute. The size is checked
 * before the file is read.
 */
export const MAX_FILE_MB = 25;
const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

/** The file's size in megabytes, rounded up, when it is over the limit; else null. */
export function oversizeMb(bytes: number): number | null {
  return bytes > MAX_FILE_BYTES ? Math.ceil(bytes / (1024 * 1024)) : null;
}
