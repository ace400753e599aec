import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { db, type PageRow } from '@/lib/db/db';
import type { Finding, FindingStatus, PageKind } from '@/lib/schema/facts';
import type { MessageKey } from '@/lib/i18n';
import { indicatorLabel } from '@/lib/metrics/catalogue';
import { PLAN_DRAFT_KEY, PlanDraft } from '@/lib/plan/draft';
import { useLanguage, useT } from '../i18n';
import { useActiveTab } from '../useActiveTab';

const kindKey = (kind: PageKind) => `kind_${kind.replace('.', '_')}` as MessageKey;
const statusKey: Record<FindingStatus, MessageKey> = { fail: 'statusFail', pass: 'statusPass', na: 'statusNa' };
const order: Record<FindingStatus, number> = { fail: 0, na: 1, pass: 2 };

/** One card per dossier (or procedure, or the list's rates), its worst finding first. */
function groupBySubject(findings: Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.subject, [...(groups.get(f.subject) ?? []), f]);
  return [...groups].sort(([a, x], [b, y]) => (a === 'list' ? -1 : b === 'list' ? 1 : order[x[0].status] - order[y[0].status]));
}

/** "Trang này": the findings of the page open in the active tab. */
export function ThisPage() {
  const t = useT();
  const language = useLanguage();
  const tabId = useActiveTab();
  const current = useLiveQuery(() => (tabId === null ? undefined : db().pages.get(tabId)), [tabId]);
  const latest = useLiveQuery(async () => (await db().pages.toArray()).sort((a, b) => b.observedAt - a.observedAt)[0], []);
  const dismissed = useLiveQuery(async () => new Set((await db().dismissals.toArray()).map((d) => d.id)), []);
  const [indicator, setIndicator] = useState('');
  const [status, setStatus] = useState<FindingStatus | ''>('');
  const [showDismissed, setShowDismissed] = useState(false);
  const [readError, setReadError] = useState('');

  const page: PageRow | undefined = current ?? latest;
  const findings = useMemo(
    () => [...(page?.findings ?? [])].sort((a, b) => order[a.status] - order[b.status]),
    [page],
  );
  if (!page) {
    return (
      <div className="empty">
        <p>{t('pageNone')}</p>
        <p className="small">{t('pageNoneHint')}</p>
      </div>
    );
  }
  const indicators = [...new Set(findings.map((f) => f.indicator).filter((i): i is string => !!i))];
  const hidden = findings.filter((f) => dismissed?.has(f.id));
  const shown = findings.filter(
    (f) =>
      (showDismissed || !dismissed?.has(f.id)) &&
      (!indicator || f.indicator === indicator) &&
      (!status || f.status === status),
  );
  const fails = findings.filter((f) => f.status === 'fail').length;
  const isCurrent = page === current;

  const jump = (f: Finding) => {
    void browser.tabs.sendMessage(page.tabId, { type: 'finding.focus', id: f.id }).catch(() => undefined);
  };
  const readPlan = async () => {
    setReadError('');
    try {
      const [result] = await browser.scripting.executeScript({ target: { tabId: page.tabId }, files: ['/read-page.js'] });
      const draft = PlanDraft.parse({ text: result?.result, url: page.url, meta: page.plan ?? null });
      await browser.storage.session.set({ [PLAN_DRAFT_KEY]: draft });
      await browser.tabs.create({ url: browser.runtime.getURL('/options.html#plans') });
    } catch (e) {
      setReadError(t('importReadFailed', { message: e instanceof Error ? e.message.split('\n')[0] : String(e) }));
    }
  };
  const dismiss = (f: Finding) => void db().dismissals.put({ id: f.id, at: Date.now() });
  const restore = (f: Finding) => void db().dismissals.delete(f.id);

  return (
    <section aria-labelledby="page-title">
      <div className="card">
        <div className="small muted">{isCurrent ? t(kindKey(page.kind)) : t('pageLastSeen', { title: t(kindKey(page.kind)) })}</div>
        <h2 id="page-title" style={{ margin: '2px 0' }}>{page.title || page.url}</h2>
        <div className="row small">
          <span className={`pill ${fails ? 'fail' : 'pass'}`}>{fails ? t('pageFails', { n: fails }) : t('pageAllPass')}</span>
          <span className="muted">
            {t('pageObservedAt', { time: new Date(page.observedAt).toLocaleTimeString(language === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }) })}
          </span>
        </div>
      </div>
      {page.plan && isCurrent && (
        <div className="card">
          <div className="small muted">{page.plan.number}</div>
          <button type="button" className="primary" onClick={() => void readPlan()}>
            {t('importReadPage')}
          </button>
          {readError && <p className="notice error">{readError}</p>}
        </div>
      )}
      <div className="row filters" role="group" aria-label={t('filterIndicator')}>
        <label>
          <span className="visually-hidden">{t('filterIndicator')}</span>
          <select value={indicator} onChange={(e) => setIndicator(e.target.value)} aria-label={t('filterIndicator')}>
            <option value="">{t('filterIndicator')}: {t('filterAll')}</option>
            {indicators.map((key) => (
              <option key={key} value={key}>
                {indicatorLabel(key, language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">{t('filterStatus')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as FindingStatus | '')} aria-label={t('filterStatus')}>
            <option value="">{t('filterStatus')}: {t('filterAll')}</option>
            <option value="fail">{t('statusFail')}</option>
            <option value="na">{t('statusNa')}</option>
            <option value="pass">{t('statusPass')}</option>
          </select>
        </label>
      </div>
      {hidden.length > 0 && (
        <label className="check small">
          <input type="checkbox" checked={showDismissed} onChange={(e) => setShowDismissed(e.target.checked)} />
          {t('findingsDismissed', { n: hidden.length })}
        </label>
      )}
      <ul className="plain" aria-label={t('tabThisPage')}>
        {groupBySubject(shown).map(([subject, group]) => {
          const worst = group[0].status;
          return (
            <li key={subject} className={`card ${worst}`} data-subject={subject}>
              <div className="spread">
                <strong>{subject === 'list' ? t('pageRates') : subject}</strong>
                <span className={`pill ${worst}`}>{t(statusKey[worst])}</span>
              </div>
              <ul className="plain reasons">
                {group.map((f) => (
                  <li key={f.id} data-finding={f.id} className={`reason ${f.status}`}>
                    <div className="msg">{f.message}</div>
                    <div className="spread meta">
                      <span className="muted">{f.indicator ? indicatorLabel(f.indicator, language) : ''}</span>
                      {dismissed?.has(f.id) ? (
                        <button type="button" className="link" onClick={() => restore(f)}>
                          {t('findingRestore')}
                        </button>
                      ) : (
                        f.status !== 'pass' && (
                          <button type="button" className="link" onClick={() => dismiss(f)}>
                            {t('findingDismiss')}
                          </button>
                        )
                      )}
                    </div>
                  </li>
                ))}
              </ul>
              {worst === 'fail' && isCurrent && (
                <button type="button" onClick={() => jump(group[0])}>
                  {t('findingJump')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
