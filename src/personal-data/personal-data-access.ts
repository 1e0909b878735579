// The one door through which the schema shows a person: it reads the version a case names, shows it in
// full or masked as the reader's role and the case allow (personal-data-masking.ts), and records every
// unmasked view in the access log before answering. The people one request shows are gathered into one
// batch (a list page of 20 is one vault read and one access record), and an auditor's reveal, with its
// reason, is recorded the same way. The reason is kept in the vault under the revealed person's key: it
// may name people, so it never enters the log in clear.
import type { FileAccessLog } from '../attachments/attachment-registry.js';
import type { Actor } from '../domain/shared/decider.js';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import DataLoader from 'dataloader';
import {
  PERSONAL_DATA_ACCESS_EVENT_SCHEMA_VERSIONS,
  personalDataAccessDecider,
  personalDataAccessLogIdOf,
  personalDataAccessStreamOf,
  type AccessedPerson,
  type AccessPurpose,
  type PersonalDataAccessCommand,
  type PersonalDataAccessEvent,
  type PersonalDataAccessState,
} from '../domain/personal-data-access/index.js';
import { bogotaDateOf } from '../domain/shared/time.js';
import { NotFound } from '../engine/application-errors.js';
import type { CommandOrigin } from '../engine/commands/command-metadata.js';
import { RunCommand, type AggregateType } from '../engine/commands/run-command.js';
import { CLOCK } from '../engine/tokens.js';
import { seesUnmasked, type PersonHolder } from './personal-data-masking.js';
import {
  isErased,
  PERSONAL_DATA_STORE,
  versionKeyOf,
  type PersonalDataStore,
} from './personal-data-store.js';
import { personalDataViewOf, type PersonalDataView } from './personal-data-view.js';

/** A staff member's accesses of one day: `personal-data-access-<user id>-<date>`. */
export const personalDataAccessLog: AggregateType<
  PersonalDataAccessCommand,
  PersonalDataAccessEvent,
  PersonalDataAccessState
> = {
  decider: personalDataAccessDecider,
  schemaVersions: PERSONAL_DATA_ACCESS_EVENT_SCHEMA_VERSIONS,
  streamOf: personalDataAccessStreamOf,
};

/** A person shown on a record: the version the record names (null: the first), and the record. */
export interface PersonOnRecord {
  readonly personId: string;
  readonly version: number | null | undefined;
  readonly holder: PersonHolder;
}

interface ShowRequest extends PersonOnRecord {
  readonly origin: CommandOrigin;
}

@Injectable()
export class PersonalDataAccess implements FileAccessLog {
  /** One batcher per GraphQL request (its context object), forgotten with the request. */
  private readonly batchers = new WeakMap<object, DataLoader<ShowRequest, PersonalDataView, string>>();

  constructor(
    @Inject(PERSONAL_DATA_STORE) private readonly vault: PersonalDataStore,
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  /**
   * What the caller may see of the person on this record. Every person one request asks for is read and
   * recorded together, once the request has asked for all of them.
   */
  show(request: object, origin: CommandOrigin, person: PersonOnRecord): Promise<PersonalDataView> {
    let batcher = this.batchers.get(request);
    if (batcher === undefined) {
      batcher = new DataLoader((batch) => this.showBatch(batch), {
        // After every field of the request was asked for, not just those of the current microtask.
        batchScheduleFn: (callback) => setImmediate(callback),
        cacheKeyFn: ({ personId, version, holder }) => `${personId}@${version ?? 1}|${holder.reference}`,
      });
      this.batchers.set(request, batcher);
    }
    return batcher.load({ ...person, origin });
  }

  /**
   * An explicit reveal (an auditor's, with a reason): the version in full, recorded with its reason
   * before it is answered. Nothing is recorded for an erased person: there is nothing to see.
   */
  async reveal(
    origin: CommandOrigin,
    { personId, version, reference, reason }: RevealRequest,
  ): Promise<PersonalDataView> {
    const lookup = await this.vault.get(personId, version);
    if (lookup === null) {
      throw new NotFound(`No hay datos personales con la referencia ${personId} en su versión ${version}.`);
    }
    if (isErased(lookup)) return personalDataViewOf(personId, version, lookup, { masked: false });
    const { textId } = await this.vault.storeText(personId, reason.trim());
    await this.record(origin, 'REVEAL', [{ personId, version, reference }], textId);
    return personalDataViewOf(personId, version, lookup, { masked: false });
  }

  /** A staff member's download of a file that is its owner's personal data, recorded before it is served. */
  async recordDownload(
    actor: Actor,
    file: { readonly ownerId: string; readonly attachmentId: string; readonly sha256: string },
  ): Promise<void> {
    const logId = personalDataAccessLogIdOf(actor.id, bogotaDateOf(this.clock().toISOString()));
    const command: PersonalDataAccessCommand = { type: 'RecordFileDownload', data: file };
    await this.commands.execute(new RunCommand(personalDataAccessLog, logId, command, { actor }));
  }

  private async showBatch(batch: readonly ShowRequest[]): Promise<PersonalDataView[]> {
    const refs = batch.map(({ personId, version }) => ({ personId, version: version ?? 1 }));
    const lookups = await this.vault.getVersions(refs);
    const shown: AccessedPerson[] = [];
    const views = batch.map((request, index) => {
      const ref = refs[index]!;
      const lookup = lookups.get(versionKeyOf(ref)) ?? null;
      const unmasked = seesUnmasked(request.origin.actor, request.holder);
      if (unmasked && lookup !== null && !isErased(lookup)) {
        shown.push({ ...ref, reference: request.holder.reference });
      }
      return personalDataViewOf(ref.personId, ref.version, lookup, { masked: !unmasked });
    });
    // Recorded before anything is answered: a view that cannot be recorded is not given.
    if (shown.length > 0) await this.record(batch[0]!.origin, 'CASE_WORK', shown, null);
    return views;
  }

  private async record(
    origin: CommandOrigin,
    purpose: AccessPurpose,
    people: readonly AccessedPerson[],
    reasonTextId: string | null,
  ): Promise<void> {
    const logId = personalDataAccessLogIdOf(origin.actor.id, bogotaDateOf(this.clock().toISOString()));
    const command: PersonalDataAccessCommand = {
      type: 'RecordPersonalDataAccess',
      data: { purpose, people, reasonTextId },
    };
    await this.commands.execute(new RunCommand(personalDataAccessLog, logId, command, origin));
  }
}

export interface RevealRequest {
  readonly personId: string;
  readonly version: number;
  /** The record the person is revealed on (a radicado, an affiliation), when the reveal came from one. */
  readonly reference: string | null;
  readonly reason: string;
}
