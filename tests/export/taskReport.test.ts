import { describe, expect, it } from 'vitest';
import { taskReport, taskReportText } from '../../lib/export/taskReport';
import { task } from '../build';

const due = (to: string) => ({ kind: 'date' as const, text: `Trước ${to.split('-').reverse().join('/')}`, to });

describe('task report', () => {
  const tasks = [
    task('a', { area: 'digital_government', title: 'Số hóa kết quả TTHC', deadline: due('2026-12-31') }),
    task('b', { area: 'procedure', title: 'Rà soát TTHC', deadline: due('2026-06-30'), status: 'done', doneAt: Date.parse('2026-07-02T02:00:00Z'), evidence: 'BC 5/BC-UBND' }),
    task('c', { area: 'direction', title: 'Ban hành kế hoạch', status: 'done', doneAt: Date.parse('2026-01-04T18:00:00Z') }),
    task('d', { area: 'procedure', title: 'Niêm yết TTHC', deadline: due('2026-10-31'), note: 'chờ bộ TTHC mới' }),
    task('e', { area: 'institution', title: 'Việc của đơn vị khác', status: 'not_mine' }),
    task('f', { area: null, title: 'Tổng kết', status: 'snoozed' }),
  ];
  const groups = taskReport(tasks, '2026-11-20');

  it('groups by area in plan order, leaving out tasks that are not the unit’s', () => {
    expect(groups.map((g) => g.name)).toEqual([
      'Công tác chỉ đạo, điều hành',
      'Cải cách thủ tục hành chính',
      'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
      'Nhiệm vụ khác',
    ]);
    expect(groups[1].rows.map((r) => r.title)).toEqual(['Rà soát TTHC', 'Niêm yết TTHC']);
  });

  it('states status and completion date in Việt Nam time', () => {
    expect(groups[0].rows[0]).toMatchObject({ status: 'Đã hoàn thành', doneOn: '2026-01-05' });
    // A note says work has started; a task nobody touched, or only put off, has not.
    expect(groups[1].rows.map((r) => r.status)).toEqual(['Đã hoàn thành (trễ hạn)', 'Đang thực hiện (quá hạn)']);
    expect(groups[2].rows[0].status).toBe('Chưa thực hiện');
    expect(groups[3].rows[0].status).toBe('Chưa thực hiện');
  });

  it('reads as the report’s numbered sections', () => {
    expect(taskReportText(groups.slice(0, 2))).toBe(
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n' +
        '1. Ban hành kế hoạch — Đã hoàn thành ngày 05/01/2026.\n\n' +
        'II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n' +
        '1. Rà soát TTHC — Đã hoàn thành (trễ hạn) ngày 02/07/2026; minh chứng: BC 5/BC-UBND.\n' +
        '2. Niêm yết TTHC — Đang thực hiện (quá hạn); ghi chú: chờ bộ TTHC mới.',
    );
  });
});

describe('tasks by CCHC area when the plan filed them under no heading', () => {
  it('takes the area the wording names, "chỉ đạo, điều hành" for plans and reports alone, and counts Đã / Đang / Chưa thực hiện', () => {
    const groups = taskReport(
      [
        task('a', { title: 'Chủ trì, phối hợp thẩm định dự toán kinh phí thực hiện CCHC của các cơ quan', status: 'done', doneAt: Date.parse('2026-03-01T02:00:00Z') }),
        task('b', { title: 'Tổng hợp, báo cáo UBND phường về tình hình, kết quả thực hiện CCHC theo quy định', status: 'in_progress' }),
        task('c', { title: 'Kiểm soát số liệu giải quyết hồ sơ TTHC hằng ngày; phối hợp cập nhật, số hóa hồ sơ' }),
        // Finance and digital government alike: unknown rather than a guess.
        task('d', { title: 'Bố trí kinh phí cho chuyển đổi số' }),
        task('e', { title: 'Nhiệm vụ khác hẳn' }),
      ],
      '2026-11-20',
    );
    expect(groups.map((g) => [g.name, g.rows.map((r) => r.title.slice(0, 12)), g.counts])).toEqual([
      ['Công tác chỉ đạo, điều hành', ['Tổng hợp, bá'], { done: 0, in_progress: 1, not_started: 0 }],
      ['Cải cách thủ tục hành chính', ['Kiểm soát số'], { done: 0, in_progress: 0, not_started: 1 }],
      ['Cải cách tài chính công', ['Chủ trì, phố'], { done: 1, in_progress: 0, not_started: 0 }],
      ['Nhiệm vụ khác', ['Bố trí kinh ', 'Nhiệm vụ khá'], { done: 0, in_progress: 0, not_started: 2 }],
    ]);
  });
});
