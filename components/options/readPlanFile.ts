import { docxToText } from '@/lib/plan/docx';
import { documentToText } from '@/lib/plan/html';
import { PlanInputError } from '@/lib/plan/errors';
import { MAX_PLAN_CHARS, refuseOverlongText } from '@/lib/plan/parse';
import { readPdfText } from '@/lib/plan/pdfClient';

/** Bigger than any plan; a file this large is something else. */
const MAX_BYTES = 20 * 1024 * 1024;
/** UTF-8 spends at most 3 bytes on a character of text: a .txt past this is too long to be a plan, unread. */
const MAX_TEXT_BYTES = 3 * MAX_PLAN_CHARS;

const megabytes = (bytes: number) => Math.round(bytes / 1048576);

/** The text of a file, read off the page's main thread where the format allows. */
async function fileText(file: File, name: string): Promise<string> {
  if (name.endsWith('.pdf')) return readPdfText(await file.arrayBuffer());
  // A .doc is refused by what it holds (Word 97–2003, or an encrypted .docx), a renamed .docx is read.
  if (name.endsWith('.docx') || name.endsWith('.doc')) return docxToText(await file.arrayBuffer());
  const isText = name.endsWith('.txt') || (file.type.startsWith('text/') && !/\.html?$/.test(name));
  if (isText && file.size > MAX_TEXT_BYTES) {
    throw new PlanInputError({ key: 'planInputTextFileTooLong', params: { mb: megabytes(file.size) } });
  }
  const text = await file.text();
  if (name.endsWith('.html') || name.endsWith('.htm')) {
    return documentToText(new DOMParser().parseFromString(text, 'text/html'));
  }
  if (isText) return text;
  throw new PlanInputError({ key: 'planInputFileType', params: { name: file.name } });
}

/**
 * The text of a plan file the user picked: .txt, .docx, .pdf (text layer) or
 * a saved .html page. Text too long to be a plan is refused here, before it
 * reaches the text box (a box holding megabytes freezes the page).
 */
export async function readPlanFile(file: File): Promise<string> {
  if (file.size > MAX_BYTES) throw new PlanInputError({ key: 'planInputFileTooBig', params: { mb: megabytes(file.size) } });
  const text = await fileText(file, file.name.toLowerCase());
  refuseOverlongText(text.length);
  return text;
}
