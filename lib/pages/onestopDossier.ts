import type { Dossier } from '../schema/facts';
import { fold } from '../text/fold';
import { DOSSIER_LABELS, type DossierField, toDossier } from './dossierFields';
import { readLabels } from './labels';
import { cellText, columnsOf, readGrids } from './table';
import { readYesNo } from './text';
import { definePageKind } from './types';

// VNPT iGate detail: /vi/dossier/processing/<id>?procedure=…&task=…
const DETAIL_PATH = /\/dossier\/[\w-]+\/[\w-]+\/?$/;
const COMPONENT_LABELS = {
  component: ['ten thanh phan ho so', 'ten thanh phan', 'thanh phan ho so', 'thanh phan', 'ten giay to', 'giay to'],
  digitized: DOSSIER_LABELS.digitized,
  reuse: DOSSIER_LABELS.reuse,
} as const;

type ComponentEvidence = Pick<Dossier, 'digitized' | 'dataReuse'>;

/**
 * What the components table ("Thành phần hồ sơ") says of the dossier: it
 * reuses data when at least one component was taken from a data store (766);
 * it is digitised when every component is. A cell that says nothing counts
 * for nothing: an empty column gives null, never "no".
 */
function fromComponents(doc: Document): ComponentEvidence {
  for (const grid of readGrids(doc)) {
    const col = columnsOf(grid, COMPONENT_LABELS);
    if (col.component < 0 || (col.digitized < 0 && col.reuse < 0)) continue;
    const digitized: (boolean | null)[] = [];
    const reused: (boolean | null)[] = [];
    for (const row of grid.rows) {
      const digit = fold(cellText(row, col.digitized));
      const reuse = cellText(row, col.reuse);
      const reusedHere = digit.includes('tai su dung') ? true : readYesNo(reuse);
      reused.push(reusedHere);
      digitized.push(reusedHere === true ? true : readYesNo(digit));
    }
    const known = <T,>(list: (T | null)[]) => list.filter((v): v is T => v !== null);
    return {
      dataReuse: reused.includes(true) ? true : reused.length > 0 && known(reused).length === reused.length ? false : null,
      digitized: digitized.includes(false) ? false : digitized.length > 0 && known(digitized).length === digitized.length ? true : null,
    };
  }
  return { digitized: null, dataReuse: null };
}

/** Chi tiết hồ sơ một cửa: one dossier shown as label–value pairs, and perhaps its components table. */
export const onestopDossier = definePageKind({
  kind: 'onestop.dossier',
  families: ['onestop'],
  name: { vi: 'Chi tiết hồ sơ một cửa', en: 'One-stop dossier' },
  matches(url, doc) {
    if (DETAIL_PATH.test(url.pathname)) return true;
    const labels = readLabels(doc);
    return labels.get(DOSSIER_LABELS.code) !== null && (labels.get(DOSSIER_LABELS.due) !== null || labels.get(DOSSIER_LABELS.status) !== null);
  },
  extract(doc) {
    const labels = readLabels(doc);
    const anchors = new Map<string, Element>();
    const read = (field: DossierField): string => labels.get(DOSSIER_LABELS[field])?.value ?? '';
    const dossier = toDossier(read);
    if (!dossier) return { facts: { dossiers: [] }, anchors };
    const components = fromComponents(doc);
    dossier.dataReuse ??= components.dataReuse;
    dossier.digitized ??= components.digitized;
    const codeElement = labels.get(DOSSIER_LABELS.code)?.element;
    if (codeElement) anchors.set(dossier.code, codeElement);
    return { facts: { dossiers: [dossier] }, anchors };
  },
});
