/** Escaping for the report: every string that comes from a record goes through one of these. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content or a quoted attribute value: `& < > " '` escaped. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON for an inline `<script type="application/json">` block: `<`, `>`, `&` and the JavaScript line
 * terminators become `\uXXXX`, so no `</script>`, `<!--` or `]]>` can appear in the block; the result
 * is still JSON that parses to the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A link only for http(s) addresses; anything else (e.g. `javascript:`) is shown as text. */
export function safeLink(url: unknown): string {
  const text = String(url ?? '');
  return /^https?:\/\/[^\s]+$/i.test(text)
    ? `<a href="${esc(text)}" rel="noopener noreferrer">${esc(text)}</a>`
    : esc(text);
}
