import type { PageMaker } from '../harness/fixtureServer';
import { bigDossierListHtml } from '../../tests/fixtures/pages/generate';

export const BIG_LIST_HOST = 'motcua.langson.gov.vn';
export const BIG_LIST_ROWS = 1000;
/** The one-stop host and list path, so that the real classifier and (with the extension) the real match patterns apply. */
export const BIG_LIST_URL = `http://${BIG_LIST_HOST}/vi/dossier/search?size=${BIG_LIST_ROWS}`;

/** A day in the month the generated dossiers were received: due, overdue and done rows all occur. */
export const BENCH_TODAY = '2026-05-25';

const html = bigDossierListHtml(BIG_LIST_ROWS);

/** Serves the 1,000-row list at BIG_LIST_URL, uncached so that every load parses it afresh. */
export const bigListMaker: PageMaker = (url) =>
  url.host === BIG_LIST_HOST && url.pathname === '/vi/dossier/search' && url.searchParams.get('size') === String(BIG_LIST_ROWS)
    ? html
    : null;
