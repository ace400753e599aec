/*
 * What the person reads of a plan, in proper Vietnamese when the plan came as
 * OCR that lost its diacritics: the plan's title, each target's
 * sentence, each task's content, units, output and deadline wording, each
 * unit's duties. The OCR's wording stays on the record (`original`), to be
 * shown on demand; numbers, dates and document numbers are never changed.
 */
import type { ParsedPlan } from '../schema/plan';
import { looksOcrDamaged, restoreText } from './index';

export function restorePlan(parsed: ParsedPlan, sourceText: string): ParsedPlan {
  if (!looksOcrDamaged(sourceText)) return parsed;
  // Task titles repeat as duties: each wording is restored once.
  const done = new Map<string, string>();
  const fix = (text: string): string => {
    let out = done.get(text);
    if (out === undefined) done.set(text, (out = restoreText(text, { damaged: true })));
    return out;
  };
  const fixOrNull = (text: string | null) => (text === null ? null : fix(text));
  const h = parsed.plan;
  return {
    ...parsed,
    // The issuer is already the reader's own wording ("UBND phường …") around a name no model knows: kept.
    plan: { ...h, title: h.title == null ? h.title : fix(h.title), original: { title: h.title ?? null } },
    targets: parsed.targets.map((t) => ({
      ...t,
      text: fix(t.text),
      ...(t.phrase === undefined ? {} : { phrase: fix(t.phrase) }),
      original: { text: t.text, ...(t.phrase === undefined ? {} : { phrase: t.phrase }) },
    })),
    tasks: parsed.tasks.map((t) => ({
      ...t,
      title: fix(t.title),
      lead: fixOrNull(t.lead),
      partners: t.partners.map(fix),
      output: fixOrNull(t.output),
      deadline: t.deadline && { ...t.deadline, text: fix(t.deadline.text) },
      original: { title: t.title, lead: t.lead, partners: t.partners, output: t.output, deadline: t.deadline?.text ?? null },
    })),
    responsibilities: parsed.responsibilities.map((r) => ({ ...r, unit: fix(r.unit), duties: r.duties.map(fix), original: { unit: r.unit, duties: r.duties } })),
  };
}
