// The Preguntas frecuentes screen's rules without the screen: the entry form (tags and linked radicados
// written as lists), its checks in the server's words, an edit reduced to the fields that changed, the
// steps the user may take on an entry, and each step of its history in words. Pure: no React, no DOM.
import { FAQ_ENTRY_STATUS_LABELS } from '../../../src/domain/faq/labels.js';
import type { FaqEntryStatus, Role } from '../graphql/generated/graphql.js';
import { mayAsk, actingRole } from './domain-permissions.js';

export { FAQ_ENTRY_STATUS_LABELS };

export type FaqContentField = 'question' | 'answer' | 'category' | 'tags' | 'linkedRadicados';

export const FAQ_STATUSES = Object.keys(FAQ_ENTRY_STATUS_LABELS) as FaqEntryStatus[];

/** Each field as a change names it: "Cambió la respuesta y las etiquetas". */
const CHANGED_FIELD_NAMES: Readonly<Record<FaqContentField, string>> = {
  question: 'la pregunta',
  answer: 'la respuesta',
  category: 'la categoría',
  tags: 'las etiquetas',
  linkedRadicados: 'los radicados vinculados',
};

/** The form as staff fill it: tags and radicados as text, separated by commas or lines. */
export interface FaqDraft {
  readonly question: string;
  readonly answer: string;
  readonly category: string;
  readonly tags: string;
  readonly linkedRadicados: string;
}

export const EMPTY_FAQ_DRAFT: FaqDraft = {
  question: '',
  answer: '',
  category: '',
  tags: '',
  linkedRadicados: '',
};

export interface FaqContent {
  readonly question: string;
  readonly answer: string;
  readonly category: string;
  readonly tags: readonly string[];
  readonly linkedRadicados: readonly string[];
}

/** Content as the API takes it (its input lists are plain arrays). */
export interface FaqContentInput {
  question: string;
  answer: string;
  category: string;
  tags: string[];
  linkedRadicados: string[];
}

/** "a, b; c" or one per line → ["a", "b", "c"]: trimmed, blanks dropped, each once. */
export function parseList(text: string): string[] {
  const items = text
    .split(/[,;\n]/)
    .map((item) => item.trim().replace(/\s+/g, ' '))
    .filter((item) => item !== '');
  return [...new Set(items)];
}

/** Tags as the server keeps them: lower case, each once, sorted. */
export function normalizedTags(text: string): string[] {
  return [...new Set(parseList(text).map((tag) => tag.toLowerCase()))].sort();
}

/** Radicados as the server keeps them: upper case, each once, sorted. */
export function normalizedRadicados(text: string): string[] {
  return [...new Set(parseList(text).map((radicado) => radicado.toUpperCase()))].sort();
}

const RADICADO = /^PQRS-\d{4}-\d{6}$/;

export function faqDraftProblems(draft: FaqDraft): Partial<Record<FaqContentField, string>> {
  const problems: Partial<Record<FaqContentField, string>> = {};
  if (draft.question.trim() === '') problems.question = 'Escriba la pregunta.';
  if (draft.answer.trim() === '') problems.answer = 'Escriba la respuesta.';
  if (draft.category.trim() === '') problems.category = 'Indique la categoría de la pregunta.';
  const malformed = normalizedRadicados(draft.linkedRadicados).find((radicado) => !RADICADO.test(radicado));
  if (malformed !== undefined)
    problems.linkedRadicados = `El radicado ${malformed} no tiene la forma PQRS-AAAA-NNNNNN.`;
  return problems;
}

/** The content of a draft as the API takes it on creation. */
export function faqContentOf(draft: FaqDraft): FaqContentInput {
  return {
    question: draft.question.trim(),
    answer: draft.answer.trim(),
    category: draft.category.trim(),
    tags: normalizedTags(draft.tags),
    linkedRadicados: normalizedRadicados(draft.linkedRadicados),
  };
}

/** An entry's content as the form shows it, to edit. */
export function faqDraftOf(entry: FaqContent): FaqDraft {
  return {
    question: entry.question,
    answer: entry.answer,
    category: entry.category,
    tags: entry.tags.join(', '),
    linkedRadicados: entry.linkedRadicados.join(', '),
  };
}

function sameList(left: readonly string[], right: readonly string[]): boolean {
  const sortedRight = [...right].sort();
  return left.length === right.length && [...left].sort().every((item, index) => item === sortedRight[index]);
}

/**
 * An edit as the API takes it: only the fields that changed (lists compared as sets, as the server
 * does), so the history says exactly what was changed. Empty when nothing did.
 */
export function faqUpdateInput(entry: FaqContent, draft: FaqDraft): Partial<FaqContentInput> {
  const next = faqContentOf(draft);
  const changes: Partial<FaqContentInput> = {};
  if (next.question !== entry.question.trim()) changes.question = next.question;
  if (next.answer !== entry.answer.trim()) changes.answer = next.answer;
  if (next.category !== entry.category.trim()) changes.category = next.category;
  if (!sameList(next.tags, entry.tags)) changes.tags = next.tags;
  if (!sameList(next.linkedRadicados, entry.linkedRadicados)) changes.linkedRadicados = next.linkedRadicados;
  return changes;
}

export interface FaqEntrySteps {
  readonly edit: boolean;
  readonly publish: boolean;
  readonly retire: boolean;
}

/** The steps the user may take on an entry: agents write drafts only; coordinators publish and retire. */
export function faqEntrySteps(roles: readonly Role[], status: FaqEntryStatus): FaqEntrySteps {
  const editor = actingRole(roles, 'UpdateFaqEntry');
  return {
    edit: editor !== null && (editor !== 'AGENT' || status === 'DRAFT'),
    publish: status !== 'PUBLISHED' && mayAsk(roles, 'PublishFaqEntry'),
    retire: status !== 'RETIRED' && mayAsk(roles, 'RetireFaqEntry'),
  };
}

const HISTORY_STEP_NAMES: Readonly<Record<string, string>> = {
  FaqEntryCreated: 'Creada',
  FaqEntryUpdated: 'Editada',
  FaqEntryPublished: 'Publicada',
  FaqEntryRetired: 'Retirada',
};

/** "Editada · versión 2". */
export function historyStepTitle(step: { readonly type: string; readonly version: number }): string {
  return `${HISTORY_STEP_NAMES[step.type] ?? step.type} · versión ${step.version}`;
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items.at(-1)}`;
}

/** What a step changed: "Cambió la respuesta y las etiquetas." or, for a retirement, its reason. */
export function historyStepChange(step: {
  readonly type: string;
  readonly changedFields: readonly string[];
  readonly reason?: string | null;
}): string {
  if (step.type === 'FaqEntryCreated') return 'Redactó la entrada.';
  if (step.type === 'FaqEntryPublished') return 'La publicó para consulta.';
  if (step.type === 'FaqEntryRetired') return step.reason ? `La retiró: ${step.reason}` : 'La retiró.';
  const fields = step.changedFields.map((field) => CHANGED_FIELD_NAMES[field as FaqContentField] ?? field);
  return fields.length === 0 ? 'Sin cambios de contenido.' : `Cambió ${listInWords(fields)}.`;
}
