import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');

/** The global an in-page entry's exports land on. */
export const PAGE_GLOBAL = 'cchcBench';

/**
 * Bundles an in-page entry (lib code plus its dependencies) the way the
 * extension ships code: minified, for Chromium. esbuild reads tsconfig.json,
 * so the `@/` paths resolve as in the app.
 */
async function bundle(entry: string): Promise<string> {
  const out = await build({
    absWorkingDir: ROOT,
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: PAGE_GLOBAL,
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/**
 * Evaluates the bundle in the page through the DevTools protocol. A script
 * tag would not do: extension pages' CSP allows only the extension's own
 * files. The function wrapper keeps the bundle's `var` from depending on how
 * the protocol scopes top-level declarations.
 */
export async function installInPage(page: Page, entry: string): Promise<void> {
  const code = await bundle(entry);
  await page.evaluate(`globalThis.${PAGE_GLOBAL} = (function () { ${code}; return ${PAGE_GLOBAL}; })();`);
}

/**
 * Source of an init script made from a function in these files. tsx compiles
 * them with esbuild's keepNames, which wraps inner named functions in a
 * `__name(fn, "name")` helper that exists only in Node: the page gets an
 * identity stand-in, or the script throws before it records anything.
 */
export function initScript<A>(fn: (arg: A) => void, arg: A): string {
  return `{ const __name = (f) => f; (${fn.toString()})(${JSON.stringify(arg)}); }`;
}

/** The same, as an expression to evaluate (in a worker, say), its value the function's. */
export function evaluable<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
}
