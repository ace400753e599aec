import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import * as z from 'zod/mini';
import type { ContentEnv } from './runner';

/** The browser edge of a content script: messaging and WXT's location events. */
export function browserEnv(ctx: ContentScriptContext): ContentEnv {
  z.config({ jitless: true });
  return {
    send: (message) => browser.runtime.sendMessage(message),
    onMessage(listener) {
      const wrapped = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
        sendResponse(listener(message));
        return false;
      };
      browser.runtime.onMessage.addListener(wrapped);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(wrapped));
    },
    onLocationChange(listener) {
      ctx.addEventListener(window, 'wxt:locationchange', listener);
    },
    log: (message) => console.warn(message),
  };
}
