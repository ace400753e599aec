/**
 * Writes the lists that follow from the page-kind modules of lib/pages, so
 * that a new kind is its module alone:
 *   - lib/schema/pageKinds.ts: the kind list of the schema (the schema sits
 *     below the pages and cannot import them);
 *   - lib/pages/registry.ts: every module, list kinds first, then by kind;
 *   - lib/pages/families.ts: each content script's modules, written out so
 *     that a script bundles only its own.
 * tests/pages/registry.test.ts fails while a written file differs from what
 * this would write.
 *
 *   npm run -s page-kinds
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageModule } from '../lib/pages/types';
import { PortalFamily } from '../lib/schema/settings';

const ROOT = join(import.meta.dirname, '..');
const PAGES = 'lib/pages';
export const WRITTEN = { kinds: 'lib/schema/pageKinds.ts', registry: `${PAGES}/registry.ts`, families: `${PAGES}/families.ts` };
export const COMMAND = 'npm run -s page-kinds';

const HEADER = `// Written by \`${COMMAND}\` from the page-kind modules of lib/pages: edit those, not this.\n`;

interface Found {
  /** The exported name and the file (without .ts) of lib/pages that exports it. */
  name: string;
  file: string;
  module: PageModule<string>;
}

const isPageModule = (value: unknown): value is PageModule<string> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PageModule<string>).kind === 'string' &&
  Array.isArray((value as PageModule<string>).families) &&
  typeof (value as PageModule<string>).matches === 'function' &&
  typeof (value as PageModule<string>).extract === 'function';

/** The modules lib/pages exports, list kinds first, then by kind (code-unit order: the same on every machine). */
async function pageKindModules(): Promise<Found[]> {
  const skip = new Set(['index.ts', basename(WRITTEN.registry), basename(WRITTEN.families)]);
  const found: Found[] = [];
  for (const entry of readdirSync(join(ROOT, PAGES)).sort()) {
    if (!entry.endsWith('.ts') || skip.has(entry)) continue;
    const exports: Record<string, unknown> = await import(pathToFileURL(join(ROOT, PAGES, entry)).href);
    for (const [name, value] of Object.entries(exports)) if (isPageModule(value)) found.push({ name, file: entry.slice(0, -3), module: value });
  }
  const byKind = new Map<string, Found>();
  for (const f of found) {
    if (f.module.kind === 'unknown') throw new Error(`${PAGES}/${f.file}.ts: 'unknown' is the kind of the pages no module reads`);
    const other = byKind.get(f.module.kind);
    if (other) throw new Error(`${PAGES}/${f.file}.ts (${f.name}) and ${PAGES}/${other.file}.ts (${other.name}) both read '${f.module.kind}'`);
    byKind.set(f.module.kind, f);
  }
  const rank = (f: Found) => (f.module.list ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b) || (a.module.kind < b.module.kind ? -1 : 1));
}

const imports = (modules: Found[]): string =>
  [...modules]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.name < b.name ? -1 : 1))
    .map((f) => `import { ${f.name} } from './${f.file}';\n`)
    .join('') + "import type { PageModule } from './types';\n";

/** Each written file's path from the repository root, and its text. */
export async function pageKindLists(): Promise<Map<string, string>> {
  const modules = await pageKindModules();
  const kinds =
    HEADER +
    '\n/** The kinds of page the modules of lib/pages read, in the registry\'s order. */\n' +
    `export const PAGE_KINDS = [\n${modules.map((f) => `  '${f.module.kind}',\n`).join('')}] as const;\n`;
  const registry =
    HEADER +
    imports(modules) +
    '\n/**\n' +
    ' * Every page kind the extension reads: list kinds first (a list page\'s search\n' +
    ' * form has labels a one-subject classifier could take for a subject\'s), then\n' +
    ' * by kind. The first module whose classifier accepts the page reads it.\n' +
    ' */\n' +
    `export const pageModules = [\n${modules.map((f) => `  ${f.name},\n`).join('')}] as const satisfies readonly PageModule[];\n`;
  const inSomeFamily = modules.filter((f) => f.module.families.length > 0);
  const families =
    HEADER +
    imports(inSomeFamily) +
    '\n/** The page kinds each content script reads, in the registry\'s order: a script imports its own list, and bundles only those modules. */\n' +
    PortalFamily.options
      .map((family) => {
        const members = modules.filter((f) => f.module.families.includes(family)).map((f) => f.name);
        return `export const ${family}Family: readonly PageModule[] = [${members.join(', ')}];\n`;
      })
      .join('');
  return new Map([
    [WRITTEN.kinds, kinds],
    [WRITTEN.registry, registry],
    [WRITTEN.families, families],
  ]);
}

const read = (path: string): string | null => {
  try {
    return readFileSync(join(ROOT, path), 'utf8');
  } catch {
    return null;
  }
};

/** The written files that differ from what the modules say. */
export async function outOfDate(): Promise<string[]> {
  return [...(await pageKindLists())].filter(([path, text]) => read(path) !== text).map(([path]) => path);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [path, text] of await pageKindLists()) {
    if (read(path) === text) continue;
    writeFileSync(join(ROOT, path), text);
    console.log(`wrote ${path}`);
  }
}
