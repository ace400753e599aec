import type { Metric } from '../metrics/compute';
import { dataSpan } from '../metrics/dataSpan';
import { formatDateVi } from '../time/dates';
import { formatNumber } from '../metrics/format';
import { counted, dossierTimeliness } from '../indicators/dossiers';
import { inPeriod, type Period } from '../time/periods';
import type { PlanLevel } from '../schema/plan';
import type { Observation, TaskRecord } from '../schema/records';
import { taskState } from '../tasks/completion';

/** One row of a Biểu mẫu thống kê: "STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú". */
export interface FormRow {
  stt: string;
  label: string;
  unit: string;
  /** Printed as it is: a count, or a percentage with a decimal comma; null leaves the cell to the person. */
  value: string | null;
  note: string;
}

export interface StatForm {
  number: 1 | 3 | 7;
  title: string;
  rows: FormRow[];
}

export interface FormInput {
  period: Period;
  /** The date the figures stand on: the period's end, or today while it runs. */
  asOf: string;
  observations: readonly Observation[];
  /** The active plans' tasks, as they stood on `asOf`. */
  tasks: readonly TaskRecord[];
  metrics: readonly Metric[];
  level: PlanLevel | null;
  today: string;
}

const pct = (numerator: number, denominator: number): string | null =>
  denominator === 0 ? null : formatNumber(Math.round((numerator / denominator) * 10000) / 100, 2).replace(/,?0+$/, '');

const row = (stt: string, label: string, unit: string, value: number | string | null, note = ''): FormRow => ({
  stt,
  label,
  unit,
  value: typeof value === 'number' ? String(value) : value,
  note,
});

const heading = (stt: string, label: string): FormRow => row(stt, label, '', null);

/** Dossiers received in the period, as the metrics count them (on their observation date). */
function dossierObservations(observations: readonly Observation[], period: Period) {
  return observations.filter((o): o is Extract<Observation, { type: 'dossier' }> => o.type === 'dossier' && o.date !== null && inPeriod(o.date, period) && counted(o.data));
}

const dossiersOf = (observations: readonly Observation[], period: Period) => dossierObservations(observations, period).map((o) => o.data);

function feedbackOf(observations: readonly Observation[], period: Period) {
  return observations.flatMap((o) => (o.type === 'feedback' && o.date !== null && inPeriod(o.date, period) ? [o.data] : []));
}

