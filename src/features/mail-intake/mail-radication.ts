// A readable message radicated as a PQRS on the one command path, as the office's mailbox reader (a SYSTEM
// actor, channel EMAIL): its files kept through the same checks as an upload, its sender found by address
// in the vault (or kept as a person whose document is still to be collected), and the Message-ID's key
// as the receipt's idempotency key, so a message read twice is one case with one radicado.
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { fileTypeFromBuffer } from 'file-type';
import { AttachmentRefusal, AttachmentUploads } from '../../attachments/attachment-uploads.js';
import type { Uploader } from '../../attachments/attachment-registry.js';
import { SqliteAttachmentRegistry } from '../../attachments/sqlite-attachment-registry.js';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import type { ReceivePqrs } from '../../domain/pqrs/commands.js';
import { checkUpload, type AttachmentRef } from '../../domain/shared/attachments.js';
import type { Actor } from '../../domain/shared/decider.js';
import { BadUserInput, DomainRuleViolation } from '../../engine/application-errors.js';
import { RunCommand } from '../../engine/commands/run-command.js';
import { CLOCK } from '../../engine/tokens.js';
import {
  isErased,
  PERSONAL_DATA_STORE,
  type PersonalDataStore,
  type PetitionerData,
} from '../../personal-data/personal-data-store.js';
import { pqrsCase, RADICADO_TO_BE_ISSUED } from '../pqrs/index.js';
import {
  filesLeftNote,
  fitFiling,
  lateReadingReason,
  receivedAtOf,
  withNote,
  type CheckedFile,
  type MailFile,
  type ReadableMail,
} from './mail-reading.js';

/** The office's mailbox reader, as the log names it: the domain lets it radicate e-mail and nothing else. */
export const MAIL_INTAKE_ACTOR: Actor = { id: 'mail-intake', role: 'SYSTEM' };

/** The files of a message are uploaded by the mailbox reader, as a staff member's would be. */
const MAIL_UPLOADER: Uploader = { kind: 'STAFF', actorId: MAIL_INTAKE_ACTOR.id };

/** The longest name a person is kept with (the staff intake form's limit). */
const NAME_MAX_CHARACTERS = 200;

/** The command path refused the message (a rule, not an outage): the reason, in Spanish, goes to the queue. */
export class MailNotRadicated extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'MailNotRadicated';
  }
}

@Injectable()
export class MailRadication {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(AttachmentUploads) private readonly uploads: AttachmentUploads,
    @Inject(SqliteAttachmentRegistry) private readonly registry: SqliteAttachmentRegistry,
    @Inject(PERSONAL_DATA_STORE) private readonly vault: PersonalDataStore,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  /**
   * Radicates the message (arrived in the mailbox at `arrivedAt`) and gives its radicado; the same key again
   * gives the same radicado. Throws MailNotRadicated for a refusal; anything else (a store down) is an
   * outage, and the message waits in the mailbox for the next pass.
   */
  async radicate(mail: ReadableMail, arrivedAt: Date | null, messageKey: string): Promise<string> {
    const { processedFolder } = this.config.mail.intake;
    const { attachments, left } = await this.keepFiles(mail.files);
    const petitioner = await this.petitionerOf(mail.sender);
    const now = this.clock();
    const receivedAt = receivedAtOf(arrivedAt, now);
    const receipt = (lateEntryReason: string | null): ReceivePqrs => ({
      type: 'ReceivePqrs',
      data: {
        radicado: RADICADO_TO_BE_ISSUED,
        // Every message comes in as a petition; staff classify it when they read it.
        kind: 'PETITION',
        channel: 'EMAIL',
        subject: mail.subject,
        description: withNote(mail.description, filesLeftNote(left, processedFolder)),
        petitionerId: '',
        personType: 'NATURAL',
        answerChannel: 'EMAIL',
        dataProcessingConsent: null,
        attachments,
        accessCodeHash: null,
        receivedAt: receivedAt.toISOString(),
        priority: [],
        lateEntryReason,
      },
    });
    const run = (lateEntryReason: string | null) =>
      this.commands.execute(
        new RunCommand(
          pqrsCase,
          null,
          receipt(lateEntryReason),
          { actor: MAIL_INTAKE_ACTOR },
          {
            idempotencyKey: messageKey,
            people: { petitionerId: petitioner },
          },
        ),
      );
    try {
      try {
        return (await run(null)).id;
      } catch (error) {
        // The mailbox was read late (the server or Ventanilla was down): the message is received when it
        // arrived, and the log says why it is recorded days later.
        if (
          !(error instanceof DomainRuleViolation) ||
          error.domainError.code !== 'LATE_ENTRY_REASON_REQUIRED'
        ) {
          throw error;
        }
        return (await run(lateReadingReason(receivedAt, now))).id;
      }
    } catch (error) {
      if (error instanceof DomainRuleViolation || error instanceof BadUserInput) {
        throw new MailNotRadicated(`El sistema no pudo radicarlo: ${error.message}`);
      }
      throw error;
    }
  }

  /**
   * The person who wrote: the one the vault knows by this address (with their data as kept, document
   * included), or a new person with the name and address of the message, whose document is to be collected.
   */
  private async petitionerOf(sender: ReadableMail['sender']): Promise<PetitionerData> {
    const known = await this.vault.findByEmail(sender.email);
    const data = known === null ? null : await this.vault.get(known);
    if (data !== null && !isErased(data)) return data;
    return {
      name: Array.from(sender.name).slice(0, NAME_MAX_CHARACTERS).join('').trim() || sender.email,
      documentType: '',
      documentNumber: '',
      email: sender.email,
      phone: null,
      address: null,
    };
  }

  /**
   * The files the case takes, kept as uploads (the kind sniffed from the content, the same rules and
   * limits), and those it cannot take with the reason, for the note on the case.
   */
  private async keepFiles(files: readonly MailFile[]): Promise<{
    attachments: readonly AttachmentRef[];
    left: ReturnType<typeof fitFiling>['left'];
  }> {
    const limits = this.config.attachmentLimits;
    const checked: CheckedFile[] = [];
    for (const file of files) {
      const sniffed = file.bytes.byteLength === 0 ? undefined : await fileTypeFromBuffer(file.bytes);
      const refused = checkUpload(
        { fileName: file.fileName, mediaType: sniffed?.mime ?? null, size: file.bytes.byteLength },
        limits,
      );
      checked.push({
        fileName: file.fileName,
        size: file.bytes.byteLength,
        refusal: refused?.message ?? null,
      });
    }
    const fit = fitFiling(checked, limits);
    const left = [...fit.left];
    const ids: string[] = [];
    for (const index of fit.taken) {
      const file = files[index]!;
      try {
        ids.push(
          (await this.uploads.upload({ originalName: file.fileName, bytes: file.bytes }, MAIL_UPLOADER)).id,
        );
      } catch (error) {
        // A rule the upload applies that the check above did not (none today): named, not lost.
        if (error instanceof AttachmentRefusal && error.status < 500) {
          left.push({ fileName: file.fileName, reason: error.message });
        } else {
          throw error;
        }
      }
    }
    const attachments =
      ids.length === 0 ? [] : await this.registry.forCommand(ids, MAIL_UPLOADER, 'attachments');
    return { attachments, left };
  }
}
