import { vi, type MessageKey } from './vi';
import { en } from './en';

export type Language = 'vi' | 'en';
export type { MessageKey };

const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

/** Looks a message up and fills its {placeholders}. */
export function translate(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
