/**
 * Long work written as a generator that yields between items (a row read, a
 * dossier checked): a content script gives the page its main thread back
 * every few milliseconds, while tests and the command line run the same code
 * straight through.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps straight through. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, giving way (`pause`) each time a slice has run `sliceMs`. */
export async function inSlices<T>(steps: Steps<T>, pause: () => Promise<void>, sliceMs: number, now: () => number = () => performance.now()): Promise<T> {
  let start = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - start >= sliceMs) {
      await pause();
      start = now();
    }
  }
}
