import type { Language } from '../i18n';

/** Numbers as the language writes them: decimal comma in Vietnamese (as its reports print them), point in English. */
export const formatNumber = (n: number, digits: number, language: Language = 'vi'): string =>
  language === 'vi' ? n.toFixed(digits).replace('.', ',') : n.toFixed(digits);

export const formatPercent = (rate: number, language: Language = 'vi'): string => `${formatNumber(rate * 100, 1, language)}%`;
