import { fill } from './onPage';

/**
 * A sentence as data: a dictionary key and its parameters, worded in the
 * person's language only where it is shown. A parameter may itself be a
 * phrase (a document's kind inside a refusal), worded in the same language,
 * or a value already written in both (a period's name, a percentage with its
 * decimal sign, an indicator's noun).
 */
export interface Phrase<K extends string = string> {
  key: K;
  params?: Readonly<Record<string, PhraseParam<K>>>;
}

/** A value written in each language. */
export interface InBoth {
  vi: string;
  en: string;
}

export type PhraseParam<K extends string = string> = string | number | Phrase<K> | InBoth;

/** A value written in each language by one function. */
export const inBoth = (write: (language: 'vi' | 'en') => string): InBoth => ({ vi: write('vi'), en: write('en') });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A parameter as the sentence shows it: decimal comma in Vietnamese; ISO days dd/mm/yyyy in both languages, as portals and plans write them. */
export function formatParam(value: string | number, language: 'vi' | 'en'): string {
  if (typeof value === 'number') return language === 'vi' ? String(value).replace('.', ',') : String(value);
  return ISO_DATE.test(value) ? `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}` : value;
}

/** A template with its {placeholders} filled and formatted; one left without a value stays as written. */
export function fillFormatted(template: string, params: Readonly<Record<string, string | number>>, language: 'vi' | 'en'): string {
  const formatted: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) formatted[name] = formatParam(value, language);
  return fill(template, formatted);
}

/** A phrase worded from one dictionary; a key the dictionary lacks shows as the key itself, never as nothing. */
export function sayFrom<K extends string>(dictionary: Readonly<Record<K, string>>, language: 'vi' | 'en', phrase: Phrase<K>): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.params ?? {}) as [string, PhraseParam<K>][]) {
    params[name] = typeof value !== 'object' ? value : 'key' in value ? sayFrom(dictionary, language, value) : value[language];
  }
  return phrase.key in dictionary ? fillFormatted(dictionary[phrase.key], params, language) : phrase.key;
}

/**
 * An error whose reason is a phrase, worded in the person's language where it
 * is shown (`say`); its `message` is the Vietnamese wording, the default, for
 * the command line and logs.
 */
export class PhraseError<K extends string = string> extends Error {
  constructor(
    readonly phrase: Phrase<K>,
    vietnamese: Readonly<Record<K, string>>,
  ) {
    super(sayFrom(vietnamese, 'vi', phrase));
  }
}
