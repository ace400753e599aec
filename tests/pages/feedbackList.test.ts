import { describe, expect, it } from 'vitest';
import { feedbackList } from '../../lib/pages/feedbackList';
import { checkPage } from '../../lib/checks/page';
import { loadFixture } from './load';

const read = (file: string, url: string) => {
  const doc = loadFixture(file, url);
  expect(feedbackList.matches(new URL(url), doc)).toBe(true);
  return feedbackList.extract(doc, new URL(url));
};

describe('feedback (phản ánh, kiến nghị) lists', () => {
  it('reads the national portal table, dropping the sender and names in titles', () => {
    const { facts, anchors } = read('dvc-feedback-list.html', 'https://dichvucong.gov.vn/p/phananhkiennghi/pakn-tra-cuu-phan-anh.html');
    expect(facts.feedback).toEqual([
      { code: 'PA-2026-004512', title: 'Chậm trả kết quả đăng ký khai sinh tại Bộ phận Một cửa xã', receivedAt: '2026-04-02', dueAt: '2026-04-23', handledAt: '2026-04-20', status: 'Đã trả lời', onTime: true },
      { code: 'PA-2026-004877', title: 'Đề nghị hướng dẫn thủ tục chứng thực chữ ký cho …', receivedAt: '2026-04-10', dueAt: '2026-05-04', handledAt: '2026-05-06', status: 'Đã trả lời', onTime: false },
      { code: 'PA-2026-005120', title: 'Phản ánh thái độ cán bộ tiếp nhận hồ sơ', receivedAt: '2026-04-21', dueAt: '2026-05-12', handledAt: null, status: 'Đang xử lý', onTime: null },
      { code: 'PA-2026-005391', title: 'Kiến nghị bố trí thêm quầy tiếp nhận hồ sơ đất đai', receivedAt: '2026-05-12', dueAt: '2026-06-02', handledAt: null, status: 'Đang xử lý', onTime: null },
    ]);
    expect(anchors.get('PA-2026-005120')?.tagName).toBe('TR');
  });

  it('reads an iGate ARIA table with other label wordings', () => {
    const { facts, anchors } = read('motcua-petition-list.html', 'https://motcua.langson.gov.vn/vi/petition/list');
    expect(facts.feedback).toEqual([
      { code: 'PAKN.H33-260415-0003', title: 'Đề nghị giải quyết dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất', receivedAt: '2026-04-15', dueAt: '2026-05-08', handledAt: '2026-05-07', status: 'Đã xử lý', onTime: true },
      { code: 'PAKN.H33-260418-0007', title: '… phản ánh việc thu phí chứng thực chưa đúng quy định', receivedAt: '2026-04-18', dueAt: '2026-05-11', handledAt: null, status: 'Chờ xử lý', onTime: null },
      { code: 'PAKN.H33-260505-0012', title: 'Kiến nghị niêm yết công khai thủ tục liên thông khai sinh', receivedAt: '2026-05-05', dueAt: '2026-05-26', handledAt: null, status: 'Đang xử lý', onTime: null },
    ]);
    expect(anchors.get('list')?.getAttribute('role')).toBe('table');
  });

  it('is not a feedback list when the page does not say so', () => {
    const doc = loadFixture('motcua-petition-list.html', 'https://motcua.langson.gov.vn/vi/other');
    doc.title = 'Danh sách';
    doc.querySelector('h2')?.remove();
    expect(feedbackList.matches(new URL('https://motcua.langson.gov.vn/vi/other'), doc)).toBe(false);
  });
});

describe('a feedback list with ISO date-times', () => {
  it('reads due and answer dates, on time per item, and fails each late answer', () => {
    const url = 'https://dichvucong.gov.vn/p/phananhkiennghi/pakn-danh-sach.html';
    const { report } = checkPage(loadFixture('pakn-iso-list.html', url), new URL(url), [], '2026-10-20');
    expect(report.feedback?.map((f) => [f.code, f.receivedAt, f.dueAt, f.handledAt, f.onTime])).toEqual([
      ['PAKN-2609-001', '2026-09-14', '2026-10-05', '2026-10-07', false],
      ['PAKN-2609-002', '2026-09-15', '2026-10-06', '2026-10-02', true],
      ['PAKN-2609-003', '2026-09-16', '2026-10-07', '2026-10-09', false],
      ['PAKN-2609-004', '2026-09-17', '2026-10-08', '2026-10-12', false],
    ]);
    const late = report.findings.filter((f) => f.status === 'fail' && f.subject !== 'list').map((f) => f.subject);
    expect(late).toEqual(['PAKN-2609-001', 'PAKN-2609-003', 'PAKN-2609-004']);
  });
});
