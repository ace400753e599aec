import { z } from 'zod';
import { db } from '@/lib/db/db';
import { handleMessage } from '@/lib/background/handlers';
import { loadSettings } from '@/lib/db/settings';
import { syncContentScripts } from '@/lib/hosts/sync';

export default defineBackground(() => {
  z.config({ jitless: true });
  const database = db();

  // Only content scripts talk to the background; extension pages use the database directly.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id || !sender.tab) return false;
    handleMessage(database, message, { tabId: sender.tab.id })
      .then(sendResponse)
      .catch((e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
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
    await syncContentScripts(settings.hosts).catch((e: unknown) => console.warn('Trợ lý CCHC: đăng ký trang', e));
  };
  browser.runtime.onInstalled.addListener(() => void start());
  browser.runtime.onStartup.addListener(() => void start());
});
