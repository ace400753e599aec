import readXlsxFile, { readSheetNames } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { CchcDb } from '../../lib/db/db';
import { emptyDb } from './emptyDb';
import { upsertObservations } from '../../lib/db/observations';
import { parseExport, serializeExport } from '../../lib/export/exportJson';
import { SHEET_NAMES } from '../../lib/export/workbook';
import { defaultSettings } from '../../lib/schema/settings';
import {
  CSV_SHEETS,
  backupFile,
  csvFile,
  deleteAllData,
  exportJsonFile,
  readExports,
  restoreFrom,
  taskReportFile,
  unitWorkbookFile,
  workbookFile,
} from '../../lib/views/data';
import { myReportFile, unitReportFile } from '../../lib/views/report';
import { TODAY, UNIT, exportA, exportB } from '../export/sample';

const MONTH = { kind: 'month', previous: false } as const;

/** Colleague A's records, as the options page finds them. */
async function seeded(): Promise<CchcDb> {
  const db = await emptyDb();
  await upsertObservations(db, exportA.observations);
  await db.tasks.bulkAdd(exportA.tasks);
  await db.plans.bulkAdd(exportA.plans);
  await db.targets.bulkAdd(exportA.targets);
  await db.settings.put({ key: 'settings', value: { ...defaultSettings(), profile: { unit: UNIT, role: null, province: null } } });
  return db;
}

const bytes = async (content: Blob | string) => (typeof content === 'string' ? Buffer.from(content) : Buffer.from(await content.arrayBuffer()));
/** The dossier codes in a sheet, whatever title rows stand above its table. */
const codes = (rows: unknown[][]) => rows.map((r) => String(r[0])).filter((c) => /^\d{3}\.\d{2}\.\d{2}\.H\d{2}-/.test(c));
const counts = async (db: CchcDb) => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()])));

