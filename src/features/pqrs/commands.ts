// The PQRS case on the command path: its decider and streams, and what its commands need from outside
// the domain before it decides — the radicado a receipt is given, the staff account a case is assigned
// to. Everything else every command shares is done by the generic handler (engine/commands).
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../domain/shared/decider.js';
import type { PqrsCommand } from '../../domain/pqrs/commands.js';
import { PQRS_EVENT_SCHEMA_VERSIONS, upcastPqrsEvent, type PqrsEvent } from '../../domain/pqrs/events.js';
import { pqrsDecider, pqrsStreamOf, type PqrsState } from '../../domain/pqrs/index.js';
import {
  RADICADO_EVENT_SCHEMA_VERSIONS,
  radicadoDecider,
  upcastRadicadoEvent,
  radicadoStreamOf,
  type RadicadoCommand,
  type RadicadoEvent,
  type RadicadoState,
} from '../../domain/radicado/index.js';
import { bogotaDateOf, yearOf } from '../../domain/shared/time.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../../engine/commands/run-command.js';
import { USER_STORE, staffMemberOf, type UserStore } from '../../identity/user-store.js';
import type { NoticeKind } from '../../domain/notifications/notice-kinds.js';
import { PQRS_KIND_LABELS } from '../../domain/pqrs/labels.js';
import type { AnswerLetter } from '../../domain/pqrs/events.js';
import type { DomainCommand } from '../../domain/shared/decider.js';
import { AnswerLetters, noticeTemplate } from '../notice-templates/index.js';
import { templateInForce } from '../../domain/notice-template/index.js';
import { PersonalTexts } from '../../personal-data/personal-texts.js';
import {
  isErased,
  PERSONAL_DATA_STORE,
  type PersonalDataStore,
} from '../../personal-data/personal-data-store.js';

/** Who acts on the Ventanilla virtual: a citizen, known to the log by this id and the role CITIZEN. */
export const CITIZEN_ACTOR: Actor = { id: 'ventanilla-virtual', role: 'CITIZEN' };

/** What a receipt carries as its radicado until the counter issues it. */
export const RADICADO_TO_BE_ISSUED = 'PENDIENTE';

/** The per-year radicado counter: `radicado-<year>`. */
export const radicadoCounter: AggregateType<RadicadoCommand, RadicadoEvent, RadicadoState> = {
  decider: radicadoDecider,
  schemaVersions: RADICADO_EVENT_SCHEMA_VERSIONS,
  upcast: upcastRadicadoEvent,
  streamOf: (year) => radicadoStreamOf(Number(year)),
};

/** The notices each command may request, whose template versions in force it records. */
const NOTICES_OF: Readonly<Partial<Record<PqrsCommand['type'], readonly NoticeKind[]>>> = {
  ReceivePqrs: ['ACKNOWLEDGMENT', 'PRIORITY_ALERT'],
  RequestInformation: ['INFORMATION_REQUEST'],
  ExtendDeadline: ['EXTENSION'],
  TransferPqrs: ['TRANSFER', 'TRANSFER_COPY'],
  AnswerPqrs: ['ANSWER'],
  ApproveAnswer: ['ANSWER'],
  AnswerJointly: ['ANSWER'],
  WithdrawPqrs: ['TACIT_WITHDRAWAL_DECREE'],
};

@Injectable()
export class PqrsLookUps implements CommandLookUps<PqrsCommand> {
  constructor(
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(AnswerLetters) private readonly letters: AnswerLetters,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
    @Inject(PERSONAL_DATA_STORE) private readonly vault: PersonalDataStore,
  ) {}

  async complete(
    command: PqrsCommand,
    context: LookUpContext<PqrsCommand>,
  ): Promise<CompletedCommand<PqrsCommand>> {
    return this.completeFacts(await this.withTemplates(command, context), context);
  }

  /**
   * The command with the version of each of its notices' templates in force, read from the templates'
   * streams (the log: a command waits for no read model).
   */
  private async withTemplates(
    command: PqrsCommand,
    context: LookUpContext<PqrsCommand>,
  ): Promise<PqrsCommand> {
    const kinds = NOTICES_OF[command.type];
    if (kinds === undefined) return command;
    const versions: Partial<Record<NoticeKind, number>> = {};
    for (const kind of kinds) {
      const { state } = await context.stateOf(noticeTemplate, kind);
      versions[kind] = templateInForce(kind, state).version;
    }
    return { ...command, data: { ...command.data, noticeTemplates: versions } } as PqrsCommand;
  }

