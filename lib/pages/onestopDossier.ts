import { DOSSIER_LABELS, type DossierField, toDossier } from './dossierFields';
import { readLabels } from './labels';
import type { PageModule } from './types';

// VNPT iGate detail: /vi/dossier/processing/<id>?procedure=…&task=…
const DETAIL_PATH = /\/dossier\/[\w-]+\/[\w-]+\/?$/;

/** Chi tiết hồ sơ một cửa: one dossier shown as label–value pairs. */
export const onestopDossier: PageModule = {
  kind: 'onestop.dossier',
  matches(url, doc) {
    if (DETAIL_PATH.test(url.pathname)) return true;
    const labels = readLabels(doc);
    return labels.get(DOSSIER_LABELS.code) !== null && labels.get(DOSSIER_LABELS.due) !== null;
  },
  extract(doc) {
    const labels = readLabels(doc);
    const anchors = new Map<string, Element>();
    const read = (field: DossierField): string => labels.get(DOSSIER_LABELS[field])?.value ?? '';
    const dossier = toDossier(read);
    if (!dossier) return { facts: { kind: 'onestop.dossier', dossiers: [] }, anchors };
    const codeElement = labels.get(DOSSIER_LABELS.code)?.element;
    if (codeElement) anchors.set(dossier.code, codeElement);
    return { facts: { kind: 'onestop.dossier', dossiers: [dossier] }, anchors };
  },
};
