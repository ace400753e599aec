import { z } from 'zod';
import { db } from '@/lib/db/db';
import { handleMessage } from '@/lib/background/handlers';
import { replyTo } from '@/lib/background/reply';
import { tellPage } from '@/lib/messaging/toContent';
import { loadSettings } from '@/lib/db/settings';
import { syncContentScripts } from '@/lib/hosts/sync';
import { refreshAttention } from '@/lib/background/attention';
import { seedChecklist } from '@/lib/db/checklist';
import { liveQuery } from 'dexie';

async function flagStorageFull(message: string): Promise<void> {
  await browser.action.setBadgeText({ text: '!' });
  await browser.action.setTitle({ title: message });
}

export default defineBackground(() => {
  z.config({ jitless: true });
  const database = db();

  // Only content scripts talk to the background; extension pages use the database directly.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id || !sender.tab) return false;
    const tabId = sender.tab.id;
    void replyTo((answer) => handleMessage(database, message, { tabId, url: sender.url ?? sender.tab?.url }, Date.now(), answer), {
      respond: sendResponse,
      tellTab: (error) => {
        if (tabId !== undefined) void tellPage(tabId, { type: 'page.unsaved', error });
      },
      flagStorageFull: (error) => void flagStorageFull(error),
    });
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => void database.pages.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: its findings are stale until its script reports again.
    if (change.status === 'loading' && change.url) void database.pages.delete(tabId);
  });

  const start = async () => {
    await browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
    const settings = await loadSettings(database);
    await seedChecklist(database, settings.language);
    await browser.alarms.create('attention', { periodInMinutes: 15 });
    await syncContentScripts(settings.hosts).catch((e: unknown) => console.warn('Trợ lý CCHC: đăng ký trang', e));
  };
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void start();
    // The first run is a guide in the options page: open it rather than leave the person with a toolbar icon.
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
  browser.runtime.onStartup.addListener(() => void start());

  const attend = () => void refreshAttention(database).catch((e: unknown) => console.warn('Trợ lý CCHC: nhắc việc', e));
  browser.alarms.onAlarm.addListener((alarm) => alarm.name === 'attention' && attend());
  // The badge follows every change to tasks, plans or the profile, wherever it was made.
  liveQuery(() => Promise.all([database.tasks.toArray(), database.plans.toArray(), database.settings.toArray()])).subscribe({
    next: attend,
    error: (e: unknown) => console.warn('Trợ lý CCHC: theo dõi nhiệm vụ', e),
  });
});
