import type { Warning } from '../schema/record.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: Warning[];
}

/** Input that is not text at all: the batch lists the file as failed with this reason. */
export class NotTextError extends Error {
  readonly code = 'E102';
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Bytes to text. A BOM decides UTF-8 or UTF-16 (and is dropped). Without one, valid UTF-8 is UTF-8;
 * otherwise, text whose invalid bytes all look like Windows-1252 letters and punctuation is decoded
 * as Windows-1252 (a warning says so); anything else is UTF-8 with U+FFFD replacements, one warning
 * per run of bad bytes with its offsets. NUL bytes outside UTF-16 mean a binary file.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return fromUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return fromUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return fromUtf16(bytes.subarray(2), 'utf-16be');
  if (bytes.includes(0)) throw new NotTextError('binary content (NUL bytes) and no UTF-16 byte-order mark');
  return fromUtf8(bytes);
}

function fromUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding, warnings: [] };
  } catch {
    // An odd byte count or a lone surrogate: replaced, with a warning per run.
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    return { text, encoding, warnings: replacementWarnings(text, 'UTF-16') };
  }
}

function fromUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    if (looksLikeCp1252(bytes)) {
      return {
        text: decodeCp1252(bytes),
        encoding: 'windows-1252',
        warnings: [{ code: 'W102', message: 'not valid UTF-8; decoded as Windows-1252' }],
      };
    }
    const text = utf8Lenient.decode(bytes);
    return { text, encoding: 'utf-8', warnings: replacementWarnings(text, 'UTF-8') };
  }
}

/**
 * Windows-1252 text has high bytes standing alone between ASCII (é as E9, ’ as 92); UTF-8 has them
 * only in lead/continuation sequences. If no high byte is part of a well-formed UTF-8 sequence, the
 * file is taken for Windows-1252.
 */
function looksLikeCp1252(bytes: Uint8Array): boolean {
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    const len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    if (len > 0 && i + len <= bytes.length) {
      let ok = true;
      for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
      if (ok) return false;
    }
    // 0x81, 0x8d, 0x8f, 0x90, 0x9d are unassigned in Windows-1252.
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
  }
  return high > 0;
}

function replacementWarnings(text: string, what: 'UTF-8' | 'UTF-16'): Warning[] {
  const warnings: Warning[] = [];
  const bad = /\uFFFD+/g;
  let m: RegExpExecArray | null;
  while ((m = bad.exec(text))) {
    warnings.push({
      code: 'W101',
      message: `invalid ${what} bytes at text offsets ${m.index}–${m.index + m[0].length} replaced by U+FFFD (${m[0].length})`,
      start: m.index,
      end: m.index + m[0].length,
    });
    if (warnings.length >= 100) {
      warnings.push({ code: 'W101', message: `more invalid ${what} runs not listed` });
      break;
    }
  }
  return warnings;
}

// Windows-1252 0x80–0x9F (Node's TextDecoder treats the label as Latin-1 and returns C1 controls
// there). Unassigned bytes keep their C1 code point. Above 0x9F it equals Latin-1.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const latin1 = new TextDecoder('latin1');

/**
 * Latin-1 (Node's `windows-1252` label) in one native pass, then 0x80–0x9F mapped: linear, no per-byte concatenation.
 */
function decodeCp1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
