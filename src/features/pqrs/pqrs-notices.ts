// How a case's notices are written: the case as its log stood when the notice was requested gives the
// template's values (radicado, dates, the reasons and the answer, revealed from the vault), the address
// the petitioner gave with the filing (or the receiving entity's, sealed in the log) says where it goes,
// and the files it carries (the answer letter, the annexes) come from the attachment store.
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ATTACHMENT_STORE, type AttachmentStore } from '../../attachments/attachment-store.js';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import type { NotificationRequested } from '../../domain/notifications/notifications.js';
import {
  ACCESS_DECISION_LABELS,
  PQRS_KIND_LABELS,
  PRIORITY_REASON_LABELS,
} from '../../domain/pqrs/labels.js';
import {
  PQRS_STREAM_PREFIX,
  pqrsDecider,
  pqrsStreamOf,
  upcastPqrsEvent,
  type PqrsEvent,
  type PqrsState,
} from '../../domain/pqrs/index.js';
import { addCalendarDays, bogotaDateOf, spanishDate } from '../../domain/shared/time.js';
import { EVENT_STORE, type EventStore } from '../../engine/eventstore/event-store.js';
import {
  NOTICE_TEXTS,
  NoticeComposers,
  type ComposedNotice,
  type NoticeComposer,
  type NoticeTexts,
  type UnsendableNotice,
  type NotificationDocument,
} from '../notifications/index.js';
import {
  isErased,
  PERSONAL_DATA_STORE,
  type PersonalDataStore,
} from '../../personal-data/personal-data-store.js';
import { PersonalTexts } from '../../personal-data/personal-texts.js';
import { pqrsCase } from './commands.js';
import { USER_STORE, type UserStore } from '../../identity/user-store.js';

