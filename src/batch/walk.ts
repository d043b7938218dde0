import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { jsonlDocuments } from './jsonl-input.js';
import { DEFAULT_MAX_BYTES } from './process.js';

/** One input found by the walk: a text file to process, or something to list in the manifest as not processed. */
export type Found =
  | {
      kind: 'file';
      path: string;
      root: string;
      id: string;
      /** Bytes, when the walk had to stat the file (a named input, a symbolic link); else unknown. */
      size?: number;
      /** Whether `<name>.meta.json` is listed next to it (undefined: not known). */
      sidecar?: boolean;
    }
  /** A document given inline, one line of a JSON-lines corpus (`path` is `file:line`). */
  | { kind: 'inline'; path: string; id: string; text: string; meta: Record<string, unknown> }
  | { kind: 'bad'; path: string; id: string | null; code: string; reason: string };

export const TEXT_EXT = '.txt';
/** A named input with this extension is a JSON-lines corpus, one document per line (jsonl-input.ts). */
export const JSONL_EXT = '.jsonl';
/** The input that names stdin: read as a JSON-lines corpus when the run is given stdin (`extract - --jsonl`). */
export const STDIN_INPUT = '-';

/** Path relative to the root, without extension, with forward slashes: the record's id. */
export function idFor(file: string, root: string): string {
  const rel = path.relative(root, file).split(path.sep).join('/');
  return rel.endsWith(TEXT_EXT) ? rel.slice(0, -TEXT_EXT.length) : rel;
}

/**
 * Walks the inputs (files or folders) and yields `.txt` files in a stable order (sorted by name within
 * each folder, depth first), streaming so memory does not grow with the size of the tree. Symlinks
 * are followed once: a link back into a folder already being walked is reported, not looped over.
 * With `stdin`, the input `-` is that stream read as a JSON-lines corpus (named `stdin`).
 */
export async function* walk(
  inputs: readonly string[],
  links: LinkMode = 'follow',
  maxBytes = DEFAULT_MAX_BYTES,
  stdin?: NodeJS.ReadableStream,
): AsyncGenerator<Found> {
  for (const input of inputs) {
    if (input === STDIN_INPUT && stdin !== undefined) {
      yield* jsonlDocuments('stdin', maxBytes, stdin);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      yield { kind: 'bad', path: input, id: null, code: 'E101', reason: `${input}: cannot read (${errCode(err)})` };
      continue;
    }
    const root = path.dirname(path.resolve(input));
    if (info.isDirectory()) {
      yield* walkDir(
        input,
        path.resolve(input),
        new Set(),
        links,
        await realpath(input).catch(() => path.resolve(input)),
      );
    } else if (!info.isFile()) {
      yield {
        kind: 'bad',
        path: input,
        id: idFor(path.resolve(input), root),
        code: 'E101',
        reason: `${input}: not a regular file (FIFO, socket or device); not read`,
      };
    } else if (input.endsWith(JSONL_EXT)) {
      yield* jsonlDocuments(input, maxBytes);
    } else {
      yield { kind: 'file', path: input, root, id: idFor(path.resolve(input), root), size: info.size };
    }
  }
}

/**
 * Symbolic links met inside an input folder: `follow` them (the default: a folder of links to texts
 * is a common way to pick a corpus), only those whose target is `inside` the input folder
 * (`--stay-inside`), or `none` (`--no-follow`). Links not followed are listed as skipped, E109. For a
 * folder from an untrusted source, where `passwd.txt -> /etc/passwd` would be extracted like any text.
 */
export type LinkMode = 'follow' | 'inside' | 'none';

