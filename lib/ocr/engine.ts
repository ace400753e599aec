import { createWorker, OEM, type ImageLike } from 'tesseract.js';
import { pageLines, type EngineBlock, type OcrLine } from './layout';

/*
 * The OCR engine: Tesseract (WebAssembly, tesseract.js) with the Vietnamese
 * LSTM model shipped with the extension. The same engine and model read
 * scans in the extension and on the command line; only where its files are
 * found differs.
 */

export interface EngineFiles {
  /** Folder holding vie.traineddata (not gzipped). */
  langPath: string;
  /** The engine's worker script and its WebAssembly core, in the extension; Node finds its own. */
  workerPath?: string;
  corePath?: string;
}

export interface PageReading {
  lines: OcrLine[];
}

export interface OcrEngine {
  /** Reads one page image (PGM, PNG or JPEG bytes). */
  read(image: Uint8Array, page: number): Promise<PageReading>;
  stop(): Promise<void>;
}

export async function startEngine(files: EngineFiles): Promise<OcrEngine> {
  const worker = await createWorker('vie', OEM.LSTM_ONLY, {
    ...files,
    gzip: false,
    // The model comes from the extension's own files: nothing to cache, nothing fetched from elsewhere.
    cacheMethod: 'none',
    workerBlobURL: false,
  });
  // The engine writes its warnings about specks too small to read to the console: they say nothing to a person.
  await worker.setParameters({ debug_file: '/dev/null' });
  return {
    async read(image, page) {
      const result = await worker.recognize(image as unknown as ImageLike, {}, { blocks: true, text: false });
      return { lines: pageLines((result.data.blocks ?? []) as EngineBlock[], page) };
    },
    async stop() {
      await worker.terminate();
    },
  };
}
