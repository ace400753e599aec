import { useState } from 'react';
import { todayInVietnam } from '@/lib/time/dates';
import { emptyPeriodText } from '@/lib/metrics/dataSpan';
import { reportFor } from '@/lib/report/period';
import { REPORT_CHOICES, myReportFile, unitReportFile, type ReportChoice, type ReportFile } from '@/lib/views/report';
import { useLanguage, useT } from '../i18n';
import { download } from '../download';

type ReadPicked = (files: FileList) => Promise<{ name: string; text: string }[]>;

export function CchcReport({ onDone, onError, readPicked }: { onDone: (text: string) => void; onError: (e: unknown) => void; readPicked: ReadPicked }) {
  const t = useT();
  const language = useLanguage();
  const current = reportFor('quarter', todayInVietnam());
  const [choice, setChoice] = useState<ReportChoice>(`q${current.part}` as ReportChoice);
  const [year, setYear] = useState(current.year);
  const [range, setRange] = useState({ from: current.period.from, to: current.period.to });
  const label = (c: ReportChoice) =>
    c === 'year'
      ? t('reportWholeYear')
      : c === 'custom'
        ? t('reportCustom')
        : c === 'h1'
          ? t('reportHalf')
          : c === 'h2'
            ? t('reportSecondHalf')
            : t('reportQuarter', { quarter: ['I', 'II', 'III', 'IV'][Number(c.slice(1)) - 1] });

  const write = (make: Promise<ReportFile>) =>
    void make
      .then((file) => {
        download(file.name, file.content, file.type);
        const period = file.period.label;
        onDone(file.empty ? `${t('reportEmpty', { period })} ${emptyPeriodText(file.empty.span, language)}` : t('reportDone', { period }));
      })
      .catch(onError);
  const request = { choice, year, range };
  const mine = () => write(myReportFile(request, todayInVietnam()));
  const unit = (files: FileList | null) => {
    if (!files?.length) return;
    write(Promise.resolve(files).then(readPicked).then((read) => unitReportFile(read, request, todayInVietnam())));
  };

  return (
    <div className="card">
      <h3>{t('reportTitle')}</h3>
      <p className="small muted">{t('reportHint')}</p>
      <div className="row">
        <label>
          {t('reportPeriod')}{' '}
          <select value={choice} onChange={(e) => setChoice(e.target.value as ReportChoice)}>
            {REPORT_CHOICES.map((c) => (
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
