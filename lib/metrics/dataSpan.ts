import { translate, type Language } from '../i18n';
import type { Observation } from '../schema/records';
import { formatDateVi } from '../time/dates';
import { inPeriod, type Period } from '../time/periods';

/** The first and last day a dossier or a feedback item was received, over everything recorded. */
export interface DataSpan {
  from: string;
  to: string;
}

const dated = (o: Observation): o is Observation & { date: string } => (o.type === 'dossier' || o.type === 'feedback') && o.date !== null;

export function dataSpan(observations: readonly Observation[]): DataSpan | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const o of observations) {
    if (!dated(o)) continue;
    if (from === null || o.date < from) from = o.date;
    if (to === null || o.date > to) to = o.date;
  }
  return from === null || to === null ? null : { from, to };
}

/** Whether any dossier or feedback item of the period was recorded. */
export const hasDataIn = (observations: readonly Observation[], period: Period): boolean => observations.some((o) => dated(o) && inPeriod(o.date, period));

/** "Chưa có dữ liệu trong kỳ này; có dữ liệu từ … đến …": what an empty period says, and where to look instead. */
export function emptyPeriodText(span: DataSpan | null, language: Language = 'vi'): string {
  return span === null
    ? translate(language, 'periodEmptyNone')
    : translate(language, 'periodEmptySpan', { from: formatDateVi(span.from), to: formatDateVi(span.to) });
}
