// A small pool of worker threads running one inline script: the CPU-heavy steps that would otherwise hold
// the event loop (scrypt for passwords, laying out an answer letter) run beside it, so requests in flight
// keep moving. The script is CommonJS run with `eval`, so the same source works from the compiled build
// and from the TypeScript sources under the test runner (a worker file would be neither compiled nor found
// in one of them); what it needs from outside (a module's path, settings) comes as `workerData`.
//
// The script answers each message with `{ reply }` or `{ error: message }`. Only a thread with work keeps
// the process alive: an idle pool never holds up an exit.
import { Worker } from 'node:worker_threads';

export interface InlineWorkerPoolOptions {
  /** The worker's CommonJS source. */
  readonly source: string;
  readonly workerData?: unknown;
  /** Threads working at once (at least one). */
  readonly threads: number;
  /** Tasks waiting for a thread beyond which new ones are refused with `refuse()`; none when absent. */
  readonly maxQueued?: number;
  /** The error a task gets when the queue is full. */
  readonly refuse?: () => Error;
  /** The pool's name in its errors, in Spanish: «el hilo de contraseñas». */
  readonly threadName: string;
}

interface Task<Request, Reply> {
  readonly request: Request;
  readonly transfer: readonly ArrayBuffer[];
  readonly resolve: (reply: Reply) => void;
  readonly reject: (error: Error) => void;
}

export class InlineWorkerPool<Request, Reply> {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task<Request, Reply>>();
  private readonly queue: Task<Request, Reply>[] = [];
  private closed = false;

  constructor(private readonly options: InlineWorkerPoolOptions) {
    if (!Number.isInteger(options.threads) || options.threads < 1) {
      throw new Error('threads debe ser al menos 1');
    }
  }

  /** The task run on a thread; refused when the pool is closed or its queue is full. */
  run(request: Request, transfer: readonly ArrayBuffer[] = []): Promise<Reply> {
    if (this.closed) return Promise.reject(new Error(`El grupo de ${this.options.threadName} está cerrado.`));
    // Waiting tasks exist only while every thread is busy (dispatch drains the queue otherwise).
    if (this.options.maxQueued !== undefined && this.queue.length >= this.options.maxQueued) {
      return Promise.reject(this.options.refuse?.() ?? new Error(`Demasiadas tareas en espera.`));
    }
    return new Promise<Reply>((resolve, reject) => {
      this.queue.push({ request, transfer, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends the threads; tasks still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0))
      task.reject(new Error(`El grupo de ${this.options.threadName} se cerró.`));
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.busy.size < this.options.threads ? this.spawn() : undefined);
      if (worker === undefined) return;
      const task = this.queue.shift()!;
      try {
        worker.postMessage(task.request, [...task.transfer]);
      } catch (error) {
        // A request that cannot be copied to the thread (a function in it): this task fails, the thread stays.
        this.idle.push(worker);
        task.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      this.busy.set(worker, task);
      worker.ref();
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.options.source, { eval: true, workerData: this.options.workerData });
    worker.on('message', (answer: { reply?: Reply; error?: string }) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      worker.unref();
      if (!this.closed) this.idle.push(worker);
      if (task !== undefined) {
        if (answer.error === undefined) task.resolve(answer.reply as Reply);
        else task.reject(new Error(`${this.options.threadName}: ${answer.error}`));
      }
      this.dispatch();
    });
    // A thread that dies takes its task with it; the next task starts a new one.
    const fail = (error: Error) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
      task?.reject(error);
      if (!this.closed) this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`${this.options.threadName} terminó (código ${code}).`)));
    return worker;
  }
}
