// A case as the citizen who filed it reaches it on the Ventanilla virtual: found by its radicado and access
// code together — an unknown radicado and a wrong code are the same "not found" — and shown without staff
// names or internal notes. It serves the tracking page, the constancia and the downloads of the case's
// files; every text is revealed from the vault here, the only place the public side reads them.
import { Inject, Injectable } from '@nestjs/common';
import type { PublicAttachmentAccess } from '../../attachments/attachment-registry.js';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import type { PqrsEvent, Received } from '../../domain/pqrs/events.js';
import {
  ANSWER_CHANNEL_LABELS,
  PERSON_TYPE_LABELS,
  PQRS_CHANNEL_LABELS,
  PQRS_KIND_LABELS,
  PQRS_STATUS_LABELS,
} from '../../domain/pqrs/labels.js';
import { spanishDate } from '../../domain/shared/time.js';
import { maskDocumentNumber } from '../../personal-data/personal-data-masking.js';
import {
  isErased,
  PERSONAL_DATA_STORE,
  type PersonalDataStore,
} from '../../personal-data/personal-data-store.js';
import { PersonalTexts } from '../../personal-data/personal-texts.js';
import type { ConstanciaView, PublicCaseLookup } from '../../public-channel/public-cases.js';
import { accessCodeMatches, groupAccessCode, normalizeAccessCode } from './access-codes.js';
import type { PublicAttachment, PublicCase, PublicCaseStep } from './graphql/public-pqrs.types.js';
import { completionWindowEnd } from '../../domain/pqrs/completion-window.js';
import { PqrsQueries, type CaseFacts } from './read-models/pqrs-queries.js';

const RADICADO = /^PQRS-\d{4}-\d{6}$/;

/** A case found with its code: its facts, the receipt that opened it. */
interface FoundCase extends CaseFacts {
  readonly received: Received;
}

@Injectable()
export class PublicCases implements PublicAttachmentAccess, PublicCaseLookup {
  constructor(
    @Inject(PqrsQueries) private readonly queries: PqrsQueries,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(PERSONAL_DATA_STORE) private readonly vault: PersonalDataStore,
  ) {}

  /** The case, or null when the radicado is unknown, malformed, not a portal filing, or the code is not its own. */
  async find(radicado: string, accessCode: string): Promise<FoundCase | null> {
    const wanted = radicado.trim().toUpperCase();
    const found = RADICADO.test(wanted) ? await this.queries.caseFacts(wanted) : null;
    const state = found?.state;
    const hash = state !== undefined && state.status !== 'NOT_RECEIVED' ? state.accessCodeHash : null;
    if (!accessCodeMatches(accessCode, hash) || found === null) return null;
    const received = found.facts.find((fact) => fact.event.type === 'Received')?.event as
      Received | undefined;
    return received === undefined ? null : { ...found, received };
  }

  async publicCase(radicado: string, accessCode: string): Promise<PublicCase | null> {
    const found = await this.find(radicado, accessCode);
    return found === null ? null : this.texts.reveal(publicViewOf(found));
  }

  async mayDownload(radicado: string, accessCode: string, attachmentId: string): Promise<boolean> {
    const found = await this.find(radicado, accessCode);
    return found !== null && attachmentsOf(found).some((attachment) => attachment.id === attachmentId);
  }

  async constanciaOf(radicado: string, accessCode: string): Promise<ConstanciaView | null> {
    const found = await this.find(radicado, accessCode);
    if (found === null) return null;
    const data = found.received.data;
    const anonymous = data.personType === 'ANONYMOUS';
    // Whoever holds the code is shown whom the filing names, as a paper constancia would; the document
    // only by its last digits, since the code alone (forwarded, printed) should not give it away whole.
    const person =
      data.petitionerId === null
        ? null
        : await this.vault.get(data.petitionerId, data.petitionerVersion ?? undefined);
    const petitioner =
      person === null || isErased(person)
        ? null
        : {
            name: person.name,
            document: `${person.documentType} ${maskDocumentNumber(person.documentNumber)}`,
          };
    return this.texts.reveal({
      entityName: this.config.reports.entityName,
      officeName: this.config.reports.officeName,
      radicado: data.radicado,
      accessCode: groupAccessCode(normalizeAccessCode(accessCode)!),
      kindLabel: PQRS_KIND_LABELS[data.kind],
      termBusinessDays: data.termBusinessDays,
      receivedAt: data.receivedAt,
      dueDate: data.dueDate,
      termRunsFrom: data.termRunsFrom,
      subject: data.subject,
      personTypeLabel: PERSON_TYPE_LABELS[data.personType],
      anonymous,
      petitioner,
      channelLabel: PQRS_CHANNEL_LABELS[data.channel],
      // Only the portal's filings have an access code: the citizen filed it at the Ventanilla virtual.
      receivedBy: 'Ventanilla virtual',
      answerChannelLabel: data.answerChannel === null ? null : ANSWER_CHANNEL_LABELS[data.answerChannel],
      attachments: data.attachments.map(({ fileName, size, sha256 }) => ({ fileName, size, sha256 })),
      policyVersion: data.dataProcessingConsent?.policyVersion ?? null,
      trackingUrl: `${this.config.publicPortal.publicUrl}/ventanilla/consulta`,
    });
  }
}