describe('"Dữ liệu" data, without React', () => {
  it('writes the period workbook, named by period and day, with its sheets and the dossiers of the month', async () => {
    await seeded();
    const file = await workbookFile(MONTH, TODAY);
    expect(file.name).toBe(`tro-ly-cchc-month-${TODAY}.xlsx`);
    const xlsx = await bytes(file.content);
    expect(await readSheetNames(xlsx)).toEqual([SHEET_NAMES.metrics, SHEET_NAMES.dossiers, SHEET_NAMES.tasks, SHEET_NAMES.feedback, SHEET_NAMES.index766]);
    const dossiers = await readXlsxFile(xlsx, { sheet: SHEET_NAMES.dossiers });
    expect(codes(dossiers)).toEqual(['000.00.12.H25-261102-0001', '000.00.12.H25-261103-0002']);
    expect(file.empty).toBeNull();
  });

  it('says when the chosen period holds nothing, and where the records are', async () => {
    await seeded();
    const lastYear = await workbookFile({ kind: 'year', previous: true }, TODAY);
    expect(lastYear.name).toBe(`tro-ly-cchc-year-truoc-${TODAY}.xlsx`);
    expect([lastYear.period, lastYear.empty]).toEqual([{ kind: 'year', from: '2025-01-01', to: '2025-12-31' }, { span: { from: '2026-11-02', to: '2026-11-05' } }]);
    const range = await csvFile({ kind: 'custom', from: '2026-11-03', to: '2026-11-03' }, SHEET_NAMES.dossiers, TODAY);
    expect(range.empty).toBeNull();
    expect(String(range.content)).toContain('000.00.12.H25-261103-0002');
    expect(String(range.content)).not.toContain('000.00.12.H25-261102-0001');
    await deleteAllData();
    expect((await workbookFile(MONTH, TODAY)).empty).toEqual({ span: null });
  });

  it('writes one sheet as CSV, and refuses a sheet the workbook does not have', async () => {
    await seeded();
    expect(CSV_SHEETS).toContain(SHEET_NAMES.dossiers);
    const csv = await csvFile(MONTH, SHEET_NAMES.dossiers, TODAY);
    expect(csv).toMatchObject({ name: `${SHEET_NAMES.dossiers}-${TODAY}.csv`, type: 'text/csv;charset=utf-8' });
    expect(String(csv.content)).toContain('000.00.12.H25-261103-0002');
    await expect(csvFile(MONTH, 'Không có', TODAY)).rejects.toThrow('Không có bảng');
  });

  it('exports JSON a colleague can merge, and names the file that is not an export', async () => {
    await seeded();
    const json = await exportJsonFile(TODAY);
    expect(json.name).toBe(`tro-ly-cchc-${TODAY}.json`);
    const parsed = parseExport(String(json.content));
    expect(parsed.ok && parsed.value.observations).toEqual(exportA.observations);
    expect(() => readExports([{ name: 'a.json', text: String(json.content) }, { name: 'ghi-chu.json', text: '{}' }])).toThrow(/^ghi-chu\.json: /);
  });

  it('merges colleagues\' files into the unit workbook', async () => {
    const files = [exportA, exportB].map((f, i) => ({ name: `${i}.json`, text: serializeExport(f) }));
    const file = await unitWorkbookFile(files, MONTH, TODAY);
    expect(file.name).toBe(`bao-cao-don-vi-month-${TODAY}.xlsx`);
    const dossiers = await readXlsxFile(await bytes(file.content), { sheet: SHEET_NAMES.dossiers });
    expect(codes(dossiers)).toHaveLength(3);
  });

  it('reports the tasks of active plans only', async () => {
    const db = await seeded();
    const withActive = String((await taskReportFile(TODAY)).content);
    expect(withActive).toContain('Rà soát, đơn giản hóa TTHC');
    await db.plans.update('p1', { status: 'replaced' });
    const report = await taskReportFile(TODAY);
    expect(report.name).toBe(`bao-cao-nhiem-vu-${TODAY}.txt`);
    expect(String(report.content)).not.toContain('Rà soát, đơn giản hóa TTHC');
  });

  it('backs up and restores everything; a file that is not a backup changes nothing', async () => {
    const db = await seeded();
    const seen = await counts(db);
    const backup = await backupFile(TODAY);
    expect(backup.name).toBe(`sao-luu-tro-ly-cchc-${TODAY}.json`);
    await emptyDb();
    expect(await restoreFrom(String(backup.content))).toMatchObject({ plans: 1, tasks: 2, observations: exportA.observations.length });
    const restored = await counts(db);
    expect(restored).toEqual(seen);
    await expect(restoreFrom('{"format":"khác"}')).rejects.toThrow();
    expect(await counts(db)).toEqual(restored);
  });

  it('deletes every table', async () => {
    const db = await seeded();
    await deleteAllData();
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true);
    expect(db.tables.length).toBeGreaterThan(5);
  });
});

describe('the periodic CCHC report, without React', () => {
  const quarter4 = { choice: 'q4', year: 2026, range: { from: '', to: '' } } as const;

  it("writes the person's report for the chosen quarter, named by whose it is and the period", async () => {
    await seeded();
    const file = await myReportFile(quarter4, TODAY);
    expect(file.name).toBe('bao-cao-cchc-ca-nhan-q4-2026.docx');
    expect([file.period.label, file.empty]).toEqual(['quý IV năm 2026', null]);
    expect((await bytes(file.content)).subarray(0, 2).toString()).toBe('PK');
    const lastYear = await myReportFile({ ...quarter4, choice: 'custom', range: { from: '2025-01-01', to: '2025-03-31' } }, TODAY);
    expect(lastYear.name).toBe('bao-cao-cchc-ca-nhan-2025-01-01-2025-03-31.docx');
    expect(lastYear.empty).toEqual({ span: { from: '2026-11-02', to: '2026-11-05' } });
  });

  it("merges colleagues' files into the unit's report, and names the file that is not an export", async () => {
    const files = [exportA, exportB].map((f, i) => ({ name: `${i}.json`, text: serializeExport(f) }));
    expect((await unitReportFile(files, quarter4, TODAY)).name).toBe('bao-cao-cchc-don-vi-q4-2026.docx');
    await expect(unitReportFile([...files, { name: 'ghi-chu.json', text: '{}' }], quarter4, TODAY)).rejects.toThrow(/^ghi-chu\.json: /);
  });
});
