import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/db';
import { updateSettings } from '@/lib/db/settings';
import { unitsOfPlans } from '@/lib/db/units';
import { Role, type Settings } from '@/lib/schema/settings';
import { useT } from '../i18n';

export function Profile({ settings }: { settings: Settings }) {
  const t = useT();
  const units = useLiveQuery(() => unitsOfPlans(db()), []) ?? [];
  const known = units.some((u) => u.name === settings.profile.unit);
  const set = (change: Partial<Settings['profile']>) =>
    void updateSettings(db(), (s) => ({ ...s, profile: { ...s.profile, ...change } }));
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{t('navProfile')}</h2>
      <div className="card">
        <label className="field">
          <span>{t('unit')}</span>
          <select value={settings.profile.unit ?? ''} onChange={(e) => set({ unit: e.target.value || null })}>
            <option value="">{t('chooseUnit')}</option>
            {!known && settings.profile.unit && <option value={settings.profile.unit}>{settings.profile.unit}</option>}
            {units.map((u) => (
              <option key={u.key} value={u.name}>
                {u.name} ({u.tasks})
              </option>
            ))}
          </select>
          <small className="muted">{t('unitHint')}</small>
        </label>
        <label className="field">
          <span>{t('role')}</span>
          <select value={settings.profile.role ?? ''} onChange={(e) => set({ role: e.target.value ? Role.parse(e.target.value) : null })}>
            <option value="">—</option>
            {Role.options.map((r) => (
              <option key={r} value={r}>
                {t(`role_${r}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
