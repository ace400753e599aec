/**
 * Calls back when the address of the page really changes (single-page
 * portals route without reloading). It reads `location.href` itself rather
 * than trusting an event: a page can dispatch any event it likes, WXT's
 * `wxt:locationchange` included, but cannot fake where it is.
 */
export function watchLocation(view: Window, onChange: () => void): () => void {
  let last = view.location.href;
  const check = () => {
    const now = view.location.href;
    if (now === last) return;
    last = now;
    onChange();
  };
  const navigation = (view as Window & { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', check);
    return () => navigation.removeEventListener('navigatesuccess', check);
  }
  const timer = view.setInterval(check, 1000);
  return () => view.clearInterval(timer);
}
