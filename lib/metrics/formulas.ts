import type { Dossier, Feedback, Procedure } from '../schema/facts';
import type { TaskRecord } from '../schema/records';
import { fold } from '../text/fold';
import { addWorkingDays, vietnamDate } from './dates';

/**
 * How each measurable indicator counts one item, the way the portals count it
 * (their published counting rules). A rule answers for one dossier, feedback item,
 * procedure or task: it meets the indicator ('hit'), it does not ('miss'), the
 * page did not show what is needed ('unknown', kept out of the rate but
 * reported), or it is not part of the indicator's population (null).
 */
export type Verdict = 'hit' | 'miss' | 'unknown' | null;

export interface Ratio {
  indicator: MeasuredIndicator;
  numerator: number;
  denominator: number;
  /** numerator / denominator in 0..1; null when nothing was counted. */
  rate: number | null;
  /** Items of the population whose page did not show the fact counted. */
  unknown: number;
}

export interface CountContext {
  /** ISO date in Asia/Ho_Chi_Minh: decides what is still within its time. */
  today: string;
}

type Rule<T> = (item: T, ctx: CountContext) => Verdict;

const known = (value: boolean | null): Verdict => (value === null ? 'unknown' : value ? 'hit' : 'miss');

/** Feedback must be handled within 15 working days of receipt, as the portals count it. */
const FEEDBACK_WORKING_DAYS = 15;

/** Statuses of dossiers that were never taken in, or were taken back: no indicator counts them. */
const NOT_RECEIVED = ['moi dang ky', 'khong duoc tiep nhan', 'rut ho so', 'yeu cau rut'];
const statusReceived = new Map<string, boolean>();

export function isReceived(dossier: Dossier): boolean {
  if (dossier.status === null) return true;
  let received = statusReceived.get(dossier.status);
  if (received === undefined) {
    const status = fold(dossier.status);
    received = !NOT_RECEIVED.some((s) => status.includes(s));
    statusReceived.set(dossier.status, received);
  }
  return received;
}

/**
 * On time or late as the TDGQ indicator sees it: a second request for
 * supplements makes a dossier late; the portal's own mark wins over dates; an
 * unresolved dossier still within its time counts as on time.
 */
export function dossierTimeliness(dossier: Dossier, today: string): Verdict {
  if ((dossier.supplementRequests ?? 0) >= 2) return 'miss';
  if (dossier.onTime !== null) return dossier.onTime ? 'hit' : 'miss';
  if (dossier.dueAt === null) return 'unknown';
  if (dossier.resolved) return dossier.completedAt === null ? 'unknown' : known(dossier.completedAt <= dossier.dueAt);
  return known(today <= dossier.dueAt);
}

export function feedbackTimeliness(item: Feedback, today: string): Verdict {
  if (item.onTime !== null) return known(item.onTime);
  const due = item.dueAt ?? (item.receivedAt === null ? null : addWorkingDays(item.receivedAt, FEEDBACK_WORKING_DAYS));
  if (due === null) return 'unknown';
  return known((item.handledAt ?? today) <= due);
}

export const dossierRules = {
  'procedure.e_result_rate': (d) => (d.resolved ? known(d.eResult) : null),
  'procedure.data_reuse_rate': (d) => known(d.dataReuse),
  // Satisfied unless rated dissatisfied or overdue; complaints are not visible to the extension.
  'procedure.satisfaction_rate': (d, ctx) =>
    d.rating === 'dissatisfied' || dossierTimeliness(d, ctx.today) === 'miss' ? 'miss' : 'hit',
  'procedure.online_satisfaction_rate': (d) =>
    d.channel === 'online' && d.rating !== null ? known(d.rating !== 'dissatisfied') : null,
  'procedure.digitization_rate': (d) => known(d.digitized),
  'procedure.on_time_rate': (d, ctx) => dossierTimeliness(d, ctx.today),
  'procedure.online_dossier_rate': (d) => (d.channel === null ? 'unknown' : known(d.channel === 'online')),
} satisfies Record<string, Rule<Dossier>>;

export const feedbackRules = {
  'procedure.feedback_on_time_rate': (f, ctx) => feedbackTimeliness(f, ctx.today),
} satisfies Record<string, Rule<Feedback>>;

