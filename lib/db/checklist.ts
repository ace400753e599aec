import type { MessageKey } from '../i18n';
import { translate, type Language } from '../i18n';
import type { ChecklistItem } from '../schema/records';
import type { CchcDb } from './db';

/** The one-stop officer's daily routines, offered until the user edits the list. */
const DEFAULT_ROUTINES: MessageKey[] = ['routineDigitize', 'routineEResult', 'routineFeedback'];

export async function seedChecklist(db: CchcDb, language: Language): Promise<void> {
  await db.transaction('rw', db.checklist, async () => {
    if ((await db.checklist.count()) > 0) return;
    await db.checklist.bulkAdd(
      DEFAULT_ROUTINES.map((key, order) => ({ id: key, label: translate(language, key), routine: true, doneOn: null, order })),
    );
  });
}

export function isChecked(item: ChecklistItem, today: string): boolean {
  return item.doneOn === today;
}

export async function addRoutine(db: CchcDb, label: string): Promise<void> {
  const text = label.trim();
  if (!text) return;
  const last = await db.checklist.orderBy('order').last();
  await db.checklist.add({ id: crypto.randomUUID(), label: text.slice(0, 200), routine: true, doneOn: null, order: (last?.order ?? -1) + 1 });
}
