/**
 * Worker thread: gets the run's settings in its first message, then one input at a time from the
 * pool, and posts the rendered output or the reason it failed, with the time it took.
 */
import { parentPort } from 'node:worker_threads';
import { runWork } from './job.js';
import type { JobSettings, WorkItem } from './settings.js';

let settings: JobSettings | null = null;
parentPort!.on('message', (message: WorkItem | { settings: JobSettings }) => {
  if ('settings' in message) {
    settings = message.settings;
    return;
  }
  void runWork(message, settings!).then((reply) => parentPort!.postMessage(reply));
});
