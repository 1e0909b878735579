// What other features use of notice templates and answer letters: the services, the counter an answer's
// look-ups take the outgoing number from, and the read model the application registers. The module itself
// is imported by the application only (app.module.ts): it needs the configuration's token as it loads.
export { noticeTemplate, outgoingNumberCounter } from './commands.js';
export { NoticeTemplates, templateUsed, type Template } from './notice-templates.js';
export type { RenderedNotice } from './template-renderer.js';
export {
  AnswerLetters,
  answerLetterFileName,
  type AnswerLetterInput,
  type IssuedAnswerLetter,
} from './letters/answer-letters.js';
export { ANONYMOUS_ADDRESSEE } from './letters/answer-letter-pdf.js';
export { NOTICE_TEMPLATE_PROJECTIONS } from './read-models/notice-template-versions-projection.js';
