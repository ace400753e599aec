/// <reference lib="webworker" />
/*
 * The OCR of a file, off the page's main thread: pdf.js renders each
 * scanned page on an OffscreenCanvas here, and the engine (its own worker,
 * started from here) reads it. The page talks to this worker through
 * client.ts; cancelling terminates it, and the engine's worker with it.
 */
import { engineThreads, startEngine, type EngineFiles } from './engine';
import { greyPgm } from './image';
import { readScannedImage, readScannedPdf, type CanvasAndContext, type ScanProgress, type ScanReading } from './scan';

export interface OcrRequest {
  kind: 'pdf' | 'image';
  data: ArrayBuffer;
  files: EngineFiles;
}

/** A page as the review shows it: a smaller JPEG of the page image the lines' boxes refer to. */
export interface PageImage {
  page: number;
  /** Size of the page image the lines' boxes refer to. */
  width: number;
  height: number;
  jpeg: Blob;
}

export type OcrReply =
  | { type: 'progress'; progress: ScanProgress }
  | { type: 'done'; reading: ScanReading; images: PageImage[] }
  | { type: 'error'; message: string };

/** Review images at half the OCR resolution (150 dpi): sharp enough to tell "100" from "100%". */
const REVIEW_SCALE = 0.5;

class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true })! };
  }
  reset(pair: { canvas: OffscreenCanvas }, width: number, height: number) {
    pair.canvas.width = width;
    pair.canvas.height = height;
  }
  destroy(pair: { canvas: OffscreenCanvas | null; context: unknown }) {
    if (pair.canvas) pair.canvas.width = pair.canvas.height = 0;
    pair.canvas = null;
    pair.context = null;
  }
}

async function reviewImage(page: number, source: CanvasImageSource, width: number, height: number): Promise<PageImage> {
  const small = new OffscreenCanvas(Math.round(width * REVIEW_SCALE), Math.round(height * REVIEW_SCALE));
  small.getContext('2d')!.drawImage(source, 0, 0, small.width, small.height);
  return { page, width, height, jpeg: await small.convertToBlob({ type: 'image/jpeg', quality: 0.8 }) };
}

async function run({ kind, data, files }: OcrRequest): Promise<OcrReply> {
  const engine = await startEngine(files, kind === 'image' ? 1 : engineThreads(navigator.hardwareConcurrency || 1));
  const onProgress = (progress: ScanProgress) => postMessage({ type: 'progress', progress } satisfies OcrReply);
  const images: PageImage[] = [];
  try {
    if (kind === 'image') {
      const bitmap = await createImageBitmap(new Blob([data]));
      const { width, height } = bitmap;
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(bitmap, 0, 0);
      const pgm = greyPgm(context.getImageData(0, 0, width, height).data, width, height);
      images.push(await reviewImage(1, bitmap, width, height));
      bitmap.close();
      return { type: 'done', reading: await readScannedImage(pgm, engine, { onProgress, size: { width, height } }), images };
    }
    const reading = await readScannedPdf(data, engine, {
      onProgress,
      // No DOM here: canvases are offscreen, and glyphs are drawn as paths instead of loaded as web fonts.
      pdfOptions: { CanvasFactory: OffscreenCanvasFactory, isOffscreenCanvasSupported: true, disableFontFace: true },
      onPageImage: async (page, image: CanvasAndContext) => {
        images.push(await reviewImage(page, image.canvas as OffscreenCanvas, image.canvas.width, image.canvas.height));
      },
    });
    return { type: 'done', reading, images };
  } finally {
    await engine.stop();
  }
}

self.onmessage = (event: MessageEvent<OcrRequest>) => {
  run(event.data).then(
    (reply) => postMessage(reply),
    (error: unknown) => postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies OcrReply),
  );
};
