import { readLabels } from '../../lib/pages/labels';
import { readGrids } from '../../lib/pages/table';
import { fixtureHtml, fixtureIndex, renderFixture } from '../pages/load';

/**
 * The personal data the fixture pages are seeded with, collected from the
 * pages themselves so that a fixture added later is covered too. Numbers and
 * addresses of contact details are found by their shape anywhere in the HTML
 * (scripts and attributes included: the SPA list keeps them in JSON and in
 * title attributes); names and addresses by where the page shows them.
 */
export interface PersonalData {
  /** E-mails, phone numbers, CCCD/CMND numbers: recognisable wherever they end up. */
  contacts: string[];
  /** Applicants' names and addresses: recognisable only by the column or label they sit under. */
  namesAndAddresses: string[];
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
const ID_NUMBER = /(?<![\d\w.-])\d{9}(?:\d{3})?(?![\d\w])/g;
const PHONE = /(?<![\d\w])(?:\+84 ?|0)\d{2,3}(?:[ .]?\d{3}){2}\d?(?![\d\w])/g;
// The SPA list's embedded data: {"owner": "…", "address": "…"}.
const JSON_PERSON = /"(?:owner|address)":\s*"([^"]+)"/g;
// Columns and labels under which a page shows the applicant (folded).
const PERSON_COLUMN = /^(chu ho so|nguoi phan anh|nguoi gui|ho va ten|dia chi)/;
const PERSON_LABELS = ['ho va ten', 'chu ho so', 'dia chi thuong tru', 'dia chi'];

export async function seededPersonalData(): Promise<PersonalData> {
  const contacts = new Set<string>();
  const people = new Set<string>();
  for (const entry of fixtureIndex()) {
    const html = fixtureHtml(entry.file);
    for (const re of [EMAIL, ID_NUMBER, PHONE]) for (const m of html.matchAll(re)) contacts.add(m[0]);
    for (const m of html.matchAll(JSON_PERSON)) people.add(m[1]);
    const { doc, window } = await renderFixture(entry.file, entry.url);
    for (const grid of readGrids(doc)) {
      grid.headers.forEach((header, col) => {
        if (!PERSON_COLUMN.test(header)) return;
        for (const row of grid.rows) {
          const cell = row.cells[col];
          // "Hoàng Thị Mai · 0987654321" and "Nguyễn Văn An<small>CCCD…</small>": the name comes first.
          const first = cell?.firstChild?.textContent?.split('·')[0].trim();
          if (first) people.add(first);
        }
      });
    }
    if (entry.kind === 'onestop.dossier') {
      const labels = readLabels(doc);
      for (const label of PERSON_LABELS) {
        const value = labels.get([label])?.value;
        if (value) people.add(value);
      }
    }
    await window.happyDOM.close();
  }
  // A phone stored with its spaces squeezed out is still the same phone.
  for (const c of [...contacts]) contacts.add(c.replace(/\s/g, ''));
  return { contacts: [...contacts], namesAndAddresses: [...people] };
}
