import { z } from 'zod';
import { isoDate } from './isoDate';
import { PAGE_KINDS } from './pageKinds';

/**
 * Facts the extractors read off portal pages. They are the contract of
 * `npm run observe` and of the content-script → background message.
 * None of them holds personal data (names, ID numbers, phones, e-mails,
 * addresses): Nghị định 13/2023/NĐ-CP.
 */

/** A page's kind: one a module of lib/pages reads, or none of them. */
export const PageKind = z.enum([...PAGE_KINDS, 'unknown']);
export type PageKind = z.infer<typeof PageKind>;

export const OnlineLevel = z.enum(['full', 'partial', 'none']);
export const Channel = z.enum(['direct', 'online', 'postal']);
export type Channel = z.infer<typeof Channel>;

export const Procedure = z.object({
  code: z.string().nullable(),
  name: z.string().nullable(),
  level: z.string().nullable(),
  field: z.string().nullable(),
  onlineLevel: OnlineLevel.nullable(),
  submissionChannels: z.array(Channel),
  processingDays: z.number().nullable(),
  eResult: z.boolean().nullable(),
  onlinePayment: z.boolean().nullable(),
});
export type Procedure = z.infer<typeof Procedure>;

export const Rating = z.enum(['very_satisfied', 'satisfied', 'dissatisfied']);
export type Rating = z.infer<typeof Rating>;

export const Dossier = z.object({
  code: z.string().min(1),
  procedureName: z.string().nullable(),
  channel: Channel.nullable(),
  status: z.string().nullable(),
  receivedAt: isoDate.nullable(),
  dueAt: isoDate.nullable(),
  completedAt: isoDate.nullable(),
  resolved: z.boolean(),
  onTime: z.boolean().nullable(),
  eResult: z.boolean().nullable(),
  digitized: z.boolean().nullable(),
  dataReuse: z.boolean().nullable(),
  rating: Rating.nullable(),
  /** Requests for supplements so far, where shown: a second one makes the dossier late (766, TDGQ). */
  supplementRequests: z.number().int().nonnegative().optional(),
});
export type Dossier = z.infer<typeof Dossier>;

export const Feedback = z.object({
  code: z.string().min(1),
  title: z.string().nullable(),
  receivedAt: isoDate.nullable(),
  dueAt: isoDate.nullable(),
  handledAt: isoDate.nullable(),
  status: z.string().nullable(),
  onTime: z.boolean().nullable(),
});
export type Feedback = z.infer<typeof Feedback>;

export const IndexGroups = z.object({
  CKMB: z.number().nullable(),
  TDGQ: z.number().nullable(),
  CLGQ: z.number().nullable(),
  TTTT: z.number().nullable(),
  MDHL: z.number().nullable(),
  MDSH: z.number().nullable(),
});
/** A column that scores several groups together ("Dịch vụ trực tuyến (22)" = CLGQ 12 + TTTT 10): its parts are unknown. */
export const CombinedScore = z.object({
  groups: z.array(z.enum(['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH'])).min(2),
  score: z.number(),
});
export const IndexScore = z.object({
  unit: z.string().min(1),
  period: z.string().nullable(),
  groups: IndexGroups,
  total: z.number().nullable(),
  combined: z.array(CombinedScore).optional(),
});
export type IndexScore = z.infer<typeof IndexScore>;

export const Urgency = z.enum(['normal', 'urgent', 'very_urgent', 'flash']);
export const QlvbDocument = z.object({
  number: z.string().min(1),
  issuer: z.string().nullable(),
  summary: z.string().nullable(),
  issuedAt: isoDate.nullable(),
  receivedAt: isoDate.nullable(),
  dueAt: isoDate.nullable(),
  urgency: Urgency.nullable(),
  type: z.string().nullable(),
  isCchcPlan: z.boolean(),
});
export type QlvbDocument = z.infer<typeof QlvbDocument>;

export const FindingStatus = z.enum(['pass', 'fail', 'na']);
export type FindingStatus = z.infer<typeof FindingStatus>;

/** A finding's text as a message key and its parameters, rendered in the person's language where shown. */
export const FindingMessage = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** The result of one check on one subject (a dossier, a procedure, a list). */
export const Finding = z.object({
  /** Stable id: check + subject, so "đã biết / bỏ qua" survives reloads. */
  id: z.string(),
  check: z.string(),
  indicator: z.string().nullable(),
  status: FindingStatus,
  /** What the finding is about: a dossier code, a procedure code, or "list". */
  subject: z.string(),
  measured: z.number().optional(),
  target: z.number().optional(),
  message: FindingMessage,
  target_ref: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

/** What a page did not give: the rows and characters past the caps, and the columns a check needs but no header named. */
export const ReadingNotes = z.object({
  /** Rows past the cap of one page: there were more than it, and they were not read. */
  droppedRows: z.number().int().nonnegative(),
  /** Fields cut at the cap of characters per field. */
  cutFields: z.number().int().nonnegative(),
  /** Fields of the list a check needs that no column header gave. */
  unread: z.array(z.string().max(40)).max(20),
  /** The list's column headers as shown, for the person to point at one. */
  headers: z.array(z.string().max(200)).max(200),
});
export type ReadingNotes = z.infer<typeof ReadingNotes>;

/** Everything observed on one page: the `observe` CLI prints exactly this. */
export const PageFacts = z.object({
  kind: PageKind,
  procedure: Procedure.optional(),
  dossiers: z.array(Dossier).optional(),
  feedback: z.array(Feedback).optional(),
  indexScores: z.array(IndexScore).optional(),
  documents: z.array(QlvbDocument).optional(),
  notes: ReadingNotes.optional(),
});
export type PageFacts = z.infer<typeof PageFacts>;

export const PageReport = PageFacts.extend({ findings: z.array(Finding) });
export type PageReport = z.infer<typeof PageReport>;
