/**
 * How the benchmark page times one render: from the first line of the work to (1) the content in
 * the DOM plus a forced layout, and (2) the next animation frame rendered. Shared by every variant,
 * so each is timed the same way.
 */

/** One timed sample, in ms from the start of the work. */
export interface Sample {
  /** The content is in the DOM and the document has been laid out (a forced, synchronous layout). */
  toLayout: number;
  /** The next animation frame has been rendered as well (its paint included, see `frameRendered`). */
  toFrame: number;
  /** Requests the client sent during the sample (0 when the data came from memory). */
  requests: number;
}

/** One sample of a variant: `prepare` and `dispose` are not timed, `run` is. */
export interface Trial {
  /** Brings the page to where the timed step starts (e.g. a list already showing page 1). */
  prepare?(): Promise<void>;
  /** The timed step: resolves once what is measured is in the DOM. */
  run(): Promise<void>;
  /** Takes the trial's content out of the page again. */
  dispose(): void;
}

/** Resolves in the next task: after the microtasks due now, and after a rendering update when one is due. */
export function nextTask(): Promise<void> {
  return new Promise(resolve => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves in the next animation frame's callbacks (before that frame's style, layout and paint). */
export function nextFrame(): Promise<void> {
  return new Promise(resolve => requestAnimationFrame(() => resolve()));
}

/** Headless Chromium renders at 60 Hz. */
const FRAME_MS = 1000 / 60;

/**
 * Resolves once the next animation frame has been rendered: a task queued from a
 * `requestAnimationFrame` callback runs after that frame's rendering update (style, layout, paint).
 * Frames come at 60 Hz, so this adds 0–16.7 ms of waiting for the frame to whatever the work took;
 * `Sample.toLayout` is the figure without it.
 */
export async function frameRendered(): Promise<void> {
  await nextFrame();
  await nextTask();
}

/** Forces style and layout of the whole document (shadow roots included), synchronously. */
export function forceLayout(): void {
  void document.body.offsetHeight;
}

/**
 * Waits until `done()` is true, checking now and then after every task (so a state reached by a
 * microtask, e.g. a Lit update, is seen at the end of the task that reached it). Throws after
 * `timeoutMs`, naming `what`.
 */
export async function until(done: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await nextTask();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/**
 * Runs `trial` once: prepares it, times `run`, then disposes of it. `sent()` counts the client's
 * requests. The timed step starts at a random point of a frame interval: started right after a
 * frame, every step shorter than a frame would end at the same next frame (~17 ms, whatever it
 * did); at a random phase the wait for the frame is 0–16.7 ms, 8.3 ms on average, for every
 * variant alike.
 */
export async function timeTrial(trial: Trial, sent: () => number): Promise<Sample> {
  try {
    await trial.prepare?.();
    // Let the preparation's own rendering settle, so that it is not counted below.
    await frameRendered();
    await sleep(Math.random() * FRAME_MS);
    const before = sent();
    const start = performance.now();
    await trial.run();
    forceLayout();
    const laidOut = performance.now();
    await frameRendered();
    const framed = performance.now();
    return {toLayout: laidOut - start, toFrame: framed - start, requests: sent() - before};
  } finally {
    trial.dispose();
  }
}
