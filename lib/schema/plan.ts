import { z } from 'zod';
import { isoDate } from './isoDate';

export const areaKeys = [
  'direction',
  'institution',
  'procedure',
  'organization',
  'civil_service',
  'public_finance',
  'digital_government',
] as const;
export const Area = z.enum(areaKeys);
export type Area = z.infer<typeof Area>;

export const Comparator = z.enum(['gte', 'gt', 'lte', 'lt']);
export type Comparator = z.infer<typeof Comparator>;

export const PlanLevel = z.enum(['tinh', 'xa', 'phuong', 'so_nganh', 'co_quan']);
export type PlanLevel = z.infer<typeof PlanLevel>;

/** The header of a plan (kế hoạch) as the parser reads it. */
export const PlanHeader = z.object({
  number: z.string().nullable(),
  issuer: z.string().nullable(),
  level: PlanLevel.nullable(),
  date: isoDate.nullable(),
  year: z.number().int().nullable(),
  period: z.string().nullable(),
  title: z.string().nullable().optional(),
  implements: z.array(z.string()),
  replaces: z.array(z.string()),
  /** The OCR's wording of the title, kept when its diacritics were restored. */
  original: z.object({ title: z.string().nullable() }).optional(),
});
export type PlanHeader = z.infer<typeof PlanHeader>;

/** A quantified target (chỉ tiêu). `indicator` is a key of indicators.json or null. */
export const Target = z.object({
  indicator: z.string().nullable(),
  phrase: z.string().optional(),
  area: Area.nullable(),
  comparator: Comparator,
  value: z.number(),
  unit: z.string(),
  text: z.string(),
  /** The OCR's wording, kept when the diacritics of `text` and `phrase` were restored. */
  original: z.object({ text: z.string(), phrase: z.string().optional() }).optional(),
});
export type Target = z.infer<typeof Target>;

export const DeadlineKind = z.enum(['date', 'month', 'quarter', 'year', 'recurring', 'relative', 'on_request', 'per_document']);
export const Deadline = z.object({
  kind: DeadlineKind,
  text: z.string(),
  /** For a relative deadline: the day of its event, once the person has set it. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** For recurring deadlines: the reporting cycle. */
  every: z.enum(['day', 'week', 'month', 'quarter', 'half_year', 'year', 'continuous']).optional(),
  /** A recurrence due on a fixed day: day of the month ("trước ngày 05 của tháng liền kề"), and month for a yearly one. */
  dueDay: z.number().int().min(1).max(31).optional(),
  dueMonth: z.number().int().min(1).max(12).optional(),
  /** A relative deadline: how long after its event ("sau 03 tháng kể từ khi có văn bản ..."). */
  after: z.object({ count: z.number().int().min(0), unit: z.enum(['day', 'working_day', 'month', 'year']) }).optional(),
  event: z.string().optional(),
  /** A deadline another document sets ("theo các mốc thời gian tại Quyết định số ..."): that document's number. */
  document: z.string().optional(),
});
export type Deadline = z.infer<typeof Deadline>;

/** A task (nhiệm vụ) with its lead unit (chủ trì) and partners (phối hợp). */
export const Task = z.object({
  title: z.string().min(1),
  area: Area.nullable(),
  lead: z.string().nullable(),
  partners: z.array(z.string()),
  output: z.string().nullable(),
  deadline: Deadline.nullable(),
  source: z.string().optional(),
  /** Units of a table's further unit columns ("Theo dõi, kiểm tra, đôn đốc"). */
  followUp: z.array(z.string()).optional(),
  /** A task over several table rows: each row's product, deadline, lead and partners, in order. */
  parts: z
    .array(z.object({ output: z.string().nullable(), deadline: Deadline.nullable(), lead: z.string().nullable(), partners: z.array(z.string()) }))
    .optional(),
  /** The table row(s) it was read from, as written. */
  text: z.string().optional(),
  /** The OCR's wording, kept when the diacritics of the fields above were restored. */
  original: z
    .object({ title: z.string(), lead: z.string().nullable(), partners: z.array(z.string()), output: z.string().nullable(), deadline: z.string().nullable() })
    .optional(),
});
export type Task = z.infer<typeof Task>;

export const Responsibility = z.object({
  unit: z.string(),
  duties: z.array(z.string()),
  /** The OCR's wording, kept when the diacritics were restored. */
  original: z.object({ unit: z.string(), duties: z.array(z.string()) }).optional(),
});
export type Responsibility = z.infer<typeof Responsibility>;

/** What kind of document was read: kế hoạch, quyết định (issuing a plan), báo cáo, công văn, tờ trình, thông báo, other. */
export const DocumentKind = z.enum(['ke_hoach', 'quyet_dinh', 'bao_cao', 'cong_van', 'to_trinh', 'thong_bao', 'khac']);
export type DocumentKind = z.infer<typeof DocumentKind>;
export const DocumentInfo = z.object({
  kind: DocumentKind,
  /** Plans the document points to (a công văn forwarding a plan). */
  refersTo: z.array(z.string()),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

/** What the plan reader returns: the contract of `npm run plan -- parse`. */
export const ParsedPlan = z.object({
  plan: PlanHeader,
  targets: z.array(Target),
  tasks: z.array(Task),
  responsibilities: z.array(Responsibility),
  /** Absent in plans read before the reader told kinds apart: those were plans. */
  document: DocumentInfo.optional(),
});
export type ParsedPlan = z.infer<typeof ParsedPlan>;
