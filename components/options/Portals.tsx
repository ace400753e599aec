import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { changeSettings } from '@/lib/views/settings';
import { provinces, matchPatternOf } from '@/lib/hosts/provinces';
import { syncContentScripts } from '@/lib/hosts/sync';
import { HostName, PortalFamily, type PortalHost, type Settings } from '@/lib/schema/settings';
import { useSayError, useT } from '../i18n';
import { Notice, type NoticeState } from './Notice';

/**
 * Asks the browser for the hosts (this must run inside the click that asked
 * for it), stores the ones granted and registers the content scripts for them.
 */
async function grant(hosts: PortalHost[], province?: string): Promise<{ added: PortalHost[]; denied: PortalHost[] }> {
  const ok = await browser.permissions.request({ origins: hosts.map((h) => matchPatternOf(h.host)) });
  const added = ok ? hosts : [];
  const settings = await changeSettings((s) => ({
    ...s,
    profile: ok && province ? { ...s.profile, province } : s.profile,
    hosts: [...s.hosts.filter((h) => !added.some((a) => a.host === h.host)), ...added],
  }));
  await syncContentScripts(settings.hosts);
  return { added, denied: ok ? [] : hosts };
}

export function Portals({ settings, welcome }: { settings: Settings; welcome: boolean }) {
  const t = useT();
  const sayError = useSayError();
  const [province, setProvince] = useState('');
  const [host, setHost] = useState('');
  const [family, setFamily] = useState<PortalHost['family']>('onestop');
  const [notice, setNotice] = useState<NoticeState>(null);
  // Null until the browser has answered: a granted host must not flash "not granted" first.
  const [granted, setGranted] = useState<Set<string> | null>(null);

  useEffect(() => {
    const patterns = settings.hosts.map((h) => matchPatternOf(h.host));
    void Promise.all(patterns.map((origin) => browser.permissions.contains({ origins: [origin] }))).then((answers) =>
      setGranted(new Set(patterns.filter((_, i) => answers[i]))),
    );
  }, [settings.hosts]);

  const run = (hosts: PortalHost[], chosenProvince?: string) => {
    grant(hosts, chosenProvince)
      .then(({ added, denied }) =>
        setNotice(
          denied.length
            ? { kind: 'error', text: t('hostDenied', { host: denied.map((d) => d.host).join(', ') }) }
            : { kind: 'ok', text: t('hostAdded', { n: added.length }) },
        ),
      )
      .catch((e: unknown) => setNotice({ kind: 'error', text: t('errorPrefix', { message: sayError(e) }) }));
  };

  const addProvince = () => {
    const chosen = provinces.find((p) => p.id === province);
    if (chosen) run(chosen.hosts, chosen.id);
  };
  const addHost = () => {
    const parsed = HostName.safeParse(host);
    if (!parsed.success) {
      setNotice({ kind: 'error', text: t('hostInvalid', { host: host || '—' }) });
      return;
    }
    run([{ host: parsed.data, family }]);
    setHost('');
  };
  const remove = async (h: PortalHost) => {
    await browser.permissions.remove({ origins: [matchPatternOf(h.host)] }).catch(() => false);
    const next = await changeSettings((s) => ({ ...s, hosts: s.hosts.filter((x) => x.host !== h.host) }));
    await syncContentScripts(next.hosts);
  };

  return (
    <section aria-labelledby="portals-title">
      <h2 id="portals-title">{welcome ? t('welcomeTitle') : t('navPortals')}</h2>
      {welcome && <p>{t('welcomeBody')}</p>}
      <div className="card">
        <label className="field">
          <span>{t('province')}</span>
          <select value={province} onChange={(e) => setProvince(e.target.value)}>
            <option value="">{t('chooseProvince')}</option>
            {provinces.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" disabled={!province} onClick={addProvince}>
          {t('grantProvince')}
        </button>
      </div>
      <div className="card">
        <h3>{t('addHost')}</h3>
        <div className="row">
          <label className="field" style={{ flex: 2 }}>
            <span>{t('hostName')}</span>
            <input type="text" value={host} onChange={(e) => setHost(e.target.value)} spellCheck={false} />
          </label>
          <label className="field" style={{ flex: 1 }}>
            <span>{t('hostFamily')}</span>
            <select value={family} onChange={(e) => setFamily(PortalFamily.parse(e.target.value))}>
              {PortalFamily.options.map((f) => (
                <option key={f} value={f}>
                  {t(`family_${f}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <button type="button" onClick={addHost}>
          {t('addHost')}
        </button>
      </div>
      <Notice state={notice} />
      <table className="grid" aria-label={t('navPortals')}>
        <thead>
          <tr>
            <th scope="col">{t('hostName').split(' (')[0]}</th>
            <th scope="col">{t('hostFamily')}</th>
            <th scope="col" colSpan={2}>
              {t('hostGranted')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>dichvucong.gov.vn</td>
            <td>{t('family_dvc')}</td>
            <td colSpan={2}>{t('nationalPortal')}</td>
          </tr>
          {settings.hosts.map((h) => (
            <tr key={h.host}>
              <td>{h.host}</td>
              <td>{t(`family_${h.family}`)}</td>
              <td>
                {granted && (
                  <span className={`pill ${granted.has(matchPatternOf(h.host)) ? 'pass' : 'fail'}`}>
                    {granted.has(matchPatternOf(h.host)) ? t('hostGranted') : t('hostNotGranted')}
                  </span>
                )}
              </td>
              <td>
                <button type="button" className="link" onClick={() => void remove(h)} aria-label={`${t('hostRemove')} ${h.host}`}>
                  {t('hostRemove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
