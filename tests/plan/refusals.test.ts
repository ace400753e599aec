import { describe, expect, it } from 'vitest';
import { say } from '../../lib/i18n';
import { docxToText } from '../../lib/plan/docx';
import { NotAPlanError, PlanInputError } from '../../lib/plan/errors';
import { parsePlanText } from '../../lib/plan/parse';

/** The refusal a reading ends with, as data. */
function refusalOf(read: () => unknown): PlanInputError {
  try {
    read();
  } catch (error) {
    if (error instanceof PlanInputError) return error;
    throw error;
  }
  throw new Error('read without a refusal');
}

const officialLetter = [
  'ỦY BAN NHÂN DÂN',
  'XÃ TAM THANH',
  'Số: 45/UBND-VP',
  'V/v triển khai Kế hoạch số 12/KH-UBND về cải cách hành chính năm 2026',
  '',
  'Kính gửi: các cơ quan, đơn vị.',
  '',
  'Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND huyện, UBND xã đề nghị các đơn vị triển khai.',
].join('\n');

const report = [
  'ỦY BAN NHÂN DÂN',
  'XÃ TAM THANH',
  'Số: 329/BC-UBND',
  'BÁO CÁO',
  'Kết quả thực hiện công tác cải cách hành chính năm 2025',
  '',
  'I. KẾT QUẢ',
  '1. Tỷ lệ hồ sơ đúng hạn đạt 98%.',
].join('\n');

describe('the plan reader refuses with a phrase, worded where it is shown', () => {
  it('names a document that is not a plan by its kind and number, in either language', () => {
    const letter = refusalOf(() => parsePlanText(officialLetter));
    expect(letter).toBeInstanceOf(NotAPlanError);
    expect(say('vi', letter.phrase)).toBe(
      'Đây là công văn số 45/UBND-VP, không phải kế hoạch. Văn bản này nói tới Kế hoạch số 12/KH-UBND — hãy nhập chính kế hoạch đó.',
    );
    expect(say('en', letter.phrase)).toBe('This is an official letter (no. 45/UBND-VP), not a plan. It refers to plan no. 12/KH-UBND: import that plan itself.');
    const unnumbered = refusalOf(() => parsePlanText(report.replace('Số: 329/BC-UBND\n', '')));
    expect(say('en', unnumbered.phrase)).toMatch(/^This is a report, not a plan: a report's results and statistics are not targets/);
    expect(say('vi', unnumbered.phrase)).toMatch(/^Đây là báo cáo, không phải kế hoạch: kết quả và số liệu thống kê/);
  });

  it('refuses a Word 97–2003 file and an overlong text in English as in Vietnamese, numbers as data', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(512).fill(0)]);
    const word97 = refusalOf(() => docxToText(ole));
    expect(word97.phrase).toEqual({ key: 'planInputWord97' });
    expect(say('en', word97.phrase)).toMatch(/^A Word 97–2003 file \(\.doc\) cannot be read yet: open it in Word or LibreOffice/);
    const long = refusalOf(() => parsePlanText('a'.repeat(2_500_000)));
    expect(long.phrase).toEqual({ key: 'planInputTooLong', params: { thousands: 2500 } });
    expect(say('en', long.phrase)).toBe('The text is too long (2500 thousand characters): a plan, appendices included, is usually under 2 million characters.');
  });

  it('keeps the Vietnamese wording as the error message, for the command line and logs', () => {
    const refusal = refusalOf(() => parsePlanText(report));
    expect(refusal.message).toBe(say('vi', refusal.phrase));
    expect(refusal.message).toMatch(/^Đây là báo cáo số 329\/BC-UBND, không phải kế hoạch/);
  });
});
