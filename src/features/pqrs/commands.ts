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

@Injectable()
export class PqrsLookUps implements CommandLookUps<PqrsCommand> {
  constructor(@Inject(USER_STORE) private readonly users: UserStore) {}

  async complete(
    command: PqrsCommand,
    context: LookUpContext<PqrsCommand>,
  ): Promise<CompletedCommand<PqrsCommand>> {
    switch (command.type) {
      case 'ReceivePqrs': {
        // A receipt whose radicado was issued before an interruption is completed under that number.
        if (context.id !== null) return { command };
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
      default:
        return { command };
    }
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
      ReceivePqrs: ['subject', 'description', 'lateEntryReason', 'attachments[].fileName'],
      RequestInformation: ['note'],
      ProvideInformation: ['note', 'lateEntryReason', 'attachments[].fileName'],
      ExtendDeadline: ['reason'],
      TransferPqrs: ['reason'],
      AnswerPqrs: ['answer', 'lateEntryReason', 'attachments[].fileName'],
      WithdrawPqrs: ['reason'],
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
      default:
        return null;
    }
  },
  lookUps: PqrsLookUps,
};