@Injectable()
export class PqrsNotices implements NoticeComposer, OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSONAL_DATA_STORE) private readonly vault: PersonalDataStore,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
    @Inject(ATTACHMENT_STORE) private readonly files: AttachmentStore,
    @Inject(NOTICE_TEXTS) private readonly templates: NoticeTexts,
    @Inject(NoticeComposers) private readonly composers: NoticeComposers,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(USER_STORE) private readonly users: UserStore,
  ) {}

  onModuleInit(): void {
    this.composers.register(PQRS_STREAM_PREFIX, { composer: this, aggregate: pqrsCase });
  }

  async compose(notification: NotificationDocument): Promise<ComposedNotice | UnsendableNotice> {
    const events = (await this.store.readStream(pqrsStreamOf(notification.recordId))).map(upcastPqrsEvent);
    const at = events.findIndex(
      (event) => event.type === 'NotificationRequested' && event.data.notificationId === notification.id,
    );
    if (at < 0) return { unsendable: 'El aviso no está en el expediente del caso.' };
    const requested = events[at] as NotificationRequested;
    const before = events.slice(0, at);
    // The case as it stood when the notice was requested, with the fact it tells of.
    const state = before.reduce(pqrsDecider.evolve, pqrsDecider.initialState);
    if (state.status === 'NOT_RECEIVED') return { unsendable: 'El caso no está radicado.' };
    const followed = [...before].reverse().find((event) => event.type === requested.data.follows);
    const received = events[0];
    if (received?.type !== 'Received') return { unsendable: 'El caso no está radicado.' };

    const address =
      requested.data.recipient.role === 'COORDINATORS'
        ? await this.coordinatorsAddress()
        : await this.addressOf(requested, received.data.petitionerVersion);
    if ('unsendable' in address) return address;
    const lastRequest = [...before].reverse().find((event) => event.type === 'InformationRequested');
    const values = await this.texts.reveal(
      this.valuesOf(requested, state, received, followed, address.name, lastRequest),
    );
    const { subject, text } = await this.templates.render(requested.data.template, values);
    const attachments = [];
    for (const attachment of requested.data.attachments) {
      const content = await this.files.get(attachment.sha256);
      if (content === null) {
        return {
          unsendable: `El archivo ${attachment.sha256.slice(0, 12)}… del aviso no está en el almacén de archivos.`,
        };
      }
      attachments.push({
        fileName: await this.texts.reveal(attachment.fileName),
        mediaType: attachment.mediaType,
        content: Buffer.from(content),
      });
    }
    return { to: 'emails' in address ? address.emails : [address.email], subject, text, attachments };
  }

  /**
   * The office's coordinators, as the staff directory knows them when the alert is sent (art. 20: a risk
   * to life or integrity): every active account with the role and an e-mail address.
   */
  private async coordinatorsAddress(): Promise<
    { readonly emails: readonly string[]; readonly name: string } | UnsendableNotice
  > {
    const coordinators = (await this.users.list()).filter(
      (user) => user.active && user.roles.includes('COORDINATOR') && (user.email ?? '').trim() !== '',
    );
    if (coordinators.length === 0) {
      return { unsendable: 'Ningún coordinador activo tiene correo electrónico registrado.' };
    }
    return { emails: coordinators.map((user) => user.email!.trim()), name: 'Coordinación' };
  }

  /**
   * Where the notice goes: the e-mail the petitioner gave with this filing (the version of their data the
   * case was filed with — a later filing with the same document, someone else's perhaps, cannot redirect
   * this case's notices), or the entity's, sealed in the log.
   */
  private async addressOf(
    requested: NotificationRequested,
    petitionerVersion: number | null,
  ): Promise<{ readonly email: string; readonly name: string } | UnsendableNotice> {
    const { recipient } = requested.data;
    if (recipient.role === 'RECEIVING_ENTITY') {
      if (recipient.addressRef === null)
        return { unsendable: 'La entidad no tiene correo electrónico registrado.' };
      const email = (await this.texts.reveal(recipient.addressRef)).trim();
      if (!email.includes('@'))
        return { unsendable: 'El correo de la entidad fue suprimido o no es válido.' };
      return { email, name: recipient.name ?? '' };
    }
    if (recipient.personId === null) return { unsendable: 'El aviso no tiene destinatario identificado.' };
    const person = await this.vault.get(recipient.personId, petitionerVersion ?? undefined);
    if (person === null)
      return { unsendable: 'Los datos del peticionario no están en el almacén de datos personales.' };
    if (isErased(person)) return { unsendable: 'Los datos personales del peticionario fueron suprimidos.' };
    if (person.email === null || person.email.trim() === '') {
      return {
        unsendable: 'El peticionario no tiene correo electrónico registrado: envíe el aviso por otro medio.',
      };
    }
    return { email: person.email.trim(), name: person.name };
  }

  private valuesOf(
    requested: NotificationRequested,
    state: Exclude<PqrsState, { status: 'NOT_RECEIVED' }>,
    received: Extract<PqrsEvent, { type: 'Received' }>,
    followed: PqrsEvent | undefined,
    name: string,
    lastRequest: PqrsEvent | undefined,
  ): Record<string, string> {
    const { publicPortal } = this.config;
    // The placeholders of src/domain/notice-template/placeholders.ts; the office's names are the renderer's.
    const values: Record<string, string> = {
      nombre: name,
      radicado: state.radicado,
      tipo: PQRS_KIND_LABELS[state.kind],
      asunto: received.data.subject,
      fechaRadicacion: spanishDate(state.receivedOn),
      fechaVencimiento: spanishDate(state.dueDate),
      terminoDias: String(state.termBusinessDays),
      terminoCorreDesde: received.data.termRunsFrom === null ? '' : spanishDate(received.data.termRunsFrom),
      enlaceConsulta: `${publicPortal.publicUrl}/ventanilla/consulta`,
      codigoAcceso: requested.data.accessCodeRef ?? '',
      fechaAviso: spanishDate(bogotaDateOf(requested.data.requestedAt)),
      anexos: requested.data.attachments.map((attachment) => attachment.fileName).join(', '),
    };
    switch (followed?.type) {
      case 'InformationRequested':
        values.informacionSolicitada = followed.data.note;
        values.fechaRequerimiento = spanishDate(followed.data.requestedOn);
        // The month runs to the day before tacit withdrawal may be decided.
        values.fechaLimiteCompletar = spanishDate(addCalendarDays(followed.data.tacitWithdrawalFrom, -1));
        break;
      case 'DeadlineExtended':
        values.motivo = followed.data.reason;
        // The term the notice speaks of is the one it extends.
        values.fechaVencimiento = spanishDate(followed.data.previousDueDate);
        values.nuevaFechaVencimiento = spanishDate(followed.data.newDueDate);
        break;
      case 'Transferred':
        values.motivo = followed.data.reason;
        values.entidad = followed.data.entity;
        values.fechaTraslado = spanishDate(followed.data.transferredOn);
        break;
      case 'Answered':
        values.respuesta = followed.data.answer;
        values.fechaRespuesta = spanishDate(followed.data.answeredOn);
        values.numeroSalida = followed.data.letter?.outgoingNumber ?? '';
        // The letter is the notice itself; its annexes are the answer's other files.
        values.anexos = followed.data.attachments.map((attachment) => attachment.fileName).join(', ');
        values.decisionAcceso =
          followed.data.accessDecision === null ? '' : ACCESS_DECISION_LABELS[followed.data.accessDecision];
        break;
      case 'PriorityAlertRaised':
        values.motivosPrioridad = followed.data.reasons
          .map((reason) => PRIORITY_REASON_LABELS[reason])
          .join('; ');
        values.enlaceCaso = `${publicPortal.publicUrl}/casos/${state.radicado}`;
        break;
      case 'Withdrawn': {
        values.motivo = followed.data.reason;
        // The act that decided it (art. 17); empty for a withdrawal recorded before acts were numbered.
        values.numeroActo = followed.data.actNumber ?? '';
        if (lastRequest?.type === 'InformationRequested') {
          values.informacionSolicitada = lastRequest.data.note;
          values.fechaRequerimiento = spanishDate(lastRequest.data.requestedOn);
          // The window as it stood when decided: extended, when the petitioner asked for it.
          values.fechaLimiteCompletar = spanishDate(
            addCalendarDays(
              state.informationRequest?.tacitWithdrawalFrom ?? lastRequest.data.tacitWithdrawalFrom,
              -1,
            ),
          );
        }
        break;
      }
      default:
        break;
    }
    return values;
  }
}
