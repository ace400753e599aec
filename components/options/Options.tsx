import { useState } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '../i18n';
import { Header } from '../Header';
import { useSettings } from '../useSettings';
import { Portals } from './Portals';
import { Profile } from './Profile';
import { Language } from './Language';
import { Plans } from './Plans';
import { Reminders } from './Reminders';
import { Data } from './Data';
import { FirstRun } from './FirstRun';
import { SettingsNotice } from './SettingsNotice';

const SECTIONS = ['portals', 'profile', 'plans', 'reminders', 'data', 'language'] as const;
type Section = (typeof SECTIONS)[number];
const LABEL: Record<Section, MessageKey> = {
  portals: 'navPortals',
  profile: 'navProfile',
  plans: 'navPlans',
  reminders: 'navReminders',
  data: 'navData',
  language: 'navLanguage',
};

export function Options() {
  const t = useT();
  const settings = useSettings();
  const [section, setSection] = useState<Section>(() => {
    const asked = location.hash.slice(1);
    return (SECTIONS as readonly string[]).includes(asked) ? (asked as Section) : 'portals';
  });
  if (!settings) return null;
  const go = (s: Section) => {
    setSection(s);
    history.replaceState(null, '', `#${s}`);
  };
  return (
    <>
      <Header />
      <div className="options-layout">
        <nav aria-label={t('optionsTitle')}>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s}>
                <button
                  type="button"
                  className={s === section ? 'primary' : ''}
                  aria-current={s === section ? 'page' : undefined}
                  onClick={() => go(s)}
                >
                  {t(LABEL[s])}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main>
          <SettingsNotice />
          {!settings.onboarded && <FirstRun settings={settings} go={go} />}
          {section === 'portals' && <Portals settings={settings} welcome={!settings.onboarded} />}
          {section === 'profile' && <Profile settings={settings} />}
          {section === 'plans' && <Plans />}
          {section === 'reminders' && <Reminders settings={settings} />}
          {section === 'data' && <Data />}
          {section === 'language' && <Language settings={settings} />}
        </main>
      </div>
    </>
  );
}
