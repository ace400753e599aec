import type { Dossier, Feedback, Procedure } from '../lib/schema/facts';
import type { Observation, TaskRecord } from '../lib/schema/records';

/** Builders for hand-written cases: every fact unknown unless the case says otherwise. */
export const dossier = (code: string, over: Partial<Dossier> = {}): Dossier => ({
  code,
  procedureName: null,
  channel: null,
  status: null,
  receivedAt: null,
  dueAt: null,
  completedAt: null,
  resolved: false,
  onTime: null,
  eResult: null,
  digitized: null,
  dataReuse: null,
  rating: null,
  ...over,
});

export const feedback = (code: string, over: Partial<Feedback> = {}): Feedback => ({
  code,
  title: null,
  receivedAt: null,
  dueAt: null,
  handledAt: null,
  status: null,
  onTime: null,
  ...over,
});

export const procedure = (over: Partial<Procedure> = {}): Procedure => ({
  code: null,
  name: null,
  level: null,
  field: null,
  onlineLevel: null,
  submissionChannels: [],
  processingDays: null,
  eResult: null,
  onlinePayment: null,
  ...over,
});

const base = (type: string, key: string, date: string | null, unit: string | null, seenAt: number) => ({
  id: `${type}:motcua.langson.gov.vn:${key}`,
  key,
  host: 'motcua.langson.gov.vn',
  firstSeenAt: seenAt,
  seenAt,
  date,
  unit,
});

export function dossierObs(d: Dossier, opts: { unit?: string | null; seenAt?: number; date?: string | null } = {}): Observation {
  const date = opts.date === undefined ? d.receivedAt : opts.date;
  return { ...base('dossier', d.code, date, opts.unit ?? null, opts.seenAt ?? 1), type: 'dossier', data: d };
}

export function feedbackObs(f: Feedback, opts: { unit?: string | null; seenAt?: number } = {}): Observation {
  return { ...base('feedback', f.code, f.receivedAt, opts.unit ?? null, opts.seenAt ?? 1), type: 'feedback', data: f };
}

export function procedureObs(code: string, p: Procedure, unit: string | null = null): Observation {
  return { ...base('procedure', code, null, unit, 1), type: 'procedure', data: { ...p, code } };
}

export const task = (id: string, over: Partial<TaskRecord> = {}): TaskRecord => ({
  id,
  planId: 'plan-1',
  title: `Nhiệm vụ ${id}`,
  area: null,
  lead: null,
  partners: [],
  output: null,
  deadline: null,
  unitKeys: [],
  status: 'open',
  doneAt: null,
  note: '',
  evidence: '',
  snoozedUntil: null,
  ...over,
});
