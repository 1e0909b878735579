// Attached files for every feature: the byte store the configuration names, the registry of uploads (the
// AttachmentRegistry the command path uses), the verifier, the upload and download routes, and the public
// endpoints' rate limits. Global, so any feature's commands and resolvers reach them. Uploads no command
// claimed within a day are swept at start-up and every hour.
import {
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { MulterModule } from '@nestjs/platform-express';
import { VENTANILLA_CONFIG } from '../config/config-token.js';
import type { VentanillaConfig } from '../config/configuration.js';
import { CLOCK } from '../engine/tokens.js';
import { loadOrCreateJwtSecret } from '../identity/token-service.js';
import {
  PublicRateLimitGuard,
  PublicRateLimits,
  publicRateLimitsProvider,
} from '../public-channel/public-rate-limits.js';
import {
  ATTACHMENT_REGISTRY,
  PUBLIC_ATTACHMENT_ACCESS,
  type PublicAttachmentAccess,
} from './attachment-registry.js';
import { ATTACHMENT_STORE, type AttachmentStore } from './attachment-store.js';
import { AttachmentCallerGuard, type AttachmentRequest } from './attachment-callers.js';
import { AttachmentDownloads } from './attachment-downloads.js';
import { AttachmentUploads } from './attachment-uploads.js';
import { AttachmentVerifier } from './attachment-verifier.js';
import { AttachmentsController } from './attachments.controller.js';
import { openAttachmentStore } from './open-attachment-store.js';
import { SqliteAttachmentRegistry } from './sqlite-attachment-registry.js';
import { UploadTokens } from './upload-tokens.js';

/** Uploads no command names within this time are taken for abandoned forms. */
export const UNCLAIMED_UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;

@Global()
@Module({
  imports: [
    MulterModule.registerAsync({
      useFactory: (config: VentanillaConfig) => ({
        // Memory storage (multer's default): a file is at most the configured size, and its bytes go to the
        // store only once accepted. multer refuses a file of more than fileSize bytes as soon as it passes
        // the limit, without receiving the rest.
        limits: { fileSize: config.attachmentLimits.maxFileBytes, files: 1, fields: 10, parts: 11 },
        // Browsers send the file's name as UTF-8 (busboy would read it as Latin-1).
        defParamCharset: 'utf8',
        // The name arrives before the bytes: noted so a refusal at the size limit can name the file.
        fileFilter: (
          request: AttachmentRequest,
          file: { originalname: string },
          accept: (error: null, acceptFile: boolean) => void,
        ) => {
          request.attachmentFileName = file.originalname;
          accept(null, true);
        },
      }),
      inject: [VENTANILLA_CONFIG],
    }),
  ],
  controllers: [AttachmentsController],
  providers: [
    {
      provide: ATTACHMENT_STORE,
      useFactory: (config: VentanillaConfig) =>
        openAttachmentStore({ dataDir: config.dataDir, mongoUrl: config.storage.mongoUrl }),
      inject: [VENTANILLA_CONFIG],
    },
    {
      provide: SqliteAttachmentRegistry,
      useFactory: (config: VentanillaConfig, store: AttachmentStore, clock: () => Date) =>
        SqliteAttachmentRegistry.open({
          dataDir: config.dataDir,
          store,
          limits: config.attachmentLimits,
          now: clock,
        }),
      inject: [VENTANILLA_CONFIG, ATTACHMENT_STORE, CLOCK],
    },
    { provide: ATTACHMENT_REGISTRY, useExisting: SqliteAttachmentRegistry },
    {
      provide: AttachmentVerifier,
      useFactory: (store: AttachmentStore, registry: SqliteAttachmentRegistry) =>
        new AttachmentVerifier(store, registry),
      inject: [ATTACHMENT_STORE, SqliteAttachmentRegistry],
    },
    {
      provide: AttachmentDownloads,
      useFactory: (registry: SqliteAttachmentRegistry, store: AttachmentStore, modules: ModuleRef) =>
        new AttachmentDownloads(registry, store, () => publicAccessIn(modules)),
      inject: [SqliteAttachmentRegistry, ATTACHMENT_STORE, ModuleRef],
    },
    {
      provide: UploadTokens,
      useFactory: (config: VentanillaConfig, clock: () => Date) =>
        new UploadTokens(loadOrCreateJwtSecret(config.dataDir, config.jwtSecret ?? undefined), clock),
      inject: [VENTANILLA_CONFIG, CLOCK],
    },
    publicRateLimitsProvider,
    PublicRateLimitGuard,
    AttachmentCallerGuard,
    AttachmentUploads,
  ],
  exports: [
    ATTACHMENT_STORE,
    SqliteAttachmentRegistry,
    ATTACHMENT_REGISTRY,
    AttachmentVerifier,
    PublicRateLimits,
    PublicRateLimitGuard,
  ],
})
export class AttachmentsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Adjuntos');
  private sweeper: NodeJS.Timeout | undefined;
  /** The sweep under way, awaited before the registry closes. */
  private sweeping: Promise<void> = Promise.resolve();

  constructor(
    @Inject(SqliteAttachmentRegistry) private readonly registry: SqliteAttachmentRegistry,
    @Inject(ATTACHMENT_STORE) private readonly store: AttachmentStore,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  onApplicationBootstrap(): void {
    this.sweeping = this.sweep();
    this.sweeper = setInterval(() => (this.sweeping = this.sweep()), SWEEP_EVERY_MS);
    // The hourly sweep never keeps the process alive on its own.
    this.sweeper.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.sweeper);
    await this.sweeping;
    await this.registry.close();
    await this.store.close();
  }

  private async sweep(): Promise<void> {
    try {
      const swept = await this.registry.sweepUnclaimed(
        new Date(this.clock().getTime() - UNCLAIMED_UPLOAD_LIFETIME_MS),
      );
      if (swept > 0)
        this.logger.log(`${swept} archivos cargados y nunca adjuntados a un trámite, retirados.`);
    } catch (error) {
      this.logger.error(
        `No se pudieron retirar los archivos no adjuntados: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

/** The PQRS feature's PublicAttachmentAccess, wherever it is provided; null while no module provides one. */
function publicAccessIn(modules: ModuleRef): PublicAttachmentAccess | null {
  try {
    return modules.get<PublicAttachmentAccess>(PUBLIC_ATTACHMENT_ACCESS, { strict: false });
  } catch {
    return null;
  }
}
