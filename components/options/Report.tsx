import { useState } from 'react';
import { db } from '@/lib/db/db';
import { exportFromDb, parseExport, type ExportFile } from '@/lib/export/exportJson';
import { mergeExports } from '@/lib/export/merge';
import { todayInVietnam } from '@/lib/time/dates';
import { draftReport } from '@/lib/report/draft';
import { reportDocx } from '@/lib/report/docx';
import { emptyPeriodText } from '@/lib/metrics/dataSpan';
import { rangeReport, reportFor, reportPeriod } from '@/lib/report/period';
import { useLanguage, useT } from '../i18n';
import { download } from '../download';

/** Quý I–IV, 6 tháng đầu / cuối năm, năm, or a range of dates: the periods of the periodic CCHC report. */
const CHOICES = ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'year', 'custom'] as const;
type Choice = (typeof CHOICES)[number];

function periodOfChoice(choice: Choice, year: number, range: { from: string; to: string }) {
  if (choice === 'custom') return rangeReport(range.from, range.to);
  if (choice === 'year') return reportPeriod('year', year);
  return reportPeriod(choice.startsWith('q') ? 'quarter' : 'half', year, Number(choice.slice(1)));
}

export function CchcReport({ onDone, onError }: { onDone: (text: string) => void; onError: (e: unknown) => void }) {
  const t = useT();
  const language = useLanguage();
  const current = reportFor('quarter', todayInVietnam());
  const [choice, setChoice] = useState<Choice>(`q${current.part}` as Choice);
  const [year, setYear] = useState(current.year);
  const [range, setRange] = useState({ from: current.period.from, to: current.period.to });
  const label = (c: Choice) =>
    c === 'year'
      ? t('reportWholeYear')
      : c === 'custom'
        ? t('reportCustom')
        : c === 'h1'
          ? t('reportHalf')
          : c === 'h2'
            ? t('reportSecondHalf')
            : t('reportQuarter', { quarter: ['I', 'II', 'III', 'IV'][Number(c.slice(1)) - 1] });

  const write = async (file: ExportFile, name: string) => {
    const period = periodOfChoice(choice, year, range);
    const draft = draftReport(file, period, todayInVietnam());
    const slug = choice === 'custom' ? `${period.period.from}-${period.period.to}` : `${choice}-${year}`;
    download(`bao-cao-cchc-${name}-${slug}.docx`, await reportDocx(draft));
    onDone(draft.empty ? `${t('reportEmpty', { period: period.label })} ${emptyPeriodText(draft.span, language)}` : t('reportDone', { period: period.label }));
  };
  const mine = () => void exportFromDb(db()).then((file) => write(file, 'ca-nhan')).catch(onError);
  const unit = (files: FileList | null) => {
    if (!files?.length) return;
    const read = async () => {
      const parsed = [];
      for (const f of [...files]) {
        const r = parseExport(await f.text());
        if (!r.ok) throw new Error(`${f.name}: ${r.error}`);
        parsed.push(r.value);
      }
      await write(mergeExports(parsed), 'don-vi');
    };
    void read().catch(onError);
  };

  return (
    <div className="card">
      <h3>{t('reportTitle')}</h3>
      <p className="small muted">{t('reportHint')}</p>
      <div className="row">
        <label>
          {t('reportPeriod')}{' '}
          <select value={choice} onChange={(e) => setChoice(e.target.value as Choice)}>
            {CHOICES.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
          </select>
        </label>
        {choice === 'custom' ? (
          <>
            <label>
              {t('periodFrom')} <input type="date" value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} />
            </label>
            <label>
              {t('periodTo')} <input type="date" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} />
            </label>
          </>
        ) : (
          <label>
            {t('reportYear')}{' '}
            <input type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(Number(e.target.value))} style={{ width: '6em' }} />
          </label>
        )}
        <button type="button" className="primary" onClick={mine}>
          {t('reportDownload')}
        </button>
      </div>
      <label className="field">
        <span>{t('reportFromColleagues')}</span>
        <input type="file" accept=".json,application/json" multiple onChange={(e) => unit(e.target.files)} />
      </label>
    </div>
  );
}
