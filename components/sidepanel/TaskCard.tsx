import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { PlanRecord, TaskRecord } from '@/lib/schema/records';
import { daysBetween, formatDateVi, vietnamDate } from '@/lib/time/dates';
import { correctTask, finishTask, reopenTask, setNotMine, snoozeTask, startTask, type TaskEdit } from '@/lib/views/myTasks';
import { dueDate, isDone } from '@/lib/tasks/schedule';
import type { MessageKey } from '@/lib/i18n';
import { useT, type Translate } from '../i18n';
import { OcrOriginal } from '../OcrOriginal';
import { AREA_LABEL, TaskFields } from '../TaskFields';

/** The part of the plan a task was read from, named as the plan names it. */
const SOURCE_LABEL: Partial<Record<string, MessageKey>> = {
  nhiem_vu: 'sourceTasks',
  phu_luc: 'sourceAppendix',
  to_chuc_thuc_hien: 'sourceResponsibilities',
  tien_do: 'sourceProgress',
};

export function dueInWords(due: string, today: string, t: Translate): string {
  const days = daysBetween(today, due);
  if (days === 0) return t('dueToday');
  return days > 0 ? t('dueInDays', { n: days }) : t('overdueDays', { n: -days });
}

interface Action {
  label: string;
  run: () => void;
}

/**
 * The task's title, and the actions used less often behind "⋯" beside it: at
 * the side panel's width five stacked buttons left room for one card and a
 * half. A disclosure button (its state told by aria-expanded) opens them under
 * the title; Escape closes them and gives the focus back to it.
 */
function TitleAndMore({ id, title, more, t }: { id: string; title: string; more: Action[]; t: Translate }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <>
      <div className="task-head">
        <div id={id} className="task-title">
          {title}
        </div>
        {more.length > 0 && (
          <button ref={toggle} type="button" className="more-toggle" aria-expanded={open} aria-controls={panelId} aria-label={t('taskMore')} title={t('taskMore')} onClick={() => setOpen(!open)} onKeyDown={onKeyDown}>
            ⋯
          </button>
        )}
      </div>
      {more.length > 0 && (
        <div id={panelId} className="more-actions" hidden={!open} onKeyDown={onKeyDown}>
          {more.map((a) => (
            <button
              key={a.label}
              type="button"
              onClick={() => {
                setOpen(false);
                a.run();
              }}
            >
              {a.label}
            </button>
          ))}
        </div>
      )}
    </>
  );
}

export function TaskCard({ task, plan, today }: { task: TaskRecord; plan?: PlanRecord; today: string }) {
  const t = useT();
  const [finishing, setFinishing] = useState(false);
  const [note, setNote] = useState(task.note);
  const [evidence, setEvidence] = useState(task.evidence);
  const [doneOn, setDoneOn] = useState(today);
  /** The task's fields as the person is correcting them; null while the card only shows them. */
  const [editing, setEditing] = useState<TaskEdit | null>(null);
  const due = dueDate(task.deadline, today);
  const done = isDone(task, today);
  const tone = done ? 'pass' : due && daysBetween(today, due) < 0 ? 'overdue' : due && daysBetween(today, due) <= 3 ? 'soon' : '';
  const finish = () => {
    void finishTask(task.id, { on: doneOn || today, note, evidence });
    setFinishing(false);
  };
  const save = () => {
    if (editing) void correctTask(task.id, editing);
    setEditing(null);
  };
  const startEditing = () => setEditing({ title: task.title, area: task.area, lead: task.lead, partners: task.partners, output: task.output, deadline: task.deadline });
  const titleId = `task-${task.id}`;
  const more: Action[] = [
    ...(!done && task.status !== 'in_progress' ? [{ label: t('taskStart'), run: () => void startTask(task.id) }] : []),
    ...(!done ? [{ label: t('notMine'), run: () => void setNotMine(task.id) }] : []),
    { label: t('taskEdit'), run: startEditing },
  ];
  const source = task.source ? SOURCE_LABEL[task.source] : undefined;
  return (
    <li className={`card ${tone}`} aria-labelledby={titleId}>
      <TitleAndMore id={titleId} title={task.title} more={editing || finishing ? [] : more} t={t} />
      <div className="row small" style={{ margin: '4px 0' }}>
        {due && !done && <span className={`pill ${tone === 'overdue' ? 'fail' : tone === 'soon' ? 'soon' : 'na'}`}>{dueInWords(due, today, t)}</span>}
        {task.status === 'in_progress' && <span className="pill na">{t('taskState_in_progress')}</span>}
        {task.deadline && <span className="muted">{task.deadline.text}</span>}
      </div>
      <dl className="facts">
        <dt>{t('lead')}</dt>
        <dd>{task.lead ?? '—'}</dd>
        {task.partners.length > 0 && (
          <>
            <dt>{t('partners')}</dt>
            <dd>{task.partners.join('; ')}</dd>
          </>
        )}
        {task.area && (
          <>
            <dt>{t('taskArea')}</dt>
            <dd>{t(AREA_LABEL[task.area])}</dd>
          </>
        )}
        {task.output && (
          <>
            <dt>{t('output')}</dt>
            <dd>{task.output}</dd>
          </>
        )}
        {plan?.header.number && (
          <>
            <dt>{t('sourcePlan')}</dt>
            <dd>{plan.header.number}</dd>
          </>
        )}
        {done && task.doneAt !== null && (
          <>
            <dt>{t('doneOn')}</dt>
            <dd>{formatDateVi(vietnamDate(task.doneAt))}</dd>
          </>
        )}
        {done && task.note && (
          <>
            <dt>{t('doneNote')}</dt>
            <dd>{task.note}</dd>
          </>
        )}
        {done && task.evidence && (
          <>
            <dt>{t('doneEvidence')}</dt>
            <dd>{/^https?:\/\//.test(task.evidence) ? <a href={task.evidence} target="_blank" rel="noreferrer">{task.evidence}</a> : task.evidence}</dd>
          </>
        )}
      </dl>
      {task.original && <OcrOriginal fields={[[task.original.title, task.title], [task.original.lead, task.lead], [task.original.partners.join('; '), task.partners.join('; ')]]} />}
      {source && (
        <p className="small muted">
          {t('sourceSentence')}: {t(source)}
        </p>
      )}
      {editing ? (
        <div className="card edit-form">
          <TaskFields task={editing} planYear={plan?.header.year ?? null} today={today} onChange={(change) => setEditing((e) => e && { ...e, ...change })} />
          <div className="row">
            <button type="button" className="primary" onClick={save}>
              {t('save')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : finishing ? (
        <div className="card finish-form">
          <label className="field">
            <span>{t('doneOn')}</span>
            <input type="date" value={doneOn} max={today} onChange={(e) => setDoneOn(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('doneNote')}</span>
            <textarea value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('doneEvidence')}</span>
            <input type="url" value={evidence} onChange={(e) => setEvidence(e.target.value)} />
          </label>
          <div className="row">
            <button type="button" className="primary" onClick={finish}>
              {t('save')}
            </button>
            <button type="button" onClick={() => setFinishing(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="row task-actions">
          {done ? (
            <button type="button" onClick={() => void reopenTask(task.id)}>
              {t('markUndone')}
            </button>
          ) : (
            <>
              <button type="button" className="primary" onClick={() => setFinishing(true)}>
                {t('markDone')}
              </button>
              <button type="button" onClick={() => void snoozeTask(task.id, today)}>
                {t('snooze')}
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
