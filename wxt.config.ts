import { defineConfig } from 'wxt';
import { NATIONAL_PORTAL_MATCHES } from './lib/hosts/provinces';

/**
 * The demo and end-to-end build grants the demo province's systems at install
 * time, standing in for the permission prompt a person answers in the
 * first-run screen (a prompt automation cannot click). The content scripts are
 * still registered only through that screen, as in the real extension.
 */
const DEMO_HOSTS = ['motcua', 'ioffice', 'vpdt', 'dichvucong'].map((system) => `*://${system}.langson.gov.vn/*`);

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ mode }) => ({
    name: '__MSG_appName__',
    description: '__MSG_appDescription__',
    default_locale: 'vi',
    // Fixes the extension id whatever folder it is loaded from.
    key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6gwf9YzZ0OHC77lrOHV6fyB+hcFIB4xFjWs43u2dnp6RTsHOAVkGcbSDEjeg+tKeFoD1Uz68N1NY9xtb6/1Fqzkm+lbIK19PaAtl7jfdI+GqmM0nMNZrCp43kiSZ0bR3zhiqKOW1xxPyQsFYYxzChqfwI5uPCN1/mSFK3wcCZajqV1n+PrKQ/Qd9Fzky7f5p/nflEpxzWK0rQ2NpJGIWXSFG3A8ynNKLzzbQ45okeXqOGBfcgJ4chbFWh8xKFVoCO7laBbBkhWf59eeSqH8IObqmpMS7FmHWmMpbo1X3mof4x0nJQ9fMnQR4Ss7uKI9GudHTYXqv7GhkiL1mKOzcswIDAQAB',
    permissions: ['sidePanel', 'alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage'],
    host_permissions: [...NATIONAL_PORTAL_MATCHES, ...(mode === 'demo' ? DEMO_HOSTS : [])],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_appName__' },
    side_panel: { default_path: 'sidepanel.html' },
    // Nothing leaves the browser: extension pages and the service worker load and
    // connect only to the extension's own files ('self' is chrome-extension://<id>),
    // which is where pdf.js and the OCR engine fetch their workers and data from.
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
  }),
});
