import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { RenderedNote } from '../markdown/render-note.ts';
import { plainTextPage } from '../markdown/plain-text-page.ts';
import type { RenderShared, RenderTask } from './render-worker.ts';

/** How long one note may take to render before it is published as plain text and reported: far above
 * a real note (a 5 MB clipping renders in a few seconds), so only a runaway note reaches it. */
export const RENDER_BUDGET_MS = Number(process.env.GARDEN_RENDER_BUDGET_MS) || 60_000;

// Piscina derives its transfer-list type from MessagePort.postMessage, whose overloads in current
// @types/node it cannot infer; a MessagePort is transferable all the same.
type RunOptions = Parameters<Piscina['run']>[1];

export { plainTextPage };

/** A rendered note; `problem` is set when it could not be rendered in time or failed: it is published in a reduced form. */
export type RenderOutcome = RenderedNote;

export interface RenderPool {
  render(task: RenderTask): Promise<RenderOutcome>;
  close(): Promise<void>;
}

/**
 * Notes render in worker threads, one per core: rendering (Markdown, Shiki, plugins) is the build's
 * CPU-bound part, and a thread that takes longer than the budget on one note is ended, so no note
 * can stall the vault. Piscina runs the pool and replaces an ended thread.
 */
export function createRenderPool(shared: RenderShared, opts: { threads?: number; budgetMs?: number } = {}): RenderPool {
  const threads = opts.threads ?? Math.max(1, Math.min(availableParallelism(), 4));
  const budgetMs = opts.budgetMs ?? RENDER_BUDGET_MS;
  const pool = new Piscina({
    filename: new URL('./render-worker.ts', import.meta.url).href,
    workerData: shared,
    minThreads: threads,
    maxThreads: threads,
    // Type stripping runs the worker's TypeScript as it is; its notice would repeat once per thread.
    execArgv: ['--disable-warning=ExperimentalWarning'],
  });
  /** At most one note per thread is handed over at a time, so a note never waits in the pool's queue. */
  let free = threads;
  const waiting: Array<() => void> = [];
  const slot = async () => {
    if (free > 0) free--;
    else await new Promise<void>((r) => waiting.push(r));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };

  const run = async (task: RenderTask): Promise<RenderedNote> => {
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    port1.once('message', () => {
      timer = setTimeout(() => abort.abort(new Error('render budget')), budgetMs);
    });
    return (
      pool.run({ task, started: port2 }, {
        transferList: [port2],
        signal: abort.signal,
      } as unknown as RunOptions) as Promise<RenderedNote>
    ).finally(() => {
      clearTimeout(timer);
      port1.close();
    });
  };

  return {
    async render(task) {
      await slot();
      const started = performance.now();
      try {
        return await run(task);
      } catch (err) {
        const timedOut = (err as Error).name === 'AbortError';
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        return {
          ...plainTextPage(task.body),
          problem: {
            file: task.file,
            line: 1,
            column: 1,
            severity: 'warning',
            kind: timedOut ? 'render-timeout' : 'render-failed',
            message: timedOut
              ? `expected the note to render within ${budgetMs / 1000} s, found it still rendering after ${seconds} s (stage: render); it is published as plain text`
              : `expected the note to render, found an error in stage render (${oneLine((err as Error).message)}); it is published as plain text`,
            hint: timedOut
              ? 'split the note into smaller notes, or put very long generated content in an attachment'
              : 'simplify the construct the error names, or report it with the note attached',
          },
        };
      } finally {
        release();
      }
    },
    close: () => pool.close({ force: true }),
  };
}

function oneLine(s: string): string {
  const line = String(s ?? '')
    .split('\n')[0]
    .trim();
  return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}
