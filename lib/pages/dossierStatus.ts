import { fold } from '../text/fold';

/**
 * Where a dossier stands, read from the status name shown (vendors differ in
 * wording and codes, so only the words are trusted). "closed" covers the
 * dossiers that end without a result: refused, stopped, withdrawn;
 * "unreceived" those submitted but not yet taken in. Neither is counted by
 * any indicator.
 */
export type DossierState = 'resolved' | 'closed' | 'unreceived' | 'open';

const RESOLVED = /da xu ly xong|da tra ket qua|da giai quyet|hoan thanh|da co ket qua/;
const CLOSED = /khong duoc tiep nhan|dung xu ly|rut ho so|yeu cau rut|tu choi|da huy/;
const UNRECEIVED = /moi dang ky|cho tiep nhan/;

export function dossierState(status: string | null): DossierState | null {
  if (!status) return null;
  const f = fold(status);
  if (RESOLVED.test(f)) return 'resolved';
  if (CLOSED.test(f)) return 'closed';
  if (UNRECEIVED.test(f)) return 'unreceived';
  return 'open';
}

/** Received and not withdrawn, stopped or refused: the dossiers every indicator counts. */
export function isCounted(status: string | null): boolean {
  const state = dossierState(status);
  return state !== 'closed' && state !== 'unreceived';
}
