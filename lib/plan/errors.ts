/** Input the reader cannot use, with a one-line Vietnamese reason fit to show a user. */
export class PlanInputError extends Error {
  constructor(reason: string) {
    super(reason.replace(/\s+/g, ' ').trim());
    this.name = 'PlanInputError';
  }
}

/** A PDF whose pages are images (a scan): its text has to be read by OCR. */
export class ScannedPdfError extends PlanInputError {}

/** A document of another kind (a report, a công văn): nothing went wrong, there is just no plan in it to save. */
export class NotAPlanError extends PlanInputError {}
