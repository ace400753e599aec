import { useLiveQuery } from 'dexie-react-hooks';
import { readSettings } from '@/lib/views/settings';
import type { Settings } from '@/lib/schema/settings';

/** The settings, live: undefined while the first read is under way. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(), []);
}
