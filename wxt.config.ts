import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import { NATIONAL_PORTAL_MATCHES } from './lib/hosts/provinces';
import { RUN_AT, scriptFileOf } from './lib/hosts/registration';

/**
 * The OCR engine ships inside the extension (no CDN): tesseract.js's worker
 * script and its WebAssembly core (the SIMD, LSTM-only build, which every
 * Chromium that runs MV3 supports) are copied from node_modules into ocr/,
 * beside the Vietnamese model kept in public/ocr.
 */
function ocrEngineFiles(): Array<{ absoluteSrc: string; relativeDest: string }> {
  const require = createRequire(import.meta.url);
  const engine = dirname(require.resolve('tesseract.js/package.json'));
  const core = dirname(require.resolve('tesseract.js-core/package.json'));
  const files = [
    { absoluteSrc: join(engine, 'dist/worker.min.js'), relativeDest: 'ocr/worker.min.js' },
    { absoluteSrc: join(core, 'tesseract-core-simd-lstm.js'), relativeDest: 'ocr/tesseract-core-simd-lstm.js' },
    { absoluteSrc: join(core, 'tesseract-core-simd-lstm.wasm'), relativeDest: 'ocr/tesseract-core-simd-lstm.wasm' },
  ];
  const missing = [...files.map((f) => f.absoluteSrc), join(import.meta.dirname, 'public/ocr/vie.traineddata'), join(import.meta.dirname, 'public/ocr/eng.traineddata')].filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`OCR files missing (run npm ci; the models are public/ocr/vie.traineddata and eng.traineddata): ${missing.join(', ')}`);
  return files;
}

/**
 * The demo and end-to-end build grants the demo province's systems at install
 * time, standing in for the permission prompt a person answers in the
 * first-run screen (a prompt automation cannot click). The content scripts are
 * still registered only through that screen, as in the real extension.
 */
const DEMO_HOSTS = ['motcua', 'ioffice', 'vpdt', 'dichvucong'].map((system) => `*://${system}.langson.gov.vn/*`);

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // lib/ is pure functions and data: a module none of whose exports a bundle uses is left out of it, whatever
  // its top level computes (the indicator registry's maps, say, in a content script that only checks pages).
  vite: () => ({ build: { rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !id.includes('/lib/') } } } }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...ocrEngineFiles());
    },
  },
  manifest: ({ mode }) => ({
    name: '__MSG_appName__',
    description: '__MSG_appDescription__',
    default_locale: 'vi',
    // Fixes the extension id whatever folder it is loaded from.
    key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6gwf9YzZ0OHC77lrOHV6fyB+hcFIB4xFjWs43u2dnp6RTsHOAVkGcbSDEjeg+tKeFoD1Uz68N1NY9xtb6/1Fqzkm+lbIK19PaAtl7jfdI+GqmM0nMNZrCp43kiSZ0bR3zhiqKOW1xxPyQsFYYxzChqfwI5uPCN1/mSFK3wcCZajqV1n+PrKQ/Qd9Fzky7f5p/nflEpxzWK0rQ2NpJGIWXSFG3A8ynNKLzzbQ45okeXqOGBfcgJ4chbFWh8xKFVoCO7laBbBkhWf59eeSqH8IObqmpMS7FmHWmMpbo1X3mof4x0nJQ9fMnQR4Ss7uKI9GudHTYXqv7GhkiL1mKOzcswIDAQAB',
    permissions: ['sidePanel', 'alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage'],
    host_permissions: [...NATIONAL_PORTAL_MATCHES, ...(mode === 'demo' ? DEMO_HOSTS : [])],
    // The national portal's script is listed here; the provinces' systems are registered at run time (lib/hosts).
    content_scripts: [{ matches: NATIONAL_PORTAL_MATCHES, js: [scriptFileOf.dvc], run_at: RUN_AT }],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_appName__' },
    side_panel: { default_path: 'sidepanel.html' },
    // Nothing leaves the browser: extension pages and the service worker load and
    // connect only to the extension's own files ('self' is chrome-extension://<id>),
    // which is where pdf.js and the OCR engine fetch their workers and data from.
    content_security_policy: {
      // 'wasm-unsafe-eval' lets the OCR engine compile its own WebAssembly; it allows no eval of script.
      extension_pages: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
  }),
});
