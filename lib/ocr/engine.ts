import { createWorker, OEM, PSM, type ImageLike, type Worker } from 'tesseract.js';
import { repairDocumentNumber } from './documentNumber';
import { pageLines, type Box, type EngineBlock, type OcrLine } from './layout';

/*
 * The OCR engine: Tesseract (WebAssembly, tesseract.js) with the Vietnamese
 * LSTM model shipped with the extension. The same engine and model read
 * scans in the extension and on the command line; only where its files are
 * found differs.
 */

export interface EngineFiles {
  /** Folder holding vie.traineddata and eng.traineddata (the Latin model for document numbers), not gzipped. */
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

async function engineWorker(lang: string, files: EngineFiles): Promise<Worker> {
  const worker = await createWorker(lang, OEM.LSTM_ONLY, {
    ...files,
    gzip: false,
    // The model comes from the extension's own files: nothing to cache, nothing fetched from elsewhere.
    cacheMethod: 'none',
    workerBlobURL: false,
  });
  // The engine writes its warnings about specks too small to read to the console: they say nothing to a person.
  await worker.setParameters({ debug_file: '/dev/null' });
  return worker;
}

export async function startEngine(files: EngineFiles): Promise<OcrEngine> {
  const worker = await engineWorker('vie', files);
  // Started only for a scan whose number the Vietnamese model could not read (see documentNumber.ts).
  let latin: Promise<Worker> | undefined;
  const latinWorker = () =>
    (latin ??= engineWorker('eng', files).then(async (w) => {
      await w.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_LINE });
      return w;
    }));
  const readLatin = async (image: Uint8Array, area: Box) => {
    const rectangle = { left: area.x, top: area.y, width: area.width, height: area.height };
    const result = await (await latinWorker()).recognize(image as unknown as ImageLike, { rectangle }, { text: true });
    return result.data.text;
  };
  return {
    async read(image, page) {
      const result = await worker.recognize(image as unknown as ImageLike, {}, { blocks: true, text: false });
      const lines = pageLines((result.data.blocks ?? []) as EngineBlock[], page);
      return { lines: await repairDocumentNumber(lines, (area) => readLatin(image, area)) };
    },
    async stop() {
      await Promise.all([worker.terminate(), latin?.then((w) => w.terminate())]);
    },
  };
}
