/**
 * Unit report for the CCHC focal point:
 *   npm run -s report -- merge A.json B.json … --out unit.xlsx
 *     [--period month|quarter|half|year] [--date YYYY-MM-DD] | [--from YYYY-MM-DD --to YYYY-MM-DD]
 * The period defaults to the quarter of today (Asia/Ho_Chi_Minh).
 * Each file may weigh at most MAX_FILE_MB (lib/export/fileLimit.ts); a heavier one is refused by its size, unread.
 *
 * The periodic CCHC report (.docx) from the same exports:
 *   npm run -s report -- draft A.json B.json … --period quarter|half|year [--date YYYY-MM-DD] --out report.docx
 *   npm run -s report -- draft A.json B.json … --from YYYY-MM-DD --to YYYY-MM-DD --out report.docx
 * The date (default: today) picks the quarter, half-year or year it falls in; the report's figures run from the
 * 15th of the previous period's last month to the 14th of its own.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseExport, type ExportFile } from '../lib/export/exportJson';
import { MAX_FILE_MB, oversizeMb } from '../lib/export/fileLimit';
import { mergeExports } from '../lib/export/merge';
import { workbookFromExport } from '../lib/export/workbook';
import { xlsxBlob } from '../lib/export/xlsx';
import { todayInVietnam } from '../lib/time/dates';
import { emptyPeriodText } from '../lib/metrics/dataSpan';
import { draftReport } from '../lib/report/draft';
import { reportDocxBuffer } from '../lib/report/docx';
import { REPORT_KINDS, rangeReport, reportFor, type ReportKind, type ReportPeriod } from '../lib/report/period';
import { customPeriod, periodLabel, periodOf, type Period } from '../lib/time/periods';

z.config({ jitless: true });

class UsageError extends Error {}

const USAGE = [
  `cách dùng: report merge A.json B.json … --out unit.xlsx [--period month|quarter|half|year] [--date YYYY-MM-DD] [--from YYYY-MM-DD --to YYYY-MM-DD] (mỗi tệp tối đa ${MAX_FILE_MB} MB)`,
  '           report draft A.json B.json … --out bao-cao.docx [--period quarter|half|year] [--date YYYY-MM-DD] | [--from YYYY-MM-DD --to YYYY-MM-DD]',
].join('\n');
const KINDS = ['month', 'quarter', 'half', 'year'] as const;

function choosePeriod(values: { period?: string; date?: string; from?: string; to?: string }, today: string): Period {
  if (values.from !== undefined || values.to !== undefined) {
    if (values.from === undefined || values.to === undefined) throw new UsageError('--from và --to phải đi cùng nhau');
    return customPeriod(values.from, values.to);
  }
  const kind = values.period ?? 'quarter';
  if (!(KINDS as readonly string[]).includes(kind)) throw new UsageError(`--period phải là một trong: ${KINDS.join(', ')}`);
  return periodOf(kind as (typeof KINDS)[number], values.date ?? today);
}

/** Refuses a file over the limit by its size alone, before reading any of it. */
async function checkSize(path: string): Promise<void> {
  let bytes: number;
  try {
    bytes = (await stat(path)).size;
  } catch {
    throw new UsageError(`${path}: không đọc được tệp`);
  }
  const size = oversizeMb(bytes);
  if (size !== null) throw new UsageError(`${path}: tệp quá lớn (${size} MB), tối đa ${MAX_FILE_MB} MB — không đọc`);
}

async function readExport(path: string): Promise<ExportFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`${path}: không đọc được tệp`);
  }
  const parsed = parseExport(text);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
  return parsed.value;
}

async function main(argv: string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      period: { type: 'string' },
      date: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
  });
  const [command, ...inputs] = positionals;
  if (command !== 'merge' && command !== 'draft') throw new UsageError(USAGE);
  if (inputs.length === 0) throw new UsageError('cần ít nhất một tệp xuất dữ liệu (.json)');
  if (values.out === undefined) throw new UsageError(`thiếu --out <tệp.${command === 'draft' ? 'docx' : 'xlsx'}>`);
  const today = todayInVietnam();
  if (command === 'draft') return draft(inputs, values.out, reportOf(values, today), today);
  const period = choosePeriod(values, today);
  for (const input of inputs) await checkSize(input);
  const merged = mergeExports(await Promise.all(inputs.map(readExport)));
  const tables = workbookFromExport(merged, period, today);
  await writeFile(values.out, Buffer.from(await (await xlsxBlob(tables)).arrayBuffer()));
  const [, dossiers, tasks, feedback] = tables;
  // The task sheet's bold rows are its area headings and totals, not tasks.
  const taskCount = tasks.rows.length - (tasks.boldRows?.length ?? 0);
  return `Đã ghi ${values.out}: ${periodLabel(period)}, ${dossiers.rows.length} hồ sơ, ${taskCount} nhiệm vụ, ${feedback.rows.length} phản ánh kiến nghị (gộp ${inputs.length} tệp)`;
}

function reportOf(values: { period?: string; date?: string; from?: string; to?: string }, today: string): ReportPeriod {
  if (values.from !== undefined || values.to !== undefined) {
    if (values.from === undefined || values.to === undefined) throw new UsageError('--from và --to phải đi cùng nhau');
    return rangeReport(values.from, values.to);
  }
  const kind = values.period ?? 'quarter';
  if (!(REPORT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--period phải là một trong: ${REPORT_KINDS.join(', ')}`);
  return reportFor(kind as ReportKind, values.date ?? today);
}

async function draft(inputs: string[], out: string, period: ReportPeriod, today: string): Promise<string> {
  for (const input of inputs) await checkSize(input);
  const merged = mergeExports(await Promise.all(inputs.map(readExport)));
  const report = draftReport(merged, period, today);
  await writeFile(out, await reportDocxBuffer(report));
  const state = report.empty ? emptyPeriodText(report.span) : report.coverage;
  return `Đã ghi ${out}: báo cáo CCHC ${period.label} (gộp ${inputs.length} tệp); ${state}`;
}

main(process.argv.slice(2)).then(
  (summary) => console.log(summary),
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof RangeError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(known ? (error as Error).message : `lỗi không mong đợi: ${String(error)}`);
    process.exit(1);
  },
);
