import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { z } from 'zod';
import type { Warning } from '../schema/record.js';
import { errCode, TEXT_EXT } from './walk.js';

/** Sidecar metadata next to a text: `name.txt` → `name.meta.json`. */
export function sidecarPath(file: string): string {
  return file.slice(0, -TEXT_EXT.length) + '.meta.json';
}

/**
 * A sidecar larger than this is ignored (W103): its keys are copied into every record's `meta`, and a
 * release's title, URL and tags fit many times over.
 */
export const SIDECAR_MAX_BYTES = 64 * 1024;

/** Deepest nesting of arrays and objects a sidecar may have (W103 beyond): metadata is flat. */
export const SIDECAR_MAX_DEPTH = 32;

/**
 * What a sidecar may say: the keys siaran reads are typed, any other key is kept as given (in
 * `record.meta`). `id` and `dctSource` are siaran's own (from the path, and `--dct` or not), so a
 * sidecar cannot set them.
 */
export const Sidecar = z
  .object({
    dct: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    id: z.never({ error: 'id is set from the path, not by a sidecar' }).optional(),
    dctSource: z.never({ error: 'dctSource is set by siaran, not by a sidecar' }).optional(),
  })
  .catchall(z.unknown());

/**
 * A sidecar read: its metadata (`{}` when there is none or it is ignored) and its text (null when none was read), for
 * the resume key.
 */
export interface SidecarRead {
  meta: Record<string, unknown>;
  raw: string | null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads and validates the sidecar of `file` with blocking calls, checked as texts are: opened
 * non-blocking (a FIFO is reported, never waited on), a regular file, at most
 * {@link SIDECAR_MAX_BYTES}, valid UTF-8, JSON nested at most {@link SIDECAR_MAX_DEPTH} deep, an
 * object that {@link Sidecar} accepts. No sidecar is no warning; any other problem is one W103
 * naming the file, and the sidecar is ignored.
 */
export function readSidecar(file: string, warnings: Warning[]): SidecarRead {
  const metaFile = sidecarPath(file);
  const ignored = (why: string, raw: string | null = null): SidecarRead => {
    warnings.push({ code: 'W103', message: `${metaFile}: ${why}; ignored` });
    return { meta: {}, raw };
  };
  let fd: number;
  try {
    fd = openSync(metaFile, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = errCode(err);
    return code === 'ENOENT' ? { meta: {}, raw: null } : ignored(`sidecar cannot be read (${code})`);
  }
  let bytes: Buffer;
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return ignored('sidecar is not a regular file (FIFO, socket, device or folder)');
    if (info.size > SIDECAR_MAX_BYTES)
      return ignored(`sidecar is ${info.size} bytes, over the limit of ${SIDECAR_MAX_BYTES}`);
    bytes = Buffer.alloc(info.size);
    let got = 0;
    for (let n; got < bytes.length && (n = readSync(fd, bytes, got, bytes.length - got, null)) > 0;) got += n;
    bytes = bytes.subarray(0, got);
  } catch (err) {
    return ignored(`sidecar cannot be read (${errCode(err)})`);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing to do
    }
  }
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    return ignored('sidecar is not valid UTF-8');
  }
  return { meta: parseSidecar(metaFile, raw, warnings), raw };
}

/** The metadata of a sidecar's text, or `{}` with a W103 when it is not JSON or not a valid sidecar. */
export function parseSidecar(metaFile: string, raw: string, warnings: Warning[]): Record<string, unknown> {
  const ignored = (why: string): Record<string, unknown> => {
    warnings.push({ code: 'W103', message: `${metaFile}: ${why}; ignored` });
    return {};
  };
  if (nestingDepth(raw) > SIDECAR_MAX_DEPTH) return ignored(`sidecar is nested more than ${SIDECAR_MAX_DEPTH} deep`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    return ignored(`sidecar is not valid JSON (${(err as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return ignored('sidecar is not a JSON object');
  const checked = Sidecar.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return ignored(
      `sidecar is not valid (${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'})`,
    );
  }
  // The object as given (zod's copy would drop nothing but reorder nothing either; the original keeps records
  // identical).
  return parsed as Record<string, unknown>;
}

/** Deepest `[`/`{` nesting of a JSON text, outside strings: one pass, no recursion. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}
