// Written by `npm run -s page-kinds` from the page-kind modules of lib/pages: edit those, not this.
import { dvcIndex } from './dvcIndex';
import { dvcProcedure } from './dvcProcedure';
import { feedbackList } from './feedbackList';
import { onestopDossier } from './onestopDossier';
import { onestopDossierList } from './onestopDossierList';
import { qlvbDocument } from './qlvbDocument';
import { qlvbDocumentList } from './qlvbDocumentList';
import type { PageModule } from './types';

/**
 * Every page kind the extension reads: list kinds first (a list page's search
 * form has labels a one-subject classifier could take for a subject's), then
 * by kind. The first module whose classifier accepts the page reads it.
 */
export const pageModules = [
  dvcIndex,
  feedbackList,
  onestopDossierList,
  qlvbDocumentList,
  dvcProcedure,
  onestopDossier,
  qlvbDocument,
] as const satisfies readonly PageModule[];
