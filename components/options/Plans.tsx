import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { db } from '@/lib/db/db';
import { deletePlan, savePlan } from '@/lib/db/plans';
import { parsePlanText } from '@/lib/plan/parse';
import type { ParsedPlan } from '@/lib/schema/plan';
import { PLAN_DRAFT_KEY, PlanDraft, withMeta, type PlanMeta } from '@/lib/plan/draft';
import { useT } from '../i18n';
import { Notice, type NoticeState } from './Notice';
import { PlanReview } from './PlanReview';
import { readPlanFile } from './readPlanFile';

export function Plans() {
  const t = useT();
  const [text, setText] = useState('');
  const [sourceName, setSourceName] = useState('');
  const [draft, setDraft] = useState<ParsedPlan | null>(null);
  const [notice, setNotice] = useState<NoticeState>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const plans = useLiveQuery(() => db().plans.orderBy('importedAt').reverse().toArray(), []) ?? [];
  const counts = useLiveQuery(async () => {
    const tasks = await db().tasks.toArray();
    return tasks.reduce((m, x) => m.set(x.planId, (m.get(x.planId) ?? 0) + 1), new Map<string, number>());
  }, []);

  const fail = (e: unknown) => setNotice({ kind: 'error', text: t('errorPrefix', { message: e instanceof Error ? e.message : String(e) }) });
  const read = (input: string, source: string, meta: PlanMeta | null = null) => {
    setNotice(null);
    try {
      setDraft(withMeta(parsePlanText(input), meta));
      setSourceName(source);
    } catch (e) {
      setDraft(null);
      fail(e);
    }
  };

  // A plan read from a document page in the side panel arrives here to be reviewed.
  useEffect(() => {
    void browser.storage.session.get(PLAN_DRAFT_KEY).then(async (stored) => {
      const handed = PlanDraft.safeParse(stored[PLAN_DRAFT_KEY]);
      if (!handed.success) return;
      await browser.storage.session.remove(PLAN_DRAFT_KEY);
      setText(handed.data.text);
      setNotice({ kind: 'ok', text: t('importFromPage', { url: handed.data.url }) });
      read(handed.data.text, handed.data.url, handed.data.meta);
    });
    // Runs once: a draft is handed over a single time.
  }, []);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const content = await readPlanFile(file);
      setText(content);
      read(content, file.name);
    } catch (e) {
      setDraft(null);
      fail(e);
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const save = async () => {
    if (!draft) return;
    try {
      await savePlan(db(), draft, sourceName || t('pastedText'));
      setNotice({ kind: 'ok', text: t('importSaved', { number: draft.plan.number ?? '—', targets: draft.targets.length, tasks: draft.tasks.length }) });
      setDraft(null);
      setText('');
    } catch (e) {
      fail(e);
    }
  };

  const remove = (id: string, number: string | null) => {
    if (confirm(t('planDeleteConfirm', { number: number ?? '—' }))) void deletePlan(db(), id);
  };

  return (
    <section aria-labelledby="plans-title">
      <h2 id="plans-title">{t('navPlans')}</h2>
      <div className="card">
        <h3>{t('importPlan')}</h3>
        <label className="field">
          <span>{t('importPaste')}</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        </label>
        <div className="row">
          <button type="button" className="primary" onClick={() => (text.trim() ? read(text, t('pastedText')) : setNotice({ kind: 'error', text: t('importEmpty') }))}>
            {t('importRead')}
          </button>
          <label className="row">
            <span>{t('importFile')}</span>
            <input ref={fileInput} type="file" accept=".txt,.pdf,.docx,.doc,.html,.htm,text/plain,application/pdf,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword" onChange={(e) => void onFile(e.target.files?.[0])} />
          </label>
        </div>
        <Notice state={notice} />
      </div>
      {draft && (
        <>
          <PlanReview draft={draft} onChange={setDraft} />
          <div className="row" style={{ position: 'sticky', bottom: 0, background: 'var(--bg)', padding: '8px 0' }}>
            <button type="button" className="primary" onClick={() => void save()}>
              {t('importSave')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('cancel')}
            </button>
          </div>
        </>
      )}
      <h3>{t('navPlans')}</h3>
      {plans.length === 0 ? (
        <p className="empty">{t('plansEmpty')}</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">{t('planNumber')}</th>
              <th scope="col">{t('planIssuer')}</th>
              <th scope="col">{t('planDate')}</th>
              <th scope="col">{t('tasksTitle')}</th>
              <th scope="col">{t('filterStatus')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('planDelete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr key={p.id}>
                <td>{p.header.number ?? '—'}</td>
                <td>{p.header.issuer ?? '—'}</td>
                <td>{p.header.date?.split('-').reverse().join('/') ?? '—'}</td>
                <td>{counts?.get(p.id) ?? 0}</td>
                <td>
                  <span className={`pill ${p.status === 'active' ? 'pass' : 'na'}`}>{p.status === 'active' ? t('planActive') : t('planReplaced')}</span>
                </td>
                <td>
                  <button type="button" className="link danger" onClick={() => remove(p.id, p.header.number)}>
                    {t('planDelete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
