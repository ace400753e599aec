import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { changeSettings, loadPlanUnits } from '@/lib/views/settings';
import { Role, type Settings } from '@/lib/schema/settings';
import { useT } from '../i18n';

export function Profile({ settings }: { settings: Settings }) {
  const t = useT();
  const units = useLiveQuery(() => loadPlanUnits(), []) ?? [];
  // Typed freely (a unit may come before its plan); the list offers the units the plans name.
  const [unit, setUnit] = useState(settings.profile.unit ?? '');
  const set = (change: Partial<Settings['profile']>) =>
    void changeSettings((s) => ({ ...s, profile: { ...s.profile, ...change } }));
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{t('navProfile')}</h2>
      <div className="card">
        <label className="field">
          <span>{t('unit')}</span>
          <input
            type="text"
            list="known-units"
            value={unit}
            style={{ width: '100%', maxWidth: 480 }}
            placeholder={t('chooseUnit')}
            onChange={(e) => {
              const typed = e.target.value;
              setUnit(typed);
              set({ unit: typed.trim() || null });
            }}
          />
          <datalist id="known-units">
            {units.map((u) => (
              <option key={u.key} value={u.name}>
                {t('unitTasks', { n: u.tasks })}
              </option>
            ))}
          </datalist>
          <small className="muted">{units.length ? t('unitHint') : t('unitType')}</small>
        </label>
        <label className="field">
          <span>{t('role')}</span>
          <select value={settings.profile.role ?? ''} onChange={(e) => set({ role: e.target.value ? Role.parse(e.target.value) : null })}>
            <option value="">{t('rolePick')}</option>
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
