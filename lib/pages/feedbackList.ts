import type { Feedback } from '../schema/facts';
import { fold } from '../text/fold';
import { firstDateIn } from './dates';
import { freeText, isPersonalData } from './privacy';
import { cellText, columnsOf, findGrid } from './table';
import { textOf } from './text';
import { definePageKind } from './types';

const LABELS = {
  code: ['ma phan anh', 'ma pakn', 'so phan anh', 'ma so', 'ma'],
  title: ['tieu de', 'noi dung phan anh', 'noi dung', 'trich yeu'],
  received: ['ngay gui', 'ngay tiep nhan', 'ngay phan anh', 'ngay nhan'],
  due: ['han xu ly', 'han tra loi', 'ngay het han', 'han giai quyet'],
  handled: ['ngay tra loi', 'ngay xu ly', 'ngay hoan thanh', 'ngay phan hoi'],
  status: ['trang thai', 'tinh trang'],
} as const;
const REQUIRED = [LABELS.code, LABELS.due] as const;
const FEEDBACK_PATH = /phan-?anh|kien-?nghi|pakn|petition|feedback/i;

// The page says what it lists: "Phản ánh, kiến nghị" in its title or heading.
function saysFeedback(doc: Document): boolean {
  const heading = `${doc.title} ${textOf(doc.querySelector('h1'))} ${textOf(doc.querySelector('h2'))}`;
  return /phan anh|kien nghi/.test(fold(heading));
}

/** Danh sách phản ánh, kiến nghị: due date and answer date per item, for the on-time check. */
export const feedbackList = definePageKind({
  kind: 'feedback.list',
  list: true,
  families: ['dvc', 'onestop'],
  name: { vi: 'Danh sách phản ánh, kiến nghị', en: 'Feedback list' },
  matches(url, doc) {
    return (FEEDBACK_PATH.test(url.pathname) || saysFeedback(doc)) && findGrid(doc, REQUIRED) !== null;
  },
  extract(doc) {
    const anchors = new Map<string, Element>();
    const grid = findGrid(doc, REQUIRED);
    const feedback: Feedback[] = [];
    if (grid) {
      anchors.set('list', grid.element);
      const col = columnsOf(grid, LABELS);
      for (const row of grid.rows) {
        const code = cellText(row, col.code).split(' ')[0];
        // The code keys what is stored: a phone or ID number under a mislabelled column must not become one.
        if (!code || anchors.has(code) || isPersonalData(code)) continue;
        const dueAt = firstDateIn(cellText(row, col.due));
        const handledAt = firstDateIn(cellText(row, col.handled));
        feedback.push({
          code,
          title: freeText(cellText(row, col.title)),
          receivedAt: firstDateIn(cellText(row, col.received)),
          dueAt,
          handledAt,
          status: freeText(cellText(row, col.status)),
          onTime: handledAt && dueAt ? handledAt <= dueAt : null,
        });
        anchors.set(code, row.element);
      }
    }
    return { facts: { feedback }, anchors };
  },
});
