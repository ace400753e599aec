import { browser } from 'wxt/browser';
import { PlanInputError } from '../plan/errors';
import { OcrCancelled, type ScanProgress, type ScanReading } from './scan';
import type { OcrReply, OcrRequest, PageImage } from './worker';

/*
 * OCR from an extension page: the work runs in a worker (worker.ts); the
 * engine, its WebAssembly core and the Vietnamese model are the extension's
 * own files (copied into ocr/ at build time). Nothing is fetched from the network.
 */

export interface OcrResult {
  reading: ScanReading;
  images: PageImage[];
}

export interface OcrJob {
  result: Promise<OcrResult>;
  /** Stops the OCR at once; `result` then rejects with OcrCancelled. */
  cancel(): void;
}

export function startOcr(kind: OcrRequest['kind'], data: ArrayBuffer, onProgress: (progress: ScanProgress) => void): OcrJob {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  let cancel = () => {};
  const result = new Promise<OcrResult>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new OcrCancelled());
    };
    worker.onmessage = (event: MessageEvent<OcrReply>) => {
      const reply = event.data;
      // pdf.js, loaded in the worker, announces itself on the same port ("ready"): not ours.
      if (!['progress', 'done', 'error'].includes(reply?.type)) return;
      if (reply.type === 'progress') return onProgress(reply.progress);
      worker.terminate();
      if (reply.type === 'done') resolve({ reading: reply.reading, images: reply.images });
      else reject(new PlanInputError({ key: 'planInputOcrFailed', params: { reason: reply.message } }));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new PlanInputError({ key: 'planInputOcrFailed', params: { reason: event.message } }));
    };
  });
  // The model is in public/; the engine's files are copied beside it when the extension is built.
  const folder = browser.runtime.getURL('/ocr/vie.traineddata').replace(/vie\.traineddata$/, '');
  const files = { langPath: folder.replace(/\/$/, ''), workerPath: `${folder}worker.min.js`, corePath: `${folder}tesseract-core-simd-lstm.js` };
  worker.postMessage({ kind, data, files } satisfies OcrRequest, [data]);
  return { result, cancel };
}
