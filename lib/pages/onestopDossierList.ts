import type { Dossier } from '../schema/facts';
import { DOSSIER_LABELS, toDossier } from './dossierFields';
import { cellText, columnsOf, findGrid } from './table';
import type { PageModule } from './types';

// VNPT iGate lists: /vi/dossier/search, /vi/dossier/processing, … (a section, no dossier id).
const LIST_PATH = /\/dossier\/[\w-]+\/?$/;
const REQUIRED = [DOSSIER_LABELS.code, DOSSIER_LABELS.status] as const;

/** Danh sách hồ sơ một cửa: a table or ARIA grid, one dossier per row, rendered whenever the app likes. */
export const onestopDossierList: PageModule = {
  kind: 'onestop.dossier_list',
  matches(url, doc) {
    return LIST_PATH.test(url.pathname) || findGrid(doc, REQUIRED) !== null;
  },
  extract(doc) {
    const anchors = new Map<string, Element>();
    const grid = findGrid(doc, REQUIRED);
    if (!grid) return { facts: { kind: 'onestop.dossier_list', dossiers: [] }, anchors };
    anchors.set('list', grid.element);
    const col = columnsOf(grid.headers, DOSSIER_LABELS);
    const dossiers: Dossier[] = [];
    for (const row of grid.rows) {
      const dossier = toDossier((field) => cellText(row, col[field]));
      if (!dossier || anchors.has(dossier.code)) continue;
      dossiers.push(dossier);
      anchors.set(dossier.code, row.element);
    }
    return { facts: { kind: 'onestop.dossier_list', dossiers }, anchors };
  },
};
