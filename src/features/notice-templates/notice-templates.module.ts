// Notice templates and answer letters: the templates' read model and queries, their GraphQL part, and the
// two services the notices use — NoticeTemplates (the version in force, any past version, rendering) and
// AnswerLetters (the oficio with its outgoing number). Global, so the notices' and answers' features
// inject them without importing this module.
import { Global, Module } from '@nestjs/common';
import { SqliteAttachmentRegistry } from '../../attachments/sqlite-attachment-registry.js';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import type { ReadModelReader } from '../../engine/read-models/read-model-store.js';
import { NOTICE_TEXTS, type NoticeTexts } from '../notifications/index.js';
import { NoticeTemplatesResolver } from './graphql/notice-templates.resolver.js';
import { AnswerLetters } from './letters/answer-letters.js';
import {
  NOTICE_TEMPLATE_READ_MODELS,
  NoticeTemplates,
  noticeTemplateReadModels,
} from './notice-templates.js';

@Global()
@Module({
  providers: [
    noticeTemplateReadModels,
    {
      provide: NoticeTemplates,
      useFactory: (readModels: ReadModelReader, config: VentanillaConfig) =>
        new NoticeTemplates(readModels, config.reports),
      inject: [NOTICE_TEMPLATE_READ_MODELS, VENTANILLA_CONFIG],
    },
    {
      provide: AnswerLetters,
      useFactory: (
        templates: NoticeTemplates,
        registry: SqliteAttachmentRegistry,
        config: VentanillaConfig,
      ) => new AnswerLetters(templates, registry, config),
      inject: [NoticeTemplates, SqliteAttachmentRegistry, VENTANILLA_CONFIG],
    },
    NoticeTemplatesResolver,
    // What the notifications' sender writes each notice with: the version the notice recorded.
    {
      provide: NOTICE_TEXTS,
      useFactory: (templates: NoticeTemplates): NoticeTexts => ({
        render: (used, values) => templates.renderVersion(used, values),
      }),
      inject: [NoticeTemplates],
    },
  ],
  exports: [NoticeTemplates, AnswerLetters, NOTICE_TEXTS],
})
export class NoticeTemplatesModule {}
