import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/db';
import { loadSettings } from '@/lib/db/settings';
import type { Settings } from '@/lib/schema/settings';

/** The settings, live: undefined while the first read is under way. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => loadSettings(db()), []);
}
