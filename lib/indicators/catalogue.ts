import others from '../domain/indicators.json';
import type { Area } from '../schema/plan';
import { INDICATORS } from './index';

/** An indicator a plan may set a target on: counted by a module of this folder, or entered by hand. */
export interface CatalogueEntry {
  key: string;
  area: Area;
  vi: string;
  en: string;
  phrases: readonly string[];
  measured: boolean;
}

/** The measured indicators' modules, then the catalogue of those tracked by hand. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...INDICATORS.map((i) => ({ key: i.key, area: i.area, vi: i.name.vi, en: i.name.en, phrases: i.phrases, measured: true })),
  ...others.indicators.map((i) => ({ key: i.key, area: i.area as Area, vi: i.vi, en: i.en, phrases: i.phrases, measured: false })),
];

const byKey = new Map(CATALOGUE.map((e) => [e.key, e]));

export const areaName = (area: Area): string => others.areas[area];

/** The indicator's name in the UI language; a key the catalogue lacks (a plan's own) is shown as it is. */
export function indicatorLabel(key: string, language: 'vi' | 'en'): string {
  return byKey.get(key)?.[language] ?? key;
}
