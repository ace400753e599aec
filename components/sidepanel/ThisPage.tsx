import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { tellPage } from '@/lib/messaging/toContent';
import type { Finding, FindingStatus } from '@/lib/schema/facts';
import { kindName } from '@/lib/pages';
import type { MessageKey } from '@/lib/i18n';
import { indicatorLabel } from '@/lib/indicators/catalogue';
import { renderFinding } from '@/lib/indicators/render';
import { PLAN_DRAFT_KEY, PlanDraft } from '@/lib/plan/draft';
import type { PageReading } from '@/lib/plan/html';
import {
  dismissFinding,
  loadThisPage,
  pageCards,
  pageIndicators,
  pageSummary,
  restoreFinding,
  type RateRow,
  type StatusFilter,
  type SubjectCard,
} from '@/lib/views/thisPage';
import { useLanguage, useSay, useT } from '../i18n';
import { useActiveTab } from '../useActiveTab';
import { ReadingNotes } from './ReadingNotes';

const statusKey: Record<FindingStatus, MessageKey> = { fail: 'statusFail', pass: 'statusPass', na: 'statusNa' };
const STATUS_FILTERS: StatusFilter[] = ['fail', 'all', 'na', 'pass'];

/** The page's marks count the findings set aside too: ask its content script to draw them again. */
const reobserve = (tabId: number) => tellPage(tabId, { type: 'page.reobserve' });

