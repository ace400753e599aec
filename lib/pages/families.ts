// Written by `npm run -s page-kinds` from the page-kind modules of lib/pages: edit those, not this.
import { dvcIndex } from './dvcIndex';
import { dvcProcedure } from './dvcProcedure';
import { feedbackList } from './feedbackList';
import { onestopDossier } from './onestopDossier';
import { onestopDossierList } from './onestopDossierList';
import { qlvbDocument } from './qlvbDocument';
import { qlvbDocumentList } from './qlvbDocumentList';
import type { PageModule } from './types';

/** The page kinds each content script reads, in the registry's order: a script imports its own list, and bundles only those modules. */
export const dvcFamily: readonly PageModule[] = [dvcIndex, feedbackList, dvcProcedure];
export const onestopFamily: readonly PageModule[] = [feedbackList, onestopDossierList, onestopDossier];
export const qlvbFamily: readonly PageModule[] = [qlvbDocumentList, qlvbDocument];
