import { PlanInputError, ScannedPdfError } from './errors';
import type { PdfReply, PdfRequest } from './pdfWorker';

/*
 * The text of a PDF, read from an extension page: pdf.js works in a worker
 * of the extension's own (pdfWorker.ts), and the page keeps a time guard on
 * it. A page of a plan reads in well under a second; when no page is done
 * for QUIET_LIMIT_MS, the reading is stuck (a bomb the stream guard could not
 * see, a damaged file) and the worker is terminated, its memory with it.
 */

export const QUIET_LIMIT_MS = 20_000;

function errorOf(reply: Extract<PdfReply, { type: 'error' }>): PlanInputError {
  if (reply.reason === 'other') return new PlanInputError({ key: 'planInputPdfFailed', params: { reason: reply.message } });
  return reply.reason === 'scanned' ? new ScannedPdfError(reply.phrase) : new PlanInputError(reply.phrase);
}

const startPdfWorker = () => new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' });

/** Reads a PDF's text layer in a worker; `data` is handed over to it (detached here). */
export function readPdfText(data: ArrayBuffer, { quietLimitMs = QUIET_LIMIT_MS, startWorker = startPdfWorker } = {}): Promise<string> {
  const worker = startWorker();
  return new Promise<string>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      worker.terminate();
      settle();
    };
    const stuck = () =>
      finish(() =>
        reject(new PlanInputError({ key: 'planInputPdfStuck', params: { seconds: Math.round(quietLimitMs / 1000) } })),
      );
    const wait = () => {
      clearTimeout(timer);
      timer = setTimeout(stuck, quietLimitMs);
    };
    worker.onmessage = (event: MessageEvent<PdfReply>) => {
      const reply = event.data;
      // pdf.js, loaded in the worker, announces itself on the same port: not ours.
      if (reply?.type === 'page') wait();
      else if (reply?.type === 'done') finish(() => resolve(reply.text));
      else if (reply?.type === 'error') finish(() => reject(errorOf(reply)));
    };
    worker.onerror = (event) => finish(() => reject(new PlanInputError({ key: 'planInputPdfFailed', params: { reason: event.message } })));
    wait();
    worker.postMessage({ data } satisfies PdfRequest, [data]);
  });
}
