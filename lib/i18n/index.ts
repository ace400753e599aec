import { vi, type MessageKey } from './vi';
import { en } from './en';
import { fill } from './onPage';
import { sayFrom, type Phrase } from './phrase';
export { inBoth, type InBoth } from './phrase';

export type Language = 'vi' | 'en';
export type { MessageKey, Phrase };

const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

/** Looks a message up and fills its {placeholders}. */
export function translate(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(dictionaries[lang][key], params);
}

/** A sentence kept as data (a refusal, a figure's explanation), worded in the person's language where it is shown. */
export const say = (lang: Language, phrase: Phrase<MessageKey>): string => sayFrom(dictionaries[lang], lang, phrase);
