import { useEffect, useRef } from 'react';
import type { OcrResult } from '@/lib/ocr/client';
import { lineOf, suspectValues } from '@/lib/ocr/evidence';
import type { OcrLine } from '@/lib/ocr/layout';
import type { ScanProgress } from '@/lib/ocr/scan';
import { useT, type Translate } from '../i18n';

/*
 * The OCR part of importing a scan: the progress of the reading (page N of
 * M, time left, a button to stop), and in the review the image of the line
 * each target and task was read from, so the person checks "100" against
 * what is printed.
 */

function duration(t: Translate, ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 90 ? t('ocrSeconds', { n: seconds }) : t('ocrMinutes', { n: Math.round(seconds / 60) });
}

export function OcrProgress({ progress, onCancel }: { progress: ScanProgress | null; onCancel: () => void }) {
  const t = useT();
  const label = progress
    ? [t('ocrReading', { page: Math.min(progress.done + 1, progress.pages), pages: progress.pages }), progress.leftMs !== null && t('ocrLeft', { time: duration(t, progress.leftMs) })]
        .filter(Boolean)
        .join(' — ')
    : t('ocrStarting');
  return (
    <div className="card" data-ocr-progress role="status">
      <p id="ocr-progress-label">{label}</p>
      <div className="row">
        <progress aria-labelledby="ocr-progress-label" max={progress?.pages || 1} value={progress?.done ?? 0} style={{ flex: 1 }} />
        <button type="button" onClick={onCancel}>
          {t('ocrCancel')}
        </button>
      </div>
    </div>
  );
}

const bitmaps = new WeakMap<Blob, Promise<ImageBitmap>>();
const bitmapOf = (jpeg: Blob) => {
  let found = bitmaps.get(jpeg);
  if (!found) bitmaps.set(jpeg, (found = createImageBitmap(jpeg)));
  return found;
};

/** Widest a line image is drawn, in CSS pixels: the review's cards are narrower than a page. */
const MAX_WIDTH = 720;

/** The image of one OCR'd line, cut from its page. */
function LineImage({ scan, line }: { scan: OcrResult; line: OcrLine }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const page = scan.images.find((p) => p.page === line.page);
  useEffect(() => {
    if (!page) return;
    let live = true;
    void bitmapOf(page.jpeg).then((bitmap) => {
      const target = canvas.current;
      if (!live || !target) return;
      const scale = bitmap.width / page.width;
      // A margin around the words, narrower above and below so the neighbouring lines stay out.
      const padX = line.box.height * 0.3;
      const padY = line.box.height * 0.12;
      const sx = Math.max(0, (line.box.x - padX) * scale);
      const sy = Math.max(0, (line.box.y - padY) * scale);
      const sw = Math.min(bitmap.width - sx, (line.box.width + 2 * padX) * scale);
      const sh = Math.min(bitmap.height - sy, (line.box.height + 2 * padY) * scale);
      const fit = Math.min(1, MAX_WIDTH / sw);
      target.width = Math.round(sw * fit);
      target.height = Math.round(sh * fit);
      target.getContext('2d')?.drawImage(bitmap, sx, sy, sw, sh, 0, 0, target.width, target.height);
    });
    return () => {
      live = false;
    };
  }, [page, line]);
  return page ? <canvas ref={canvas} className="ocr-line" role="img" aria-label={line.text} style={{ maxWidth: '100%', display: 'block' }} /> : null;
}

function LineEvidence({ scan, line }: { scan: OcrResult; line: OcrLine }) {
  const t = useT();
  return (
    <figure className="quote" data-ocr-line={line.page} style={{ margin: '6px 0' }}>
      <LineImage scan={scan} line={line} />
      <figcaption>
        <span className="muted small">{t('ocrLine', { page: line.page })}: </span>
        {line.text}
        {line.original && (
          <details className="ocr-original" data-ocr-engine-read>
            <summary className="small">{t('ocrEngineRead')}</summary>
            <p className="quote" lang="vi">
              {line.original}
            </p>
          </details>
        )}
      </figcaption>
    </figure>
  );
}

/** The OCR'd line a target or task was read from, as image and text. */
export function ScanEvidence({ scan, passage, value }: { scan: OcrResult; passage: string; value?: number }) {
  const t = useT();
  const line = lineOf(passage, scan.reading.pages, value);
  return line ? <LineEvidence scan={scan} line={line} /> : <p className="muted small">{t('ocrLineMissing')}</p>;
}

/** The number cell of the letterhead line: "Số: 996/KH-…" (see documentNumber.ts). */
const NUMBER_LABEL = /\bS[ốốoóô6]\s*:/iu;

/**
 * The letterhead line that carries "Số: .../KH-...", when the number could not
 * be read, or was read again from the image (a stamped number): the person
 * checks it against the line's image.
 */
export function NumberEvidence({ scan, number }: { scan: OcrResult; number: string | null }) {
  const t = useT();
  const line = scan.reading.pages.flatMap((p) => p.lines).find((l) => NUMBER_LABEL.test(l.text));
  if (number && !line?.numberReread) return null;
  return (
    <div className="small" data-ocr-number>
      <p className="warn">{number ? t('ocrNumberReread', { number }) : t('ocrNumberMissing')}</p>
      {line && <LineEvidence scan={scan} line={line} />}
    </div>
  );
}

/** Values the OCR may have damaged: flagged, never changed. */
export function ScanSuspects({ scan }: { scan: OcrResult }) {
  const t = useT();
  const suspects = suspectValues(scan.reading.pages);
  if (!suspects.length) return null;
  return (
    <div className="card fail" data-ocr-suspects>
      <h4>{t('ocrSuspects')}</h4>
      {suspects.map((s, i) => (
        <div key={i}>
          <p className="small">{t('ocrSuspect', { value: s.value, likely: s.likely })}</p>
          <LineEvidence scan={scan} line={s.line} />
        </div>
      ))}
    </div>
  );
}
