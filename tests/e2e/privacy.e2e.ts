import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { provinces } from '../../lib/hosts/provinces';
import { launch, type Session } from '../../scripts/harness/browser';
import { dumpDatabase, openExtensionPage, onboardProvince } from '../../scripts/harness/extension';
import { fixtureHosts, fixturePages, startFixtureServer, type FixtureServer } from '../../scripts/harness/fixtureServer';
import { seededPersonalData } from '../adversarial/personalData';

/** The extension API inside an extension page evaluated by Playwright. */
declare const chrome: typeof import('wxt/browser').browser;

/*
 * A whole session over every fixture page the extension reads, after which
 * nothing the extension kept, exported or sent holds the applicants' names,
 * ID numbers, phones, e-mails or addresses the pages are seeded with; and the
 * extension asked the network for nothing.
 */
const PROVINCE = 'Lạng Sơn';
// The national portal (manifest) and the province's systems granted at onboarding.
const READ_HOSTS = new Set(['dichvucong.gov.vn', ...(provinces.find((p) => p.name === PROVINCE)?.hosts.map((h) => h.host) ?? [])]);
const readable = fixturePages().filter((p) => READ_HOSTS.has(new URL(p.url).host));

interface Seen {
  url: string;
  from: string;
}

let server: FixtureServer;
let session: Session;
let probe: Page;
const requests: Seen[] = [];
let kept = '';

/** Where a request comes from: the service worker, or the URL of the frame that made it. */
function origin(req: Request): string {
  if (req.serviceWorker()) return req.serviceWorker()!.url();
  try {
    return req.frame().url();
  } catch {
    return '';
  }
}

async function storedKinds(): Promise<Map<string, string>> {
  const pages = (await dumpDatabase(probe)).pages as { url: string; kind: string }[];
  return new Map(pages.map((p) => [p.url, p.kind]));
}

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launch({ port: server.port, hosts: fixtureHosts(), headless: true });
  session.context.on('request', (req) => void requests.push({ url: req.url(), from: origin(req) }));
  await onboardProvince(session, PROVINCE);
  probe = await openExtensionPage(session, 'options.html#data');

  for (const fixture of fixturePages()) {
    const page = await session.context.newPage();
    await page.goto(server.urlOf(fixture.url));
  }
  // Every page the extension reads has its report stored: the content script's message arrived.
  let missing: string[] = [];
  for (let tries = 0; tries < 300; tries++) {
    const stored = await storedKinds();
    missing = readable.filter((p) => stored.get(server.urlOf(p.url)) !== p.kind).map((p) => p.file);
    if (!missing.length) break;
    await probe.waitForTimeout(200);
  }
  if (missing.length) throw new Error(`no report stored for ${missing.join(', ')}`);

  const database = await dumpDatabase(probe);
  const storage = await probe.evaluate(async () => ({ local: await chrome.storage.local.get(null), session: await chrome.storage.session.get(null) }));
  const [download] = await Promise.all([probe.waitForEvent('download'), probe.getByRole('button', { name: 'Xuất JSON' }).click()]);
  const exported = readFileSync((await download.path())!, 'utf8');
  kept = JSON.stringify({ database, storage, exported });
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('after a session over every fixture page', () => {
  it('the extension read and stored the pages it is meant to read', async () => {
    expect(readable.length).toBeGreaterThanOrEqual(10);
    const database = JSON.parse(kept).database as Record<string, { id?: string }[]>;
    // The messages' content is what got stored: observations of dossiers, feedback, procedures, documents, scores.
    const types = new Set(database.observations.map((o) => o.id?.split(':')[0]));
    expect([...types].sort()).toEqual(['document', 'dossier', 'feedback', 'index_score', 'procedure']);
    expect(JSON.parse(JSON.parse(kept).exported).format).toBe('tro-ly-cchc.export');
  });

  it('kept, exported and sent none of the personal data the pages show', async () => {
    // What was kept does hold the pages' facts (a dossier code beside its applicant), so absence below means something.
    expect(kept).toContain('000.31.20.H33-260504-0001');
    const { contacts, namesAndAddresses } = await seededPersonalData();
    expect(namesAndAddresses.length).toBeGreaterThanOrEqual(10);
    const leaks = [...contacts, ...namesAndAddresses].filter((s) => kept.includes(s) || kept.includes(JSON.stringify(s).slice(1, -1)));
    expect(leaks).toEqual([]);
  });

  it('made no network request: extension contexts only load their own files', () => {
    const fromExtension = requests.filter((r) => r.from.startsWith('chrome-extension://'));
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(fromExtension.filter((r) => !/^(chrome-extension|data|blob):/.test(r.url))).toEqual([]);
    // Pages (and the content scripts in them) reach only the portal hosts the test serves.
    const hosts = new Set(fixtureHosts());
    expect(requests.filter((r) => !/^(chrome-extension|data|blob):/.test(r.url) && !hosts.has(new URL(r.url).host))).toEqual([]);
  });
});
