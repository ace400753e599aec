import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** The layer rule's complaints about `code` as if it were the file at `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('imports point down the layers', () => {
  it('fails an import that points back up, whether plain, type-only, re-exported, dynamic or through the @/ alias', async () => {
    const errors = await layerErrors(
      'lib/pages/example.ts',
      [
        "import { computeMetrics } from '../metrics/compute';",
        "import type { CchcDb } from '@/lib/db/db';",
        "export { runChecks } from '../checks';",
        'export const later = () => import("../../components/sidepanel/Targets");',
        'export const used = [computeMetrics, null as CchcDb | null];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/lib\/pages \(pages\) must not import lib\/metrics \(metrics\)/);
    expect(errors[1]).toMatch(/lib\/db \(stores and views\)/);
    expect(errors[2]).toMatch(/lib\/checks \(indicators and checks\)/);
    expect(errors[3]).toMatch(/components \(UI\)/);
  });

  it('lets a module import its own layer and the ones below', async () => {
    const errors = await layerErrors(
      'lib/metrics/example.ts',
      [
        "import { INDICATORS } from '../indicators';",
        "import { dueDate } from '../tasks/schedule';",
        "import { fold } from '../text/fold';",
        "import { addDays } from '@/lib/time/dates';",
        "import { formatPercent } from './format';",
        'export const used = [INDICATORS, dueDate, fold, addDays, formatPercent];',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });

  it('places every folder of lib/ in exactly one layer', async () => {
    const config = await eslint.calculateConfigForFile(join(root, 'lib/pages/index.ts'));
    const placed = (config.settings['boundaries/elements'] as { pattern: string }[]).map((element) => element.pattern);
    const folders = readdirSync(join(root, 'lib'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `lib/${entry.name}`);
    expect(new Set(placed).size).toBe(placed.length);
    expect(placed.filter((folder) => folder.startsWith('lib/')).sort()).toEqual(folders.sort());
  });
});
