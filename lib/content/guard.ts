/**
 * Pages the extension must leave untouched: sign-in pages and the dialogs
 * that talk to local digital-signature services (ký số). Drawing over them or
 * observing them gains nothing and could get in the way of a signature.
 */
const BLOCKED_PATH = /(dang-?nhap|login|logout|sso|oauth|cas\/|xac-?thuc|ky-?so|chu-?ky-?so|signing|sign-?in|vnpt-?ca|token)/i;

export function isPageOffLimits(url: URL, doc: Document): boolean {
  if (BLOCKED_PATH.test(url.pathname + url.search)) return true;
  return doc.querySelector('input[type="password"]') !== null;
}