async function* walkDir(
  dir: string,
  root: string,
  ancestors: Set<string>,
  links: LinkMode,
  realRoot: string,
): AsyncGenerator<Found> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    yield { kind: 'bad', path: dir, id: null, code: 'E101', reason: `${dir}: cannot read (${errCode(err)})` };
    return;
  }
  if (ancestors.has(real)) {
    yield {
      kind: 'bad',
      path: dir,
      id: null,
      code: 'E105',
      reason: `${dir}: symbolic link loop (back to ${real}); not followed`,
    };
    return;
  }
  let entries: Dirent[];
  try {
    // Names in the order of the default sort (UTF-16 code units), with their types: no stat per entry
    // for a plain file or folder, and the sidecars are known from the listing.
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (err) {
    yield { kind: 'bad', path: dir, id: null, code: 'E101', reason: `${dir}: cannot list folder (${errCode(err)})` };
    return;
  }
  const inside = new Set(ancestors).add(real);
  const names = new Set(entries.map((e) => e.name));
  const sidecar = (name: string): boolean => names.has(name.slice(0, -TEXT_EXT.length) + '.meta.json');
  for (const entry of entries) {
    const name = entry.name;
    const full = path.join(dir, name);
    if (entry.isFile()) {
      if (name.endsWith(TEXT_EXT))
        yield { kind: 'file', path: full, root, id: idFor(path.resolve(full), root), sidecar: sidecar(name) };
      continue;
    }
    if (entry.isDirectory()) {
      if (name.endsWith(TEXT_EXT)) {
        yield {
          kind: 'bad',
          path: full,
          id: idFor(path.resolve(full), root),
          code: 'E104',
          reason: `${full}: is a folder named like a text file; its contents are walked`,
        };
      }
      yield* walkDir(full, root, inside, links, realRoot);
      continue;
    }
    if (
      links !== 'follow' &&
      (entry.isSymbolicLink() || (entry.isFile() === false && (await lstat(full).catch(() => null))?.isSymbolicLink()))
    ) {
      const target = links === 'inside' ? await realpath(full).catch(() => null) : null;
      if (target === null || !target.startsWith(realRoot + path.sep)) {
        const why = links === 'none' ? '--no-follow' : `its target is outside ${root} (--stay-inside)`;
        yield {
          kind: 'bad',
          path: full,
          id: name.endsWith(TEXT_EXT) ? idFor(path.resolve(full), root) : null,
          code: 'E109',
          reason: `${full}: symbolic link, not followed (${why})`,
        };
        continue;
      }
    }
    // A symbolic link, a FIFO, a socket, a device or a type the file system did not say: stat it.
    let info;
    try {
      info = await stat(full);
    } catch (err) {
      const link = await lstat(full).catch(() => null);
      if (name.endsWith(TEXT_EXT) || link?.isSymbolicLink()) {
        const code = errCode(err);
        const why =
          code === 'ELOOP'
            ? 'symbolic link loop'
            : code === 'ENOENT'
              ? link?.isSymbolicLink()
                ? 'dangling symbolic link: its target does not exist (ENOENT)'
                : 'vanished after its folder was listed (ENOENT)'
              : `cannot read (${code})`;
        yield {
          kind: 'bad',
          path: full,
          id: idFor(path.resolve(full), root),
          code: errCode(err) === 'ELOOP' ? 'E105' : 'E101',
          reason: `${full}: ${why}`,
        };
      }
      continue;
    }
    if (info.isDirectory()) {
      if (name.endsWith(TEXT_EXT)) {
        yield {
          kind: 'bad',
          path: full,
          id: idFor(path.resolve(full), root),
          code: 'E104',
          reason: `${full}: is a folder named like a text file; its contents are walked`,
        };
      }
      yield* walkDir(full, root, inside, links, realRoot);
    } else if (name.endsWith(TEXT_EXT)) {
      const id = idFor(path.resolve(full), root);
      if (info.isFile()) yield { kind: 'file', path: full, root, id, size: info.size, sidecar: sidecar(name) };
      else
        yield {
          kind: 'bad',
          path: full,
          id,
          code: 'E101',
          reason: `${full}: not a regular file (FIFO, socket or device); not read`,
        };
    }
  }
}

export function errCode(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? (err instanceof Error ? err.message : String(err));
}
