import type { Indicator, Population } from '../../lib/indicators';
import type { Populations } from '../../lib/indicators/types';
import { Tally } from '../../lib/indicators/tally';
import { dossier } from '../build';

export const ctx = { today: '2026-11-20' };

/** An indicator counted over some items, as every surface counts it. */
export function rateOf<P extends Population>(indicator: Indicator<string, P>, items: readonly Populations[P][], c = ctx) {
  const t = new Tally(indicator.key);
  for (const item of items) t.add(indicator.verdict(item, c));
  return t.ratio();
}

/**
 * Seven dossiers of November 2026, worked out by hand:
 * A resolved early, everything electronic; B resolved two days late;
 * C still within its time; D past its due date, rated dissatisfied;
 * E marked on time by the portal but asked twice for supplements;
 * F refused at the desk (counts nowhere); G on time, rated dissatisfied.
 */
export const dossiers = [
  dossier('A', { resolved: true, completedAt: '2026-11-05', dueAt: '2026-11-06', eResult: true, dataReuse: true, digitized: true, channel: 'online', rating: 'very_satisfied' }),
  dossier('B', { resolved: true, completedAt: '2026-11-10', dueAt: '2026-11-08', eResult: false, dataReuse: false, digitized: true, channel: 'direct', rating: 'satisfied' }),
  dossier('C', { dueAt: '2026-11-25', digitized: false, channel: 'online' }),
  dossier('D', { dueAt: '2026-11-15', rating: 'dissatisfied' }),
  dossier('E', { resolved: true, onTime: true, supplementRequests: 2, dataReuse: true, channel: 'postal', rating: 'satisfied' }),
  dossier('F', { status: 'Không được tiếp nhận', resolved: true, eResult: true, dataReuse: true, digitized: true, onTime: true, channel: 'online' }),
  dossier('G', { resolved: true, onTime: true, eResult: true, dataReuse: true, digitized: true, channel: 'online', rating: 'dissatisfied' }),
];