function tasksForm({ tasks, asOf }: FormInput): StatForm {
  const states = tasks.map((t) => taskState(t, asOf));
  const ours = states.filter((s) => s !== 'not_ours').length;
  const done = states.filter((s) => s === 'done').length;
  const setAside = tasks.length - ours;
  const note = ours === 0 ? 'Chưa nhập kế hoạch CCHC có nhiệm vụ vào tiện ích' : setAside > 0 ? `Không tính ${setAside} nhiệm vụ đã đánh dấu không thuộc đơn vị` : '';
  return {
    number: 1,
    title: 'Công tác chỉ đạo điều hành CCHC',
    rows: [
      row('2', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)', '%', pct(done, ours), note),
      row('2.1', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', ours === 0 ? null : ours),
      row('2.2', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', ours === 0 ? null : done, ours === 0 ? '' : 'Nhiệm vụ đánh dấu hoàn thành trên tiện ích'),
    ],
  };
}

/** The one-stop desk's figures: xã and phường report on line 3.2, other bodies on 3.1. */
function proceduresForm(input: FormInput): StatForm {
  const dossiers = dossiersOf(input.observations, input.period);
  const resolved = dossiers.filter((d) => d.resolved);
  const verdicts = resolved.map((d) => dossierTimeliness(d, input.today));
  const onTime = verdicts.filter((v) => v === 'hit').length;
  const unknown = verdicts.filter((v) => v === 'unknown').length;
  const known = resolved.length - unknown;
  const feedback = feedbackOf(input.observations, input.period);
  const handled = feedback.filter((f) => f.handledAt !== null && f.handledAt <= input.asOf).length;
  const line = input.level === 'xa' || input.level === 'phuong' ? '3.2' : '3.1';
  const seen = dossiers.length === 0 ? 'Chưa xem hồ sơ nào của kỳ trên hệ thống một cửa' : `Từ ${dossiers.length} hồ sơ đã xem trên hệ thống một cửa`;
  return {
    number: 3,
    title: 'Cải cách thủ tục hành chính',
    rows: [
      heading('3', 'Kết quả giải quyết TTHC'),
      row(line, 'Tỷ lệ hồ sơ TTHC do đơn vị tiếp nhận được giải quyết đúng hạn', '%', pct(onTime, known), unknown > 0 ? `Không tính ${unknown} hồ sơ chưa rõ hạn giải quyết` : ''),
      row(`${line}.1`, 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', dossiers.length === 0 ? null : resolved.length, seen),
      row(`${line}.2`, 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', dossiers.length === 0 ? null : onTime),
      row('3.3', 'Tỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC', '%', pct(handled, feedback.length)),
      row('3.3.1', 'Tổng số PAKN đã tiếp nhận', 'PAKN', feedback.length === 0 ? null : feedback.length, feedback.length === 0 ? 'Chưa xem PAKN nào của kỳ' : `Từ ${feedback.length} PAKN đã xem`),
      row('3.3.2', 'Số PAKN đã giải quyết xong', 'PAKN', feedback.length === 0 ? null : handled),
    ],
  };
}

const metricOf = (metrics: readonly Metric[], key: string) => metrics.find((m) => m.indicator === key);

/** A rate the plans set under Nghị quyết 02/NQ-CP, beside the form's own rows. */
function rateRow(metrics: readonly Metric[], key: string, label: string, what: string): FormRow {
  const m = metricOf(metrics, key);
  if (!m || m.denominator === 0) return row('', label, '%', null, m && m.unknown > 0 ? `${m.unknown} hồ sơ đã xem không cho biết` : '');
  return row('', label, '%', pct(m.numerator, m.denominator), `${m.numerator}/${m.denominator} ${what}`);
}

function digitalForm(input: FormInput): StatForm {
  const procedures = input.observations.flatMap((o) => (o.type === 'procedure' ? [o.data] : []));
  const full = metricOf(input.metrics, 'procedure.full_online_procedure_rate');
  const payment = procedures.filter((p) => p.onlinePayment === true).length;
  const seen = procedures.length === 0 ? 'Chưa xem trang thủ tục nào trên Cổng Dịch vụ công' : `Trong ${procedures.length} thủ tục đã xem trên Cổng Dịch vụ công`;
  return {
    number: 7,
    title: 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
    rows: [
      heading('4', 'Cung cấp dịch vụ công trực tuyến (DVCTT)'),
      row('4.1.2', 'Số lượng DVCTT toàn trình', 'Thủ tục', procedures.length === 0 ? null : (full?.numerator ?? 0), seen),
      row('4.5.2', 'Số TTHC đã được tích hợp, triển khai thanh toán trực tuyến', 'Thủ tục', procedures.length === 0 ? null : payment, seen),
      heading('', 'Chỉ tiêu về hồ sơ theo Nghị quyết 02/NQ-CP (bổ sung, từ hồ sơ đã xem)'),
      rateRow(input.metrics, 'procedure.online_dossier_rate', 'Tỷ lệ hồ sơ nộp trực tuyến', 'hồ sơ'),
      rateRow(input.metrics, 'procedure.digitization_rate', 'Tỷ lệ hồ sơ được số hóa', 'hồ sơ'),
      rateRow(input.metrics, 'procedure.e_result_rate', 'Tỷ lệ hồ sơ giải quyết xong có kết quả điện tử', 'hồ sơ giải quyết xong'),
      rateRow(input.metrics, 'procedure.data_reuse_rate', 'Tỷ lệ hồ sơ có tái sử dụng dữ liệu số hóa', 'hồ sơ'),
    ],
  };
}

/** Biểu mẫu 1, 3 and 7 with the rows the extension can fill; the rest of each form is the person's. */
export function statForms(input: FormInput): StatForm[] {
  return [tasksForm(input), proceduresForm(input), digitalForm(input)];
}

/** "số liệu từ N hồ sơ đã xem trên hệ thống một cửa từ … đến …", or that none was seen. */
export function coverageNote(observations: readonly Observation[], period: Period): string {
  const dates = dossierObservations(observations, period)
    .map((o) => o.date!)
    .sort();
  if (dates.length === 0) {
    const span = dataSpan(observations);
    const elsewhere = span === null ? '' : `; có dữ liệu từ ${formatDateVi(span.from)} đến ${formatDateVi(span.to)}`;
    return `Chưa có hồ sơ nào tiếp nhận từ ngày ${formatDateVi(period.from)} đến ngày ${formatDateVi(period.to)} đã được xem trên hệ thống một cửa${elsewhere}.`;
  }
  return `Số liệu từ ${dates.length} hồ sơ đã xem trên hệ thống một cửa, tiếp nhận từ ngày ${formatDateVi(dates[0])} đến ngày ${formatDateVi(dates[dates.length - 1])}.`;
}
