import { z } from 'zod';

export const Reply = z.union([
  z.object({ ok: z.literal(true) }).loose(),
  z.object({ ok: z.literal(false), error: z.string(), storageFull: z.literal(true).optional() }),
]);
export type Reply = z.infer<typeof Reply>;
