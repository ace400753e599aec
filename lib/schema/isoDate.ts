import { z } from 'zod';

/** A calendar day written YYYY-MM-DD, the only way dates are stored and passed. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'phải là ngày dạng YYYY-MM-DD' });
