/**
 * Every released store layout, oldest first. Dexie needs each one declared so
 * that a database from any earlier release upgrades in place; the migration
 * tests open a populated database at every version listed here.
 */
export const storesV1 = {
  plans: 'id, status, importedAt',
  targets: 'id, planId, indicator',
  tasks: 'id, planId, status, *unitKeys',
  observations: 'id, [type+date], type, seenAt',
  checklist: 'id, order',
  settings: 'key',
} as const;

/** v2: the findings of open tabs and the findings a user set aside. */
export const storesV2 = {
  ...storesV1,
  pages: 'tabId, url',
  dismissals: 'id',
} as const;

/**
 * v3: day digests of dossiers and feedback, so a period's metrics read a few
 * records (see digests.ts). Observations keep only the index by type: the
 * digests serve periods, and each index costs bytes on every one of tens of
 * thousands of records.
 */
export const storesV3 = {
  ...storesV2,
  observations: 'id',
  digests: 'id',
} as const;

/**
 * v4: observation ids name their host (`type:host:key`), so one system's page
 * cannot overwrite what another system showed under the same code. The stores
 * are unchanged; the upgrade re-keys every observation.
 */
export const storesV4 = storesV3;

/**
 * v5: observations lose their index by type. Their id begins with the type
 * (`type:host:key`), so the few queries by type read a range of ids instead;
 * the index repeated each id twice more (its key and its value, in UTF-16)
 * on every one of tens of thousands of records. Nothing else changes.
 */
export const storesV5 = {
  ...storesV4,
  observations: 'id',
} as const;

export const DB_NAME = 'tro-ly-cchc';
export const DB_VERSION = 5;
