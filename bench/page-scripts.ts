/**
 * Code that runs inside the benchmarked page, through page.evaluate. Kept as
 * source text: tsx rewrites functions (adding helpers such as __name) in ways
 * that break once playwright serialises them into the page. Not used with
 * page.waitForFunction, which calls eval() in the page and so is refused by
 * the app's Content-Security-Policy.
 */

/** 'ready' once the chart has drawn, 'error' if the app shows its error panel instead, else 'loading'. */
export const LOAD_STATE = `performance.getEntriesByName('timeline-ready').length > 0
  ? 'ready'
  : document.querySelector('.error-panel') !== null ? 'error' : 'loading'`;

export const READY_TIME = `performance.getEntriesByName('timeline-ready')[0]?.startTime ?? null`;

export const ERROR_PANEL_TEXT = `document.querySelector('.error-panel')?.textContent?.replace(/\\s+/g, ' ').trim().slice(0, 300) ?? null`;

export const DOM_NODE_COUNT = `document.getElementsByTagName('*').length`;

/** Starts a requestAnimationFrame loop that keeps every frame's timestamp; resolves on its first frame. */
export const START_FRAME_RECORDER = `new Promise((resolve) => {
  const times = [];
  window.__benchFrames = times;
  window.__benchRecording = true;
  const tick = (time) => {
    times.push(time);
    if (times.length === 1) resolve(undefined);
    if (window.__benchRecording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/**
 * Waits two more frames, so the work caused by the last input and the
 * rendering of it are both inside a measured frame, then stops the loop and
 * returns the timestamps.
 */
export const STOP_FRAME_RECORDER = `new Promise((resolve) => {
  requestAnimationFrame(() =>
    requestAnimationFrame((time) => {
      window.__benchRecording = false;
      const times = window.__benchFrames;
      if (times[times.length - 1] !== time) times.push(time);
      resolve(times);
    }),
  );
})`;
