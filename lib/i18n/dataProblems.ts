import { PhraseError, type Phrase } from './phrase';

/**
 * Why data the person picked or entered cannot be used: a backup or an export
 * file that is not one, a plan or settings that do not fit their schema. Kept
 * apart from the UI strings, like the plan reader's refusals, so the command
 * line words them in Vietnamese from these few.
 */
export const dataProblemVi = {
  fileNotJson: 'Tệp không phải JSON hợp lệ (có thể bị cắt cụt): không đọc được {kind}',
  fileNotOurs: 'Tệp không phải {kind} của Trợ lý CCHC (format: {format})',
  fileTooNew: 'version: {kind} phiên bản {found} mới hơn phiên bản {known} mà tiện ích này đọc được',
  fileKind_backup: 'bản sao lưu',
  fileKind_export: 'tệp xuất dữ liệu',
  fileNamed: '{name}: {problem}',
  restoreFailed: 'Không khôi phục được, dữ liệu giữ nguyên: {reason}',
  sheetMissing: 'Không có bảng "{sheet}"',
  invalidAt: '{place}: {problem}{more}',
  invalidWhole: 'tệp',
  invalidMore: ' (và {n} lỗi khác)',
} as const;

export type DataProblemKey = keyof typeof dataProblemVi;

export const dataProblemEn: Record<DataProblemKey, string> = {
  fileNotJson: 'The file is not valid JSON (it may be cut short): the {kind} cannot be read',
  fileNotOurs: 'The file is not a Trợ lý CCHC {kind} (format: {format})',
  fileTooNew: 'version: this {kind} is version {found}, newer than version {known} this extension reads',
  fileKind_backup: 'backup',
  fileKind_export: 'data export',
  fileNamed: '{name}: {problem}',
  restoreFailed: 'Could not restore; your data is unchanged: {reason}',
  sheetMissing: 'There is no sheet "{sheet}"',
  invalidAt: '{place}: {problem}{more}',
  invalidWhole: 'file',
  invalidMore: ' (and {n} more problems)',
};

/** Data that cannot be used, for a reason worded where it is shown. */
export class DataProblemError extends PhraseError<DataProblemKey> {
  constructor(phrase: Phrase<DataProblemKey>) {
    super(phrase, dataProblemVi);
    this.name = 'DataProblemError';
  }
}
