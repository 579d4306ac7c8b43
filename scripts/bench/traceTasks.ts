import type { Browser, Page } from 'playwright-core';

/** The longest task of the page's main thread in a trace: wall time and the thread's CPU time. */
export interface TracedTask {
  readonly wallMs: number;
  readonly cpuMs: number;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly dur?: number;
  /** Thread-clock duration: time the thread actually ran. */
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/** Starts a Chromium trace of `page` with the categories that hold its tasks. */
export async function startTaskTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
}

/**
 * Stops the trace and finds the renderer main thread's longest task. Why both clocks: on a
 * machine without a GPU, SwiftShader's rasterizer threads and MapLibre's worker share the cores
 * with the page, so a task's wall time is mostly time the main thread was not running.
 */
export async function stopTaskTrace(browser: Browser): Promise<TracedTask> {
  const json = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  const events = json.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest: TraceEvent | null = null;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    if (!longest || (e.dur ?? 0) > (longest.dur ?? 0)) longest = e;
  }
  return { wallMs: (longest?.dur ?? 0) / 1000, cpuMs: (longest?.tdur ?? 0) / 1000 };
}
