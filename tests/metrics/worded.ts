import { say, type Language } from '../../lib/i18n';
import { compare766 } from '../../lib/metrics/index766';
import { whatItTakes } from '../../lib/metrics/whatItTakes';

/** What it takes, its sentence worded in `language` as the side panel or a document shows it. */
export const takesIn =
  (language: Language) =>
  (...args: Parameters<typeof whatItTakes>) => {
    const w = whatItTakes(...args);
    return w && { ...w, sentence: say(language, w.sentence) };
  };

/** The 766 comparison, its group names, explanations and notes worded in `language`. */
export const comparedIn =
  (language: Language) =>
  (...args: Parameters<typeof compare766>) => {
    const c = compare766(...args);
    return {
      ...c,
      groups: c.groups.map((g) => ({ ...g, name: say(language, g.name), explanation: say(language, g.explanation) })),
      notes: c.notes.map((n) => say(language, n)),
    };
  };
