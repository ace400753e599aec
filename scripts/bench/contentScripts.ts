import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../harness/browser';
import { figure, type Figure } from './figure';

const CONTENT_SCRIPTS = ['dvc', 'onestop', 'qlvb'] as const;
const BUDGET_BYTES = 20 * 1024;

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Each content script of the demo build, gzipped at level 9. A size is
 * deterministic, so it is one run. The scripts are plain scripts at the
 * build's root (dvc.js, onestop.js, qlvb.js). Another injectable script (a
 * page reader injected only where a document is read) is reported apart,
 * without a budget; background.js never reaches a page.
 */
export async function contentScriptGzipBytes(): Promise<Record<string, Figure>> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no build at ${EXTENSION_DIR}: run "npm run build:demo" or pass --build`);
  const builtAt = new Date(statSync(join(EXTENSION_DIR, 'manifest.json')).mtimeMs).toISOString();
  const files = readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.js') && f !== 'background.js').sort();
  const out: Record<string, Figure> = {};
  for (const file of files) {
    const name = basename(file, '.js');
    const path = join(EXTENSION_DIR, file);
    const budgeted = (CONTENT_SCRIPTS as readonly string[]).includes(name);
    out[name] = figure([gzipBytes(path)], {
      unit: 'bytes',
      budget: budgeted ? BUDGET_BYTES : null,
      digits: 0,
      how: `gzip -9 of .output/chrome-mv3-demo/${file}${budgeted ? '' : ' (not one of the registered content scripts: reported without a budget)'}`,
      detail: { rawBytes: statSync(path).size, builtAt },
    });
  }
  for (const name of CONTENT_SCRIPTS) if (!out[name]) throw new Error(`content script ${name}.js missing from ${EXTENSION_DIR}`);
  return out;
}
