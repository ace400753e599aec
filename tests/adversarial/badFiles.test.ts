import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../components/options/readPlanFile';
import { openDb, type CchcDb } from '../../lib/db/db';
import { PlanSaveError, savePlan } from '../../lib/db/plans';
import { createBackup, restoreBackup, serializeBackup } from '../../lib/export/backup';
import { exportFromDb, parseExport, serializeExport } from '../../lib/export/exportJson';
import { PlanInputError } from '../../lib/plan/errors';
import { parsePlanText } from '../../lib/plan/parse';
import { pdfToText } from '../../lib/plan/pdf';
import { planText } from '../fixtures/plans';
import { printPlanOnce } from '../plan/printPdf';
import { dump, populate } from './populated';

/*
 * Files a person can hand the extension by mistake or by malice: each one is
 * refused with a reason that names the place (the field's path, or what kind
 * of file it is), and the database is left exactly as it was.
 */
const MB30 = 30 * 1024 * 1024;

let db: CchcDb;
let before: string;
beforeEach(async () => {
  db = openDb(`t-${crypto.randomUUID()}`);
  await populate(db);
  before = await dump(db);
});
afterEach(async () => {
  expect(await dump(db), 'the database changed').toBe(before);
  await db.delete();
});

/** A well-formed backup of the populated database, as an object to break. */
async function backupObject(): Promise<Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> }> {
  return JSON.parse(serializeBackup(await createBackup(db)));
}

/** Bytes no text editor wrote: every byte value, as a string decoded byte for byte. */
const binary = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 73) % 256));

describe('backups that are not ours or not whole', () => {
  const refused = async (text: string, place: RegExp) => {
    const result = await restoreBackup(db, text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(place);
      expect(result.error).not.toContain('\n');
    }
  };

  it('refuses text that is not JSON, saying it cannot read a backup', async () => {
    for (const text of ['', '   ', 'not json {', '{"format": "tro-ly-cchc.backup",', binary]) await refused(text, /không phải JSON hợp lệ.*bản sao lưu/);
  });

  it('refuses a backup cut short', async () => {
    const whole = serializeBackup(await createBackup(db));
    for (const at of [1, Math.floor(whole.length / 2), whole.length - 1]) await refused(whole.slice(0, at), /cắt cụt.*bản sao lưu/);
  });

  it("refuses another application's JSON, a plan and an export, naming what it expected", async () => {
    await refused(JSON.stringify({ name: 'other-app', version: 3, items: [1, 2] }), /không phải bản sao lưu của Trợ lý CCHC \(format: null\)/);
    await refused(JSON.stringify(parsePlanText(planText('tam-thanh-2026.txt'))), /không phải bản sao lưu.*format: null/);
    await refused(planText('tam-thanh-2026.txt'), /không phải JSON hợp lệ.*bản sao lưu/);
    await refused(serializeExport(await exportFromDb(db)), /không phải bản sao lưu.*"tro-ly-cchc\.export"/);
    await refused('[]', /không phải bản sao lưu/);
    await refused('null', /không phải bản sao lưu/);
  });

  it('refuses a backup from a newer version', async () => {
    await refused(JSON.stringify({ ...(await backupObject()), version: 2 }), /^version: bản sao lưu phiên bản 2 mới hơn/);
  });

  it('refuses a backup with one bad field deep inside, naming its path', async () => {
    const bad = await backupObject();
    bad.tables.tasks[1].status = 'finished';
    await refused(JSON.stringify(bad), /^tables\.tasks\[1\]\.status: phải là một trong/);

    const twice = await backupObject();
    twice.tables.observations.push({ ...twice.tables.observations[0] });
    const last = twice.tables.observations.length - 1;
    await refused(JSON.stringify(twice), new RegExp(`^tables\\.observations\\[${last}\\]\\.id: trùng với phần tử \\[0\\]`));

    const missing = await backupObject();
    delete missing.tables.settings;
    await refused(JSON.stringify(missing), /^tables\.settings: thiếu trường bắt buộc/);
  });

  it('refuses 30 MB of garbage, and 30 MB of backup whose last row is wrong', async () => {
    await refused('x'.repeat(MB30), /không phải JSON hợp lệ/);
    const big = await backupObject();
    const pad = 'ghi chú '.repeat(MB30 / 8);
    big.tables.checklist.push({ id: 'c2', label: pad, routine: true, doneOn: null, order: 2 }, { id: 'c3', label: '', routine: true, doneOn: null, order: 3 });
    await refused(JSON.stringify(big), /^tables\.checklist\[2\]\.label: không được để trống/);
  });
});

