import { describe, expect, it } from 'vitest';
import { docxToText } from '../../lib/plan/docx';
import { matchIndicator } from '../../lib/plan/indicators';
import { parsePlan } from '../../lib/plan/parse';
import { corpusBytes } from './helpers';

const keyOf = (wording: string) => matchIndicator(wording)?.key ?? null;

describe('an indicator is named by the meaning of the wording, not by its syllables', () => {
  it.each([
    // "dữ liệu" of "cơ sở dữ liệu" and "đúng" are not "tái sử dụng dữ liệu".
    ['văn bản quy phạm pháp luật được cập nhật trên cơ sở dữ liệu quốc gia về pháp luật kịp thời, đúng quy định', null],
    // Data services put into use on the national platform: no reuse of data, no shared platform named.
    ['dịch vụ dữ liệu có trên nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức', null],
    // "toán" of "thanh toán" is not "toàn" of "toàn trình": payment is no indicator of the catalogue.
    ['Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công đạt tối thiểu', null],
    // Results handed over at the one-stop desk are not electronic results.
    ['thủ tục hành chính thuộc thẩm quyền giải quyết được tiếp nhận và trả kết quả tại bộ phận một cửa các cấp', null],
    ['văn bản quy phạm pháp luật hết hiệu lực, tạm ngưng hiệu lực được công bố kịp thời, đúng quy định', null],
    ['có tối thiểu 10 bản ứng dụng dữ liệu cấp tỉnh, ngành và địa phương', null],
    // Another plan's tasks are not the CCHC plan's.
    ['mục tiêu, nhiệm vụ đề ra theo kế hoạch chuyển đổi số năm 2026 của tỉnh được hoàn thành đảm bảo tiến độ và chất lượng', null],
  ])('%s → no key', (wording, key) => {
    expect(keyOf(wording)).toBe(key);
  });

  it.each([
    ['Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu', 'procedure.data_reuse_rate'],
    ['tái sử dụng dữ liệu đạt 80%', 'procedure.data_reuse_rate'],
    ['ty 1& khai thac, st dung lai thong tin, dit lidu s6 hoa dat t6i thiéu', 'procedure.data_reuse_rate'],
    ['dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình', 'procedure.full_online_procedure_rate'],
    ['Từ trên 70% văn bản được ký số', 'digital_government.digital_signature_rate'],
    ['chỉ tiêu, nhiệm vụ đào tạo, bồi dưỡng cán bộ, công chức, viên chức được hoàn thành trong năm', 'civil_service.training_completion_rate'],
    ['phản ánh, kiến nghị của cá nhân, tổ chức đối với thủ tục hành chính được xử lý và công khai kết quả xử lý theo đúng quy định', 'procedure.feedback_on_time_rate'],
    ['Tối thiểu 98% hồ sơ thủ tục hành chính tiếp nhận trong năm được giải quyết trước và đúng hạn', 'procedure.on_time_rate'],
    ['Hoàn thành 100% nhiệm vụ đề ra trong Kế hoạch CCHC năm 2026', 'direction.plan_task_completion_rate'],
    ['hoàn thành 100% nhiệm vụ trong kế hoạch cải cách hành chính năm 2026', 'direction.plan_task_completion_rate'],
    // A CCHC plan that says "the plan" means itself.
    ['100% nhiệm vụ đề ra trong Kế hoạch năm 2026 được hoàn thành', 'direction.plan_task_completion_rate'],
  ])('%s → %s', (wording, key) => {
    expect(keyOf(wording)).toBe(key);
  });
});

describe('the keys of the 2026 plan\'s targets', () => {
  it('keys only the targets whose indicator the catalogue has; the others stay plan targets without one', () => {
    const targets = parsePlan(docxToText(corpusBytes('lamdong-kh-cchc-2026.docx'))).targets;
    const keyed = (start: RegExp) => targets.filter((t) => start.test(t.phrase ?? '')).map((t) => t.indicator);
    expect(keyed(/cơ sở dữ liệu quốc gia về pháp luật/)).toEqual([null]);
    expect(keyed(/NDXP/)).toEqual([null]);
    expect(keyed(/thanh toán trực tuyến/)).toEqual([null, null]);
    expect(keyed(/trả kết quả tại bộ phận một cửa/)).toEqual([null]);
    expect(keyed(/giải quyết trước và đúng hạn/)).toEqual(['procedure.on_time_rate']);
    expect(keyed(/trực tuyến toàn trình$/)).toEqual(['procedure.full_online_procedure_rate']);
    expect(keyed(/được ký số/)).toEqual(['digital_government.digital_signature_rate']);
    expect(keyed(/sử dụng lại thông tin/)).toEqual(['procedure.data_reuse_rate']);
    expect(keyed(/kế hoạch chuyển đổi số/)).toEqual([null]);
    // Each indicator is named by the one target that words it.
    expect(targets.filter((t) => t.indicator === 'procedure.data_reuse_rate').length).toBe(1);
    expect(targets.filter((t) => t.indicator === 'procedure.full_online_procedure_rate').length).toBe(1);
    expect(targets.filter((t) => t.indicator === 'procedure.e_result_rate').length).toBe(0);
  });
});
