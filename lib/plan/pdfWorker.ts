/// <reference lib="webworker" />
/*
 * Reads the text layer of a PDF off the extension page's main thread:
 * pdf.js parses here, so a heavy or hostile file never freezes the page, and
 * the page can stop a reading that takes too long by terminating this worker
 * (pdfClient.ts).
 */
import { PlanInputError, ScannedPdfError } from './errors';
import { pdfToText } from './pdf';

export type PdfRequest = { data: ArrayBuffer };

export type PdfReply =
  | { type: 'page'; page: number; pages: number }
  | { type: 'done'; text: string }
  | { type: 'error'; reason: 'scanned' | 'input' | 'other'; message: string };

const reasonOf = (error: unknown): Extract<PdfReply, { type: 'error' }>['reason'] =>
  error instanceof ScannedPdfError ? 'scanned' : error instanceof PlanInputError ? 'input' : 'other';

self.onmessage = (event: MessageEvent<PdfRequest>) => {
  if (!(event.data?.data instanceof ArrayBuffer)) return;
  pdfToText(event.data.data, (page, pages) => postMessage({ type: 'page', page, pages } satisfies PdfReply)).then(
    (text) => postMessage({ type: 'done', text } satisfies PdfReply),
    (error: unknown) => postMessage({ type: 'error', reason: reasonOf(error), message: error instanceof Error ? error.message : String(error) } satisfies PdfReply),
  );
};
