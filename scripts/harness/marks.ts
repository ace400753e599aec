import type { Page } from 'playwright-core';

/**
 * Runs `fn` on the marks' shadow root in a portal page. The root is closed, so
 * no page script (nor Playwright's locators) can reach it; the DevTools
 * protocol can, which is how tests look inside without opening it to pages.
 * Returns `fallback` while the page has no marks.
 */
export async function inMarks<R, A = undefined>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A, fallback?: R): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'tro-ly-cchc-marks' });
    if (!nodeId) return fallback as R;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return fallback as R;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as R;
  } finally {
    await cdp.detach();
  }
}
