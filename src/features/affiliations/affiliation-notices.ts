// How an affiliation's decision notice is written: the affiliation as its log stood when the notice was
// requested gives the template's values (the request's number, the decision, the member number or the
// rejection's reason, revealed from the vault, and the dates), and the address the applicant gave with it
// says where it goes.
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  AFFILIATION_STREAM_PREFIX,
  affiliationDecider,
  affiliationStreamOf,
  upcastAffiliationEvent,
  type AffiliationEvent,
} from '../../domain/affiliation/index.js';
import type { NotificationRequested } from '../../domain/notifications/notifications.js';
import { spanishDate } from '../../domain/shared/time.js';
import { EVENT_STORE, type EventStore } from '../../engine/eventstore/event-store.js';
import {
  isErased,
  PERSONAL_DATA_STORE,
  type PersonalDataStore,
} from '../../personal-data/personal-data-store.js';
import { PersonalTexts } from '../../personal-data/personal-texts.js';
import {
  NOTICE_TEXTS,
  NoticeComposers,
  type ComposedNotice,
  type NoticeComposer,
  type NoticeTexts,
  type NotificationDocument,
  type UnsendableNotice,
} from '../notifications/index.js';
import { affiliationCase } from './commands.js';

/** The decision as the notice says it: «Su solicitud de afiliación fue aprobada». */
const DECISION_IN_SENTENCES = { Approved: 'aprobada', Rejected: 'rechazada' } as const;

@Injectable()
export class AffiliationNotices implements NoticeComposer, OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSONAL_DATA_STORE) private readonly vault: PersonalDataStore,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
    @Inject(NOTICE_TEXTS) private readonly templates: NoticeTexts,
    @Inject(NoticeComposers) private readonly composers: NoticeComposers,
  ) {}

  onModuleInit(): void {
    this.composers.register(AFFILIATION_STREAM_PREFIX, { composer: this, aggregate: affiliationCase });
  }

  async compose(notification: NotificationDocument): Promise<ComposedNotice | UnsendableNotice> {
    const events = (await this.store.readStream(affiliationStreamOf(notification.recordId))).map(
      upcastAffiliationEvent,
    );
    const at = events.findIndex(
      (event) => event.type === 'NotificationRequested' && event.data.notificationId === notification.id,
    );
    if (at < 0) return { unsendable: 'El aviso no está en el expediente de la afiliación.' };
    const requested = events[at] as NotificationRequested;
    const before = events.slice(0, at);
    const state = before.reduce(affiliationDecider.evolve, affiliationDecider.initialState);
    if (state.status === 'NOT_RECEIVED') return { unsendable: 'La afiliación no fue recibida.' };
    const decision = [...before].reverse().find((event) => event.type === requested.data.follows);
    if (decision?.type !== 'Approved' && decision?.type !== 'Rejected') {
      return { unsendable: 'El aviso no sigue a una decisión sobre la afiliación.' };
    }

    // The address given with this application: a later filing with the same document cannot redirect it.
    const received = events[0];
    const version = received?.type === 'Received' ? received.data.applicantVersion : undefined;
    const applicant = await this.applicantOf(requested, version);
    if ('unsendable' in applicant) return applicant;
    // A request filed before requests were numbered has none: the notice then names it by its date alone.
    const requestNumber = received?.type === 'Received' ? received.data.requestNumber : null;
    const values = await this.texts.reveal(
      valuesOf(applicant.name, requestNumber, state.receivedOn, decision),
    );
    const { subject, text } = await this.templates.render(requested.data.template, values);
    return { to: [applicant.email], subject, text, attachments: [] };
  }

  /** The applicant's name and e-mail address in the version of their data the application was filed with. */
  private async applicantOf(
    requested: NotificationRequested,
    version: number | undefined,
  ): Promise<{ readonly email: string; readonly name: string } | UnsendableNotice> {
    const { personId } = requested.data.recipient;
    if (personId === null) return { unsendable: 'El aviso no tiene destinatario identificado.' };
    const person = await this.vault.get(personId, version);
    if (person === null) {
      return { unsendable: 'Los datos del solicitante no están en el almacén de datos personales.' };
    }
    if (isErased(person)) {
      return {
        unsendable: 'Los datos personales del solicitante fueron suprimidos: no hay a dónde enviar el aviso.',
      };
    }
    if (person.email === null || person.email.trim() === '') {
      return {
        unsendable:
          'El solicitante no tiene correo electrónico registrado: envíe el aviso por correo postal o por otro medio.',
      };
    }
    return { email: person.email.trim(), name: person.name };
  }
}

/**
 * The placeholders of the AFFILIATION_DECISION template (src/domain/notice-template/placeholders.ts); the
 * office's names are the renderer's. The rejection's reason is still a sealed reference here.
 */
function valuesOf(
  name: string,
  requestNumber: string | null,
  receivedOn: string,
  decision: Extract<AffiliationEvent, { type: 'Approved' | 'Rejected' }>,
): Record<string, string> {
  const common = {
    nombre: name,
    numeroSolicitud: requestNumber ?? '',
    decision: DECISION_IN_SENTENCES[decision.type],
    fechaSolicitud: spanishDate(receivedOn),
  };
  if (decision.type === 'Approved') {
    return {
      ...common,
      numeroAfiliado: decision.data.memberNumber,
      motivo: '',
      fechaDecision: spanishDate(decision.data.approvedOn),
    };
  }
  return {
    ...common,
    numeroAfiliado: '',
    motivo: decision.data.reason,
    fechaDecision: spanishDate(decision.data.rejectedOn),
  };
}
