import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { dismissSettingsNotice, keepSettingsAside, loadSettingsNotice } from '@/lib/views/settings';
import { useT } from '../i18n';

/**
 * Tells the person when the saved settings could not be read in part, and
 * that the old record is kept aside (opening the options page is enough to
 * keep it aside, before any setting is changed).
 */
export function SettingsNotice() {
  const t = useT();
  useEffect(() => {
    void keepSettingsAside();
  }, []);
  const notice = useLiveQuery(() => loadSettingsNotice(), []);
  if (!notice) return null;
  const time = notice.at === null ? null : new Date(notice.at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  return (
    <div className="card notice error" role="alert" data-settings-notice>
      <p>{t('settingsUnreadable', { fields: notice.fields.join(', ') || t('settingsWhole') })}</p>
      {time && <p>{t('settingsKeptAside', { time })}</p>}
      <button type="button" onClick={() => void dismissSettingsNotice()}>
        {t('settingsNoticeSeen')}
      </button>
    </div>
  );
}
