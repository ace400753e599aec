import { useT } from './i18n';

/** The OCR's wording of a restored record, one line per field, shown when the person asks for it. */
export function OcrOriginal({ lines }: { lines: ReadonlyArray<string | null | undefined> }) {
  const t = useT();
  const shown = lines.filter((l): l is string => !!l);
  if (!shown.length) return null;
  return (
    <details className="ocr-original">
      <summary className="small">{t('ocrOriginal')}</summary>
      {shown.map((line, i) => (
        <p key={i} className="quote" lang="vi">
          {line}
        </p>
      ))}
    </details>
  );
}
