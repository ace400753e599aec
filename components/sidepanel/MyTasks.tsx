import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { MessageKey } from '@/lib/i18n';
import type { TaskGroup } from '@/lib/tasks/schedule';
import { formatDateVi } from '@/lib/time/dates';
import { loadMyTasks, restoreTask } from '@/lib/views/myTasks';
import { useT } from '../i18n';
import { useSettings } from '../useSettings';
import { useToday } from '../useToday';
import { TaskCard } from './TaskCard';

const GROUP_LABEL: Record<TaskGroup, MessageKey> = {
  overdue: 'groupOverdue',
  this_week: 'groupThisWeek',
  this_month: 'groupThisMonth',
  later: 'groupLater',
  recurring: 'groupRecurring',
  undated: 'groupUndated',
  done: 'groupDone',
};

/** A long group opens with its first tasks, so the panel shows something at once even for a big plan. */
const FIRST_SHOWN = 12;

/** "Việc của tôi": the tasks my unit leads or joins, by when they are due. */
export function MyTasks() {
  const t = useT();
  const today = useToday();
  const settings = useSettings();
  const unit = settings?.profile.unit ?? null;
  const data = useLiveQuery(() => loadMyTasks(unit, today), [unit, today]);
  const [expanded, setExpanded] = useState<ReadonlySet<TaskGroup>>(new Set());
  if (!data || !settings) return null;
  if (!data.hasPlans) return <Hint text={t('tasksNoPlan')} />;
  if (!unit) return <Hint text={t('tasksNoUnit')} />;
  const groups = data.groups;
  return (
    <div>
      <p className="small muted" style={{ margin: '8px 0 0' }}>
        {t('unit')}: <strong>{unit}</strong>
      </p>
      {[...groups].map(([group, tasks]) =>
        tasks.length === 0 ? null : (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`}>
              {t(GROUP_LABEL[group])} ({tasks.length})
            </h3>
            <ul className="plain">
              {(expanded.has(group) ? tasks : tasks.slice(0, FIRST_SHOWN)).map((task) => (
                <TaskCard key={task.id} task={task} plan={data.plans.get(task.planId)} today={today} />
              ))}
            </ul>
            {tasks.length > FIRST_SHOWN && !expanded.has(group) && (
              <button type="button" className="link" onClick={() => setExpanded(new Set([...expanded, group]))}>
                {t('showMore', { n: tasks.length - FIRST_SHOWN })}
              </button>
            )}
          </section>
        ),
      )}
      {data.setAside.length > 0 && (
        <section aria-labelledby="group-set-aside">
          <h3 id="group-set-aside">
            {t('groupSetAside')} ({data.setAside.length})
          </h3>
          <ul className="plain">
            {data.setAside.map((task) => (
              <li key={task.id} className="card na" data-task={task.id}>
                <div>{task.title}</div>
                <div className="spread small">
                  <span className="muted">
                    {task.status === 'not_mine' ? t('notMine') : t('snoozedUntil', { date: formatDateVi(task.snoozedUntil ?? today) })}
                  </span>
                  <button type="button" onClick={() => void restoreTask(task.id)}>
                    {t('undoSetAside')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.total === 0 && <Hint text={t('tasksEmpty')} />}
    </div>
  );
}

function Hint({ text }: { text: string }) {
  const t = useT();
  return (
    <div className="empty">
      <p>{text}</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </div>
  );
}
