/**
 * Main's streaming workbook writer for the bench's Laporan Pusat step, on a worker thread of its own, so the heap it
 * reports is the writer's alone. On the bench's own thread, Node's heap also held Playwright's handling of every
 * chunk's protocol message, which grew with the number of chunks and is no part of the app's main process.
 *
 * Its `ops` are exposed through Comlink, as the app's own workers are. The page's chunk arrives as one JSON string
 * (scripts/bench.mjs forwards it untouched), is parsed and checked by
 * the contract's schema as the handlers' wiring does, and written by the same createWorkbookStreams, its "save
 * dialog" answering a file in the bench's profile. The thread's used heap is sampled every 100 ms and after every
 * chunk while a workbook is open; `finish` answers the file's size and the peak growth over what it was at `begin`
 * (garbage not yet collected included; the zip's Buffers live outside the JS heap, and append waits for the zip).
 */
import { stat, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { expose } from 'comlink/dist/esm/comlink.mjs';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { tsImport } from 'tsx/esm/api';

// A worker thread does not inherit the loader `tsx` gave the bench on Node 20, so the app's TypeScript comes in
// through tsx's API.
const { createWorkbookStreams } = await tsImport('../electron/main/files/workbook-stream.ts', import.meta.url);
const { appendRowsRequestSchema } = await tsImport('../shared/ipc/workbook-stream.ts', import.meta.url);

const streams = createWorkbookStreams({ showSaveDialog: async () => join(workerData.folder, 'laporan-pusat-bench.xlsx'), confirmOverwrite: async () => true });
const used = () => getHeapStatistics().used_heap_size;
let base = 0;
let peak = 0;
let timer = null;
const note = () => {
  peak = Math.max(peak, used());
};

const ops = {
  async begin({ judul, sheets }) {
    base = used();
    peak = base;
    timer = setInterval(note, 100);
    const begun = await streams.begin({ suggestedName: 'laporan-pusat-bench', judul, dibuat: Date.now(), sheets }, 'id');
    if (!begun.started) throw new Error('not started');
    return begun.id;
  },
  async append(json) {
    await streams.append(appendRowsRequestSchema.parse(JSON.parse(json)));
    note();
  },
  async finish(id) {
    const outcome = await streams.finish(id);
    note();
    clearInterval(timer);
    const { size } = await stat(outcome.filePath);
    await rm(outcome.filePath, { force: true });
    return { bytes: size, mainHeapPeakMB: (peak - base) / 1024 / 1024 };
  },
};

expose(ops, nodeEndpoint(parentPort));
