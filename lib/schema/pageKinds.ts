// Written by `npm run -s page-kinds` from the page-kind modules of lib/pages: edit those, not this.

/** The kinds of page the modules of lib/pages read, in the registry's order. */
export const PAGE_KINDS = [
  'dvc.index',
  'feedback.list',
  'onestop.dossier_list',
  'qlvb.document_list',
  'dvc.procedure',
  'onestop.dossier',
  'qlvb.document',
] as const;
