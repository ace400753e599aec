import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanInputError, ScannedPdfError } from '../../lib/plan/errors';
import { readPdfText } from '../../lib/plan/pdfClient';
import type { PdfReply } from '../../lib/plan/pdfWorker';

/*
 * The page's side of reading a PDF in a worker: the worker's replies become
 * text or the right refusal, and a worker that goes quiet is terminated.
 * The worker itself runs in the browser (tests/e2e/heavyFiles.e2e.ts).
 */

class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: unknown[] = [];
  postMessage(message: unknown) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: PdfReply | Record<string, unknown>) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

let worker: FakeWorker;
const read = () => readPdfText(new ArrayBuffer(8), { quietLimitMs: 1000, startWorker: () => worker as unknown as Worker });

beforeEach(() => {
  vi.useFakeTimers();
  worker = new FakeWorker();
});
afterEach(() => vi.useRealTimers());

describe('reading a PDF in a worker', () => {
  it('gives the text once the worker is done, however many pages it took, and stops the worker', async () => {
    const text = read();
    expect(worker.received).toHaveLength(1);
    // pdf.js announces itself on the same port: not a reply.
    worker.reply({ sourceName: 'worker', targetName: 'main', action: 'ready' });
    for (let page = 1; page <= 5; page++) {
      await vi.advanceTimersByTimeAsync(900);
      worker.reply({ type: 'page', page, pages: 5 });
    }
    worker.reply({ type: 'done', text: 'KẾ HOẠCH' });
    await expect(text).resolves.toBe('KẾ HOẠCH');
    expect(worker.terminated).toBe(true);
  });

  it('terminates a worker that finishes no page within the limit, with a reason for the person', async () => {
    const text = read();
    worker.reply({ type: 'page', page: 1, pages: 3 });
    const refused = expect(text).rejects.toThrow(/^Tệp PDF đọc quá lâu: sau 1 giây chưa đọc xong một trang/);
    await vi.advanceTimersByTimeAsync(999);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await refused;
    expect(worker.terminated).toBe(true);
  });

  it('passes on a scan and a refusal as the errors the page knows, and wraps anything else', async () => {
    const scanned = read();
    worker.reply({ type: 'error', reason: 'scanned', phrase: { key: 'planInputPdfScanned' } });
    await expect(scanned).rejects.toBeInstanceOf(ScannedPdfError);
    const refused = read();
    worker.reply({ type: 'error', reason: 'input', phrase: { key: 'planInputPdfBomb' } });
    await expect(refused).rejects.toThrow(new PlanInputError({ key: 'planInputPdfBomb' }));
    await expect(refused).rejects.toThrow(/^Tệp PDF bị nén bất thường/);
    const broken = read();
    worker.reply({ type: 'error', reason: 'other', message: 'Array buffer allocation failed' });
    await expect(broken).rejects.toThrow('Không đọc được tệp PDF: Array buffer allocation failed');
    expect(worker.terminated).toBe(true);
  });
});
