import { browser } from 'wxt/browser';
import type { CchcDb } from '../db/db';
import { loadSettings } from '../db/settings';
import { myTasks } from '../db/myTasks';
import { vietnamDate } from '../time/dates';
import { translate } from '../i18n';
import { badgeText } from '../tasks/badge';
import { remindersDue } from '../tasks/reminders';
import { dueNow } from '../tasks/schedule';

const SENT_KEY = 'remindersSent';
/** Sent-reminder ids older than this are forgotten; none of them can be due again. */
const KEEP_MS = 14 * 86_400_000;

/** Sets the toolbar badge to what is overdue or due today, and sends the reminders now due. */
export async function refreshAttention(db: CchcDb, now = Date.now()): Promise<void> {
  const settings = await loadSettings(db);
  const { tasks } = await myTasks(db, settings.profile.unit);
  const count = dueNow(tasks, vietnamDate(now)).length;
  await browser.action.setBadgeText({ text: badgeText(count) });
  await browser.action.setBadgeBackgroundColor({ color: '#b00020' });
  await browser.action.setTitle({ title: count ? translate(settings.language, 'badgeTitle', { n: count }) : translate(settings.language, 'appName') });

  const stored = (await browser.storage.local.get(SENT_KEY))[SENT_KEY] as Record<string, number> | undefined;
  const sent = Object.fromEntries(Object.entries(stored ?? {}).filter(([, at]) => now - at < KEEP_MS));
  for (const reminder of remindersDue(tasks, settings, now, new Set(Object.keys(sent)))) {
    await browser.notifications.create(reminder.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: reminder.title,
      message: reminder.message,
    });
    sent[reminder.id] = now;
  }
  await browser.storage.local.set({ [SENT_KEY]: sent });
}
