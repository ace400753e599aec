import { taskUnits, unitKey, unitName } from '../plan/units';
import type { CchcDb } from './db';

export interface UnitChoice {
  key: string;
  name: string;
  tasks: number;
}

/** Every unit the stored plans name as lead or partner, one entry per unit however it is spelled. */
export async function unitsOfPlans(db: CchcDb): Promise<UnitChoice[]> {
  const byKey = new Map<string, UnitChoice>();
  await db.tasks.each((task) => {
    for (const name of taskUnits(task)) {
      const key = unitKey(name);
      const entry = byKey.get(key) ?? { key, name: unitName(name), tasks: 0 };
      entry.tasks += 1;
      byKey.set(key, entry);
    }
  });
  return [...byKey.values()].sort((a, b) => b.tasks - a.tasks || a.name.localeCompare(b.name, 'vi'));
}
