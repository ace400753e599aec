import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../lib/plan/parse';

/*
 * An inspection plan as a Sở Nội vụ writes one: the schedule names the
 * units inspected; who inspects is said in the text.
 */
const plan = (team: string, schedule: string) => `UBND TỈNH LÂM ĐỒNG
SỞ NỘI VỤ
Số: 12/KH-SNV
Lâm Đồng, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Kiểm tra công tác cải cách hành chính năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Đánh giá việc thực hiện nhiệm vụ cải cách hành chính.

II. NỘI DUNG, HÌNH THỨC KIỂM TRA
${team}

III. THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA

${schedule}

IV. TỔ CHỨC THỰC HIỆN
Các đơn vị được kiểm tra chuẩn bị báo cáo theo đề cương.
`;

const SCHEDULE = `| STT | Đơn vị được kiểm tra | Thời gian kiểm tra |
| 1 | Sở Tư pháp | Tháng 5/2026 |
| 2 | UBND phường Xuân Hương - Đà Lạt | Tháng 6/2026 |
| 3 | UBND xã Đạ Huoai | Tháng 9/2026 |`;

describe('an inspection schedule', () => {
  it('makes each row a task of the inspecting body named in the text, about the unit the row names', () => {
    const tasks = parsePlan(plan('Đoàn kiểm tra cải cách hành chính của Ban Chỉ đạo cải cách hành chính tỉnh kiểm tra trực tiếp tại đơn vị.', SCHEDULE)).tasks;
    const rows = tasks.filter((t) => t.source === 'nhiem_vu');
    expect(rows.map((t) => [t.title, t.lead, t.deadline?.to])).toEqual([
      ['Kiểm tra tại Sở Tư pháp', 'Ban Chỉ đạo cải cách hành chính tỉnh', '2026-05-31'],
      ['Kiểm tra tại UBND phường Xuân Hương - Đà Lạt', 'Ban Chỉ đạo cải cách hành chính tỉnh', '2026-06-30'],
      ['Kiểm tra tại UBND xã Đạ Huoai', 'Ban Chỉ đạo cải cách hành chính tỉnh', '2026-09-30'],
    ]);
    // The unit inspected is never its own inspector.
    expect(rows.some((t) => t.lead === 'Sở Tư pháp')).toBe(false);
  });

  it('takes the body that leads the inspection, else the issuer; a content column keeps its text beside the unit', () => {
    const withContent = `| TT | Nội dung kiểm tra | Đơn vị được kiểm tra | Thời gian |
| 1 | Kiểm tra công tác CCHC | Sở Y tế | Quý II/2026 |`;
    const led = parsePlan(plan('Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức kiểm tra.', withContent)).tasks[0];
    expect([led.title, led.lead, led.deadline?.to]).toEqual(['Kiểm tra công tác CCHC — Sở Y tế', 'Sở Nội vụ', '2026-06-30']);
    const unnamed = parsePlan(plan('Kiểm tra trực tiếp tại đơn vị.', SCHEDULE)).tasks[0];
    expect(unnamed.lead).toBe('Sở Nội Vụ');
  });
});
