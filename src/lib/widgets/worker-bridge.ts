/**
 * Typed request/response over a Web Worker. Only the newest request matters to a widget: an older one
 * still pending when a newer one is sent is settled with StaleRequestError, and the worker side skips
 * requests that were superseded before it got to them. Where no Worker exists (old browsers, Node,
 * a worker that fails to start), the same handler runs on the main thread after a macrotask, so
 * stale requests are still dropped there.
 */

export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'error', listener: (event: { data?: unknown }) => void): void;
  terminate(): void;
}

export type BridgeRequest<Req> = { id: number; request: Req };
export type BridgeResponse<Res> = { id: number; ok: true; result: Res } | { id: number; ok: false; error: string };

export class StaleRequestError extends Error {
  override name = 'StaleRequestError';
}

export interface WorkerBridge<Req, Res> {
  run(request: Req): Promise<Res>;
  /** True when requests go to a worker (false after a fallback to the main thread). */
  readonly usesWorker: boolean;
  dispose(): void;
}

interface Pending<Res> {
  id: number;
  resolve(value: Res): void;
  reject(reason: unknown): void;
}

const later = (fn: () => void) => setTimeout(fn, 0);

export function createWorkerBridge<Req, Res>(opts: {
  /** Returns a worker, or null when none can be made; exceptions count as null. */
  createWorker?: () => WorkerLike | null;
  /** The same computation the worker runs, for the main-thread fallback. */
  handle: (request: Req) => Res | Promise<Res>;
}): WorkerBridge<Req, Res> {
  let worker: WorkerLike | null = null;
  try {
    worker = opts.createWorker?.() ?? null;
  } catch {
    worker = null;
  }
  let nextId = 1;
  let pending: Pending<Res> | null = null;
  let lastRequest: BridgeRequest<Req> | null = null;

  const settle = (id: number, outcome: { ok: true; result: Res } | { ok: false; error: unknown }) => {
    if (!pending || pending.id !== id) return;
    const p = pending;
    pending = null;
    if (outcome.ok) p.resolve(outcome.result);
    else p.reject(outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error)));
  };

  const runHere = (msg: BridgeRequest<Req>) => {
    later(() => {
      if (!pending || pending.id !== msg.id) return; // superseded before it started
      Promise.resolve()
        .then(() => opts.handle(msg.request))
        .then(
          (result) => settle(msg.id, { ok: true, result }),
          (error: unknown) => settle(msg.id, { ok: false, error }),
        );
    });
  };

  const fallBack = () => {
    worker?.terminate();
    worker = null;
    if (lastRequest && pending?.id === lastRequest.id) runHere(lastRequest);
  };

  if (worker) {
    worker.addEventListener('message', (event) => {
      const data = event.data as BridgeResponse<Res> | undefined;
      if (!data || typeof data.id !== 'number') return;
      if (data.ok) settle(data.id, { ok: true, result: data.result });
      else settle(data.id, { ok: false, error: new Error(data.error) });
    });
    worker.addEventListener('error', fallBack);
  }

  return {
    run(request: Req): Promise<Res> {
      const id = nextId++;
      if (pending) {
        const old = pending;
        pending = null;
        old.reject(new StaleRequestError(`request ${old.id} was superseded by ${id}`));
      }
      const promise = new Promise<Res>((resolve, reject) => {
        pending = { id, resolve, reject };
      });
      const msg: BridgeRequest<Req> = { id, request };
      lastRequest = msg;
      if (worker) {
        try {
          worker.postMessage(msg);
        } catch {
          fallBack();
        }
      } else runHere(msg);
      return promise;
    },
    get usesWorker() {
      return worker !== null;
    },
    dispose() {
      worker?.terminate();
      worker = null;
      if (pending) pending.reject(new StaleRequestError('bridge disposed'));
      pending = null;
    },
  };
}

/**
 * The worker side: answers requests with `handle`, skipping any request superseded by a newer one
 * that arrived while it waited (messages queue while a sweep runs).
 */
export function serveRequests<Req, Res>(
  scope: { addEventListener(type: 'message', fn: (e: { data: unknown }) => void): void; postMessage(m: unknown): void },
  handle: (request: Req) => Res,
): void {
  let latest: BridgeRequest<Req> | null = null;
  let scheduled = false;
  scope.addEventListener('message', (event) => {
    const msg = event.data as BridgeRequest<Req> | undefined;
    if (!msg || typeof msg.id !== 'number') return;
    latest = msg;
    if (scheduled) return;
    scheduled = true;
    later(() => {
      scheduled = false;
      const job = latest;
      latest = null;
      if (!job) return;
      try {
        scope.postMessage({ id: job.id, ok: true, result: handle(job.request) } satisfies BridgeResponse<Res>);
      } catch (err) {
        scope.postMessage({ id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) });
      }
    });
  });
}
