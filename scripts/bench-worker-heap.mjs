/**
 * The JS heap of the bench page's dedicated workers. `performance.memory` exists on a Window only, so node polls
 * each worker's `Runtime.getHeapUsage` over the DevTools protocol (a session on the page, attached to the worker
 * targets through Target.sendMessageToTarget) and keeps each worker's peak, by worker name. The page reads and
 * resets it between steps through `window.kopBenchWorkerHeap(name)`. A sampled peak: what lives shorter than the
 * interval can be missed, and garbage not yet collected counts, so two runs of the same step can differ widely as
 * the collector lets the heap grow or not. `take(name, liveEveryMs)` therefore also asks, until the next take, for a
 * collection every `liveEveryMs` before a sample, and keeps that peak apart (`livePeakMB`: what the step really held,
 * give or take the interval); each collection pauses the worker, so only a step whose time has no target asks.
 * Polling starts with the first call and stops once no worker is left for a few seconds, so the rest of the bench
 * runs without it. Anything failing here gives null figures, never a failed bench.
 */

const MB = 1024 * 1024;
const START_MS = 500;
const round = (bytes) => Math.round((bytes / MB) * 10) / 10;

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 */
export async function watchWorkerHeap(context, page, intervalMs = 100) {
  /** @type {Map<string, { peak: number, last: number, samples: number, livePeak: number, liveSamples: number }>} */
  const byName = new Map();
  /** @type {Map<string, { sessionId: string, name: string }>} by targetId */
  const attached = new Map();
  /** @type {Map<number, (result: unknown) => void>} */
  const pending = new Map();
  let nextId = 1;
  let cdp;
  try {
    cdp = await context.newCDPSession(page);
  } catch {
    return { take: async () => null, stop: async () => undefined };
  }
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message);
    const resolve = pending.get(message.id);
    if (resolve) {
      pending.delete(message.id);
      resolve(message.result ?? null);
    }
  });
  cdp.on('Target.detachedFromTarget', (event) => {
    for (const [targetId, a] of attached) if (a.sessionId === event.sessionId) attached.delete(targetId);
  });
  const call = (sessionId, method) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) }).catch(() => resolve(null));
      setTimeout(() => {
        if (pending.delete(id)) resolve(null);
      }, 5000);
    });

  /** Per worker name: how often to sample after a collection (ms, 0 = never), and when that was done last. */
  const live = new Map();
  /** When each worker target was first listed: it is attached only once it runs (see below). */
  const firstSeen = new Map();
  let busy = false;
  let timer = null;
  let idleTicks = 0;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const workers = targetInfos.filter((t) => t.type === 'worker');
      idleTicks = workers.length === 0 ? idleTicks + 1 : 0;
      if (idleTicks > 3000 / intervalMs && timer) {
        clearInterval(timer);
        timer = null;
      }
      for (const targetId of attached.keys()) if (!workers.some((t) => t.targetId === targetId)) attached.delete(targetId);
      for (const t of workers) {
        if (attached.has(t.targetId)) continue;
        // A new worker waits for Playwright's own session to let it start; a second session attached before that
        // keeps it waiting. So attach once Playwright has reported it and it has had time to start.
        if (!firstSeen.has(t.targetId)) firstSeen.set(t.targetId, Date.now());
        if (Date.now() - firstSeen.get(t.targetId) < START_MS || !page.workers().some((w) => w.url() === t.url)) continue;
        const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
        attached.set(t.targetId, { sessionId, name: t.title });
      }
      await Promise.all(
        [...attached.values()].map(async ({ sessionId, name }) => {
          const l = live.get(name);
          const collect = l !== undefined && l.everyMs > 0 && Date.now() - l.at >= l.everyMs;
          if (collect) {
            await call(sessionId, 'HeapProfiler.collectGarbage');
            l.at = Date.now();
          }
          const usage = await call(sessionId, 'Runtime.getHeapUsage');
          if (!usage) return;
          const s = byName.get(name) ?? { peak: 0, last: 0, samples: 0, livePeak: 0, liveSamples: 0 };
          s.last = usage.usedSize;
          s.peak = Math.max(s.peak, usage.usedSize);
          s.samples++;
          if (collect) {
            s.livePeak = Math.max(s.livePeak, usage.usedSize);
            s.liveSamples++;
          }
          byName.set(name, s);
        }),
      );
    } catch {
      // A worker that ended between the listing and the call: the next tick sees the new list.
    } finally {
      busy = false;
    }
  };
  return {
    /**
     * The peak since the last take of this name (then reset to the latest sample), with the peak after collections
     * when they were asked for; null when never sampled. `liveEveryMs` > 0 asks for collections until the next take.
     */
    async take(name, liveEveryMs = 0) {
      idleTicks = 0;
      timer ??= setInterval(tick, intervalMs);
      await tick();
      live.set(name, { everyMs: liveEveryMs, at: Date.now() });
      const s = byName.get(name);
      if (!s || s.samples === 0) return null;
      const out = {
        peakMB: round(s.peak),
        lastMB: round(s.last),
        samples: s.samples,
        ...(s.liveSamples > 0 ? { livePeakMB: round(s.livePeak), liveSamples: s.liveSamples } : {}),
      };
      byName.set(name, { peak: s.last, last: s.last, samples: 0, livePeak: 0, liveSamples: 0 });
      return out;
    },
    async stop() {
      if (timer) clearInterval(timer);
      await cdp.detach().catch(() => undefined);
    },
  };
}
