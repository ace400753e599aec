import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanText } from '../../lib/plan/parse';
import { ParsedPlan } from '../../lib/schema/plan';
import { fixture } from '../plan/helpers';

describe('a plan that came as OCR without diacritics', () => {
  const text = fixture('tam-thanh-2026.txt');
  const raw = parsePlan(text);
  const restored = parsePlanText(text);

  it('reads in proper Vietnamese, with the OCR wording kept beside it', () => {
    expect(ParsedPlan.safeParse(restored).success).toBe(true);
    const task = restored.tasks.find((t) => t.title.startsWith('Tham mưu tổ chức đánh giá'));
    expect(task?.title).toBe('Tham mưu tổ chức đánh giá, chấm điểm Chỉ số CCHC năm 2026 của phường theo hướng dẫn của Sở Nội vụ.');
    expect(task?.lead).toBe('Phòng Văn hóa - Xã hội');
    expect(task?.original?.title).toBe('Tham muu t6 chirc danh gia, chdm diém Chi s6 CCHC nam 2026 cua phuong theo hudng dan ciia S& Noi vu.');
    expect(restored.plan.title).toBe('Cải cách hành chính phường Tam Thanh năm 2026');
    expect(restored.plan.original?.title).toBe(raw.plan.title);
    expect(restored.targets[1].text).toBe('100% văn bản quy phạm pháp luật của phường được xây dựng, ban hành đúng thẩm quyền, trình tự, thủ tục theo quy định.');
  });

  it('changes no number, date, target value or document number', () => {
    expect(restored.plan.number).toBe(raw.plan.number);
    expect(restored.plan.implements).toEqual(raw.plan.implements);
    expect(restored.targets.map((t) => [t.indicator, t.comparator, t.value, t.unit])).toEqual(raw.targets.map((t) => [t.indicator, t.comparator, t.value, t.unit]));
    expect(restored.tasks.map((t) => [t.deadline?.kind, t.deadline?.from, t.deadline?.to])).toEqual(raw.tasks.map((t) => [t.deadline?.kind, t.deadline?.from, t.deadline?.to]));
    // Numbers standing on their own; a digit inside a word ("c6" for "có") is OCR damage and is repaired.
    const numbers = (s: string) => s.match(/(?<![\p{L}\d])\d[\d/.,%-]*(?![\p{L}\d])/gu);
    restored.tasks.forEach((t, i) => {
      expect(t.original?.title).toBe(raw.tasks[i].title);
      expect(numbers(t.title)).toEqual(numbers(raw.tasks[i].title));
    });
  });
});

describe('a typed plan', () => {
  it('is left exactly as read', () => {
    const text = fixture('thuy-hung-2026.txt');
    expect(parsePlanText(text)).toEqual(parsePlan(text));
  });
});
