import { db, type CchcDb } from '../../lib/db/db';

/** The database the views use (over fake-indexeddb in the tests), emptied: each test starts from nothing. */
export async function emptyDb(): Promise<CchcDb> {
  const database = db();
  await database.transaction('rw', database.tables, async () => {
    for (const table of database.tables) await table.clear();
  });
  return database;
}
