import { useState } from 'react';
import { chosenPeriod, periodLabel, periodOf, type PeriodChoice } from '@/lib/time/periods';
import type { MessageKey } from '@/lib/i18n';
import { useLanguage, useT } from './i18n';
import { useToday } from './useToday';

type Fixed = Exclude<PeriodChoice, { kind: 'custom' }>;

const FIXED: [Fixed, MessageKey][] = [
  [{ kind: 'month', previous: false }, 'periodMonth'],
  [{ kind: 'month', previous: true }, 'periodPrevMonth'],
  [{ kind: 'quarter', previous: false }, 'periodQuarter'],
  [{ kind: 'quarter', previous: true }, 'periodPrevQuarter'],
  [{ kind: 'half', previous: false }, 'periodHalf'],
  [{ kind: 'half', previous: true }, 'periodPrevHalf'],
  [{ kind: 'year', previous: false }, 'periodYear'],
  [{ kind: 'year', previous: true }, 'periodPrevYear'],
];

const optionValue = (c: PeriodChoice) => (c.kind === 'custom' ? 'custom' : `${c.kind}${c.previous ? '-previous' : ''}`);

/**
 * The periods people report on, each named with the dates it covers today
 * ("Quý trước (quý III/2026)"), and a range of dates of their own.
 */
export function PeriodSelect({ value, onChange }: { value: PeriodChoice; onChange: (choice: PeriodChoice) => void }) {
  const t = useT();
  const language = useLanguage();
  const today = useToday();
  // The range being typed: kept here until it is a valid one.
  const month = periodOf('month', today);
  const [range, setRange] = useState(value.kind === 'custom' ? { from: value.from, to: value.to } : { from: month.from, to: today });
  const badRange = range.from === '' || range.to === '' || range.from > range.to;
  const pick = (v: string) => {
    if (v === 'custom') {
      if (!badRange) onChange({ kind: 'custom', ...range });
      return;
    }
    onChange(FIXED.find(([c]) => optionValue(c) === v)![0]);
  };
  const edit = (next: { from: string; to: string }) => {
    setRange(next);
    if (next.from !== '' && next.to !== '' && next.from <= next.to) onChange({ kind: 'custom', ...next });
  };
  return (
    <div className="period-select">
      <label className="field">
        <span>{t('period')}</span>
        <select value={optionValue(value)} onChange={(e) => pick(e.target.value)}>
          {FIXED.map(([choice, label]) => (
            <option key={optionValue(choice)} value={optionValue(choice)}>
              {t(label)} ({periodLabel(chosenPeriod(choice, today), language)})
            </option>
          ))}
          <option value="custom">{t('periodCustom')}</option>
        </select>
      </label>
      {value.kind === 'custom' && (
        <div className="row">
          <label>
            {t('periodFrom')} <input type="date" value={range.from} onChange={(e) => edit({ ...range, from: e.target.value })} />
          </label>
          <label>
            {t('periodTo')} <input type="date" value={range.to} onChange={(e) => edit({ ...range, to: e.target.value })} />
          </label>
          {badRange && <p className="small fail-text">{t('periodBadRange')}</p>}
        </div>
      )}
    </div>
  );
}
