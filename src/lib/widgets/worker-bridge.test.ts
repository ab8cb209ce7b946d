import { describe, expect, it } from 'vitest';
import { createWorkerBridge, StaleRequestError, serveRequests, type WorkerLike } from './worker-bridge';

/** An in-process stand-in for a Worker: two message channels wired to serveRequests. */
function fakeWorker(handle: (n: number) => number, log: number[]): WorkerLike {
  const toMain: ((e: { data: unknown }) => void)[] = [];
  const toWorker: ((e: { data: unknown }) => void)[] = [];
  serveRequests<number, number>(
    {
      addEventListener: (_t, fn) => toWorker.push(fn),
      postMessage: (m) =>
        setTimeout(() => {
          for (const fn of toMain) fn({ data: m });
        }, 0),
    },
    (n) => {
      log.push(n);
      return handle(n);
    },
  );
  return {
    postMessage: (m) =>
      setTimeout(() => {
        for (const fn of toWorker) fn({ data: m });
      }, 0),
    addEventListener: (type, fn) => {
      if (type === 'message') toMain.push(fn);
    },
    terminate: () => {},
  };
}

describe('worker bridge', () => {
  it('answers the newest request and rejects superseded ones as stale', async () => {
    const computed: number[] = [];
    const bridge = createWorkerBridge<number, number>({
      createWorker: () => fakeWorker((n) => n * 2, computed),
      handle: () => {
        throw new Error('fallback must not run');
      },
    });
    expect(bridge.usesWorker).toBe(true);
    const a = bridge.run(1).catch((e: unknown) => e);
    const b = bridge.run(2).catch((e: unknown) => e);
    const c = bridge.run(3);
    expect(await a).toBeInstanceOf(StaleRequestError);
    expect(await b).toBeInstanceOf(StaleRequestError);
    await expect(c).resolves.toBe(6);
    // The worker skipped the requests that were superseded while queued.
    expect(computed).toEqual([3]);
  });

  it('falls back to the main thread when no worker can be made', async () => {
    const bridge = createWorkerBridge<number, number>({
      createWorker: () => {
        throw new Error('Worker is not defined');
      },
      handle: (n) => n + 1,
    });
    expect(bridge.usesWorker).toBe(false);
    const stale = bridge.run(1).catch((e: unknown) => e);
    await expect(bridge.run(41)).resolves.toBe(42);
    expect(await stale).toBeInstanceOf(StaleRequestError);
  });

  it('passes handler errors on as rejections with the message', async () => {
    const bridge = createWorkerBridge<number, number>({
      createWorker: () =>
        fakeWorker(() => {
          throw new Error('bad config');
        }, []),
      handle: (n) => n,
    });
    await expect(bridge.run(1)).rejects.toThrow('bad config');
  });
});
