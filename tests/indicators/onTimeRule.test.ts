import { describe, expect, it } from 'vitest';
import { onTimeVerdict } from '../../lib/indicators/onTimeRule';

const today = '2026-05-20';
const rule = (over: Partial<Parameters<typeof onTimeVerdict>[0]>) => onTimeVerdict({ mark: null, due: null, doneAt: null, finished: false, ...over }, today);

describe('the one on-time rule', () => {
  it('judges a finished item by its finishing date against its due date', () => {
    expect(rule({ finished: true, doneAt: '2026-05-05', due: '2026-05-05' })).toBe('hit');
    expect(rule({ finished: true, doneAt: '2026-05-06', due: '2026-05-05' })).toBe('miss');
  });
  it('counts an open item within its due date as on time, and past it as late', () => {
    expect(rule({ due: today })).toBe('hit');
    expect(rule({ due: '2026-05-19' })).toBe('miss');
  });
  it("lets the portal's own overdue mark win, and trusts its on-time mark without dates", () => {
    expect(rule({ due: '2026-05-30', mark: false })).toBe('miss');
    expect(rule({ finished: true, mark: true })).toBe('hit');
    expect(rule({ mark: true })).toBe('hit');
  });
  it('is unknown when the page shows too little', () => {
    expect(rule({})).toBe('unknown');
    expect(rule({ finished: true, due: '2026-05-05' })).toBe('unknown');
  });
});
