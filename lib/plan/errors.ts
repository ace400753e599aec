import { planInputVi, type PlanInputKey } from '../i18n/planInput';
import { PhraseError, type Phrase } from '../i18n/phrase';

/** Why the reader cannot use an input, as a dictionary key and its parameters. */
export type PlanInputPhrase = Phrase<PlanInputKey>;

/**
 * Input the reader cannot use. `phrase` is the reason, worded in the person's
 * language where it is shown; `message` words it in Vietnamese, the default,
 * for the command line and logs.
 */
export class PlanInputError extends PhraseError<PlanInputKey> {
  constructor(phrase: PlanInputPhrase) {
    super(phrase, planInputVi);
    this.name = 'PlanInputError';
  }
}

/** A PDF whose pages are images (a scan): its text has to be read by OCR. */
export class ScannedPdfError extends PlanInputError {}

/** A document of another kind (a report, a công văn): nothing went wrong, there is just no plan in it to save. */
export class NotAPlanError extends PlanInputError {}

