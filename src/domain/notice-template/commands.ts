// What an ADMIN asks of a notice template.
import type { TemplateKey } from '../notifications/notice-kinds.js';

/** Publishes a new version of the template: from now on, notices of its key are made from it. */
export type PublishNoticeTemplate = {
  readonly type: 'PublishNoticeTemplate';
  readonly data: {
    readonly key: TemplateKey;
    readonly subject: string;
    readonly body: string;
  };
};

export type NoticeTemplateCommand = PublishNoticeTemplate;
