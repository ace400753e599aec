import catalogue from '../domain/indicators.json';
import type { Area } from '../schema/plan';

/** The canonical indicators of indicators.json, looked up by key. */
export interface IndicatorInfo {
  key: string;
  area: Area;
  vi: string;
  en: string;
  count: string;
}

const byKey = new Map<string, IndicatorInfo>(
  catalogue.indicators.map((i) => [i.key, { key: i.key, area: i.area as Area, vi: i.vi, en: i.en, count: i.count }]),
);

export function indicatorInfo(key: string): IndicatorInfo {
  const info = byKey.get(key);
  if (!info) throw new Error(`Chỉ tiêu không có trong indicators.json: ${key}`);
  return info;
}

export const areaName = (area: Area): string => catalogue.areas[area];

/** The indicator's name in the UI language; a key the catalogue lacks (a plan's own) is shown as it is. */
export function indicatorLabel(key: string, language: 'vi' | 'en'): string {
  return byKey.get(key)?.[language] ?? key;
}
