// Notice templates as other layers use them: the decider, the placeholders each key allows, the
// defaults (version 1) and the checks a template's text must pass.
export * from './commands.js';
export * from './events.js';
export * from './default-templates.js';
export * from './placeholders.js';
export * from './template-text.js';
export {
  decideNoticeTemplate,
  evolveNoticeTemplate,
  initialNoticeTemplateState,
  NOTICE_TEMPLATE_COMMAND_ROLES,
  noticeTemplateDecider,
  templateInForce,
  type NoticeTemplateState,
  type NoticeTemplateVersion,
} from './decide.js';
