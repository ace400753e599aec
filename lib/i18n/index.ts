import { vi, type MessageKey } from './vi';
import { en } from './en';
import { fill } from './onPage';

export type Language = 'vi' | 'en';
export type { MessageKey };

const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

/** Looks a message up and fills its {placeholders}. */
export function translate(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(dictionaries[lang][key], params);
}
