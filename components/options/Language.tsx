import { changeSettings } from '@/lib/views/settings';
import type { Settings } from '@/lib/schema/settings';
import { useT } from '../i18n';

export function Language({ settings }: { settings: Settings }) {
  const t = useT();
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t('navLanguage')}</h2>
      <label className="field card">
        <span>{t('language')}</span>
        <select
          value={settings.language}
          onChange={(e) => {
            // Read now: React puts the controlled select back before the stored settings are read.
            const language = e.target.value === 'en' ? 'en' : 'vi';
            void changeSettings((s) => ({ ...s, language }));
          }}
        >
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
    </section>
  );
}
