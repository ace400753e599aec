import { db, type PageRow } from '../db/db';
import { updateSettings } from '../db/settings';
import type { MessageKey } from '../i18n';
import { labelKey } from '../pages/text';

/** The name of each dossier field a check reads, as the side panel says it. */
export const FIELD_NAMES: Record<string, MessageKey> = {
  due: 'fieldDue',
  completed: 'fieldCompleted',
  eResult: 'fieldEResult',
  digitized: 'fieldDigitized',
  reuse: 'fieldReuse',
  rating: 'fieldRating',
};

/** The fields of the page that no column gave and that the panel can name. */
export const unreadFields = (page: PageRow): string[] => (page.notes?.unread ?? []).filter((f) => f in FIELD_NAMES);

/** A header as the page shows it ("Thời gian › Hẹn trả") as the lists match it: folded, group and leaf. */
export const headerKey = (shown: string): string => shown.split(' › ').map(labelKey).join(' ');

/**
 * Remembers, for the page's host, that this column holds this field. The
 * mapping lives in the settings, so it is in backups and every reading of a
 * page on that host uses it.
 */
export async function teachColumn(pageUrl: string, field: string, shown: string): Promise<string> {
  const host = new URL(pageUrl).hostname;
  await updateSettings(db(), (s) => ({ ...s, columns: { ...s.columns, [host]: { ...s.columns[host], [field]: headerKey(shown) } } }));
  return host;
}
