// E-mail intake: the office's mailbox read over IMAP, each new message radicated as a PQRS on the e-mail
// channel (or queued for staff in "Correo por revisar"), and that queue's part of the schema.
import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AttachmentUploads } from '../../attachments/attachment-uploads.js';
import { SqliteAttachmentRegistry } from '../../attachments/sqlite-attachment-registry.js';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import { CLOCK } from '../../engine/tokens.js';
import { MailReviewResolver } from './graphql/mail-review.resolver.js';
import { MailIntake } from './mail-intake.js';
import { MailIntakeStore } from './mail-intake-store.js';
import { MailRadication } from './mail-radication.js';
import { MailboxReader } from './mailbox-reader.js';

@Module({
  providers: [
    {
      provide: MailIntakeStore,
      useFactory: (config: VentanillaConfig, clock: () => Date) =>
        MailIntakeStore.open(config.dataDir, clock),
      inject: [VENTANILLA_CONFIG, CLOCK],
    },
    // The same upload path as a staff member's file (the attachments module keeps its own to its routes).
    {
      provide: AttachmentUploads,
      useFactory: (registry: SqliteAttachmentRegistry, config: VentanillaConfig) =>
        new AttachmentUploads(registry, config),
      inject: [SqliteAttachmentRegistry, VENTANILLA_CONFIG],
    },
    MailRadication,
    MailIntake,
    MailboxReader,
    MailReviewResolver,
  ],
  exports: [MailboxReader],
})
export class MailIntakeModule implements OnApplicationShutdown {
  constructor(@Inject(MailIntakeStore) private readonly store: MailIntakeStore) {}

  // The reader stops when the module is destroyed, before any store closes.
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