// Which procedures are eligible is not shown on their pages: those whose level is shown stand for them.
export const procedureRules = {
  'procedure.full_online_procedure_rate': (p) => (p.onlineLevel === null ? 'unknown' : known(p.onlineLevel === 'full')),
} satisfies Record<string, Rule<Procedure>>;

/** Tasks count once their deadline has come or they are done; tasks set aside as not the unit's do not. */
export const taskRules = {
  'direction.plan_task_completion_rate': (t, ctx) => {
    const due = taskDueDate(t);
    if (t.status === 'not_mine' || due === null) return null;
    if (t.status === 'done') return t.doneAt === null ? 'unknown' : known(vietnamDate(t.doneAt) <= due);
    return due < ctx.today ? 'miss' : null;
  },
} satisfies Record<string, Rule<TaskRecord>>;

export const taskDueDate = (task: TaskRecord): string | null => task.deadline?.to ?? task.deadline?.from ?? null;

export type DossierIndicator = keyof typeof dossierRules;
export type MeasuredIndicator =
  | DossierIndicator
  | keyof typeof feedbackRules
  | keyof typeof procedureRules
  | keyof typeof taskRules;

/** Running counts of one indicator; `add` takes one verdict. */
export class Tally {
  numerator = 0;
  denominator = 0;
  unknown = 0;
  constructor(readonly indicator: MeasuredIndicator) {}
  add(verdict: Verdict): void {
    if (verdict === null) return;
    if (verdict === 'unknown') this.unknown += 1;
    else {
      this.denominator += 1;
      if (verdict === 'hit') this.numerator += 1;
    }
  }
  ratio(): Ratio {
    const { indicator, numerator, denominator, unknown } = this;
    return { indicator, numerator, denominator, unknown, rate: denominator === 0 ? null : numerator / denominator };
  }
}

function tally<T>(indicator: MeasuredIndicator, rule: Rule<T>, items: readonly T[], ctx: CountContext): Ratio {
  const t = new Tally(indicator);
  for (const item of items) t.add(rule(item, ctx));
  return t.ratio();
}

function tallyDossiers(indicator: DossierIndicator, dossiers: readonly Dossier[], ctx: CountContext): Ratio {
  return tally(indicator, dossierRules[indicator], dossiers.filter(isReceived), ctx);
}

export const eResultRate = (dossiers: readonly Dossier[], ctx: CountContext) =>
  tallyDossiers('procedure.e_result_rate', dossiers, ctx);
export const dataReuseRate = (dossiers: readonly Dossier[], ctx: CountContext) =>
  tallyDossiers('procedure.data_reuse_rate', dossiers, ctx);
export const satisfactionRate = (dossiers: readonly Dossier[], ctx: CountContext) =>
  tallyDossiers('procedure.satisfaction_rate', dossiers, ctx);
export const onlineSatisfactionRate = (dossiers: readonly Dossier[], ctx: CountContext) =>
  tallyDossiers('procedure.online_satisfaction_rate', dossiers, ctx);
export const digitizationRate = (dossiers: readonly Dossier[], ctx: CountContext) =>
  tallyDossiers('procedure.digitization_rate', dossiers, ctx);
export const onTimeRate = (dossiers: readonly Dossier[], ctx: CountContext) =>
  tallyDossiers('procedure.on_time_rate', dossiers, ctx);
export const onlineDossierRate = (dossiers: readonly Dossier[], ctx: CountContext) =>
  tallyDossiers('procedure.online_dossier_rate', dossiers, ctx);
export const feedbackOnTimeRate = (items: readonly Feedback[], ctx: CountContext) =>
  tally('procedure.feedback_on_time_rate', feedbackRules['procedure.feedback_on_time_rate'], items, ctx);
export const fullOnlineProcedureRate = (procedures: readonly Procedure[], ctx: CountContext) =>
  tally('procedure.full_online_procedure_rate', procedureRules['procedure.full_online_procedure_rate'], procedures, ctx);
export const planTaskCompletionRate = (tasks: readonly TaskRecord[], ctx: CountContext) =>
  tally('direction.plan_task_completion_rate', taskRules['direction.plan_task_completion_rate'], tasks, ctx);
