import { DOCUMENT_LABELS, type DocumentField, toDocument } from './documentFields';
import { readLabels } from './labels';
import { textOf } from './text';
import { definePageKind } from './types';

/** Trang chi tiết văn bản: one document's fields as label–value pairs, its title as the heading. */
export const qlvbDocument = definePageKind({
  kind: 'qlvb.document',
  families: ['qlvb'],
  name: { vi: 'Văn bản', en: 'Document' },
  matches(_url, doc) {
    const labels = readLabels(doc);
    return (labels.get(DOCUMENT_LABELS.number)?.value.includes('/') ?? false) && labels.get(DOCUMENT_LABELS.issuer) !== null;
  },
  extract(doc) {
    const labels = readLabels(doc);
    const read = (field: DocumentField): string => labels.get(DOCUMENT_LABELS[field])?.value ?? '';
    const document = toDocument(read, textOf(doc.querySelector('h1')));
    const anchors = new Map<string, Element>();
    const shown = labels.get(DOCUMENT_LABELS.number)?.element;
    if (document && shown) anchors.set(document.number, shown);
    return { facts: { documents: document ? [document] : [] }, anchors };
  },
});
