// Notice templates and answer letters: the templates' read model and queries, their GraphQL part, and the
// two services the notices use — NoticeTemplates (the version in force, any past version, rendering) and
// AnswerLetters (the oficio with its outgoing number). Global, so the notices' and answers' features
// inject them without importing this module.
import { Global, Module } from '@nestjs/common';
import { NOTICE_TEXTS, type NoticeTexts } from '../notifications/index.js';
import { NoticeTemplatesResolver } from './graphql/notice-templates.resolver.js';
import { AnswerLetters } from './letters/answer-letters.js';
import { NoticeTemplates, noticeTemplateReadModels } from './notice-templates.js';

@Global()
@Module({
  providers: [
    noticeTemplateReadModels,
    NoticeTemplates,
    AnswerLetters,
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
