/**
 * A fast check of a value against a zod schema, derived from the schema itself at load time, for the
 * record every `extract()` returns (src/index.ts).
 *
 * `fastCheck(schema)` compiles the schema's definition (objects, arrays, strings with regex checks,
 * numbers with int/min/max checks, booleans, enums, literals, nullable, optional, records of unknown,
 * unknown) into a function that answers `true` only when zod's `parse` would succeed **and** return a
 * value that serialises to the same JSON as the input: plain objects with no key outside the shape,
 * the keys in shape order, no key present with `undefined`. It reads and allocates nothing else, so a
 * record is validated without zod's deep copy. Anything else — an invalid value, an extra key, keys
 * in another order, a construct it does not know — answers `false`, and the caller runs zod's `parse`,
 * which stays the authority (its errors, its output). A schema construct the compiler does not know
 * makes `fastCheck` return null (always use zod).
 */
import type { z } from 'zod';

type Check = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, unknown>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  catchall?: unknown;
}

class Unsupported extends Error {}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function numberCheck(def: Def): Check {
  let int = false;
  let min = -Infinity;
  let minInclusive = true;
  let max = Infinity;
  let maxInclusive = true;
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (
      d['check'] === 'number_format' &&
      (d['format'] === 'safeint' || d['format'] === 'int32' || d['format'] === 'uint32')
    ) {
      if (d['format'] !== 'safeint') throw new Unsupported(`number format ${String(d['format'])}`);
      int = true;
    } else if (d['check'] === 'greater_than' && typeof d['value'] === 'number') {
      min = d['value'];
      minInclusive = d['inclusive'] === true;
    } else if (d['check'] === 'less_than' && typeof d['value'] === 'number') {
      max = d['value'];
      maxInclusive = d['inclusive'] === true;
    } else throw new Unsupported(`number check ${String(d['check'])}`);
  }
  return (v) =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!int || Number.isSafeInteger(v)) &&
    (minInclusive ? v >= min : v > min) &&
    (maxInclusive ? v <= max : v < max);
}

function stringCheck(def: Def): Check {
  const patterns: RegExp[] = [];
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d['check'] === 'string_format' && d['format'] === 'regex' && d['pattern'] instanceof RegExp)
      patterns.push(d['pattern']);
    else throw new Unsupported(`string check ${String(d['check'])}`);
  }
  if (patterns.length === 0) return (v) => typeof v === 'string';
  return (v) => {
    if (typeof v !== 'string') return false;
    for (const p of patterns) {
      p.lastIndex = 0;
      if (!p.test(v)) return false;
    }
    return true;
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function objectCheck(def: Def): Check {
  if (def.catchall !== undefined) throw new Unsupported('object catchall');
  const keys = Object.keys(def.shape!);
  const optional = keys.map((k) => defOf(def.shape![k]!).type === 'optional');
  const checks = keys.map((k) => compile(def.shape![k]!));
  const n = keys.length;
  return (v) => {
    if (!isPlainObject(v)) return false;
    // The object's keys must come in shape order, with only optional ones left out: each is looked
    // for from the one after the last found (property names are interned strings: `!==` compares
    // them by reference), so a key outside the shape or out of order is not found.
    let q = 0;
    for (const k in v) {
      while (q < n && keys[q] !== k) {
        if (!optional[q]) return false;
        q++;
      }
      if (q === n) return false;
      const x = v[k];
      if (x === undefined || !checks[q]!(x)) return false;
      q++;
    }
    for (; q < n; q++) if (!optional[q]) return false;
    return true;
  };
}

function compile(schema: z.ZodType): Check {
  const def = defOf(schema);
  if (def.checks && def.checks.length > 0 && def.type !== 'number' && def.type !== 'string')
    throw new Unsupported(`checks on ${def.type}`);
  switch (def.type) {
    case 'object':
      return objectCheck(def);
    case 'array': {
      const element = compile(def.element!);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'string':
      return stringCheck(def);
    case 'number':
      return numberCheck(def);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum': {
      const values = new Set(Object.values(def.entries!));
      return (v) => values.has(v);
    }
    case 'literal': {
      const values = def.values!;
      return (v) => values.includes(v);
    }
    case 'nullable': {
      const inner = compile(def.innerType!);
      return (v) => v === null || inner(v);
    }
    case 'optional': {
      // Absence is the object's business; a present value must be valid.
      const inner = compile(def.innerType!);
      return (v) => v !== undefined && inner(v);
    }
    case 'record': {
      if (defOf(def.keyType!).type !== 'string' || (defOf(def.keyType!).checks ?? []).length > 0)
        throw new Unsupported('record key');
      if (defOf(def.valueType!).type !== 'unknown') throw new Unsupported('record value');
      return (v) => isPlainObject(v);
    }
    case 'unknown':
      return () => true;
    default:
      throw new Unsupported(def.type);
  }
}

/** The fast check of `schema`, or null when it uses a construct this compiler does not know. */
export function fastCheck(schema: z.ZodType): Check | null {
  try {
    return compile(schema);
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}