/** Every file the citizen may read: the ones they sent and the ones the answer sent them. */
function attachmentsOf({ facts }: CaseFacts): PublicAttachment[] {
  return facts.flatMap(({ event }): PublicAttachment[] => {
    switch (event.type) {
      case 'Received':
        return event.data.attachments.map((attachment) => ({ ...attachment, source: 'FILING' }));
      case 'InformationProvided':
        return event.data.attachments.map((attachment) => ({ ...attachment, source: 'INFORMATION' }));
      case 'Answered':
        // The answer letter first, then its annexes: the citizen reads the answer as it was sent.
        return [
          ...(event.data.letter === null ? [] : [event.data.letter.attachment]),
          ...event.data.attachments,
        ].map((attachment) => ({ ...attachment, source: 'ANSWER' as const }));
      default:
        return [];
    }
  });
}

/** The case for its citizen; its texts still references, revealed by the caller. */
function publicViewOf(found: FoundCase): PublicCase {
  const { state, received } = found;
  if (state.status === 'NOT_RECEIVED') throw new Error('Un caso encontrado siempre está radicado.');
  let extension: { newDueDate: string; reason: string } | null = null;
  let informationRequest: string | null = null;
  let answer: { text: string; at: string } | null = null;
  for (const { event } of found.facts) {
    if (event.type === 'DeadlineExtended')
      extension = { newDueDate: event.data.newDueDate, reason: event.data.reason };
    if (event.type === 'InformationRequested') informationRequest = event.data.note;
    if (event.type === 'Answered') answer = { text: event.data.answer, at: event.data.answeredAt };
  }
  const running = state.status === 'RECEIVED' || state.status === 'ASSIGNED';
  return {
    radicado: state.radicado,
    kind: state.kind,
    kindLabel: PQRS_KIND_LABELS[state.kind],
    status: state.status,
    statusLabel: PQRS_STATUS_LABELS[state.status],
    receivedAt: state.receivedAt,
    dueDate: running || state.status === 'AWAITING_INFORMATION' ? state.dueDate : null,
    originalDueDate: received.data.dueDate,
    termRunsFrom: received.data.termRunsFrom,
    extendedDueDate: extension?.newDueDate ?? null,
    extensionReason: extension?.reason ?? null,
    awaitingInformation: state.status === 'AWAITING_INFORMATION',
    informationRequest: state.status === 'AWAITING_INFORMATION' ? informationRequest : null,
    // Art. 17: the last day to complete, and whether the petitioner may still ask for its one extension.
    completeBy:
      state.status === 'AWAITING_INFORMATION' ? completionWindowEnd(state.informationRequest) : null,
    completionWindowExtended:
      state.status === 'AWAITING_INFORMATION' && state.informationRequest.windowExtendedOn !== null,
    transferredTo: state.status === 'TRANSFERRED' ? state.transferredTo : null,
    answer: answer?.text ?? null,
    answeredAt: answer?.at ?? null,
    anonymous: received.data.personType === 'ANONYMOUS',
    attachments: attachmentsOf(found),
    history: found.facts.flatMap(({ event, recordedAt }) => stepsOf(event, recordedAt)),
  };
}

/** What the citizen is told of each fact: what happened and when, never who in the office did it. */
function stepsOf(event: PqrsEvent, recordedAt: string): PublicCaseStep[] {
  switch (event.type) {
    case 'Received':
      return [{ at: event.data.receivedAt, label: `Radicada: vence el ${spanishDate(event.data.dueDate)}` }];
    case 'Assigned':
      // A reassignment is internal: the citizen learns once that the case is being handled.
      return event.data.previousAssigneeId === null
        ? [{ at: event.data.assignedAt ?? recordedAt, label: 'En trámite' }]
        : [];
    case 'InformationRequested':
      return [{ at: event.data.requestedAt, label: 'La oficina solicitó completar la información' }];
    case 'InformationProvided':
      return [
        {
          at: event.data.providedAt,
          label: `Información recibida: el término vuelve a correr y vence el ${spanishDate(event.data.dueDate)}`,
        },
      ];
    case 'DeadlineExtended':
      return [
        {
          at: event.data.extendedAt ?? recordedAt,
          label: `Plazo ampliado hasta el ${spanishDate(event.data.newDueDate)}`,
        },
      ];
    case 'Transferred':
      return [{ at: event.data.transferredAt, label: 'Trasladada a la entidad competente' }];
    case 'Answered':
      return [{ at: event.data.answeredAt, label: 'Respondida' }];
    case 'Closed':
      return [{ at: event.data.closedAt, label: 'Cerrada' }];
    case 'Withdrawn':
      return [{ at: event.data.withdrawnAt, label: 'Desistida' }];
    case 'MeritEvaluated':
      // Ley 962 de 2005 art. 81: whether the anonymous denuncia starts an action, never who evaluated it.
      return [
        {
          at: event.data.evaluatedAt,
          label: event.data.admissible
            ? 'Denuncia evaluada: los hechos permiten iniciar una actuación'
            : 'Denuncia evaluada: no reúne los requisitos para iniciar una actuación (Ley 962 de 2005, art. 81)',
        },
      ];
    default:
      return [];
  }
}
