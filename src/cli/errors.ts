/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** At least one input failed (the manifest says which and why). */
  failed: 1,
  /** Bad command line: unknown command or option, missing argument. */
  usage: 2,
  /** `eval`: a target missed; `diff`: records differ. */
  different: 1,
} as const;

/** 128 + the signal number, as shells report it: 130 for SIGINT, 143 for SIGTERM. */
export const signalExit = (sig: NodeJS.Signals): number => (sig === 'SIGTERM' ? 143 : 130);

/** A command-line mistake: printed as `siaran: <message>` with the usage hint, exit 2. */
export class UsageError extends Error {
  readonly code = 'E002';
}

/** A problem with an input or the environment (a missing file, a folder where a file must be): exit 1, one line. */
export class InputError extends Error {
  readonly code = 'E003';
}

const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a file is in the way where a folder is needed',
  EISDIR: 'is a folder, where a file is needed',
  EEXIST: 'already exists',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many levels of symbolic links',
  EBUSY: 'resource busy',
  EIO: 'input/output error',
};

/**
 * The one line for an error of the user's files or machine (a Node system error with a path), or
 * null for anything else, which is a bug (exit 70). A full disk or a missing folder is never a bug.
 */
export function environmentMessage(err: unknown): string | null {
  if (err instanceof InputError) return err.message;
  const e = err as (NodeJS.ErrnoException & { dest?: string }) | null;
  if (!e || typeof e.code !== 'string' || !(e.code in SYSTEM_REASONS)) return null;
  const where = e.dest ? `${e.path} → ${e.dest}` : e.path;
  if (e.code === 'EEXIST' && e.syscall === 'mkdir')
    return `${where}: is a file, where a folder is needed (EEXIST, mkdir)`;
  return `${where ? `${where}: ` : ''}${SYSTEM_REASONS[e.code]} (${e.code}${e.syscall ? `, ${e.syscall}` : ''})`;
}
