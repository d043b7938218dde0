import type { EntityType } from '../../schema/record.js';

/** A country: ISO 3166-1 alpha-3 code, Indonesian canonical name, other names and acronyms. */
export interface CountryEntry {
  id: string;
  iso3: string;
  canonical: string;
  /** Names matched case-insensitively, first letter capitalised in the text. */
  names: string[];
  /** Matched only in upper case as written (`AS`, `RI`). */
  acronyms: string[];
  source: string;
}

/** An Indonesian province, regency or city. */
export interface RegionEntry {
  id: string;
  kind: 'province' | 'regency' | 'city';
  canonical: string;
  names: string[];
  source: string;
}

/** A named body, place, event or document written by hand. */
export interface NamedEntry {
  id: string;
  type: EntityType;
  canonical: string;
  /** Full names (case-insensitive match, capitalised in the text). */
  names: string[];
  /** Acronyms and short forms matched case-sensitively as listed (`Kemlu`, `ASEAN`, `PBB`). */
  acronyms?: string[];
  /** ISO alpha-3 of the country the body belongs to. */
  country?: string;
  source: string;
}

/** A job title: its full forms, abbreviations, and the body it implies when unqualified. */
export interface TitleEntry {
  id: string;
  names: string[];
  acronyms?: string[];
  /** Gazetteer id of the organisation an unqualified title in an Indonesian text belongs to. */
  org?: string;
  /** Head of state or government: the organisation is the state itself. */
  headOfState?: boolean;
  source: string;
}
