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
