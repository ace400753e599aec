/**
 * Remembers a pure string function's answers. A 1,000-row list repeats the
 * same few statuses, channels and procedure names; folding and cleaning each
 * again is most of the work of reading the page. The cache is dropped whole
 * when full, so it never grows with the page.
 */
export function memoize(fn: (text: string) => string, max = 4096): (text: string) => string {
  let cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      out = fn(text);
      if (cache.size >= max) cache = new Map();
      cache.set(text, out);
    }
    return out;
  };
}
