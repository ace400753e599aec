import { useState } from 'react';
import { db } from '@/lib/db/db';
import { createBackup, restoreBackup, serializeBackup } from '@/lib/export/backup';
import { toCsv } from '@/lib/export/csv';
import { exportFromDb, parseExport, serializeExport, type ExportFile } from '@/lib/export/exportJson';
import { MAX_FILE_MB, oversizeMb } from '@/lib/export/fileLimit';
import { mergeExports } from '@/lib/export/merge';
import { taskReport, taskReportText } from '@/lib/export/taskReport';
import { SHEET_NAMES, workbookFromExport } from '@/lib/export/workbook';
import { xlsxBlob } from '@/lib/export/xlsx';
import { chosenPeriod, periodLabel, type PeriodChoice } from '@/lib/time/periods';
import { dataSpan, emptyPeriodText, hasDataIn } from '@/lib/metrics/dataSpan';
import { todayInVietnam } from '@/lib/time/dates';
import { useLanguage, useT } from '../i18n';
import { download } from '../download';
import { PeriodSelect } from '../PeriodSelect';
import { Notice, type NoticeState } from './Notice';
import { CchcReport } from './Report';


const stamp = () => todayInVietnam();
const CSV_SHEETS = [SHEET_NAMES.metrics, SHEET_NAMES.dossiers, SHEET_NAMES.tasks, SHEET_NAMES.feedback];

export function Data() {
  const t = useT();
  const language = useLanguage();
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'quarter', previous: false });
  const [notice, setNotice] = useState<NoticeState>(null);
  const [csvSheet, setCsvSheet] = useState<string>(SHEET_NAMES.dossiers);
  const period = chosenPeriod(choice, todayInVietnam());
  const kind = choice.kind === 'custom' ? `${period.from}-${period.to}` : `${choice.kind}${choice.previous ? '-truoc' : ''}`;
  const ok = (text: string) => setNotice({ kind: 'ok', text });
  /** Done, or done but the period is empty: then where data exists. */
  const exported = (file: ExportFile) =>
    hasDataIn(file.observations, period) ? ok(t('exportDone')) : ok(t('exportEmpty', { period: periodLabel(period, language), detail: emptyPeriodText(dataSpan(file.observations), language) }));
  const fail = (e: unknown) => setNotice({ kind: 'error', text: t('errorPrefix', { message: e instanceof Error ? e.message : String(e) }) });
  const run = (action: () => Promise<void>) => () => void action().catch(fail);
  /** Refuses a file over the limit by its size alone, before reading any of it. */
  const checkSize = (file: File) => {
    const size = oversizeMb(file.size);
    if (size !== null) throw new Error(t('fileTooLarge', { name: file.name, size, max: MAX_FILE_MB }));
  };

  const tables = (file: ExportFile) => workbookFromExport(file, period, todayInVietnam());

  const exportXlsx = run(async () => {
    const file = await exportFromDb(db());
    download(`tro-ly-cchc-${kind}-${stamp()}.xlsx`, await xlsxBlob(tables(file)));
    exported(file);
  });
  // One sheet per CSV file, the one asked for: several downloads from one click would be held back by the browser.
  const exportCsv = run(async () => {
    const file = await exportFromDb(db());
    const table = tables(file).find((x) => x.name === csvSheet)!;
    download(`${table.name}-${stamp()}.csv`, toCsv(table), 'text/csv;charset=utf-8');
    exported(file);
  });
  const exportJson = run(async () => {
    download(`tro-ly-cchc-${stamp()}.json`, serializeExport(await exportFromDb(db())), 'application/json');
    ok(t('exportDone'));
  });
  const exportTaskReport = run(async () => {
    const file = await exportFromDb(db());
    const active = new Set(file.plans.filter((p) => p.status === 'active').map((p) => p.id));
    download(`bao-cao-nhiem-vu-${stamp()}.txt`, taskReportText(taskReport(file.tasks.filter((x) => active.has(x.planId)), todayInVietnam())), 'text/plain;charset=utf-8');
    ok(t('exportDone'));
  });
  const mergeUnit = (files: FileList | null) =>
    run(async () => {
      if (!files?.length) return;
      [...files].forEach(checkSize);
      const parsed = [];
      for (const f of [...files]) {
        const r = parseExport(await f.text());
        if (!r.ok) throw new Error(`${f.name}: ${r.error}`);
        parsed.push(r.value);
      }
      const merged = mergeExports(parsed);
      download(`bao-cao-don-vi-${kind}-${stamp()}.xlsx`, await xlsxBlob(tables(merged)));
      if (hasDataIn(merged.observations, period)) ok(t('mergeDone', { n: parsed.length }));
      else exported(merged);
    })();
  const backup = run(async () => {
    download(`sao-luu-tro-ly-cchc-${stamp()}.json`, serializeBackup(await createBackup(db())), 'application/json');
    ok(t('exportDone'));
  });
  const restore = (file: File | undefined) =>
    run(async () => {
      if (!file) return;
      checkSize(file);
      if (!confirm(t('restoreConfirm'))) return;
      const result = await restoreBackup(db(), await file.text());
      if (!result.ok) throw new Error(result.error);
      ok(t('restored', { plans: result.value.plans, tasks: result.value.tasks, observations: result.value.observations }));
    })();
  const wipe = run(async () => {
    if (!confirm(t('deleteAllConfirm'))) return;
    await db().transaction('rw', db().tables, async () => {
      for (const table of db().tables) await table.clear();
    });
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
      <CchcReport onDone={ok} onError={fail} />
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
