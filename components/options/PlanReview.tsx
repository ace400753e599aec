import { Comparator, type ParsedPlan, type Target, type Task } from '@/lib/schema/plan';
import { CATALOGUE, indicatorLabel } from '@/lib/indicators/catalogue';
import type { OcrResult } from '@/lib/ocr/client';
import { useLanguage, useT } from '../i18n';
import { NumberEvidence, ScanEvidence, ScanSuspects } from './ScanReview';
import { OcrOriginal } from '../OcrOriginal';
import { TaskFields } from '../TaskFields';
import { useToday } from '../useToday';

const COMPARATOR_TEXT: Record<Comparator, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<' };

/**
 * What the reader found, beside the sentence it came from, for the user to
 * correct before anything is saved: each target and task can be edited or left out.
 */
export function PlanReview({ draft, onChange, scan = null }: { draft: ParsedPlan; onChange: (next: ParsedPlan) => void; scan?: OcrResult | null }) {
  const t = useT();
  const language = useLanguage();
  const setTarget = (i: number, change: Partial<Target> | null) =>
    onChange({ ...draft, targets: change === null ? draft.targets.filter((_, j) => j !== i) : draft.targets.map((x, j) => (j === i ? { ...x, ...change } : x)) });
  const setTask = (i: number, change: Partial<Task> | null) =>
    onChange({ ...draft, tasks: change === null ? draft.tasks.filter((_, j) => j !== i) : draft.tasks.map((x, j) => (j === i ? { ...x, ...change } : x)) });
  const header = draft.plan;
  const today = useToday();
  return (
    <section aria-labelledby="review-title">
      <h3 id="review-title">{t('importReview')}</h3>
      <div className="card row">
        <label className="field">
          <span>{t('planNumber')}</span>
          <input type="text" value={header.number ?? ''} onChange={(e) => onChange({ ...draft, plan: { ...header, number: e.target.value || null } })} />
        </label>
        <label className="field" style={{ flex: 1 }}>
          <span>{t('planIssuer')}</span>
          <input type="text" value={header.issuer ?? ''} style={{ width: '100%' }} onChange={(e) => onChange({ ...draft, plan: { ...header, issuer: e.target.value || null } })} />
        </label>
        <div className="small muted" style={{ width: '100%' }}>
          {[header.date && `${t('planDate')}: ${header.date.split('-').reverse().join('/')}`, header.period, header.replaces.length > 0 && `${t('planReplaces')}: ${header.replaces.join(', ')}`]
            .filter(Boolean)
            .join(' · ')}
        </div>
        {scan && <NumberEvidence scan={scan} number={header.number} />}
      </div>
      {scan && <ScanSuspects scan={scan} />}
      <h3>
        {t('tabTargets')} ({draft.targets.length})
      </h3>
      <ul className="plain">
        {draft.targets.map((target, i) => (
          <li key={i} className="card" data-review-target={i}>
            <div className="row">
              <label>
                <span className="visually-hidden">{t('filterIndicator')}</span>
                <select aria-label={t('filterIndicator')} value={target.indicator ?? ''} onChange={(e) => setTarget(i, { indicator: e.target.value || null })} style={{ maxWidth: 360 }}>
                  <option value="">{t('indicatorOther')}</option>
                  {CATALOGUE.map((x) => (
                    <option key={x.key} value={x.key}>
                      {indicatorLabel(x.key, language)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span className="visually-hidden">{t('comparator')}</span>
                <select aria-label={t('comparator')} value={target.comparator} onChange={(e) => setTarget(i, { comparator: Comparator.parse(e.target.value) })}>
                  {Comparator.options.map((c) => (
                    <option key={c} value={c}>
                      {COMPARATOR_TEXT[c]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span className="visually-hidden">{t('targetGoal')}</span>
                <input
                  type="number"
                  aria-label={t('targetGoal')}
                  value={target.value}
                  min={0}
                  style={{ width: 80 }}
                  onChange={(e) => Number.isFinite(e.target.valueAsNumber) && setTarget(i, { value: e.target.valueAsNumber })}
                />
              </label>
              <span>{target.unit}</span>
              <button type="button" className="link" style={{ marginLeft: 'auto' }} onClick={() => setTarget(i, null)}>
                {t('remove')}
              </button>
            </div>
            <p className="quote">{target.text}</p>
            {scan && <ScanEvidence scan={scan} passage={target.phrase ?? target.text} value={target.value} />}
            {target.original && <OcrOriginal fields={[[target.original.text, target.text]]} />}
          </li>
        ))}
      </ul>
      <h3>
        {t('tasksTitle')} ({draft.tasks.length})
      </h3>
      <ul className="plain">
        {draft.tasks.map((task, i) => (
          <li key={i} className="card review-task" data-review-task={i}>
            <div>
              <span className="small muted">{t('taskSourceRow')}</span>
              <SourceRow task={task} />
              {scan && <ScanEvidence scan={scan} passage={task.title} />}
              {task.original && <OcrOriginal fields={[[task.original.title, task.title], [task.original.lead, task.lead], [task.original.partners.join('; '), task.partners.join('; ')]]} />}
            </div>
            <div>
              <TaskFields task={task} planYear={header.year} today={today} onChange={(change) => setTask(i, change)} />
              <div className="row small">
                <button type="button" className="link" style={{ marginLeft: 'auto' }} onClick={() => setTask(i, null)}>
                  {t('remove')}
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Where a task was read: its table row(s), cell by cell, or the sentence of
 * the plan it is (a duty of "Tổ chức thực hiện", a numbered item).
 */
function SourceRow({ task }: { task: Task }) {
  if (!task.text) return <p className="quote">{task.title}</p>;
  return (
    <table className="grid source-row">
      <tbody>
        {task.text.split('\n').map((row, r) => (
          <tr key={r}>
            {row.split(' | ').map((cell, c) => (
              <td key={c}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
