import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { ContentEnv } from './runner';
import { watchLocation } from './locationWatch';

/**
 * The browser edge of a content script: messaging and location changes.
 * WXT's ContentScriptContext is deliberately not used: it stops a script when
 * a window event of a given name arrives and reports navigation through
 * another, and the portal page can dispatch both. Nothing here listens to an
 * event the page could forge.
 */
export function browserEnv(): ContentEnv {
  z.config({ jitless: true });
  return {
    send: (message) => browser.runtime.sendMessage(message),
    onMessage(listener) {
      browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
        sendResponse(listener(message));
        return false;
      });
    },
    onLocationChange(listener) {
      watchLocation(window, listener);
    },
    log: (message) => console.warn(message),
  };
}
