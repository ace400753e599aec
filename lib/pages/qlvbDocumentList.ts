import type { QlvbDocument } from '../schema/facts';
import { DOCUMENT_LABELS, toDocument } from './documentFields';
import { cellText, columnsOf, findGrid } from './table';
import { definePageKind } from './types';

const REQUIRED = [DOCUMENT_LABELS.number, DOCUMENT_LABELS.summary] as const;

/** Danh sách văn bản (đến, đi) of a document-management system, whatever the vendor. */
export const qlvbDocumentList = definePageKind({
  kind: 'qlvb.document_list',
  list: true,
  families: ['qlvb'],
  name: { vi: 'Danh sách văn bản đến', en: 'Incoming documents' },
  matches(_url, doc) {
    return findGrid(doc, REQUIRED) !== null;
  },
  extract(doc) {
    const anchors = new Map<string, Element>();
    const documents: QlvbDocument[] = [];
    const grid = findGrid(doc, REQUIRED);
    if (grid) {
      anchors.set('list', grid.element);
      const col = columnsOf(grid, DOCUMENT_LABELS);
      for (const row of grid.rows) {
        const document = toDocument((field) => cellText(row, col[field]));
        if (!document || anchors.has(document.number)) continue;
        documents.push(document);
        anchors.set(document.number, row.element);
      }
    }
    return { facts: { documents }, anchors };
  },
});
