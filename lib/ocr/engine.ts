import { createScheduler, createWorker, OEM, PSM, type ImageLike, type Worker } from 'tesseract.js';
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
  /** How many pages it reads at once (one engine thread each). */
  readonly parallel: number;
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

/** Engine threads for a scan of several pages on `cores` cores: two when there are two cores to run them. */
export const engineThreads = (cores: number): number => Math.max(1, Math.min(2, cores));

/**
 * Starts the engine with `threads` engine threads (a page each at a time):
 * two read a multi-page scan nearly twice as fast on a machine with two
 * cores or more, at the cost of a second copy of the engine in memory.
 */
export async function startEngine(files: EngineFiles, threads = 1): Promise<OcrEngine> {
  const scheduler = createScheduler();
  for (const worker of await Promise.all(Array.from({ length: Math.max(1, threads) }, () => engineWorker('vie', files)))) scheduler.addWorker(worker);
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
    parallel: Math.max(1, threads),
    async read(image, page) {
      const result = await scheduler.addJob('recognize', image as unknown as ImageLike, {}, { blocks: true, text: false });
      const lines = pageLines((result.data.blocks ?? []) as EngineBlock[], page);
      return { lines: await repairDocumentNumber(lines, (area) => readLatin(image, area)) };
    },
    async stop() {
      await Promise.all([scheduler.terminate(), latin?.then((w) => w.terminate())]);
    },
  };
}
