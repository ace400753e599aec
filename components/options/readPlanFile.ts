import { docxToText } from '@/lib/plan/docx';
import { documentToText } from '@/lib/plan/html';
import { PlanInputError } from '@/lib/plan/errors';
import { pdfToText } from '@/lib/plan/pdf';

/** Bigger than any plan; a file this large is something else. */
const MAX_BYTES = 20 * 1024 * 1024;

/** The text of a plan file the user picked: .txt, .docx, .pdf (text layer) or a saved .html page. */
export async function readPlanFile(file: File): Promise<string> {
  if (file.size > MAX_BYTES) throw new PlanInputError(`Tệp quá lớn (${Math.round(file.size / 1048576)} MB): kế hoạch thường dưới 20 MB.`);
  const name = file.name.toLowerCase();
  if (name.endsWith('.pdf')) return pdfToText(await file.arrayBuffer());
  // A .doc is refused by what it holds (Word 97–2003, or an encrypted .docx), a renamed .docx is read.
  if (name.endsWith('.docx') || name.endsWith('.doc')) return docxToText(await file.arrayBuffer());
  const text = await file.text();
  if (name.endsWith('.html') || name.endsWith('.htm')) {
    return documentToText(new DOMParser().parseFromString(text, 'text/html'));
  }
  if (name.endsWith('.txt') || file.type.startsWith('text/')) return text;
  throw new PlanInputError(`Không đọc được loại tệp "${file.name}": chọn tệp .docx, .pdf, .txt hoặc .html.`);
}
