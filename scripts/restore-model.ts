/*
 * Builds lib/restore/model.json, the syllable model of the diacritic
 * restorer, from what the project may ship: its own administrative text
 * (lib/restore/corpus/ and the typed plans among its fixtures) and the syllable list of @cspell/dict-vi-vn (MIT). Run with
 * `npm run -s restore-model`; the output is committed, and a test checks that
 * it is what this script builds.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';
import type { ModelData } from '../lib/restore/model';
import { planText } from '../tests/fixtures/plans';
import { newStyleTone } from '../lib/restore/tone';
import { BREAK, NUMBER, modelForm, trainingTokens } from '../lib/restore/tokens';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const MODEL_PATH = join(root, 'lib/restore/model.json');

/** Correctly accented text of the project: its own corpus and its typed plan fixtures. */
export function trainingTexts(): string[] {
  const corpusDir = join(root, 'lib/restore/corpus');
  const own = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const plans = ['thuy-hung-2026.txt', 'so-noi-vu-2026.txt'].map(planText);
  return [...own, ...plans];
}

/** Syllables of the Vietnamese dictionary, in the new tone style the plans use ("hóa", "ủy"). */
function dictionarySyllables(): string[] {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('@cspell/dict-vi-vn/cspell-ext.json')), 'vi.trie.gz');
  const trie = importTrie(gunzipSync(readFileSync(file)).toString('utf8').split('\n'));
  return [...iteratorTrieWords(trie)].map((w) => newStyleTone(modelForm(w)));
}

export function buildModel(texts: string[], dictionary: string[]): ModelData {
  const counts = new Map<string, number>([
    [BREAK, 0],
    [NUMBER, 0],
  ]);
  const pairs = new Map<string, number>();
  for (const text of texts) {
    const tokens = trainingTokens(text).map(newStyleTone);
    tokens.forEach((t, i) => {
      counts.set(t, (counts.get(t) ?? 0) + 1);
      if (i > 0) {
        const key = `${tokens[i - 1]}\u0000${t}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    });
  }
  for (const syllable of dictionary) if (!counts.has(syllable)) counts.set(syllable, 0);
  const words = [...counts.keys()];
  const ids = new Map(words.map((w, i) => [w, i]));
  const flat: number[] = [];
  for (const [key, c] of [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [a, b] = key.split('\u0000');
    flat.push(ids.get(a)!, ids.get(b)!, c);
  }
  return { words, counts: words.map((w) => counts.get(w)!), pairs: flat };
}

export const buildProjectModel = (): ModelData => buildModel(trainingTexts(), dictionarySyllables());

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const model = buildProjectModel();
  writeFileSync(MODEL_PATH, JSON.stringify(model));
  process.stdout.write(`${MODEL_PATH}: ${model.words.length} syllables, ${model.pairs.length / 3} pairs\n`);
}
