// The people step of the command path, on the personal-data side: a returning person found by document
// (or, for one known only by e-mail, by address),
// and their data kept as a new version when they differ from the last — the change recorded in the log
// (`person-<id>`: who, which fields, when; never the values), the earlier versions kept, and the version
// handed back for the command to name; and the command's free texts sealed under their owner's key, a
// reference handed back in place of each. Injected into the generic handler through COMMAND_PEOPLE.
import { ATTACHMENT_REGISTRY, type AttachmentRegistry } from '../attachments/attachment-registry.js';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  PERSON_EVENT_SCHEMA_VERSIONS,
  personDecider,
  personStreamOf,
  type PersonCommand,
  type PersonEvent,
  type PersonState,
} from '../domain/person/index.js';
import { AggregateCommandExecutor } from '../engine/commands/command-executor.js';
import type { CommandMetadata } from '../engine/commands/command-metadata.js';
import type { AggregateType, CommandPeople } from '../engine/commands/run-command.js';
import {
  hasDocument,
  PERSONAL_DATA_STORE,
  type PersonalDataStore,
  type PetitionerData,
} from './personal-data-store.js';
import { textReferenceOf } from '../engine/text-references.js';

/** A person's record: `person-<id>`. */
export const personRecord: AggregateType<PersonCommand, PersonEvent, PersonState> = {
  decider: personDecider,
  schemaVersions: PERSON_EVENT_SCHEMA_VERSIONS,
  streamOf: personStreamOf,
};

@Injectable()
export class PersonRecords implements CommandPeople {
  constructor(
    @Inject(PERSONAL_DATA_STORE) private readonly vault: PersonalDataStore,
    @Inject(AggregateCommandExecutor) private readonly executor: AggregateCommandExecutor,
    @Inject(ATTACHMENT_REGISTRY) private readonly attachments: AttachmentRegistry,
  ) {}

  async identify(person: PetitionerData): Promise<string> {
    // Someone known only by the address they wrote from (the office's mailbox) has no document yet.
    const found = hasDocument(person)
      ? await this.vault.findByDocument(person.documentType, person.documentNumber)
      : person.email === null
        ? null
        : await this.vault.findByEmail(person.email);
    return found ?? randomUUID();
  }

  async keep(personId: string, person: PetitionerData, metadata: CommandMetadata): Promise<number> {
    const recorded = await this.vault.recordVersion(personId, person, { recordedBy: metadata.commandId });
    if (!recorded.logged && recorded.previousVersion !== null) {
      // The change goes into the log before the filing that brought it; a crash in between leaves the
      // version unlogged, and the retry (or the next filing with these data) records it then.
      await this.executor.execute(personRecord, {
        stream: personStreamOf(personId),
        command: {
          type: 'RecordPersonalDataChange',
          data: {
            personId,
            version: recorded.version,
            previousVersion: recorded.previousVersion,
            changedFields: recorded.changedFields,
          },
        },
        metadata,
      });
      await this.vault.markVersionLogged(personId, recorded.version);
    }
    return recorded.version;
  }

  async sealTexts(
    ownerId: string | null,
    texts: readonly { readonly text: string; readonly textId: string; readonly searchable: boolean }[],
  ): Promise<{ readonly references: readonly string[]; readonly ownerId: string }> {
    const stored = await this.vault.storeTexts(ownerId, texts);
    return { references: stored.map(({ textId }) => textReferenceOf(textId)), ownerId: stored[0]!.ownerId };
  }

  async claimAttachments(
    ownerId: string | null,
    attachmentIds: readonly string[],
    claimedBy: string,
  ): Promise<void> {
    await this.attachments.claim(ownerId, attachmentIds, claimedBy);
  }
}
