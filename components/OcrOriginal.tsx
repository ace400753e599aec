import { useT } from './i18n';

type Field = readonly [original: string | null | undefined, shown: string | null | undefined];

/** The OCR's wording of a restored record, one line per field it changed, shown when the person asks for it. */
export function OcrOriginal({ fields }: { fields: readonly Field[] }) {
  const t = useT();
  const changed = fields.filter((f): f is readonly [string, string | null | undefined] => !!f[0] && f[0] !== f[1]).map(([original]) => original);
  if (!changed.length) return null;
  return (
    <details className="ocr-original">
      <summary className="small">{t('ocrOriginal')}</summary>
      {changed.map((line, i) => (
        <p key={i} className="quote" lang="vi">
          {line}
        </p>
      ))}
    </details>
  );
}