/** "Trang này": the findings of the page open in the active tab, what falls short first. */
export function ThisPage() {
  const t = useT();
  const say = useSay();
  const language = useLanguage();
  const tabId = useActiveTab();
  const data = useLiveQuery(() => (tabId === undefined ? undefined : loadThisPage(tabId)), [tabId]);
  const [indicator, setIndicator] = useState('');
  const [status, setStatus] = useState<StatusFilter>('fail');
  const [showDismissed, setShowDismissed] = useState(false);
  const [readError, setReadError] = useState('');

  // Nothing is drawn until the first read: no "not a portal page" flash before the page arrives.
  if (!data) return <div aria-busy="true" className="empty">{t('loading')}</div>;
  const { page, isCurrent, dismissed } = data;
  if (!page) {
    return (
      <div className="empty">
        <p>{t('pageNone')}</p>
        <p className="small">{t('pageNoneHint')}</p>
      </div>
    );
  }
  const summary = pageSummary(page.findings, dismissed);
  const { rates, cards } = pageCards(page, dismissed, { indicator, status, showDismissed });

  const jump = (f: Finding) => {
    void tellPage(page.tabId, { type: 'finding.focus', id: f.id });
  };
  const readPlan = async () => {
    setReadError('');
    try {
      const [result] = await browser.scripting.executeScript({ target: { tabId: page.tabId }, files: ['/read-page.js'] });
      const reading = result?.result as PageReading | undefined;
      if (reading && 'refused' in reading) return setReadError(t('importReadFailed', { message: say(reading.refused) }));
      const draft = PlanDraft.parse({ text: reading?.text, url: page.url, meta: page.plan ?? null });
      await browser.storage.session.set({ [PLAN_DRAFT_KEY]: draft });
      await browser.tabs.create({ url: browser.runtime.getURL('/options.html#plans') });
    } catch (e) {
      setReadError(t('importReadFailed', { message: e instanceof Error ? e.message.split('\n')[0] : String(e) }));
    }
  };
  const actions = (f: Finding) =>
    dismissed.has(f.id) ? (
      <button type="button" className="link" onClick={() => void restoreFinding(f.id).then(() => reobserve(page.tabId))}>
        {t('findingRestore')}
      </button>
    ) : (
      f.status !== 'pass' && (
        <button type="button" className="link" onClick={() => void dismissFinding(f.id).then(() => reobserve(page.tabId))}>
          {t('findingDismiss')}
        </button>
      )
    );

  return (
    <section aria-labelledby="page-title">
      <div className="card">
        <div className="small muted">{isCurrent ? kindName(page.kind, language) : t('pageLastSeen', { title: kindName(page.kind, language) })}</div>
        <h2 id="page-title" className="page-title">
          {page.title || page.url}
        </h2>
        <div className="row small">
          <span className={`pill ${summary.checked === 0 ? 'na' : summary.fails ? 'fail' : 'pass'}`}>
            {summary.checked === 0 ? t('pageNothingChecked') : summary.fails ? t('pageFails', { n: summary.fails }) : t('pageAllPass')}
          </span>
          <span className="muted">
            {t('pageObservedAt', { time: new Date(page.observedAt).toLocaleTimeString(language === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }) })}
          </span>
        </div>
      </div>
      {isCurrent && <ReadingNotes page={page} />}
      {page.plan && isCurrent && (
        <div className="card">
          <div className="small muted">{page.plan.number}</div>
          <button type="button" className="primary" onClick={() => void readPlan()}>
            {t('importReadPage')}
          </button>
          {readError && <p className="notice error">{readError}</p>}
        </div>
      )}
      {summary.checked > 0 && (
        <div className="row filters" role="group" aria-label={t('filterIndicator')}>
          <label>
            <span className="visually-hidden">{t('filterIndicator')}</span>
            <select value={indicator} onChange={(e) => setIndicator(e.target.value)} aria-label={t('filterIndicator')}>
              <option value="">
                {t('filterIndicator')}: {t('filterAll')}
              </option>
              {pageIndicators(page.findings).map((key) => (
                <option key={key} value={key}>
                  {indicatorLabel(key, language)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">{t('filterStatus')}</span>
            <select value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)} aria-label={t('filterStatus')}>
              {STATUS_FILTERS.map((s) => (
                <option key={s} value={s}>
                  {t('filterStatus')}: {s === 'all' ? t('filterAll') : t(statusKey[s])}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {summary.hidden > 0 && (
        <label className="check small">
          <input type="checkbox" checked={showDismissed} onChange={(e) => setShowDismissed(e.target.checked)} />
          {t('findingsDismissed', { n: summary.hidden })}
        </label>
      )}
      {summary.checked > 0 && rates.length === 0 && cards.length === 0 && (
        <div className="empty">
          <p>{status === 'fail' ? t('pageNoFails') : t('pageNoneInFilter')}</p>
          <button type="button" onClick={() => setStatus('all')}>
            {t('pageShowAll')}
          </button>
        </div>
      )}
      <ul className="plain" aria-label={t('tabThisPage')}>
        {rates.length > 0 && (
          <li className={`card ${rates[0].finding.status}`} data-subject="list">
            <strong>{t('pageRates')}</strong>
            <ul className="plain reasons">
              {rates.map((rate) => (
                <Rate key={rate.finding.id} rate={rate} actions={actions(rate.finding)} jump={isCurrent ? jump : null} />
              ))}
            </ul>
          </li>
        )}
        {cards.map((card) => (
          <Card key={card.subject} card={card} actions={actions} jump={isCurrent ? jump : null} />
        ))}
      </ul>
    </section>
  );
}

function Card({ card, actions, jump }: { card: SubjectCard; actions: (f: Finding) => React.ReactNode; jump: ((f: Finding) => void) | null }) {
  const t = useT();
  const language = useLanguage();
  return (
    <li className={`card ${card.worst}`} data-subject={card.subject}>
      <div className="spread">
        <strong>{card.procedure ? t('subjectTitle', { code: card.subject, procedure: card.procedure }) : card.subject}</strong>
        <span className={`pill ${card.worst}`}>{t(statusKey[card.worst])}</span>
      </div>
      <ul className="plain reasons">
        {card.findings.map((f) => (
          <li key={f.id} data-finding={f.id} className={`reason ${f.status}`}>
            <div className="msg">{renderFinding(f, language)}</div>
            <div className="spread meta">
              <span className="muted">{f.indicator ? indicatorLabel(f.indicator, language) : ''}</span>
              {actions(f)}
            </div>
          </li>
        ))}
      </ul>
      {card.worst === 'fail' && jump && (
        <button type="button" onClick={() => jump(card.findings[0])}>
          {t('findingJump')}
        </button>
      )}
    </li>
  );
}

/** A rate on the list; it opens the dossiers it counts, each of which leads to its row. */
function Rate({ rate, actions, jump }: { rate: RateRow; actions: React.ReactNode; jump: ((f: Finding) => void) | null }) {
  const t = useT();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const f = rate.finding;
  return (
    <li data-finding={f.id} className={`reason ${f.status}`}>
      <div className="msg">{renderFinding(f, language)}</div>
      {/* The rate's sentence already names its indicator. */}
      <div className="spread meta">
        <span />
        {actions}
      </div>
      {rate.dossiers.length > 0 && (
        <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('rateHideDossiers') : t('rateShowDossiers', { n: rate.dossiers.length })}
        </button>
      )}
      {open && (
        <ul className="plain rate-dossiers">
          {rate.dossiers.map((d) => (
            <li key={d.id} className="spread">
              <span className={`pill ${d.status}`}>{t(statusKey[d.status])}</span>
              <span className="grow">{d.subject}</span>
              {d.status === 'fail' && jump && (
                <button type="button" className="link" aria-label={`${t('findingJump')}: ${d.subject}`} onClick={() => jump(d)}>
                  {t('findingJump')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
