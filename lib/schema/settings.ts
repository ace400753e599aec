import { z } from 'zod';

export const Role = z.enum(['one_stop', 'focal_point', 'head']);
export type Role = z.infer<typeof Role>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'giờ phải có dạng HH:MM' });

export const Settings = z.object({
  language: z.enum(['vi', 'en']).prefault('vi'),
  onboarded: z.boolean().prefault(false),
  profile: z
    .object({
      unit: z.string().nullable().prefault(null),
      role: Role.nullable().prefault(null),
      province: z.string().nullable().prefault(null),
    })
    .prefault({}),
  /** Hosts the user granted beyond the national portal, e.g. motcua.langson.gov.vn. */
  hosts: z.array(z.string()).prefault([]),
  reminders: z
    .object({
      enabled: z.boolean().prefault(true),
      dayBefore: z.boolean().prefault(true),
      onDay: z.boolean().prefault(true),
      weeklySummary: z.boolean().prefault(true),
      workStart: hhmm.prefault('07:30'),
      workEnd: hhmm.prefault('17:00'),
    })
    .prefault({}),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings = (): Settings => Settings.parse({});
