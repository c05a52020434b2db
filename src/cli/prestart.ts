/**
 * Starting a worker thread, kept in a module of its own that loads nothing else, so that the
 * launcher (bin/policy-extract.js) can start the first worker before the CLI's own modules load:
 * the worker loads the pipeline (most of a one-file run's time) while the main thread loads
 * commander, parses the options and lists the inputs. Settings reach a worker in its first
 * message, so a worker can start before they are known.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The heap cap of an ordinary worker (files up to 4 MB; see pool.ts). */
export const BASE_HEAP_MB = 512;

/** The compiled worker beside this file (absent when running from TypeScript sources in tests). */
export function workerFile(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

export function startWorker(file: URL, heapMb: number = BASE_HEAP_MB): Worker {
  const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  // The pool listens once it takes the worker; until then an error must not go unheard (and crash).
  worker.on('error', () => {});
  return worker;
}

/** The launcher's early worker: none for --help, --version and eval, which need none. */
export function prestart(argv: readonly string[]): Worker | undefined {
  if (argv.some((a) => a === '-h' || a === '--help' || a === '-V' || a === '--version')) return undefined;
  // eval extracts in its own thread; an idle worker would keep the process from exiting.
  if (argv[0] === 'eval') return undefined;
  const file = workerFile();
  return file ? startWorker(file) : undefined;
}
