// The body of one crack thread (crack-pool.ts): cracks what it is sent, one file at a time, and
// answers with the result. Everything a parser does happens here, under the thread's heap limit.
import { parentPort } from 'node:worker_threads';
import { crack } from '../crack.ts';
import { READY, type CrackRequest } from './crack-pool.ts';

const port = parentPort;
if (!port) throw new Error('crack-thread.ts runs only as a worker thread');

port.on('message', (request: CrackRequest) => {
  void crack({ bytes: request.bytes, fileName: request.fileName }, request.limits).then(
    (result) => port.postMessage({ result }),
    // crack() turns every parser failure into a result; anything else is a fault of ours.
    (error: unknown) => port.postMessage({ fault: String(error) }),
  );
});

port.postMessage(READY);
