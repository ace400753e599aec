/** 'info' tells how things are (this file is a report), without calling it a failure. */
export type NoticeState = { kind: 'ok' | 'info' | 'error'; text: string } | null;

/** The result of an action, announced to screen readers. */
export function Notice({ state }: { state: NoticeState }) {
  return (
    <div role="status" aria-live="polite">
      {state && <div className={`notice ${state.kind}`}>{state.text}</div>}
    </div>
  );
}
