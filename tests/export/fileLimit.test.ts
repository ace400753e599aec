import { describe, expect, it } from 'vitest';
import { MAX_FILE_MB, oversizeMb } from '../../lib/export/fileLimit';

describe('size limit of backups and exports', () => {
  const MB = 1024 * 1024;

  it('lets a file up to the limit through and names the size of one over it', () => {
    expect(MAX_FILE_MB).toBe(25);
    expect(oversizeMb(0)).toBeNull();
    expect(oversizeMb(25 * MB)).toBeNull();
    expect(oversizeMb(25 * MB + 1)).toBe(26);
    expect(oversizeMb(50 * MB)).toBe(50);
  });
});
