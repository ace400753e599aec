// "Dữ liệu" (options page): the files it writes and the commands on the whole database.
import { db } from '../db/db';
import { DataProblemError } from '../i18n/dataProblems';
import { createBackup, restoreBackup, serializeBackup, type RestoreCounts } from '../export/backup';
import { toCsv } from '../export/csv';
import { exportFromDb, parseExport, serializeExport, type ExportFile } from '../export/exportJson';
import { mergeExports } from '../export/merge';
import type { Table } from '../export/table';
import { taskReport, taskReportText } from '../export/taskReport';
import { SHEET_NAMES, workbookFromExport } from '../export/workbook';
import { xlsxBlob } from '../export/xlsx';
import { dataSpan, hasDataIn, type DataSpan } from '../metrics/dataSpan';
import { chosenPeriod, type Period, type PeriodChoice } from '../time/periods';

/** A file to hand to the browser's download, named in Vietnamese with the day it was made. */
export interface DataFile {
  name: string;
  content: Blob | string;
  type: string;
}

/** A file of one period, and when the period holds no dossier or feedback, where the records are instead. */
export interface PeriodFile extends DataFile {
  period: Period;
  /** Null when the period holds data; else the span of what was recorded (null span: nothing at all). */
  empty: { span: DataSpan | null } | null;
}

/** The workbook's sheets a person may take one at a time as CSV. */
export const CSV_SHEETS: readonly string[] = [SHEET_NAMES.metrics, SHEET_NAMES.dossiers, SHEET_NAMES.tasks, SHEET_NAMES.feedback];

const JSON_TYPE = 'application/json';

/** How the period shows in a file name: 'quarter', 'quarter-truoc', or the range of dates. */
function choiceLabel(choice: PeriodChoice, period: Period): string {
  return choice.kind === 'custom' ? `${period.from}-${period.to}` : `${choice.kind}${choice.previous ? '-truoc' : ''}`;
}

function periodTables(file: ExportFile, choice: PeriodChoice, today: string): { period: Period; tables: Table[]; empty: PeriodFile['empty'] } {
  const period = chosenPeriod(choice, today);
  const empty = hasDataIn(file.observations, period) ? null : { span: dataSpan(file.observations) };
  return { period, tables: workbookFromExport(file, period, today), empty };
}

async function workbookOf(file: ExportFile, prefix: string, choice: PeriodChoice, today: string): Promise<PeriodFile> {
  const { period, tables, empty } = periodTables(file, choice, today);
  const content = await xlsxBlob(tables);
  return { name: `${prefix}-${choiceLabel(choice, period)}-${today}.xlsx`, content, type: content.type, period, empty };
}

/** The person's workbook for the chosen period. */
export async function workbookFile(choice: PeriodChoice, today: string): Promise<PeriodFile> {
  return workbookOf(await exportFromDb(db()), 'tro-ly-cchc', choice, today);
}

/** One sheet of that workbook as CSV: one file per click, since the browser holds back several downloads at once. */
export async function csvFile(choice: PeriodChoice, sheet: string, today: string): Promise<PeriodFile> {
  const { period, tables, empty } = periodTables(await exportFromDb(db()), choice, today);
  const table = tables.find((x) => x.name === sheet);
  if (!table) throw new DataProblemError({ key: 'sheetMissing', params: { sheet } });
  return { name: `${table.name}-${today}.csv`, content: toCsv(table), type: 'text/csv;charset=utf-8', period, empty };
}

/** What a colleague merges into the unit's report. */
export async function exportJsonFile(today: string): Promise<DataFile> {
  return { name: `tro-ly-cchc-${today}.json`, content: serializeExport(await exportFromDb(db())), type: JSON_TYPE };
}

/** The task report of the active plans, as plain text. */
export async function taskReportFile(today: string): Promise<DataFile> {
  const file = await exportFromDb(db());
  const active = new Set(file.plans.filter((p) => p.status === 'active').map((p) => p.id));
  const text = taskReportText(taskReport(file.tasks.filter((x) => active.has(x.planId)), today));
  return { name: `bao-cao-nhiem-vu-${today}.txt`, content: text, type: 'text/plain;charset=utf-8' };
}

/** Colleagues' export files, read in full: the first that is not one names itself in the error. */
export function readExports(files: readonly { name: string; text: string }[]): ExportFile[] {
  return files.map(({ name, text }) => {
    const parsed = parseExport(text);
    if (!parsed.ok) throw new DataProblemError({ key: 'fileNamed', params: { name, problem: parsed.phrase } });
    return parsed.value;
  });
}

/** The unit's workbook merged from colleagues' export files. */
export async function unitWorkbookFile(files: readonly { name: string; text: string }[], choice: PeriodChoice, today: string): Promise<PeriodFile> {
  return workbookOf(mergeExports(readExports(files)), 'bao-cao-don-vi', choice, today);
}

export async function backupFile(today: string): Promise<DataFile> {
  return { name: `sao-luu-tro-ly-cchc-${today}.json`, content: serializeBackup(await createBackup(db())), type: JSON_TYPE };
}

/** Replaces everything with a backup, all or nothing; a file that is not one is refused with the reason. */
export async function restoreFrom(text: string): Promise<RestoreCounts> {
  const result = await restoreBackup(db(), text);
  if (!result.ok) throw new DataProblemError(result.phrase);
  return result.value;
}

/** Every table emptied in one transaction: plans, tasks, observations, settings, all of it. */
export async function deleteAllData(): Promise<void> {
  const database = db();
  await database.transaction('rw', database.tables, async () => {
    for (const table of database.tables) await table.clear();
  });
}