  private async completeFacts(
    command: PqrsCommand,
    context: LookUpContext<PqrsCommand>,
  ): Promise<CompletedCommand<PqrsCommand>> {
    switch (command.type) {
      case 'ReceivePqrs': {
        // A receipt whose radicado was issued before an interruption is completed under that number.
        if (context.id !== null) return { command };
        // A new filing of a withdrawn petition (art. 17) names it: the domain checks it was withdrawn.
        command = await this.withRefiledCase(command, context);
        // Ask the domain first, so an invalid receipt never consumes a radicado.
        await context.precheck(command);
        // The number is issued with the receipt it is for (its texts sealed, never in clear), so the people
        // and texts it names must be kept already:
        // a receipt interrupted after this step is completed at start-up (InterruptedReceipts).
        const kept = await context.keepPersonalData(command);
        if (kept.type !== 'ReceivePqrs') throw new Error('keepPersonalData cambió el tipo del comando.');
        // The radicado follows the filing order: the year it is recorded in, whatever day it was received.
        const year = yearOf(bogotaDateOf(context.metadata.issuedAt));
        const issued = await context.issue(radicadoCounter, String(year), {
          type: 'IssueRadicado',
          data: { year, requestedBy: context.metadata.commandId, receipt: kept.data },
        });
        const { radicado } = issued.data;
        return { id: radicado, command: { ...kept, data: { ...kept.data, radicado } } };
      }
      case 'AssignPqrs': {
        const { id } = command.data.assignee;
        const assignee = staffMemberOf(id, await this.users.findById(id));
        return { command: { ...command, data: { ...command.data, assignee } } };
      }
      case 'AnswerPqrs': {
        // An answer given now goes with its letter (oficio) and outgoing number; one recorded after it
        // was given outside Ventanilla (dated) carries the letter that was sent, among its files.
        if (command.data.answeredAt !== null) return { command };
        // A verbal answer (Decreto 1166 de 2016) was given by voice: its written record is no oficio.
        if ((command.data.verbalAnswer ?? null) !== null) return { command };
        await context.precheck(command);
        const letter = await this.letterFor(context, {
          answer: command.data.answer,
          annexes: (command.data.attachments ?? []).map((attachment) => attachment.fileName),
        });
        return { command: { ...command, data: { ...command.data, letter } } };
      }
      case 'AnswerJointly': {
        // Each petitioner of a joint answer (art. 22) gets it with a letter of their own.
        await context.precheck(command);
        const { state } = await context.stateOf(pqrsCase, context.id!);
        // A retry on a case already answered by it changes nothing: no letter is issued for it.
        if (state.status === 'NOT_RECEIVED' || state.jointAnswerId === command.data.jointAnswerId) {
          return { command };
        }
        const letter = await this.letterFor(context, { answer: command.data.answer, annexes: [] });
        return { command: { ...command, data: { ...command.data, letter } } };
      }
      case 'ApproveAnswer': {
        await context.precheck(command);
        const { state } = await context.stateOf(pqrsCase, context.id!);
        if (state.status === 'NOT_RECEIVED' || state.answerDraft === null) return { command };
        const draft = state.answerDraft;
        const letter = await this.letterFor(context, {
          answer: await this.texts.reveal(draft.answer),
          annexes: await this.texts.reveal(draft.attachments.map((attachment) => attachment.fileName)),
        });
        return { command: { ...command, data: { ...command.data, letter } } };
      }
      default:
        return { command };
    }
  }

  /** The filing with the state of the withdrawn case it names, read from its stream (the log). */
  private async withRefiledCase(
    command: Extract<PqrsCommand, { type: 'ReceivePqrs' }>,
    context: LookUpContext<PqrsCommand>,
  ): Promise<Extract<PqrsCommand, { type: 'ReceivePqrs' }>> {
    const refilingOf = command.data.refilingOf?.trim() ?? '';
    if (refilingOf === '') return command;
    const { state } = await context.stateOf(pqrsCase, refilingOf);
    const refiledCase =
      state.status === 'NOT_RECEIVED'
        ? null
        : { status: state.status, withdrawnAt: state.status === 'WITHDRAWN' ? state.withdrawnAt : null };
    return { ...command, data: { ...command.data, refilingOf, refiledCase } };
  }

