import { beforeAll, describe, expect, it } from 'vitest';
import { checkPage } from '../../lib/checks/page';
import { targetsInForce } from '../../lib/indicators/targets';
import { TODAY, fixtureIndex } from '../pages/load';
import { type Base, hash, loadBase, mutate, picker, prng } from './fuzzKit';
import { LABELLED_FIELDS, NEUTRAL, addSummary, emptyLabelled, emptyRowButCode, moveColumn, recordsOf, saidMore, saysMoreThanItsCode } from './nearMiss';

/*
 * The near-miss suite in the fuzzing: every fixture page, damaged at random as
 * in fuzz.test.ts, is then made a near miss, and what the near miss adds must
 * be read as nothing (at most it leaves a value unknown). A summary table
 * headed by a field's label gives no record a value; a column moved into another table gives what no column gives; a row
 * emptied but for its code takes nothing from the rows around it; a label with
 * an empty value takes nothing from the next one. The near-miss fixtures keep
 * their unknown fields null under damage that makes no evidence.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260520);
const VARIANTS = 60;

const bases = new Map<string, Base>();
// Every fixture is parsed (and the SPA list rendered) once: seconds on a busy machine.
beforeAll(async () => {
  for (const entry of fixtureIndex()) bases.set(entry.file, await loadBase(entry));
}, 120_000);

const read = (base: Base) => checkPage(base.doc, base.url, targetsInForce([]), TODAY);
const tally = () => ({ summary: 0, column: 0, row: 0, label: 0 });
const totals = tally();

describe('near misses in the fuzzing: unknown is better than wrong', () => {
  for (const entry of fixtureIndex()) {
    it(`${entry.file}: ${VARIANTS} damaged variants, each made a near miss, read nothing from it`, () => {
      const base = bases.get(entry.file)!;
      const applied = tally();
      for (let variant = 0; variant < VARIANTS; variant++) {
        const pick = picker(base, prng(hash(SEED, 'near miss', entry.file, variant)));
        const where = (what: string, log: string[]) => `seed ${SEED}, ${entry.file}, variant ${variant}, ${what} [${log.join('; ')}]`;

        // Any damage, then a summary table, then a column moved out: each compared with the page without it.
        const damage = mutate(base.doc, pick);
        const before = read(base);
        const summary = addSummary(base.doc, pick);
        const withSummary = read(base).report;
        summary.undo();
        applied.summary++;
        expect(saidMore(withSummary, before.report), where(`summary table ${summary.shown}`, damage.log)).toEqual([]);
        const move = moveColumn(base.doc, before.report, before.anchors, pick);
        if (move) {
          const putBack = move.remove();
          const without = read(base).report;
          const unsay = move.addElsewhere();
          const elsewhere = read(base).report;
          unsay();
          putBack();
          applied.column++;
          expect(saidMore(elsewhere, without), where(`column "${move.shown}" of another table`, damage.log)).toEqual([]);
        }
        damage.undo();

        // One record's own evidence taken away, then damage that makes none: the record says nothing more.
        const { report, anchors } = read(base);
        const rows = [...anchors].filter(([subject, el]) => subject !== 'list' && (el.tagName === 'TR' || el.getAttribute('role') === 'row'));
        if (rows.length) {
          const [code, row] = pick.one(rows);
          const restore = emptyRowButCode(row, code);
          const neutral = mutate(base.doc, pick, NEUTRAL);
          const record = recordsOf(read(base).report).get(code);
          neutral.undo();
          restore();
          applied.row++;
          if (record) expect(saysMoreThanItsCode(record), where(`row of ${code} emptied`, neutral.log)).toEqual([]);
        } else if (report.kind === 'onestop.dossier' && report.dossiers?.length === 1) {
          const [field, key] = pick.one(LABELLED_FIELDS);
          const restore = emptyLabelled(base.doc, field);
          if (restore) {
            const neutral = mutate(base.doc, pick, NEUTRAL);
            const [dossier] = read(base).report.dossiers ?? [];
            neutral.undo();
            restore();
            applied.label++;
            if (dossier) expect(dossier[key], where(`${field} emptied`, neutral.log)).toBeNull();
          }
        }

        // A near-miss page stays unknown where it is unknown.
        if (entry.unknown) {
          const neutral = mutate(base.doc, pick, NEUTRAL);
          const records = [...recordsOf(read(base).report).values()];
          neutral.undo();
          for (const record of records) {
            const said = entry.unknown.filter((k) => (record as Record<string, unknown>)[k] !== null);
            expect(said, where(`${record.code} of a near miss`, neutral.log)).toEqual([]);
          }
        }
        if (variant % 40 === 0) expect(base.doc.documentElement.outerHTML, where('page not put back', [])).toBe(base.pristine);
      }
      expect(base.doc.documentElement.outerHTML).toBe(base.pristine);
      for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += applied[k];
    }, 120_000);
  }

  it('made every kind of near miss many times', () => {
    expect(totals.summary).toBe(VARIANTS * fixtureIndex().length);
    expect(totals.column).toBeGreaterThan(VARIANTS * 3);
    expect(totals.row).toBeGreaterThan(VARIANTS * 5);
    expect(totals.label).toBeGreaterThan(VARIANTS);
  });
});
