import { periodLabel, periodOf, type PeriodKind } from '@/lib/time/periods';
import type { MessageKey } from '@/lib/i18n';
import { useLanguage, useT } from './i18n';
import { useToday } from './useToday';

export type ReportingPeriod = Exclude<PeriodKind, 'custom'>;

const PERIODS: [ReportingPeriod, MessageKey][] = [
  ['month', 'periodMonth'],
  ['quarter', 'periodQuarter'],
  ['half', 'periodHalf'],
  ['year', 'periodYear'],
];

/** The reporting periods the plans use, each named with the dates it covers today ("Quý này (quý IV/2026)"). */
export function PeriodSelect({ value, onChange }: { value: ReportingPeriod; onChange: (kind: ReportingPeriod) => void }) {
  const t = useT();
  const language = useLanguage();
  const today = useToday();
  return (
    <label className="field">
      <span>{t('period')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as ReportingPeriod)}>
        {PERIODS.map(([kind, label]) => (
          <option key={kind} value={kind}>
            {t(label)} ({periodLabel(periodOf(kind, today), language)})
          </option>
        ))}
      </select>
    </label>
  );
}
