import type { Dossier } from '../schema/facts';
import { isCounted } from '../pages/dossierStatus';
import { onTimeVerdict } from './onTimeRule';
import type { Verdict } from './types';

const countedStatus = new Map<string | null, boolean>();

/**
 * The dossiers every dossier indicator counts: received, not withdrawn,
 * stopped or refused. A year of dossiers repeats a few statuses: each is read once.
 */
export function counted(d: Dossier): boolean {
  let yes = countedStatus.get(d.status);
  if (yes === undefined) {
    yes = isCounted(d.status);
    if (countedStatus.size > 4096) countedStatus.clear();
    countedStatus.set(d.status, yes);
  }
  return yes;
}

/**
 * A dossier's timeliness (TDGQ): the one on-time rule, and a second request
 * for supplements makes a dossier late.
 */
export function dossierTimeliness(d: Dossier, today: string): Verdict {
  if (!counted(d)) return null;
  if ((d.supplementRequests ?? 0) >= 2) return 'miss';
  return onTimeVerdict({ mark: d.onTime, due: d.dueAt, doneAt: d.completedAt, finished: d.resolved }, today);
}

/** Why a dossier outside the population has no verdict; every dossier indicator says it the same way. */
export const UNCOUNTED = {
  uncounted: { vi: 'Hồ sơ chưa tiếp nhận, đã rút, dừng hoặc bị từ chối: không tính', en: 'Not received, withdrawn, stopped or refused: not counted' },
} as const;
