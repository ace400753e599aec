import { child, childrenNamed, descendants, valOf, type XmlElement } from './xml';

/*
 * Paragraph numbers that Word generates ("I.", "1.", "a)", "-") live in
 * numbering.xml, not in the text: plans number their sections that way, and
 * the plan reader needs to see them. Counters follow Word: each level counts
 * on until a shallower level moves, list instances of one abstract list
 * share their counters unless they restart them.
 */

interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
}

interface ListInstance {
  abstractId: string;
  /** Levels whose start this instance overrides. */
  restarts: Map<number, number>;
}

export interface NumberRef {
  numId: string;
  level: number;
}

const ROMAN: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

function letters(n: number): string {
  // Word repeats the letter past z: aa, bb, …
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerLetter': return letters(n);
    case 'decimalZero': return String(n).padStart(2, '0');
    case 'none': return '';
    default: return String(n);
  }
}

/** A bullet drawn from a symbol font reads as a dash, the bullet plans type by hand. */
function bulletText(text: string): string {
  return /^[-+–•*]$/.test(text.trim()) ? text.trim() : '-';
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, ListInstance>();
  private readonly counters = new Map<string, number[]>();
  private readonly restarted = new Set<string>();

  constructor(numberingXml: XmlElement | null) {
    const root = numberingXml ? child(numberingXml, 'w:numbering') : undefined;
    if (!root) return;
    for (const abs of childrenNamed(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childrenNamed(abs, 'w:lvl')) {
        levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), {
          start: Number(valOf(lvl, 'w:start') ?? 1),
          format: valOf(lvl, 'w:numFmt') ?? 'decimal',
          text: valOf(lvl, 'w:lvlText') ?? '',
          legal: child(lvl, 'w:isLgl') !== undefined,
        });
      }
      this.abstracts.set(abs.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const num of childrenNamed(root, 'w:num')) {
      const restarts = new Map<number, number>();
      for (const o of descendants(num, 'w:lvlOverride')) {
        const start = valOf(o, 'w:startOverride');
        if (start !== undefined) restarts.set(Number(o.attrs['w:ilvl'] ?? 0), Number(start));
      }
      this.instances.set(num.attrs['w:numId'] ?? '', { abstractId: valOf(num, 'w:abstractNumId') ?? '', restarts });
    }
  }

  /** The label of the next paragraph of this list ("II.", "2.1.", "a)", "-"), or '' when there is none. */
  next(ref: NumberRef): string {
    const instance = this.instances.get(ref.numId);
    const levels = instance && this.abstracts.get(instance.abstractId);
    const level = levels?.get(ref.level);
    if (!instance || !levels || !level) return '';
    if (level.format === 'bullet') return bulletText(level.text);
    const counts = this.counters.get(instance.abstractId) ?? [];
    this.counters.set(instance.abstractId, counts);
    const key = `${ref.numId}/${ref.level}`;
    const restart = instance.restarts.get(ref.level);
    if (restart !== undefined && !this.restarted.has(key)) {
      this.restarted.add(key);
      counts[ref.level] = restart - 1;
    }
    counts[ref.level] = (counts[ref.level] ?? level.start - 1) + 1;
    counts.length = ref.level + 1;
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      const at = levels.get(i);
      const n = counts[i] ?? at?.start ?? 1;
      return formatNumber(n, level.legal && i < ref.level ? 'decimal' : (at?.format ?? 'decimal'));
    });
  }
}
