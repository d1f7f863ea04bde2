/**
 * A store thread (see store-worker.ts: the writer, sent every write, or the reader, sent only reads): its own
 * connection to omaspec.db, the operations of the store modules it was given, and group commit — the calls that
 * arrive while a batch runs (or within one turn of this thread's event loop) form the next batch, committed in
 * one transaction.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { configureConnection } from './database.ts';
import {
  callError,
  executeBatch,
  type Call,
  type CallResult,
  type Operations,
  type StoreModule,
} from './operations.ts';

export interface WorkerData {
  file: string;
  lockWaitMs: number;
  /** Where each store module is exported: the worker imports them itself. */
  modules: { url: string; exportName: string }[];
}

export type WorkerMessage =
  /** `reads`: `module.op` of every read operation, so that the main thread can route them. */
  | { type: 'ready'; reads: string[] }
  | { type: 'failed'; error: ReturnType<typeof callError> }
  | { type: 'results'; results: CallResult[]; writes: number };

const port = parentPort!;
const { file, lockWaitMs, modules } = workerData as WorkerData;
const post = (message: WorkerMessage) => port.postMessage(message);

try {
  const db = new Database(file);
  configureConnection(db, lockWaitMs);
  const operations = new Map<string, Operations>();
  for (const { url, exportName } of modules) {
    const module = (await import(url))[exportName] as StoreModule;
    operations.set(module.name, module.operations(db));
  }
  let queue: Call[] = [];
  let scheduled = false;
  const answer = (results: CallResult[], writes: number) => {
    try {
      post({ type: 'results', results, writes });
    } catch {
      // A value that cannot be cloned fails its own call, not the batch, nor this thread.
      for (const [i, result] of results.entries()) {
        try {
          post({ type: 'results', results: [result], writes: i === 0 ? writes : 0 });
        } catch (error) {
          post({ type: 'results', results: [{ id: result.id, ok: false, error: callError(error) }], writes: 0 });
        }
      }
    }
  };
  const flush = () => {
    scheduled = false;
    const calls = queue;
    queue = [];
    if (calls.length === 0) return; // already flushed by 'close'
    executeBatch(db, operations, calls, answer);
  };
  port.on('message', (message: Call[] | 'close') => {
    if (message === 'close') {
      if (queue.length > 0) flush();
      db.close();
      port.close();
      return;
    }
    for (const call of message) queue.push(call);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
  const reads = [...operations].flatMap(([name, ops]) =>
    Object.entries(ops).flatMap(([op, operation]) => (operation.kind === 'read' ? [`${name}.${op}`] : [])),
  );
  post({ type: 'ready', reads });
} catch (error) {
  post({ type: 'failed', error: callError(error) });
}
