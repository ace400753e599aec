import { describe, expect, it } from 'vitest';
import { renderFinding, renderMessage } from '../../lib/indicators/render';

describe('finding messages', () => {
  it('render in the person’s language with dates dd/mm/yyyy and numbers as each language writes them', () => {
    const f = { indicator: 'procedure.data_reuse_rate', message: { key: 'rate:notMet', params: { met: 2, counted: 3, rate: 66.7, target: '≥ 80%' } } };
    expect(renderFinding(f, 'vi')).toBe('Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: 2/3 = 66,7% — chưa đạt chỉ tiêu ≥ 80%');
    expect(renderFinding(f, 'en')).toBe('Reuse of digitised information and data: 2/3 = 66.7% — short of the target ≥ 80%');
    expect(renderMessage({ key: 'procedure.on_time_rate:withinDue', params: { due: '2026-05-20' } }, 'en')).toBe('Within its due date (20/05/2026)');
  });
  it('shows an unknown key as itself rather than nothing', () => {
    expect(renderMessage({ key: 'nobody.knows:this' }, 'vi')).toBe('nobody.knows:this');
  });
});