describe('exports handed to the unit report that are not exports', () => {
  const refused = (text: string, place: RegExp) => {
    const result = parseExport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(place);
      expect(result.error).not.toContain('\n');
    }
  };

  it('refuses malformed, cut, foreign, backup and oversized files, each for what it is', async () => {
    const whole = serializeExport(await exportFromDb(db));
    refused('', /không phải JSON hợp lệ.*tệp xuất dữ liệu/);
    refused(binary, /không phải JSON hợp lệ.*tệp xuất dữ liệu/);
    refused(whole.slice(0, whole.length / 2), /cắt cụt.*tệp xuất dữ liệu/);
    refused(JSON.stringify({ format: 'sheetjs', sheets: [] }), /không phải tệp xuất dữ liệu của Trợ lý CCHC \(format: "sheetjs"\)/);
    refused(serializeBackup(await createBackup(db)), /không phải tệp xuất dữ liệu.*"tro-ly-cchc\.backup"/);
    refused(`${whole.slice(0, -1)}${' '.repeat(MB30)}`, /không phải JSON hợp lệ/);
  });

  it('names the path of a bad field', async () => {
    const file = JSON.parse(serializeExport(await exportFromDb(db)));
    const at = file.observations.findIndex((o: { type: string }) => o.type === 'dossier');
    file.observations[at].data.code = '';
    refused(JSON.stringify(file), new RegExp(`^observations\\[${at}\\]\\.data\\.code: không được để trống`));
    const other = JSON.parse(serializeExport(await exportFromDb(db)));
    other.profile = { unit: 'x', name: 'Nguyễn Văn An' };
    refused(JSON.stringify(other), /^profile: có trường không được phép: name/);
  });
});

describe('plan files that are not plans', () => {
  const oneLine = (error: unknown) => {
    expect(error).toBeInstanceOf(PlanInputError);
    expect((error as Error).message).not.toContain('\n');
    expect((error as Error).message.length).toBeGreaterThan(10);
  };
  const parseRefused = (text: string) => {
    let caught: unknown = null;
    try {
      parsePlanText(text);
    } catch (error) {
      caught = error;
    }
    oneLine(caught);
  };

  it('refuses empty, blank, garbage and binary text with one line', () => {
    for (const text of ['', ' \n\t ', 'lorem ipsum dolor sit amet', '{"name":"other-app","items":[1,2]}', binary, '<html><body>Trang chủ</body></html>']) parseRefused(text);
  });

  it('refuses a backup or an export pasted as plan text, naming it JSON', async () => {
    for (const text of [serializeBackup(await createBackup(db)), serializeExport(await exportFromDb(db))]) {
      expect(() => parsePlanText(text)).toThrow(/^Đây là dữ liệu JSON/);
    }
  });

  it('refuses a backup or an export picked as a plan file, by its kind', async () => {
    for (const text of [serializeBackup(await createBackup(db)), serializeExport(await exportFromDb(db))]) {
      const file = new File([text], 'sao-luu.json', { type: 'application/json' });
      await expect(readPlanFile(file)).rejects.toThrow(/^Không đọc được loại tệp "sao-luu\.json"/);
      await readPlanFile(file).catch(oneLine);
    }
  });

  it('refuses a 30 MB paste by its size, and a megabyte of garbage by its opening, without reading either whole', () => {
    expect(() => parsePlanText('a'.repeat(MB30))).toThrow(/^Văn bản quá dài \(31457 nghìn ký tự\)/);
    expect(() => parsePlanText('100% 1. 2. đạt 80% '.repeat(55_000))).toThrow(/^Văn bản không phải kế hoạch/);
  });

  it('refuses a 30 MB file before reading it', async () => {
    const file = new File(['a'.repeat(MB30)], 'ke-hoach.txt', { type: 'text/plain' });
    await expect(readPlanFile(file)).rejects.toThrow(/^Tệp quá lớn \(30 MB\)/);
    await readPlanFile(file).catch(oneLine);
  });

  it('refuses a 19 MB text file by its size, and a shorter one still too long for a plan, before either reaches the text box', async () => {
    const big = new File(['a'.repeat(19 * 1024 * 1024)], 'ke-hoach.txt', { type: 'text/plain' });
    big.text = () => Promise.reject(new Error('read whole'));
    await expect(readPlanFile(big)).rejects.toThrow(/^Tệp văn bản quá dài \(19 MB\)/);
    const long = new File(['Kế hoạch '.repeat(250_000)], 'ke-hoach.txt', { type: 'text/plain' });
    await expect(readPlanFile(long)).rejects.toThrow(/^Văn bản quá dài \(2250 nghìn ký tự\)/);
    await readPlanFile(long).catch(oneLine);
  });

  it('refuses truncated, corrupted, empty and non-PDF bytes with one line', async () => {
    const pdf = await printPlanOnce(planText('yen-binh-2026.txt'));
    const corrupt = pdf.slice();
    for (let i = Math.floor(pdf.length / 3); i < pdf.length; i += 7) corrupt[i] ^= 0x5a;
    const inputs: [string, Uint8Array][] = [
      ['truncated to a tenth', pdf.slice(0, Math.floor(pdf.length / 10))],
      ['truncated to its header', pdf.slice(0, 16)],
      ['corrupted after its first third', corrupt],
      ['empty', new Uint8Array()],
      ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
    ];
    for (const [what, bytes] of inputs) {
      const error = await pdfToText(bytes).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, what).toBeInstanceOf(PlanInputError);
      oneLine(error);
    }
  }, 60_000);

  it('refuses to save a plan that is not a parsed plan, naming the field', async () => {
    const plan = parsePlanText(planText('tam-thanh-2026.txt'));
    await expect(savePlan(db, { ...plan, targets: [{ ...plan.targets[0], comparator: 'about' }] }, 'x.txt')).rejects.toThrow(/^targets\.0\.comparator: /);
    await expect(savePlan(db, JSON.parse('{"format":"tro-ly-cchc.backup"}'), 'x.json')).rejects.toBeInstanceOf(PlanSaveError);
  });
});
