/// <reference lib="webworker" />
/*
 * Reads the text layer of a PDF off the extension page's main thread:
 * pdf.js parses here, so a heavy or hostile file never freezes the page, and
 * the page can stop a reading that takes too long by terminating this worker
 * (pdfClient.ts).
 */
import { PlanInputError, ScannedPdfError, type PlanInputPhrase } from './errors';
import { pdfToText } from './pdf';

export type PdfRequest = { data: ArrayBuffer };

export type PdfReply =
  | { type: 'page'; page: number; pages: number }
  | { type: 'done'; text: string }
  | { type: 'error'; reason: 'scanned' | 'input'; phrase: PlanInputPhrase }
  | { type: 'error'; reason: 'other'; message: string };

/** A refusal crosses as its phrase, for the page to word in the person's language; anything else as its message. */
const errorReply = (error: unknown): Extract<PdfReply, { type: 'error' }> =>
  error instanceof PlanInputError
    ? { type: 'error', reason: error instanceof ScannedPdfError ? 'scanned' : 'input', phrase: error.phrase }
    : { type: 'error', reason: 'other', message: error instanceof Error ? error.message : String(error) };

self.onmessage = (event: MessageEvent<PdfRequest>) => {
  if (!(event.data?.data instanceof ArrayBuffer)) return;
  pdfToText(event.data.data, (page, pages) => postMessage({ type: 'page', page, pages } satisfies PdfReply)).then(
    (text) => postMessage({ type: 'done', text } satisfies PdfReply),
    (error: unknown) => postMessage(errorReply(error)),
  );
};
