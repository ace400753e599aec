/** pdf.js ships its worker without types; the page only hands the module to pdf.js. */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
