import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The demo build: the same extension, with the demo province's hosts granted at install. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-demo');

/** Debian's Chromium: branded Chrome ignores --load-extension since version 137. */
export function chromiumPath(): string {
  for (const p of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) if (existsSync(p)) return p;
  throw new Error('Không tìm thấy Chromium: cài bằng "apt-get install -y chromium".');
}

export interface LaunchOptions {
  port: number;
  hosts: string[];
  headless: boolean;
  withExtension?: boolean;
}

export interface Session {
  context: BrowserContext;
  extensionId: string | null;
  worker: Worker | null;
  close(): Promise<void>;
}

/** Chromium with the built extension loaded, the portals' host names mapped onto the fixture server. */
export async function launch({ port, hosts, headless, withExtension = true }: LaunchOptions): Promise<Session> {
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`Chưa build tiện ích: không có ${EXTENSION_DIR}/manifest.json`);
  }
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  const args = [
    `--host-resolver-rules=${rules}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--lang=vi',
    ...(headless ? ['--headless=new'] : []),
    ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
  ];
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cchc-profile-')), {
    executablePath: chromiumPath(),
    headless: false,
    viewport: null,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    // Under a C locale Chromium cannot write a non-ASCII download name ("Hồ sơ-….csv" becomes "download");
    // a person's desktop is UTF-8, so the browser gets a UTF-8 locale whatever the machine's is.
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    args,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  });
  let worker: Worker | null = null;
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }
  return {
    context,
    worker,
    extensionId: worker ? new URL(worker.url()).host : null,
    close: () => context.close(),
  };
}
