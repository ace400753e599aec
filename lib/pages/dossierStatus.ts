import { fold } from '../text/fold';

/**
 * Where a dossier stands, read from the status name shown (vendors differ in
 * wording and codes, so only the words are trusted). "closed" covers the
 * dossiers that end without a result: not received, stopped, withdrawn.
 */
export type DossierState = 'resolved' | 'closed' | 'open';

const RESOLVED = /da xu ly xong|da tra ket qua|da giai quyet|hoan thanh|da co ket qua/;
const CLOSED = /khong duoc tiep nhan|dung xu ly|rut ho so|tu choi|da huy/;

export function dossierState(status: string | null): DossierState | null {
  if (!status) return null;
  const f = fold(status);
  if (RESOLVED.test(f)) return 'resolved';
  if (CLOSED.test(f)) return 'closed';
  return 'open';
}
