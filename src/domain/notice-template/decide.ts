// A notice template as a decider: each publication is the next version of the key's text, checked against
// the placeholders the key allows; the same text as the version in force publishes nothing.
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { roleNotAllowed } from '../shared/roles.js';
import type { TemplateKey } from '../notifications/notice-kinds.js';
import type { NoticeTemplateCommand } from './commands.js';
import { DEFAULT_TEMPLATE_VERSION, DEFAULT_TEMPLATES } from './default-templates.js';
import type { NoticeTemplateEvent } from './events.js';
import { isTemplateKey } from './placeholders.js';
import { checkTemplate, normalizeTemplateText } from './template-text.js';

/** The version in force of one template. */
export interface NoticeTemplateVersion {
  readonly key: TemplateKey;
  readonly version: number;
  readonly subject: string;
  readonly body: string;
}

export interface NoticeTemplateState {
  /** The last version published; null while the shipped defaults (version 1) are in force. */
  readonly published: NoticeTemplateVersion | null;
}

export const initialNoticeTemplateState: NoticeTemplateState = { published: null };

/** Who may publish templates: their text is what the office tells every petitioner. */
export const NOTICE_TEMPLATE_COMMAND_ROLES: Readonly<
  Record<NoticeTemplateCommand['type'], readonly ActorRole[]>
> = {
  PublishNoticeTemplate: ['ADMIN'],
};

/** The version of the key in force in this state: the last published, or the defaults. */
export function templateInForce(key: TemplateKey, state: NoticeTemplateState): NoticeTemplateVersion {
  return state.published ?? { key, version: DEFAULT_TEMPLATE_VERSION, ...DEFAULT_TEMPLATES[key] };
}

export function decideNoticeTemplate(
  command: NoticeTemplateCommand,
  state: NoticeTemplateState,
  context: DecisionContext,
): readonly NoticeTemplateEvent[] | DomainError {
  switch (command.type) {
    case 'PublishNoticeTemplate': {
      if (!NOTICE_TEMPLATE_COMMAND_ROLES[command.type].includes(context.actor.role))
        return roleNotAllowed(context.actor.role, 'publicar plantillas de avisos');
      const { key } = command.data;
      if (typeof key !== 'string' || !isTemplateKey(key)) {
        return refuse('INVALID_TEMPLATE_KEY', `No existe una plantilla con la clave ${String(key)}.`, 'key');
      }
      if (state.published !== null && state.published.key !== key) {
        return refuse(
          'TEMPLATE_KEY_MISMATCH',
          `Estas versiones son de la plantilla ${state.published.key}, no de ${key}.`,
          'key',
        );
      }
      const refused = checkTemplate(key, command.data.subject ?? '', command.data.body ?? '');
      if (refused !== null) return refused;
      const subject = normalizeTemplateText(command.data.subject);
      const body = normalizeTemplateText(command.data.body);
      const inForce = templateInForce(key, state);
      if (inForce.subject === subject && inForce.body === body) return [];
      return [
        {
          type: 'TemplateVersionPublished',
          data: { key, version: inForce.version + 1, subject, body, publishedAt: context.now },
        },
      ];
    }
    default: {
      const unknownCommand: never = command.type;
      return refuse('UNKNOWN_COMMAND', `Orden desconocida: ${String(unknownCommand)}.`);
    }
  }
}

export function evolveNoticeTemplate(
  state: NoticeTemplateState,
  event: NoticeTemplateEvent,
): NoticeTemplateState {
  switch (event.type) {
    case 'TemplateVersionPublished': {
      const { key, version, subject, body } = event.data;
      return { published: { key, version, subject, body } };
    }
    default: {
      const unknownEvent: never = event.type;
      void unknownEvent;
      return state;
    }
  }
}

export const noticeTemplateDecider: Decider<NoticeTemplateCommand, NoticeTemplateEvent, NoticeTemplateState> =
  {
    decide: decideNoticeTemplate,
    evolve: evolveNoticeTemplate,
    initialState: initialNoticeTemplateState,
  };
