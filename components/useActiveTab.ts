import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The tab the side panel speaks about: the active tab of its window, or the
 * one named by `?tab=` when the panel is opened as a page (tests, a pinned tab).
 * Undefined until the browser has answered, so a view does not draw a wrong state first.
 */
export function useActiveTab(): number | null | undefined {
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  const [tabId, setTabId] = useState<number | null | undefined>(Number.isInteger(pinned) && pinned > 0 ? pinned : undefined);
  useEffect(() => {
    if (Number.isInteger(pinned) && pinned > 0) return;
    const refresh = () =>
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.windows.onFocusChanged.addListener(refresh);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.windows.onFocusChanged.removeListener(refresh);
    };
  }, [pinned]);
  return tabId;
}