  /** The answer letter of the case the command is about, issued for this command (its number, its PDF). */
  private async letterFor(
    context: LookUpContext<PqrsCommand>,
    answer: { readonly answer: string; readonly annexes: readonly string[] },
  ): Promise<AnswerLetter> {
    const { state } = await context.stateOf(pqrsCase, context.id!);
    if (state.status === 'NOT_RECEIVED') throw new Error('El caso no está radicado.');
    const person = state.petitionerId === null ? null : await this.vault.get(state.petitionerId);
    const known = person !== null && !isErased(person) ? person : null;
    const issued = await this.letters.issue(context as LookUpContext<DomainCommand>, {
      radicado: state.radicado,
      receivedOn: state.receivedOn,
      kindLabel: PQRS_KIND_LABELS[state.kind],
      subject: await this.texts.reveal(state.subject),
      answer: answer.answer,
      answeredOn: bogotaDateOf(context.metadata.issuedAt),
      addressee: {
        name: state.petitionerId === null ? null : (known?.name ?? 'Titular de datos suprimidos'),
        email: state.answerChannel === 'POSTAL' ? null : (known?.email ?? null),
        address: state.answerChannel === 'POSTAL' ? (known?.address ?? null) : null,
      },
      annexes: answer.annexes,
    });
    return {
      attachment: issued.attachment,
      outgoingNumber: issued.outgoingNumber,
      template: issued.template,
    };
  }
}

/** A PQRS case: `pqrs-<radicado>`. */
export const pqrsCase: AggregateType<PqrsCommand, PqrsEvent, PqrsState> = {
  decider: pqrsDecider,
  schemaVersions: PQRS_EVENT_SCHEMA_VERSIONS,
  upcast: upcastPqrsEvent,
  streamOf: pqrsStreamOf,
  // Under the petitioner's key: erasing the petitioner erases the case's texts with their data.
  freeTexts: {
    fields: {
      // The access code goes sealed to the acknowledgment that tells it (the log keeps its hash).
      ReceivePqrs: [
        'subject',
        'description',
        'lateEntryReason',
        'attachments[].fileName',
        'accessCode',
        'priorityProof',
      ],
      RequestInformation: ['note'],
      ProvideInformation: ['note', 'lateEntryReason', 'attachments[].fileName'],
      ExtendDeadline: ['reason'],
      // The entity's address is an office's, but may be a person's mailbox: sealed like any free text.
      TransferPqrs: ['reason', 'entityEmail'],
      // A denial's provision and harm argued are written by staff like any reason (Ley 1712, art. 28).
      AnswerPqrs: [
        'answer',
        'accessDenialDetail',
        'accessDenialProvision',
        'accessDenialHarm',
        'lateEntryReason',
        'attachments[].fileName',
      ],
      AnswerJointly: ['answer'],
      WithdrawPqrs: ['reason'],
      DraftAnswer: [
        'answer',
        'accessDenialDetail',
        'accessDenialProvision',
        'accessDenialHarm',
        'attachments[].fileName',
      ],
      ExtendCompletionWindow: ['lateEntryReason'],
      RecordCopiesDelivery: ['note', 'lateEntryReason'],
      ReturnAnswer: ['remarks'],
      EvaluateDenunciationMerit: ['motivation'],
      ResendNotification: ['reason'],
    },
    searchable: ['subject'],
    ownerOf: (command, state) => {
      if (command.type === 'ReceivePqrs') return command.data.petitionerId;
      // The domain refuses any other command on a case never received, before anything is sealed. An
      // anonymous filing's later texts go under the owner its first texts were sealed under.
      return state.status === 'NOT_RECEIVED' ? null : state.textOwnerId;
    },
  },
  occurredAtOf: (command) => {
    switch (command.type) {
      case 'ReceivePqrs':
        return command.data.receivedAt;
      case 'AnswerPqrs':
        return command.data.answeredAt;
      case 'ProvideInformation':
        return command.data.providedAt;
      case 'ExtendCompletionWindow':
        return command.data.askedAt;
      case 'RecordCopiesDelivery':
        return command.data.deliveredAt;
      default:
        return null;
    }
  },
  lookUps: PqrsLookUps,
};
