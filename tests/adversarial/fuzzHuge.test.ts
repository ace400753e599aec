import { beforeAll, describe, expect, it } from 'vitest';
import { readGrids } from '../../lib/pages/table';
import { fixtureIndex } from '../pages/load';
import { type Base, duplicate, hash, loadBase, mutate, observeProblems, picker, prng } from './fuzzKit';
import { seededPersonalData } from './personalData';

/*
 * Huge pages: a list grown to 5,000 rows, each copy given its own dossier
 * code so that every row is a dossier to check, then damaged like the small
 * variants. Building 5,000 rows in happy-dom takes about ten seconds, so one
 * list is grown, in a file of its own.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260520);
const ROWS = 5000;
// The ARIA grid of the SPA list; the HTML table layout is read at 1,000 rows by tests/pages/bigList.test.ts.
const LISTS = ['motcua-dossier-processing.html'];

/** The copy's dossier code made unique: …-260504-0001 becomes …-260504-<n>. */
function renumber(node: Node, n: number): void {
  if (node.nodeType === 3) node.textContent = (node.textContent ?? '').replace(/(-\d{6}-)\d{3,5}/, (_m, head: string) => `${head}${10000 + n}`);
  for (const child of Array.from(node.childNodes)) renumber(child, n);
}

let contacts: string[] = [];
const bases = new Map<string, Base>();

beforeAll(async () => {
  contacts = (await seededPersonalData()).contacts;
  for (const entry of fixtureIndex().filter((e) => LISTS.includes(e.file))) bases.set(entry.file, await loadBase(entry));
}, 60_000);

describe('fuzzed huge lists', () => {
  for (const file of LISTS) {
    it(`${file} grown to ${ROWS} rows, then damaged, reads into a sound report`, () => {
      const base = bases.get(file)!;
      const row = readGrids(base.doc)[0].rows[0].element;
      const grow = duplicate(row, ROWS);
      let copy = 0;
      for (let el = row.nextElementSibling; copy < ROWS && el; el = el.nextElementSibling) renumber(el, copy++);
      const mutation = mutate(base.doc, picker(base, prng(hash(SEED, file, 'huge'))));
      const { problems, report } = observeProblems(base, contacts);
      mutation.undo();
      grow();
      expect(problems, `seed ${SEED}, ${file}, huge [${mutation.log.join('; ')}]`).toEqual([]);
      // The mutations touch a few rows at most: thousands of the copies are still read as dossiers.
      expect(report?.dossiers?.length).toBeGreaterThan(ROWS - 10);
      expect(base.doc.documentElement.outerHTML).toBe(base.pristine);
    }, 120_000);
  }
});
