// The periodic CCHC report (options page, "Dữ liệu"): the period a person chooses, and the .docx of it.
import { db } from '../db/db';
import { exportFromDb, type ExportFile } from '../export/exportJson';
import { mergeExports } from '../export/merge';
import type { DataSpan } from '../metrics/dataSpan';
import { draftReport } from '../report/draft';
import { reportDocx } from '../report/docx';
import { rangeReport, reportPeriod, type ReportPeriod } from '../report/period';
import { readExports, type DataFile } from './data';

/** Quý I–IV, 6 tháng đầu / cuối năm, năm, or a range of dates: the periods of the periodic CCHC report. */
export const REPORT_CHOICES = ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'year', 'custom'] as const;
export type ReportChoice = (typeof REPORT_CHOICES)[number];

export interface ReportRequest {
  choice: ReportChoice;
  year: number;
  /** The dates of a 'custom' period. */
  range: { from: string; to: string };
}

/** The report's .docx, the period it covers, and where data exists when the period holds none. */
export interface ReportFile extends DataFile {
  period: ReportPeriod;
  empty: { span: DataSpan | null } | null;
}

function periodOfChoice({ choice, year, range }: ReportRequest): ReportPeriod {
  if (choice === 'custom') return rangeReport(range.from, range.to);
  if (choice === 'year') return reportPeriod('year', year);
  return reportPeriod(choice.startsWith('q') ? 'quarter' : 'half', year, Number(choice.slice(1)));
}

async function reportFile(file: ExportFile, whose: string, request: ReportRequest, today: string): Promise<ReportFile> {
  const period = periodOfChoice(request);
  const draft = draftReport(file, period, today);
  const slug = request.choice === 'custom' ? `${period.period.from}-${period.period.to}` : `${request.choice}-${request.year}`;
  const content = await reportDocx(draft);
  return { name: `bao-cao-cchc-${whose}-${slug}.docx`, content, type: content.type, period, empty: draft.empty ? { span: draft.span } : null };
}

/** The person's own report, from what this browser recorded. */
export async function myReportFile(request: ReportRequest, today: string): Promise<ReportFile> {
  return reportFile(await exportFromDb(db()), 'ca-nhan', request, today);
}

/** The unit's report, merged from colleagues' export files. */
export async function unitReportFile(files: readonly { name: string; text: string }[], request: ReportRequest, today: string): Promise<ReportFile> {
  return reportFile(mergeExports(readExports(files)), 'don-vi', request, today);
}
