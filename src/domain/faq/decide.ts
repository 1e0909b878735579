// Every rule of a FAQ entry: a command and the entry as it stands give the new events or a named refusal.
//
// Lifecycle: draft → published → retired. A retired entry may be published again (a rule that was
// suspended and is back, an answer corrected after retiring it): republishing is an event like any
// other, so the log shows when it was out of service. A draft may be retired too (a draft discarded).
// Coordinators and administrators may edit an entry in any status; an edit to a published entry is
// public at once, as its new version. Agents create drafts and edit drafts only.
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { isDomainError, refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import { canonicalInstant } from '../shared/time.js';
import { isRadicado } from '../radicado/radicado.js';
import type {
  CreateFaqEntry,
  FaqEntryCommand,
  PublishFaqEntry,
  RetireFaqEntry,
  UpdateFaqEntry,
} from './commands.js';
import {
  FAQ_ENTRY_CONTENT_FIELDS,
  type FaqEntryContent,
  type FaqEntryContentField,
  type FaqEntryEvent,
} from './events.js';
import { FAQ_ENTRY_STATUS_IN_SENTENCES } from './labels.js';
import { evolveFaqEntry, initialFaqEntryState, type CreatedFaqEntry, type FaqEntryState } from './state.js';

type Decision = readonly FaqEntryEvent[] | DomainError;

const EDITORS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR'];
const WRITERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR', 'AGENT'];

/** Who may ask for each command; an AGENT further only edits drafts. AUDITOR changes nothing. */
export const FAQ_COMMAND_ROLES: Readonly<Record<FaqEntryCommand['type'], readonly ActorRole[]>> = {
  CreateFaqEntry: WRITERS,
  UpdateFaqEntry: WRITERS,
  PublishFaqEntry: EDITORS,
  RetireFaqEntry: EDITORS,
};

export function decideFaqEntry(
  command: FaqEntryCommand,
  state: FaqEntryState,
  context: DecisionContext,
): Decision {
  if (!FAQ_COMMAND_ROLES[command.type].includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, COMMAND_LABELS[command.type]);
  }
  if (command.type === 'CreateFaqEntry') return create(command, state);
  if (state.status === 'NOT_CREATED') {
    return refuse('FAQ_ENTRY_NOT_FOUND', 'La entrada de preguntas frecuentes no existe.');
  }
  switch (command.type) {
    case 'UpdateFaqEntry':
      return update(command, state, context);
    case 'PublishFaqEntry':
      return publish(command, state, context);
    case 'RetireFaqEntry':
      return retire(command, state, context);
    default: {
      const unknownCommand: never = command;
      return refuse(
        'UNKNOWN_COMMAND',
        `Orden desconocida: ${String((unknownCommand as { type?: unknown }).type)}.`,
      );
    }
  }
}

function create({ data }: CreateFaqEntry, state: FaqEntryState): Decision {
  if (state.status !== 'NOT_CREATED') {
    return refuse('FAQ_ENTRY_ALREADY_EXISTS', 'Ya existe una entrada de preguntas frecuentes con ese id.');
  }
  if (isBlank(data.entryId)) return refuse('ENTRY_ID_REQUIRED', 'Falta el id de la entrada.', 'entryId');
  const content = normalizedContent(data, 'all');
  if (isDomainError(content)) return content;
  return [
    {
      type: 'FaqEntryCreated',
      data: {
        entryId: data.entryId,
        question: content.question ?? '',
        answer: content.answer ?? '',
        category: content.category ?? '',
        tags: content.tags ?? [],
        linkedRadicados: content.linkedRadicados ?? [],
        version: 1,
      },
    },
  ];
}

function update({ data }: UpdateFaqEntry, state: CreatedFaqEntry, context: DecisionContext): Decision {
  if (context.actor.role === 'AGENT' && state.status !== 'DRAFT') {
    return refuse(
      'ROLE_NOT_ALLOWED',
      `Un agente solo puede editar borradores: esta entrada está ${FAQ_ENTRY_STATUS_IN_SENTENCES[state.status]}.`,
    );
  }
  const content = normalizedContent(data, 'given');
  if (isDomainError(content)) return content;
  const changes: Partial<Record<FaqEntryContentField, unknown>> = {};
  for (const field of FAQ_ENTRY_CONTENT_FIELDS) {
    const value = content[field];
    if (value !== undefined && !sameValue(value, state[field])) changes[field] = value;
  }
  if (Object.keys(changes).length === 0) return [];
  return [
    {
      type: 'FaqEntryUpdated',
      data: { version: state.version + 1, changes: changes as Partial<FaqEntryContent> },
    },
  ];
}

