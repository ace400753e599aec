export type NoticeState = { kind: 'ok' | 'error'; text: string } | null;

/** The result of an action, announced to screen readers. */
export function Notice({ state }: { state: NoticeState }) {
  return (
    <div role="status" aria-live="polite">
      {state && <div className={`notice ${state.kind}`}>{state.text}</div>}
    </div>
  );
}
