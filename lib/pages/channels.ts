import type { Channel } from '../schema/facts';
import { fold } from '../text/fold';

// Online channels are written many ways: "Trực tuyến", "Nộp qua Cổng DVC Quốc gia", "Nộp qua VNeID".
const CHANNEL_WORDS: [Channel, RegExp][] = [
  ['postal', /buu chinh/],
  ['online', /truc tuyen|cong dvc|cong dich vu cong|vneid|qua mang|online/],
  ['direct', /truc tiep|tai quay|bo phan mot cua/],
];

/** The one channel a dossier came in by. */
export function channelOf(text: string | null): Channel | null {
  if (!text) return null;
  const f = fold(text);
  return CHANNEL_WORDS.find(([, re]) => re.test(f))?.[0] ?? null;
}

/** Every channel a procedure page says it accepts, in a fixed order. */
export function channelsIn(text: string | null): Channel[] {
  if (!text) return [];
  const f = fold(text);
  return (['direct', 'online', 'postal'] as const).filter((c) => CHANNEL_WORDS.find(([k]) => k === c)?.[1].test(f));
}
