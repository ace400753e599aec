import catalogue from './indicators.json';

const names = new Map(catalogue.indicators.map((i) => [i.key, { vi: i.vi, en: i.en }]));

/** The indicator's name in the UI language; an unknown key is shown as it is. */
export function indicatorLabel(key: string, language: 'vi' | 'en'): string {
  return names.get(key)?.[language] ?? key;
}
