import { ABBREVIATION_RULES, type AbbreviationKind } from '../../rules/abbreviations.js';

// The abbreviation lists (src/rules/abbreviations.ts) as the segmenter looks them up.

export interface AbbreviationEntry {
  kind: AbbreviationKind;
  id: string;
}

/** Forms without the final period → kind. A lower-case form also matches capitalised. */
export const ABBREVIATIONS = new Map<string, AbbreviationEntry>();
/** Groups that apply only after a given word (`#` = a number): `previous word → form → entry`. */
export const AFTER = new Map<string, Map<string, AbbreviationEntry>>();
for (const rule of ABBREVIATION_RULES) {
  if (!rule.after) continue;
  for (const prev of rule.after) {
    let forms = AFTER.get(prev);
    if (!forms) AFTER.set(prev, (forms = new Map()));
    for (const form of rule.forms) if (!forms.has(form)) forms.set(form, { kind: rule.kind, id: rule.id });
  }
}
const GENERAL_RULES = ABBREVIATION_RULES.filter((rule) => !rule.after);
for (const rule of GENERAL_RULES) {
  for (const form of rule.forms)
    if (!ABBREVIATIONS.has(form)) ABBREVIATIONS.set(form, { kind: rule.kind, id: rule.id });
}
for (const rule of GENERAL_RULES) {
  for (const form of rule.forms) {
    const capital = form[0]!.toUpperCase() + form.slice(1);
    if (!ABBREVIATIONS.has(capital)) ABBREVIATIONS.set(capital, { kind: rule.kind, id: rule.id });
  }
}
