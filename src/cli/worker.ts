/** Worker thread: runs jobs sent by the pool, one at a time, and posts results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { type Job, type JobSettings, runJob } from './job.js';

const settings = workerData as JobSettings;
parentPort!.on('message', (job: Job) => {
  void runJob(job, settings).then((result) => parentPort!.postMessage(result));
});