function publish(_command: PublishFaqEntry, state: CreatedFaqEntry, context: DecisionContext): Decision {
  if (state.status === 'PUBLISHED') return [];
  return [
    {
      type: 'FaqEntryPublished',
      data: { version: state.version, publishedAt: canonicalInstant(context.now) },
    },
  ];
}

function retire({ data }: RetireFaqEntry, state: CreatedFaqEntry, context: DecisionContext): Decision {
  if (state.status === 'RETIRED') return [];
  if (isBlank(data.reason)) {
    return refuse('REASON_REQUIRED', 'Indique por qué se retira la entrada.', 'reason');
  }
  return [
    {
      type: 'FaqEntryRetired',
      data: { version: state.version, reason: data.reason.trim(), retiredAt: canonicalInstant(context.now) },
    },
  ];
}

/**
 * The fields trimmed and normalized (tags in lower case; tags and radicados unique and sorted, as sets, so
 * reordering them is no edit). With 'given', fields left out stay undefined (an edit); with 'all', a text
 * left out is missing (a creation). Refuses the first bad field.
 */
function normalizedContent(
  data: Readonly<Partial<Record<FaqEntryContentField, unknown>>>,
  fields: 'all' | 'given',
): Partial<FaqEntryContent> | DomainError {
  const content: { -readonly [Field in FaqEntryContentField]?: FaqEntryContent[Field] } = {};
  const texts = [
    ['question', 'QUESTION_REQUIRED', 'Escriba la pregunta.'],
    ['answer', 'ANSWER_REQUIRED', 'Escriba la respuesta.'],
    ['category', 'CATEGORY_REQUIRED', 'Indique la categoría de la pregunta.'],
  ] as const;
  for (const [field, code, message] of texts) {
    const value = data[field];
    if ((value === undefined || value === null) && fields === 'given') continue;
    if (typeof value !== 'string' || isBlank(value)) return refuse(code, message, field);
    content[field] = value.trim();
  }
  if (data.tags !== undefined && data.tags !== null) {
    const tags = data.tags as readonly unknown[];
    if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string' || isBlank(tag))) {
      return refuse('INVALID_TAG', 'Las etiquetas no pueden estar vacías.', 'tags');
    }
    content.tags = uniqueSorted(
      (tags as readonly string[]).map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase()),
    );
  }
  if (data.linkedRadicados !== undefined && data.linkedRadicados !== null) {
    const radicados = data.linkedRadicados as readonly unknown[];
    const malformed = Array.isArray(radicados)
      ? radicados.find((radicado) => typeof radicado !== 'string' || !isRadicado(radicado.trim()))
      : radicados;
    if (!Array.isArray(radicados) || malformed !== undefined) {
      return refuse(
        'INVALID_RADICADO',
        `El radicado ${String(malformed)} no tiene la forma PQRS-AAAA-NNNNNN.`,
        'linkedRadicados',
      );
    }
    content.linkedRadicados = uniqueSorted(
      (radicados as readonly string[]).map((radicado) => radicado.trim()),
    );
  }
  return content;
}

const COMMAND_LABELS: Readonly<Record<FaqEntryCommand['type'], string>> = {
  CreateFaqEntry: 'crear entradas de preguntas frecuentes',
  UpdateFaqEntry: 'editar entradas de preguntas frecuentes',
  PublishFaqEntry: 'publicar entradas de preguntas frecuentes',
  RetireFaqEntry: 'retirar entradas de preguntas frecuentes',
};

function sameValue(left: unknown, right: unknown): boolean {
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => item === right[index]);
  }
  return left === right;
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

export const faqEntryDecider: Decider<FaqEntryCommand, FaqEntryEvent, FaqEntryState> = {
  decide: decideFaqEntry,
  evolve: evolveFaqEntry,
  initialState: initialFaqEntryState,
};
