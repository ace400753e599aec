import { dvcIndex } from './dvcIndex';
import { dvcProcedure } from './dvcProcedure';
import { feedbackList } from './feedbackList';
import { onestopDossier } from './onestopDossier';
import { onestopDossierList } from './onestopDossierList';
import { qlvbDocument } from './qlvbDocument';
import { qlvbDocumentList } from './qlvbDocumentList';
import type { PageModule } from './types';

/**
 * The page kinds each content script reads, most specific first (as in the
 * registry): the modules whose `families` name that system. Written out so
 * that each script bundles only its own modules; a test holds them to the
 * modules' own declarations.
 */
export const dvcFamily: readonly PageModule[] = [feedbackList, dvcIndex, dvcProcedure];
export const onestopFamily: readonly PageModule[] = [onestopDossierList, feedbackList, onestopDossier];
export const qlvbFamily: readonly PageModule[] = [qlvbDocumentList, qlvbDocument];
