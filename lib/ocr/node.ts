import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startEngine, type OcrEngine } from './engine';

/*
 * The OCR engine on the command line and in tests: the same tesseract.js and
 * the same model file the extension ships (public/ocr), run in a Node worker thread.
 */

export const MODEL_DIR = fileURLToPath(new URL('../../public/ocr/', import.meta.url));

export async function startNodeEngine(threads = 1): Promise<OcrEngine> {
  if (!existsSync(`${MODEL_DIR}vie.traineddata`)) throw new Error(`Thiếu mô hình nhận dạng chữ tiếng Việt: ${MODEL_DIR}vie.traineddata`);
  return startEngine({ langPath: MODEL_DIR }, threads);
}
