import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

/**
 * One option of a command: what the parser needs (`type`, `short`, `multiple`, `default`, as
 * `node:util` parseArgs takes them) and what its help line shows (`value`, `description`, and the
 * default). Both come from this one entry, so help cannot list an option the parser refuses, nor
 * miss one it accepts.
 */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** The parser's default; help shows it unless `shownDefault` says it better. */
  readonly default?: string | boolean;
  /** The value's name in help: `--out <dir>`. */
  readonly value?: string;
  readonly description: string;
  /** The default as help words it, when the parser has none (decided later, e.g. one per core). */
  readonly shownDefault?: string;
}

/** A command's table: its synopsis lines, a paragraph about it, whether it takes positionals, its options. */
export interface CommandSpec<O extends Readonly<Record<string, OptionSpec>> = Readonly<Record<string, OptionSpec>>> {
  /** Synopsis lines, each starting `siaran <command>`. */
  readonly usage: readonly string[];
  readonly about?: string;
  readonly positionals: boolean;
  readonly options: O;
}

/** A command table, typed by its options (so that parseCommand's values are). */
export function defineCommand<const O extends Readonly<Record<string, OptionSpec>>>(
  spec: CommandSpec<O>,
): CommandSpec<O> {
  return spec;
}

/** Parses argv by the command's table: an option it does not list is a usage error (exit 2). */
export function parseCommand<const O extends Readonly<Record<string, OptionSpec>>>(
  spec: CommandSpec<O>,
  argv: string[],
): ParsedCommand<O> {
  // Typed as true so that `positionals` is string[]; a command without positionals refuses them at run time.
  const allowPositionals = spec.positionals as true;
  return parseArgs({ args: argv, allowPositionals, strict: true, options: spec.options });
}

/** What parseCommand returns for a table with these options. */
export type ParsedCommand<O extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>
>;

const WIDTH = 100;
/** Column where option descriptions start. */
const DESCRIPTION_AT = 22;

/** Words of `text` in lines of at most `width - indent` characters, each line after the first indented. */
function wrap(text: string, indent: number, first: number): string[] {
  const lines: string[] = [];
  let line = '';
  let room = WIDTH - first;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
      room = WIDTH - indent;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** `--out, -o <dir>`: how an option is written on its help line. */
export function optionLabel(name: string, option: OptionSpec): string {
  return `--${name}${option.short ? `, -${option.short}` : ''}${option.value ? ` <${option.value}>` : ''}`;
}

/** The default help shows for an option, or null. */
function shownDefault(option: OptionSpec): string | null {
  if (option.shownDefault !== undefined) return option.shownDefault;
  if (option.type === 'string' && typeof option.default === 'string') return option.default;
  return null;
}

/** A command's help text, generated from its table: synopsis, paragraph, one entry per option. */
export function helpText(spec: CommandSpec): string {
  const out = [...spec.usage];
  if (spec.about) out.push(...wrap(spec.about, 2, 2).map((l) => `  ${l}`));
  const entries = Object.entries(spec.options);
  if (entries.length > 0) out.push('');
  for (const [name, option] of entries) {
    const label = `  ${optionLabel(name, option)}`;
    const fallback = shownDefault(option);
    // The default goes inside a closing parenthesis of the description, else in one of its own.
    const description =
      fallback === null
        ? option.description
        : option.description.endsWith(')')
          ? `${option.description.slice(0, -1)}; default: ${fallback})`
          : `${option.description} (default: ${fallback})`;
    const onLine = label.length + 2 <= DESCRIPTION_AT ? DESCRIPTION_AT : label.length + 2;
    const lines = wrap(description, DESCRIPTION_AT, onLine);
    out.push(label.padEnd(onLine) + (lines[0] ?? ''));
    for (const line of lines.slice(1)) out.push(' '.repeat(DESCRIPTION_AT) + line);
  }
  return out.join('\n');
}

/**
 * An integer option ≥ `min`, written in decimal digits only: `1e3`, `0x10`, `2.0` and an empty
 * value are usage errors rather than numbers `Number()` would accept.
 */
export function integerOption(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(`${name} must be an integer ≥ ${min}`);
  return n;
}
