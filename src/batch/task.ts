import { extract } from '../index.js';
import type { DocMeta } from '../doc.js';
import { stageTimes } from '../pipeline.js';
import type { ManifestEntry } from '../schema/manifest.js';
import { decode, NotTextError } from '../text/decode.js';
import { firstLine, readFileTask, type FileTask, type Task, type TaskResult } from './process.js';

/*
 * The CPU half of a document (decode, extract, stringify), apart from the I/O half in process.ts so
 * that a thread that only orders results (the batch's main thread when workers extract) never loads
 * the pipeline and its rule data.
 */

/**
 * The CPU half: decodes and extracts. Pure apart from the stage timers; never throws (a pipeline
 * error is the entry E199). Runs in a worker thread or in-process.
 */
export function runTask(given: Task | FileTask): TaskResult {
  if ('bytes' in given) return extractTask(given);
  const input = readFileTask(given);
  return 'entry' in input ? input : extractTask(input.task);
}

function extractTask(task: Task): TaskResult {
  const { id, path: file, bytes } = task;
  const base = { id, path: file, sha256: task.sha256, bytes: bytes.length, metaSha256: task.metaSha256 };
  let decoded;
  try {
    decoded = decode(bytes);
  } catch (err) {
    if (err instanceof NotTextError)
      return { entry: { ...base, status: 'failed', code: err.code, reason: `${file}: ${err.message}` } };
    return { entry: { ...base, status: 'failed', code: 'E199', reason: `${file}: decoding error: ${firstLine(err)}` } };
  }
  if (decoded.text.trim() === '') {
    return { entry: { ...base, status: 'skipped', code: 'E111', reason: `${file}: only whitespace` } };
  }
  const docMeta: DocMeta = { ...task.meta, id };
  if (task.meta['dct'] === undefined && task.dct !== undefined) {
    docMeta.dct = task.dct;
    docMeta.dctSource = 'option';
  }
  if (task.meta['language'] === undefined && task.lang !== undefined) docMeta.language = task.lang;
  if (task.timed) stageTimes.clear();
  try {
    const record = extract(decoded.text, docMeta, {
      source: { path: file, sha256: task.sha256, bytes: bytes.length, encoding: decoded.encoding },
      warnings: [...decoded.warnings, ...task.warnings],
      timed: task.timed ?? false,
      sentenceText: task.sentenceText ?? false,
    });
    const language = record.language.code;
    const entry: ManifestEntry = { ...base, status: 'done', language, warnings: record.warnings.length };
    if (language !== 'ind' && language !== 'und') {
      entry.status = 'skipped';
      entry.code = 'E120';
      entry.reason = `${file}: language is ${language} (confidence ${record.language.confidence.toFixed(2)}), not Indonesian; record has the language only`;
    }
    const result: TaskResult = { entry, json: JSON.stringify(record) };
    if (task.timed) result.stageTimes = [...stageTimes];
    return result;
  } catch (err) {
    // A pipeline bug must not stop the batch: the file is failed with the error named.
    return { entry: { ...base, status: 'failed', code: 'E199', reason: `${file}: pipeline error: ${firstLine(err)}` } };
  }
}
