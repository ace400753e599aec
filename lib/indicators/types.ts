import type { Dossier, Feedback, IndexScore, Procedure } from '../schema/facts';
import type { Area, Comparator } from '../schema/plan';
import type { TaskRecord } from '../schema/records';

/**
 * How one item counts toward an indicator: it meets it ('hit'), it does not
 * ('miss'), the page did not show what is needed ('unknown': kept out of the
 * rate but reported), or it is not part of the indicator's population (null).
 */
export type Verdict = 'hit' | 'miss' | 'unknown' | null;

/** What each population's items are: the facts an indicator reads. */
export interface Populations {
  dossier: Dossier;
  feedback: Feedback;
  procedure: Procedure;
  task: TaskRecord;
}
export type Population = keyof Populations;

export interface CountContext {
  /** Today in Asia/Ho_Chi_Minh, YYYY-MM-DD: what "still within its time" is measured against. */
  today: string;
}

/** A sentence in both languages; `{name}` placeholders are filled from a message's parameters. */
export interface Wording {
  vi: string;
  en: string;
}

/** A finding's text as data: rendered in the person's language where it is shown. */
export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}

/** The groups of the service index as the portal computes it today. */
export type IndexGroup = keyof IndexScore['groups'];

/** How the 766 index scores the indicator: points up to `max`, full at `fullAt` (a rate in 0..1). */
export interface Item766 {
  group: IndexGroup;
  max: number;
  fullAt: number;
  /** Points when nothing was there to count, where the portal awards them; null: no data. */
  whenNone: number | null;
}

/**
 * One measurable indicator, everything about it in one place: the page marks,
 * the side panel, the workbook, the unit report and the 766 estimate all count
 * with `verdict` over the same population.
 */
export interface Indicator<K extends string = string, P extends Population = Population> {
  key: K;
  area: Area;
  name: Wording;
  /** Wordings plans use for it (with diacritics), for the plan reader. */
  phrases: readonly string[];
  /** Whose items it counts, and which of their facts it reads. */
  population: P;
  reads: readonly (keyof Populations[P])[];
  /** The formula as the portal states it: what is counted over what. */
  formula: { numerator: string; denominator: string };
  /** The target Nghị quyết 02/NQ-CP sets, where it sets one. */
  nationalTarget?: { comparator: Comparator; value: number };
  item766?: Item766;
  /** Each failing item gets its own mark on the page; otherwise only the list's rate is shown. */
  marksEachItem: boolean;
  /**
   * What one more item to count is, and what it must have, for "what it takes":
   * in Vietnamese, and in English with the noun's singular and plural and
   * `quality` as a verb phrase ("be digitised") to follow "must".
   */
  pace?: { item: string; quality: string; en: { one: string; many: string; quality: string } };
  verdict(item: Populations[P], ctx: CountContext): Verdict;
  /** Why an item got its verdict, as a message of `messages`. */
  explain(item: Populations[P], verdict: Verdict, ctx: CountContext): MessageRef;
  messages: Readonly<Record<string, Wording>>;
}

/** The identity function that keeps a module's key literal, so the list of keys is a type. */
export const defineIndicator = <K extends string, P extends Population>(indicator: Indicator<K, P>): Indicator<K, P> => indicator;

export const known = (value: boolean | null): Verdict => (value === null ? 'unknown' : value ? 'hit' : 'miss');
