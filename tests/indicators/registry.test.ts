import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../lib/indicators';
import { CATALOGUE } from '../../lib/indicators/catalogue';
import { MESSAGES } from '../../lib/indicators/render';

const LIB = join(import.meta.dirname, '..', '..', 'lib', 'indicators');
const modules = readdirSync(LIB).filter((f) => readFileSync(join(LIB, f), 'utf8').includes('defineIndicator({'));

describe('the indicator list', () => {
  it('registers every indicator module, and each module has its own test', () => {
    expect(modules.length).toBe(INDICATORS.length);
    for (const file of modules) expect(existsSync(join(import.meta.dirname, file.replace(/\.ts$/, '.test.ts'))), file).toBe(true);
  });
  it('has one entry per key in the catalogue, measured ones first', () => {
    const keys = CATALOGUE.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(CATALOGUE.slice(0, INDICATORS.length).every((e) => e.measured)).toBe(true);
  });
  it('words every message in both languages with the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const own = INDICATORS.flatMap((i) => Object.entries(i.messages).map(([k, w]) => [`${i.key}:${k}`, w] as const));
    for (const [key, w] of [...MESSAGES, ...own]) {
      expect(w.vi.trim(), key).not.toBe('');
      expect(w.en.trim(), key).not.toBe('');
      expect(names(w.en), key).toEqual(names(w.vi));
    }
    for (const i of INDICATORS) expect(i.name.vi && i.name.en, i.key).toBeTruthy();
  });
});
