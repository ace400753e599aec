import { z } from 'zod';

export const PortalFamily = z.enum(['dvc', 'onestop', 'qlvb']);
export type PortalFamily = z.infer<typeof PortalFamily>;

/** A host name such as motcua.langson.gov.vn: letters, digits, dots and dashes only. */
export const HostName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { error: 'tên miền không hợp lệ' });

export const PortalHost = z.object({ host: HostName, family: PortalFamily });
export type PortalHost = z.infer<typeof PortalHost>;

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
  /** Hosts the user granted beyond the national portal, each with the family of script it gets. */
  hosts: z.array(PortalHost).prefault([]),
  /**
   * Columns the person pointed at, per host: field → the column's header (folded, group and leaf). Used when
   * the vocabulary does not know a portal's header; kept in backups with the rest of the settings.
   */
  columns: z.record(HostName, z.record(z.string().max(40), z.string().max(200))).prefault({}),
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
