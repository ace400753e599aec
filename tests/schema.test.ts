import { describe, expect, it } from 'vitest';
import { Settings, defaultSettings } from '../lib/schema/settings';
import { fold } from '../lib/text/fold';

describe('settings', () => {
  it('fills defaults and keeps Vietnamese first', () => {
    const s = defaultSettings();
    expect(s.language).toBe('vi');
    expect(s.reminders.workStart).toBe('07:30');
  });
  it('rejects a malformed working hour with its place', () => {
    const r = Settings.safeParse({ reminders: { workStart: '7h30' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['reminders', 'workStart']);
  });
});

describe('fold', () => {
  it('removes diacritics and đ', () => {
    expect(fold('  Phòng Văn hóa -  Xã hội ĐÔ ')).toBe('phong van hoa - xa hoi do');
  });
});
