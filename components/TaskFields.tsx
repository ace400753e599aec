import { useState } from 'react';
import { parseDeadline, withEventDate } from '@/lib/plan/deadline';
import { formatDateVi } from '@/lib/time/dates';
import { areaKeys, type Area, type Deadline } from '@/lib/schema/plan';
import type { TaskEdit } from '@/lib/views/myTasks';
import { dueDate } from '@/lib/tasks/schedule';
import type { MessageKey } from '@/lib/i18n';
import { useT, type Translate } from './i18n';

/** The fields of a task the person may correct: before a plan is saved, and on a saved task. */
export type TaskFieldValues = TaskEdit;

export const AREA_LABEL: Record<Area, MessageKey> = {
  direction: 'areaDirection',
  institution: 'areaInstitution',
  procedure: 'areaProcedure',
  organization: 'areaOrganization',
  civil_service: 'areaCivilService',
  public_finance: 'areaPublicFinance',
  digital_government: 'areaDigitalGovernment',
};

/** What the reader understood of a deadline, in words, seen from today. */
export function deadlineMeaning(deadline: Deadline | null, today: string, t: Translate): string {
  if (!deadline) return t('deadlineUnread');
  const due = dueDate(deadline, today);
  switch (deadline.kind) {
    case 'recurring':
      if (deadline.every === 'continuous') return t('deadlineOngoing');
      return due ? t('deadlineNext', { date: formatDateVi(due) }) : t('deadlineRecurring');
    case 'relative':
      return due ? t('deadlineDue', { date: formatDateVi(due) }) : t('deadlineRelativeOpen');
    case 'per_document':
      return deadline.document ? t('deadlinePerDocument', { document: deadline.document }) : t('deadlinePerOther');
    case 'on_request':
      return t('deadlineOnRequest');
    default:
      return due ? t('deadlineDue', { date: formatDateVi(due) }) : t('deadlineUnread');
  }
}

/** Units written one after another with ";" ("Sở Tư pháp; UBND các xã, phường, đặc khu"). */
const unitList = (text: string) =>
  text
    .split(';')
    .map((u) => u.trim())
    .filter(Boolean);
const joinUnits = (text: string) => unitList(text).join('; ');

/**
 * A text field edited as the person types it and handed on read: a list of
 * units or a deadline would otherwise lose the ";" or the half-typed date
 * the person is still writing.
 */
function TypedField({
  label,
  value,
  read,
  onCommit,
  hint,
}: {
  label: string;
  value: string;
  /** What the value becomes once `text` is handed on: while they agree, the typed text stays as typed. */
  read: (text: string) => string;
  onCommit: (text: string) => void;
  hint?: string;
}) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // A value from outside that the typed text does not give (a reset, another task in this place) replaces it.
  if (value !== seen) {
    setSeen(value);
    if (value !== read(text)) setText(value);
  }
  return (
    <label className="field" style={{ flex: 1, minWidth: 180 }}>
      <span>{label}</span>
      <input
        type="text"
        value={text}
        style={{ width: '100%' }}
        onChange={(e) => {
          setText(e.target.value);
          onCommit(e.target.value);
        }}
      />
      {hint && <small className="muted">{hint}</small>}
    </label>
  );
}

/**
 * The fields of one task: content, area, lead, partners, output and
 * deadline. The deadline is typed as the plan writes it and read at once;
 * what it was read as is shown under it, and a relative deadline asks for
 * the day of its event.
 */
export function TaskFields({
  task,
  planYear,
  today,
  onChange,
}: {
  task: TaskFieldValues;
  planYear: number | null;
  today: string;
  onChange: (change: Partial<TaskFieldValues>) => void;
}) {
  const t = useT();
  const deadline = task.deadline;
  const readDeadline = (text: string) => (text.trim() ? parseDeadline(text, planYear) : null);
  return (
    <div className="task-fields">
      <label className="field">
        <span>{t('taskContent')}</span>
        <textarea value={task.title} style={{ minHeight: 48, width: '100%' }} onChange={(e) => onChange({ title: e.target.value })} />
      </label>
      <div className="row">
        <TypedField label={t('lead')} value={task.lead ?? ''} hint={t('unitsHint')} read={joinUnits} onCommit={(text) => onChange({ lead: joinUnits(text) || null })} />
        <TypedField label={t('partners')} value={task.partners.join('; ')} read={joinUnits} onCommit={(text) => onChange({ partners: unitList(text) })} />
      </div>
      <div className="row">
        <TypedField label={t('output')} value={task.output ?? ''} read={(text) => text.trim()} onCommit={(text) => onChange({ output: text.trim() || null })} />
        <label className="field">
          <span>{t('taskArea')}</span>
          <select value={task.area ?? ''} onChange={(e) => onChange({ area: (areaKeys as readonly string[]).includes(e.target.value) ? (e.target.value as Area) : null })}>
            <option value="">{t('areaNone')}</option>
            {areaKeys.map((a) => (
              <option key={a} value={a}>
                {t(AREA_LABEL[a])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        <TypedField
          label={t('deadline')}
          value={deadline?.text ?? ''}
          hint={deadlineMeaning(deadline, today, t)}
          read={(text) => readDeadline(text)?.text ?? ''}
          onCommit={(text) => onChange({ deadline: readDeadline(text) })}
        />
        {deadline?.kind === 'relative' && (
          <label className="field">
            <span>{t('deadlineEvent', { event: deadline.event ?? deadline.text })}</span>
            <input type="date" value={deadline.from ?? ''} onChange={(e) => onChange({ deadline: withEventDate(deadline, e.target.value || null) })} />
          </label>
        )}
      </div>
    </div>
  );
}
