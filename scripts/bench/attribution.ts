/**
 * Which of a renderer's main-thread time is the extension's: a CPU profile
 * says what code ran (by script URL), a trace says where the event loop's
 * tasks begin and end. Both are stamped on the same monotonic clock in
 * microseconds.
 */

export interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

/** Each sample's time and length, and whether its stack holds extension code (its own or the DOM/layout work it calls). */
function extensionSamples(profile: Profile): { at: number; us: number; extension: boolean }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const inExtension = new Map<number, boolean>();
  const extensionStack = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const parent = parentOf.get(id);
    const v = isExtensionUrl(byId.get(id)!.callFrame.url) || (parent !== undefined && extensionStack(parent));
    inExtension.set(id, v);
    return v;
  };
  const out: { at: number; us: number; extension: boolean }[] = [];
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    // A sample's delta is the time since the previous one: the next delta is this sample's length.
    out.push({ at, us: profile.timeDeltas[i + 1] ?? 0, extension: extensionStack(profile.samples[i]) });
  }
  return out;
}

export interface Attribution {
  /** Sampled time whose stack holds extension code. */
  extensionMs: number;
  /** The most extension time within one main-thread task: how long the extension held the page's thread at a stretch. */
  longestTaskMs: number;
  /** That task whole, the page's own part of it too (the parser's task holds the script's start). */
  longestTaskWholeMs: number;
  /** Share of the extension's samples that fell inside a traced task: how well the two records line up. */
  samplesInTasks: number;
  /** Sampled extension time before the page's load event began: work that can hold the load event back. */
  beforeLoadMs: number;
}

/**
 * The renderer main thread is the one whose tasks hold the extension's
 * samples: other processes (the service worker, the browser) have their own
 * threads in the trace.
 */
export function attribute(profile: Profile, trace: readonly TraceEvent[]): Attribution {
  const samples = extensionSamples(profile).filter((s) => s.extension);
  const extensionMs = samples.reduce((sum, s) => sum + s.us, 0) / 1000;
  const mainThreads = new Set(trace.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of trace) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key)) continue;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  let best = { hit: new Map<TraceEvent, number>(), inside: 0 };
  for (const tasks of byThread.values()) {
    tasks.sort((a, b) => a.ts - b.ts);
    const hit = new Map<TraceEvent, number>();
    let inside = 0;
    let t = 0;
    for (const s of samples) {
      while (t < tasks.length && tasks[t].ts + tasks[t].dur! < s.at) t++;
      // Nested RunTask events (a task run inside another, such as a microtask checkpoint) sit within the outer one: the outer is the task.
      if (t < tasks.length && tasks[t].ts <= s.at) {
        hit.set(tasks[t], (hit.get(tasks[t]) ?? 0) + s.us);
        inside++;
      }
    }
    if (inside > best.inside) best = { hit, inside };
  }
  const [task, us] = [...best.hit].reduce<[TraceEvent | null, number]>((top, entry) => (entry[1] > top[1] ? entry : top), [null, 0]);
  const longestTaskMs = us / 1000;
  const longestTaskWholeMs = task ? task.dur! / 1000 : 0;
  // The load event of the main frame: the last one traced (the blank page before the list has its own).
  const load = trace.filter((e) => e.name === 'MarkLoad').reduce((last, e) => Math.max(last, e.ts), -Infinity);
  const beforeLoadMs = samples.filter((s) => s.at < load).reduce((sum, s) => sum + s.us, 0) / 1000;
  return { extensionMs, longestTaskMs, longestTaskWholeMs, samplesInTasks: samples.length ? best.inside / samples.length : 1, beforeLoadMs };
}
