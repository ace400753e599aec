import { useState } from 'react';
import { MAX_FILE_MB, oversizeMb } from '@/lib/export/fileLimit';
import { SHEET_NAMES } from '@/lib/export/workbook';
import { emptyPeriodText } from '@/lib/metrics/dataSpan';
import { todayInVietnam } from '@/lib/time/dates';
import { periodLabel, type PeriodChoice } from '@/lib/time/periods';
import {
  CSV_SHEETS,
  backupFile,
  csvFile,
  deleteAllData,
  exportJsonFile,
  restoreFrom,
  taskReportFile,
  unitWorkbookFile,
  workbookFile,
  type DataFile,
  type PeriodFile,
} from '@/lib/views/data';
import { useLanguage, useSayError, useT } from '../i18n';
import { download } from '../download';
import { PeriodSelect } from '../PeriodSelect';
import { Notice, type NoticeState } from './Notice';
import { CchcReport } from './Report';

export function Data() {
  const t = useT();
  const language = useLanguage();
  const sayError = useSayError();
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'quarter', previous: false });
  const [notice, setNotice] = useState<NoticeState>(null);
  const [csvSheet, setCsvSheet] = useState<string>(SHEET_NAMES.dossiers);
  const ok = (text: string) => setNotice({ kind: 'ok', text });
  /** Done, or done but the period is empty: then where data exists. */
  const told = (file: PeriodFile, done: string) =>
    ok(file.empty ? t('exportEmpty', { period: periodLabel(file.period, language), detail: emptyPeriodText(file.empty.span, language) }) : done);
  const fail = (e: unknown) => setNotice({ kind: 'error', text: t('errorPrefix', { message: sayError(e) }) });
  const run = (action: () => Promise<void>) => () => void action().catch(fail);
  const save = (make: (today: string) => Promise<DataFile | PeriodFile>) =>
    run(async () => {
      const file = await make(todayInVietnam());
      download(file.name, file.content, file.type);
      if ('empty' in file) told(file, t('exportDone'));
      else ok(t('exportDone'));
    });
  /** Refuses a file over the limit by its size alone, before reading any of it. */
  const checkSize = (file: File) => {
    const size = oversizeMb(file.size);
    if (size !== null) throw new Error(t('fileTooLarge', { name: file.name, size, max: MAX_FILE_MB }));
  };
  /** Colleagues' export files as picked, for the unit's workbook and the unit's report alike: refused by size first, then read whole. */
  const readPicked = (files: FileList) => {
    [...files].forEach(checkSize);
    return Promise.all([...files].map(async (f) => ({ name: f.name, text: await f.text() })));
  };

  const exportXlsx = save((today) => workbookFile(choice, today));
  const exportCsv = save((today) => csvFile(choice, csvSheet, today));
  const exportJson = save((today) => exportJsonFile(today));
  const exportTaskReport = save((today) => taskReportFile(today));
  const backup = save((today) => backupFile(today));
  const mergeUnit = (files: FileList | null) =>
    run(async () => {
      if (!files?.length) return;
      const read = await readPicked(files);
      const file = await unitWorkbookFile(read, choice, todayInVietnam());
      download(file.name, file.content, file.type);
      told(file, t('mergeDone', { n: read.length }));
    })();
  const restore = (file: File | undefined) =>
    run(async () => {
      if (!file) return;
      checkSize(file);
      if (!confirm(t('restoreConfirm'))) return;
      const restored = await restoreFrom(await file.text());
      ok(t('restored', { plans: restored.plans, tasks: restored.tasks, observations: restored.observations }));
    })();
  const wipe = run(async () => {
    if (!confirm(t('deleteAllConfirm'))) return;
    await deleteAllData();
    ok(t('deleted'));
  });

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('navData')}</h2>
      <div className="card">
        <h3>{t('exportTitle')}</h3>
        <PeriodSelect value={choice} onChange={setChoice} />
        <div className="row">
          <button type="button" className="primary" onClick={exportXlsx}>
            {t('exportXlsx')}
          </button>
          <label>
            <span className="visually-hidden">{t('csvSheet')}</span>
            <select aria-label={t('csvSheet')} value={csvSheet} onChange={(e) => setCsvSheet(e.target.value)}>
              {CSV_SHEETS.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={exportCsv}>
            {t('exportCsv')}
          </button>
          <button type="button" onClick={exportJson}>
            {t('exportJson')}
          </button>
          <button type="button" onClick={exportTaskReport}>
            {t('exportTaskReport')}
          </button>
        </div>
      </div>
      <CchcReport onDone={ok} onError={fail} readPicked={readPicked} />
      <div className="card">
        <h3>{t('mergeTitle')}</h3>
        <p className="small muted">
          {t('mergeHint')} {t('fileLimit', { max: MAX_FILE_MB })}
        </p>
        <label className="field">
          <span>{t('mergePick')}</span>
          <input type="file" accept=".json,application/json" multiple onChange={(e) => mergeUnit(e.target.files)} />
        </label>
      </div>
      <div className="card">
        <h3>{t('backupTitle')}</h3>
        <div className="row">
          <button type="button" onClick={backup}>
            {t('backup')}
          </button>
          <label className="row">
            <span>{t('restore')}</span>
            <input type="file" accept=".json,application/json" onChange={(e) => restore(e.target.files?.[0])} />
          </label>
        </div>
        <p className="small muted">{t('fileLimit', { max: MAX_FILE_MB })}</p>
        <button type="button" className="danger" style={{ marginTop: 12 }} onClick={wipe}>
          {t('deleteAll')}
        </button>
      </div>
      <Notice state={notice} />
    </section>
  );
}
