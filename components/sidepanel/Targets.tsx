import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { loadTargetsView, type TargetRow } from '@/lib/views/targets';
import { indicatorLabel } from '@/lib/indicators/catalogue';
import { formatNumber, formatPercent } from '@/lib/metrics/format';
import { useLanguage, useSay, useT } from '../i18n';
import { useSettings } from '../useSettings';
import { useToday } from '../useToday';
import { Sparkline } from './Sparkline';
import { PeriodSelect } from '../PeriodSelect';
import { chosenPeriod, type PeriodChoice } from '@/lib/time/periods';
import { emptyPeriodText } from '@/lib/metrics/dataSpan';
import { provinceName } from '@/lib/hosts/provinces';

const COMPARATOR: Record<string, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<' };

/** "Chỉ tiêu": each measurable target against what was measured in the chosen period. */
export function Targets() {
  const t = useT();
  const say = useSay();
  const today = useToday();
  const settings = useSettings();
  const language = useLanguage();
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'month', previous: false });
  const unit = settings?.profile.unit ?? null;
  const province = provinceName(settings?.profile.province ?? null);
  const period = chosenPeriod(choice, today);
  const view = useLiveQuery(() => loadTargetsView(period, today, unit, province), [period.from, period.to, period.kind, today, unit, province]);
  return (
    <div>
      <PeriodSelect value={choice} onChange={setChoice} />
      {view?.empty && <p className="empty">{emptyPeriodText(view.span, language)}</p>}
      {view && view.rows.length === 0 && <p className="empty">{t('targetsEmpty')}</p>}
      <ul className="plain">{view?.rows.map((row) => <TargetCard key={row.metric.indicator} row={row} />)}</ul>
      {view && (
        <section className="card" aria-labelledby="index766-title">
          <h3 id="index766-title">{t('index766Title')}</h3>
          <p>
            <strong>
              {t('index766Points', { n: formatNumber(view.index766.estimate.points, 1, language), max: view.index766.estimate.maxPoints })}
            </strong>{' '}
            <span className="muted">{t('index766Estimate')}</span>
            {view.index766.published?.total != null && (
              <>
                {' · '}
                {t('index766Published')}: <strong>{t('index766Points', { n: formatNumber(view.index766.published.total, 1, language), max: 100 })}</strong>{' '}
                <span className="muted">({[view.index766.published.unit, view.index766.published.period].filter(Boolean).join(', ')})</span>
              </>
            )}
          </p>
          <table className="grid">
            <thead>
              <tr>
                <th scope="col">{t('index766Group')}</th>
                <th scope="col">{t('index766Estimate')}</th>
                <th scope="col">{t('index766Published')}</th>
              </tr>
            </thead>
            <tbody>
              {view.index766.groups.map((g) => (
                <tr key={g.group} title={say(g.explanation)}>
                  <td>{say(g.name)}</td>
                  <td>{g.estimate === null ? '—' : t('index766Points', { n: formatNumber(g.estimate, 1, language), max: g.covered })}</td>
                  <td>{g.published === null ? '—' : t('index766Points', { n: formatNumber(g.published, 1, language), max: g.max })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="small muted">
            {view.index766.notes.map((n) => (
              <li key={n.key}>{say(n)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function TargetCard({ row }: { row: TargetRow }) {
  const t = useT();
  const say = useSay();
  const language = useLanguage();
  const { metric, sentence, trend } = row;
  const tone = metric.status === 'met' ? 'pass' : metric.status === 'not_met' ? 'fail' : 'na';
  const target = metric.target;
  return (
    <li className={`card ${tone}`}>
      <div className="spread">
        <strong>{indicatorLabel(metric.indicator, language)}</strong>
        <Sparkline points={trend} target={target?.value ?? null} label={t('trendLabel', { n: trend.length })} />
      </div>
      <dl className="facts">
        <dt>{t('targetMeasured')}</dt>
        <dd>
          {metric.rate === null ? (
            <span className="muted">{t('noData')}</span>
          ) : (
            <>
              <strong>{formatPercent(metric.rate, language)}</strong> ({metric.numerator}/{metric.denominator})
            </>
          )}
        </dd>
        {target && (
          <>
            <dt>{t('targetGoal')}</dt>
            <dd>
              {COMPARATOR[target.comparator]} {target.value}%
            </dd>
          </>
        )}
        {metric.gap !== null && metric.gap < 0 && (
          <>
            <dt>{t('targetGap')}</dt>
            <dd className="fail-text">{t('gapPoints', { n: formatNumber(-metric.gap, 1, language) })}</dd>
          </>
        )}
      </dl>
      {metric.rate !== null && target && (
        <div className={`bar ${tone}`} aria-hidden="true">
          <span style={{ width: `${Math.min(100, metric.rate * 100)}%` }} />
          <i style={{ left: `${Math.min(100, target.value)}%` }} />
        </div>
      )}
      {sentence && <p className="small">{say(sentence)}</p>}
    </li>
  );
}
