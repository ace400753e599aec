import { vi } from 'vitest';

/**
 * The marks live in a closed shadow root that no page script can reach; a
 * test reaches it by watching attachShadow in the document's window.
 */
export function watchShadowRoots(doc: Document): () => ShadowRoot {
  const roots: ShadowRoot[] = [];
  const proto = doc.defaultView!.Element.prototype;
  const attach = proto.attachShadow;
  vi.spyOn(proto, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return () => {
    const root = roots.at(-1);
    if (!root) throw new Error('no shadow root was attached');
    return root;
  };
}
