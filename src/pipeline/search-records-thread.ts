// The thread that makes the search records (src/lib/korean/search-records.ts) from the sources the
// content loader kept, and posts them in batches; null says every record was sent.
import { parentPort, workerData } from 'node:worker_threads';
import { searchRecords } from '../lib/korean/search-records.ts';
import { readRecordSources } from './search-records-file.ts';

const BATCH = 200;
const { cacheDir } = workerData as { cacheDir: string };
const { base, notes } = readRecordSources(cacheDir);
const records = searchRecords(notes, base);
for (let i = 0; i < records.length; i += BATCH) parentPort!.postMessage(records.slice(i, i + BATCH));
parentPort!.postMessage(null);
