import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extract } from '../index.js';
import type { DocMeta } from '../doc.js';
import type { ManifestEntry } from '../schema/manifest.js';
import type { DocRecord, Warning } from '../schema/record.js';
import { decode, NotTextError } from '../text/decode.js';
import { errCode, TEXT_EXT } from './walk.js';

export interface ProcessOptions {
  /** Document date for every input (`--dct`); a sidecar's own `dct` wins over it. */
  dct?: string;
}

export interface Processed {
  entry: ManifestEntry;
  record?: DocRecord;
}

/** Sidecar metadata next to a text: `name.txt` → `name.meta.json`. */
export function sidecarPath(file: string): string {
  return file.slice(0, -TEXT_EXT.length) + '.meta.json';
}

/** Reads, decodes and extracts one file. Never throws: every outcome is a manifest entry. */
export async function processFile(file: string, id: string, options: ProcessOptions = {}): Promise<Processed> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = errCode(err);
    const reason = code === 'ENOENT' ? 'vanished before it could be read' : `cannot read (${code})`;
    return { entry: { id, path: file, status: 'failed', code: 'E101', reason: `${file}: ${reason}` } };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { id, path: file, sha256, bytes: bytes.length };
  if (bytes.length === 0) return { entry: { ...base, status: 'skipped', code: 'E110', reason: `${file}: empty file` } };

  let decoded;
  try {
    decoded = decode(bytes);
  } catch (err) {
    if (err instanceof NotTextError) return { entry: { ...base, status: 'failed', code: err.code, reason: `${file}: ${err.message}` } };
    throw err;
  }
  if (decoded.text.trim() === '') {
    return { entry: { ...base, status: 'skipped', code: 'E111', reason: `${file}: only whitespace` } };
  }

  const warnings: Warning[] = [...decoded.warnings];
  const meta = await readSidecar(file, warnings);
  const docMeta: DocMeta = { ...meta, id };
  if (meta.dct === undefined && options.dct !== undefined) {
    docMeta.dct = options.dct;
    docMeta.dctSource = 'option';
  }
  try {
    const record = extract(decoded.text, docMeta, {
      source: { path: file, sha256, bytes: bytes.length, encoding: decoded.encoding },
      warnings,
    });
    const language = record.language.code;
    const entry: ManifestEntry = { ...base, status: 'done', language, warnings: record.warnings.length };
    if (language !== 'ind') {
      entry.status = 'skipped';
      entry.code = 'E120';
      entry.reason = `${file}: language is ${language} (confidence ${record.language.confidence.toFixed(2)}), not Indonesian; record has the language only`;
    }
    return { entry, record };
  } catch (err) {
    // A pipeline bug must not stop the batch: the file is failed with the error named.
    const message = err instanceof Error ? err.message : String(err);
    return { entry: { ...base, status: 'failed', code: 'E199', reason: `${file}: pipeline error: ${message.split('\n')[0]}` } };
  }
}

async function readSidecar(file: string, warnings: Warning[]): Promise<Record<string, unknown>> {
  const metaFile = sidecarPath(file);
  let raw: string;
  try {
    raw = await readFile(metaFile, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    warnings.push({ code: 'W103', message: `${metaFile}: sidecar is not a JSON object; ignored` });
  } catch (err) {
    warnings.push({ code: 'W103', message: `${metaFile}: sidecar is not valid JSON (${(err as Error).message}); ignored` });
  }
  return {};
}
