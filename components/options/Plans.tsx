import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { SaveChoice } from '@/lib/db/plans';
import type { PlanRecord } from '@/lib/schema/records';
import { findSavedPlans, loadPlans, planName, removePlan, saveReviewedPlan } from '@/lib/views/plans';
import { parsePlanText, refuseOverlongText } from '@/lib/plan/parse';
import { NotAPlanError, ScannedPdfError } from '@/lib/plan/errors';
import { startOcr, type OcrJob, type OcrResult } from '@/lib/ocr/client';
import { hasScannedPages, OcrCancelled, type ScanProgress } from '@/lib/ocr/scan';
import type { ParsedPlan } from '@/lib/schema/plan';
import { PLAN_DRAFT_KEY, PlanDraft, withMeta, type PlanMeta } from '@/lib/plan/draft';
import { useSay, useSayError, useT } from '../i18n';
import { Notice, type NoticeState } from './Notice';
import { PlanReview } from './PlanReview';
import { readPlanFile } from './readPlanFile';
import { OcrProgress } from './ScanReview';

/** Pictures of a plan's pages (a phone photo, a scanner's image): read by OCR. */
const PICTURE = /\.(?:jpe?g|png)$/i;

export function Plans() {
  const t = useT();
  const say = useSay();
  const sayError = useSayError();
  const [text, setText] = useState('');
  const [sourceName, setSourceName] = useState('');
  const [draft, setDraft] = useState<ParsedPlan | null>(null);
  const [notice, setNotice] = useState<NoticeState>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [scan, setScan] = useState<OcrResult | null>(null);
  const [ocr, setOcr] = useState<{ progress: ScanProgress | null } | null>(null);
  const ocrJob = useRef<OcrJob | null>(null);
  const plans = useLiveQuery(() => loadPlans(), []);
  // A plan already saved: the person chooses to replace it or keep both.
  const [saved, setSaved] = useState<PlanRecord[]>([]);

  const fail = (e: unknown) =>
    setNotice(
      e instanceof NotAPlanError
        ? { kind: 'info', text: say(e.phrase) }
        : { kind: 'error', text: t('errorPrefix', { message: sayError(e) }) },
    );
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

  /** Reads a scan or a picture by OCR (in a worker), then hands its text to the plan reader. */
  const readByOcr = async (kind: 'pdf' | 'image', file: File) => {
    setOcr({ progress: null });
    const job = startOcr(kind, await file.arrayBuffer(), (progress) => setOcr({ progress }));
    ocrJob.current = job;
    try {
      const result = await job.result;
      setText(result.reading.text);
      setScan(result);
      read(result.reading.text, file.name);
      setNotice({ kind: 'ok', text: t('ocrDone', { pages: result.reading.pages.filter((p) => p.ocr).length }) });
    } catch (e) {
      if (e instanceof OcrCancelled) setNotice({ kind: 'ok', text: t('ocrCancelled') });
      else fail(e);
    } finally {
      ocrJob.current = null;
      setOcr(null);
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setDraft(null);
    setScan(null);
    setNotice(null);
    try {
      if (PICTURE.test(file.name)) return await readByOcr('image', file);
      const content = await readPlanFile(file);
      if (/\.pdf$/i.test(file.name) && hasScannedPages(content)) return await readByOcr('pdf', file);
      setText(content);
      read(content, file.name);
    } catch (e) {
      if (e instanceof ScannedPdfError) return await readByOcr('pdf', file);
      setDraft(null);
      fail(e);
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const save = async (choice?: SaveChoice) => {
    if (!draft) return;
    try {
      const earlier = choice ? [] : await findSavedPlans(draft);
      if (earlier.length) {
        setSaved(earlier);
        return;
      }
      await saveReviewedPlan(draft, sourceName || t('pastedText'), choice);
      setNotice({ kind: 'ok', text: t('importSaved', { number: planName(draft.plan), targets: draft.targets.length, tasks: draft.tasks.length }) });
      setSaved([]);
      setDraft(null);
      setScan(null);
      setText('');
    } catch (e) {
      fail(e);
    }
  };

  // Megabytes pasted into the box would freeze the page before anything could refuse them.
  const refuseOverlongPaste = (event: React.ClipboardEvent) => {
    try {
      refuseOverlongText(event.clipboardData.getData('text/plain').length);
    } catch (e) {
      event.preventDefault();
      fail(e);
    }
  };

  const remove = (id: string, name: string) => {
    if (confirm(t('planDeleteConfirm', { number: name }))) void removePlan(id);
  };

  return (
    <section aria-labelledby="plans-title">
      <h2 id="plans-title">{t('navPlans')}</h2>
      <div className="card">
        <h3>{t('importPlan')}</h3>
        <label className="field">
          <span>{t('importPaste')}</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} onPaste={refuseOverlongPaste} spellCheck={false} />
        </label>
        <div className="row">
          <button type="button" className="primary" onClick={() => (text.trim() ? read(text, t('pastedText')) : setNotice({ kind: 'error', text: t('importEmpty') }))}>
            {t('importRead')}
          </button>
          <label className="row">
            <span>{t('importFile')}</span>
            <input ref={fileInput} type="file" disabled={Boolean(ocr)} accept=".jpg,.jpeg,.png,image/jpeg,image/png,.txt,.pdf,.docx,.doc,.html,.htm,text/plain,application/pdf,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword" onChange={(e) => void onFile(e.target.files?.[0])} />
          </label>
        </div>
        {ocr && <OcrProgress progress={ocr.progress} onCancel={() => ocrJob.current?.cancel()} />}
        <Notice state={notice} />
      </div>
      {draft && (
        <>
          <PlanReview draft={draft} onChange={setDraft} scan={scan} />
          {saved.length ? (
            <div className="card save-bar" role="alertdialog" aria-labelledby="plan-saved-before">
              <p id="plan-saved-before">
                {t('planSavedBefore', { name: planName(saved[0].header), date: new Date(saved[0].importedAt).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) })}
              </p>
              <div className="row">
                <button type="button" className="primary" onClick={() => void save({ replace: saved.map((p) => p.id) })}>
                  {t('planReplace')}
                </button>
                <button type="button" onClick={() => void save({ keepBoth: true })}>
                  {t('planKeepBoth')}
                </button>
                <button type="button" onClick={() => setSaved([])}>
                  {t('cancel')}
                </button>
              </div>
            </div>
          ) : (
            <div className="row save-bar">
              <button type="button" className="primary" onClick={() => void save()}>
                {t('importSave')}
              </button>
              <button type="button" onClick={() => setDraft(null)}>
                {t('cancel')}
              </button>
            </div>
          )}
        </>
      )}
      <h3>{t('navPlans')}</h3>
      {!plans ? null : plans.length === 0 ? (
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
            {plans.map(({ plan: p, tasks }) => (
              <tr key={p.id}>
                <td>{p.header.number ?? '—'}</td>
                <td>{p.header.issuer ?? '—'}</td>
                <td>{p.header.date?.split('-').reverse().join('/') ?? '—'}</td>
                <td>{tasks}</td>
                <td>
                  <span className={`pill ${p.status === 'active' ? 'pass' : 'na'}`}>{p.status === 'active' ? t('planActive') : t('planReplaced')}</span>
                </td>
                <td>
                  <button type="button" className="link danger" onClick={() => remove(p.id, planName(p.header))}>
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
