import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURE_DIR = join(import.meta.dirname, '../../tests/fixtures/pages');

export interface FixturePage {
  file: string;
  url: string;
  kind: string;
  /** A near miss: the fields whose right answer is null for every record of the page. */
  unknown?: string[];
  /** The page the demo and the browser tests open for its kind. */
  example: boolean;
}

/** What a saved page says of itself on the line after its doctype: `<!-- fixture kind=… url=… [unknown=a,b] [example] -->`. */
const SAYS = /^<!DOCTYPE html>\r?\n<!-- fixture (.*?) -->/i;

function fixturePage(file: string, html: string): FixturePage {
  const says = SAYS.exec(html)?.[1].split(' ');
  const value = (key: string) => says?.find((word) => word.startsWith(`${key}=`))?.slice(key.length + 1);
  const [kind, url, unknown] = [value('kind'), value('url'), value('unknown')];
  if (!kind || !url) throw new Error(`${file}: the line after its doctype must say what it is: <!-- fixture kind=… url=… -->`);
  return { file, url, kind, ...(unknown ? { unknown: unknown.split(',') } : {}), example: says!.includes('example') };
}

/** Every saved page of the folder, each kind's example first, then by file name. */
export function fixturePages(): FixturePage[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => fixturePage(file, readFileSync(join(FIXTURE_DIR, file), 'utf8')))
    .sort((a, b) => Number(b.example) - Number(a.example));
}

/** Extra pages made on request (e.g. the 1,000-row list), keyed like the fixtures: host + path. */
export type PageMaker = (url: URL) => string | null;

export interface FixtureServer {
  port: number;
  /** The fixture's real URL, as http on the mapped host (the browser maps the host to this server). */
  urlOf(realUrl: string): string;
  close(): Promise<void>;
  server: Server;
}

/**
 * Serves the fixture pages at their real paths, routing by Host header, so
 * that Chromium with --host-resolver-rules loads them under the real portal
 * host names and the manifest's real match patterns apply.
 */
export async function startFixtureServer(makers: PageMaker[] = []): Promise<FixtureServer> {
  const pages = fixturePages();
  const byKey = new Map<string, string>();
  for (const p of pages) {
    const u = new URL(p.url);
    byKey.set(u.host + u.pathname + u.search, p.file);
    if (!byKey.has(u.host + u.pathname)) byKey.set(u.host + u.pathname, p.file);
  }
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `http://${host}`);
    for (const make of makers) {
      const html = make(url);
      if (html !== null) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(html);
        return;
      }
    }
    const file = byKey.get(host + url.pathname + url.search) ?? byKey.get(host + url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Không có trang ${host}${url.pathname}`);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(join(FIXTURE_DIR, file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    server,
    urlOf: (realUrl) => {
      const u = new URL(realUrl);
      return `http://${u.host}${u.pathname}${u.search}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The host names the fixtures use, for --host-resolver-rules. */
export function fixtureHosts(): string[] {
  return [...new Set(fixturePages().map((p) => new URL(p.url).host))];
}
