import { describe, expect, it } from 'vitest';
import { translate } from '../lib/i18n';
import { vi } from '../lib/i18n/vi';
import { en } from '../lib/i18n/en';

describe('i18n', () => {
  it('fills placeholders in both languages', () => {
    expect(translate('vi', 'overdueDays', { n: 2 })).toBe('quá hạn 2 ngày');
    expect(translate('en', 'overdueDays', { n: 2 })).toBe('2 days overdue');
  });
  it('keeps the same placeholders in every English message', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect(names(en[key]), key).toEqual(names(vi[key]));
  });
  it('writes Vietnamese with its diacritics', () => {
    expect(vi.tabMyTasks).toBe('Việc của tôi');
    expect(Object.values(vi).join(' ')).not.toMatch(/\b(Viec|cua toi|Chi tieu|nhiem vu)\b/);
  });
});
