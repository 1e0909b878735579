// The one door through which the free texts kept in the vault come back to readers: a value (a case, a
// page of cases, an event's data, a report's rows) with every text reference in it replaced by the text,
// all of them fetched in one read of the vault. A text whose owner was erased reads as ERASED_TEXT; a value
// that is no reference (a text stored in clear before texts were sealed) reads as itself.
import { Inject, Injectable } from '@nestjs/common';
import { PERSONAL_DATA_STORE, isErased, type PersonalDataStore } from './personal-data-store.js';
import { ERASED_TEXT, MISSING_TEXT, textIdOf, textReferenceOf } from '../engine/text-references.js';

export interface TextSearch {
  /** The references of the searchable texts holding every word of the query, newest first. */
  readonly references: readonly string[];
  /** More texts matched than the limit allowed. */
  readonly truncated: boolean;
}

@Injectable()
export class PersonalTexts {
  constructor(@Inject(PERSONAL_DATA_STORE) private readonly vault: PersonalDataStore) {}

  /** The value with each text reference in it (at any depth) replaced by its text. */
  async reveal<Value>(value: Value): Promise<Value> {
    const ids = new Set<string>();
    collectTextIds(value, ids);
    if (ids.size === 0) return value;
    const found = await this.vault.getTexts([...ids]);
    const textOf = (id: string): string => {
      const lookup = found.get(id);
      if (lookup === undefined) return MISSING_TEXT;
      return isErased(lookup) ? ERASED_TEXT : lookup.text;
    };
    return replaceTextIds(value, textOf) as Value;
  }

  /** The searchable texts (subjects) holding every word of the query, as references. */
  async search(query: string, limit: number): Promise<TextSearch> {
    const { textIds, truncated } = await this.vault.searchTexts(query, { limit });
    return { references: textIds.map(textReferenceOf), truncated };
  }
}

function collectTextIds(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    const id = textIdOf(value);
    if (id !== null) into.add(id);
  } else if (Array.isArray(value)) {
    for (const item of value) collectTextIds(item, into);
  } else if (isPlainObject(value)) {
    for (const item of Object.values(value)) collectTextIds(item, into);
  }
}

function replaceTextIds(value: unknown, textOf: (id: string) => string): unknown {
  if (typeof value === 'string') {
    const id = textIdOf(value);
    return id === null ? value : textOf(id);
  }
  if (Array.isArray(value)) return value.map((item) => replaceTextIds(item, textOf));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, replaceTextIds(item, textOf)]),
    );
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
