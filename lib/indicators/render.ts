import { PAGE_INDICATORS } from './onPages';
import type { MessageRef, Wording } from './types';

import type { Language } from '../i18n';
import { fillFormatted } from '../i18n/phrase';

/** Messages about a list's rate, shared by every indicator; `{name}` is the indicator's name. */
const RATE_MESSAGES: Record<string, Wording> = {
  none: { vi: '{name}: danh sách chưa có mục nào để tính', en: '{name}: nothing on the list to count yet' },
  noTarget: { vi: '{name}: {met}/{counted} = {rate}% (kế hoạch chưa đặt chỉ tiêu)', en: '{name}: {met}/{counted} = {rate}% (no target set)' },
  met: { vi: '{name}: {met}/{counted} = {rate}% — đạt chỉ tiêu {target}', en: '{name}: {met}/{counted} = {rate}% — meets the target {target}' },
  notMet: { vi: '{name}: {met}/{counted} = {rate}% — chưa đạt chỉ tiêu {target}', en: '{name}: {met}/{counted} = {rate}% — short of the target {target}' },
};

/** Every finding message by its full key: `<indicator key>:<message>`, and `rate:<message>`. Findings come from page checks only. */
export const MESSAGES: ReadonlyMap<string, Wording> = new Map([
  ...PAGE_INDICATORS.flatMap((i) => Object.entries(i.messages).map(([k, w]) => [`${i.key}:${k}`, w] as const)),
  ...Object.entries(RATE_MESSAGES).map(([k, w]) => [`rate:${k}`, w] as const),
]);

/**
 * A finding's message in the person's language. Its parameters are data
 * (ISO dates, numbers), formatted here; `{name}` is the indicator's name.
 * A key no module knows shows as the key itself, never as nothing.
 */
export function renderMessage(message: MessageRef, language: Language, indicator: string | null = null): string {
  const wording = MESSAGES.get(message.key);
  if (!wording) return message.key;
  const name = PAGE_INDICATORS.find((i) => i.key === indicator)?.name[language] ?? indicator ?? '';
  const params: Record<string, string | number> = { name, ...message.params };
  return fillFormatted(wording[language], params, language);
}

type Worded = { message: MessageRef; indicator: string | null };

/** The text of a finding as shown on the page, in the side panel and in the popup. */
export const renderFinding = (f: Worded, language: Language): string => renderMessage(f.message, language, f.indicator);
