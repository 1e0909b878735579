// Erasing a person's data (habeas data), for the GraphQL mutation and the `npm run erase` tool alike:
// the domain decides and the log records the erasure first (PersonalDataErased), then the vault destroys
// everything of the person and scrubs its files, and the files they attached go too. Asked again, it
// records nothing new and completes the vault's and the files' part, so an erasure interrupted between the
// steps is finished by repeating it.
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ATTACHMENT_REGISTRY, type AttachmentRegistry } from '../../attachments/attachment-registry.js';
import {
  personStreamOf,
  type ErasureLegalBasis,
  type PersonalDataErased,
  type PersonCommand,
} from '../../domain/person/index.js';
import { NotFound } from '../../engine/application-errors.js';
import type { CommandOrigin } from '../../engine/commands/command-metadata.js';
import { RunCommand } from '../../engine/commands/run-command.js';
import { EVENT_STORE, type EventStore } from '../../engine/eventstore/event-store.js';
import {
  PERSONAL_DATA_STORE,
  type ErasureOutcome,
  type PersonalDataStore,
} from '../../personal-data/personal-data-store.js';
import { personErasure } from './commands.js';

export interface ErasureRequest {
  readonly personId: string;
  readonly legalBasis: ErasureLegalBasis;
  readonly requestReference: string;
}

/** The erasure as recorded in the log, and what the vault removed this time. */
export interface CompletedErasure extends ErasureOutcome {
  readonly recorded: PersonalDataErased['data'];
  /** The person's attached files erased this time. */
  readonly attachmentsErased: number;
}

@Injectable()
export class PersonalDataErasure {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(PERSONAL_DATA_STORE) private readonly vault: PersonalDataStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(ATTACHMENT_REGISTRY) private readonly attachments: AttachmentRegistry,
  ) {}

  async erase(request: ErasureRequest, origin: CommandOrigin): Promise<CompletedErasure> {
    if ((await this.vault.statusOf(request.personId)) === null) {
      throw new NotFound(`No hay datos personales con la referencia ${request.personId}.`);
    }
    const command: PersonCommand = {
      type: 'ErasePersonalData',
      data: { ...request, records: [], retentionYears: {} },
    };
    await this.commands.execute(new RunCommand(personErasure, request.personId, command, origin));
    const outcome = await this.vault.erase(request.personId);
    const attachmentsErased = await this.attachments.eraseOwnedBy(request.personId);
    return { ...outcome, attachmentsErased, recorded: await this.recordedErasure(request.personId) };
  }

  private async recordedErasure(personId: string): Promise<PersonalDataErased['data']> {
    const events = await this.eventStore.readStream(personStreamOf(personId));
    const erased = events.find((event) => event.type === 'PersonalDataErased');
    if (erased === undefined) throw new Error(`El flujo de ${personId} no registra la supresión.`);
    return erased.data as PersonalDataErased['data'];
  }
}
