// Issuing an answer letter: the next outgoing number of the answer's year (taken for the answering
// command, so a retried command gets the same number), the PDF from the ANSWER_LETTER template in force,
// kept in the attachment store by its SHA-256 as an upload the answering command then names (the command
// path claims it for the case's owner with the other attachments).
import { refOf, type SqliteAttachmentRegistry } from '../../../attachments/sqlite-attachment-registry.js';
import type { VentanillaConfig } from '../../../config/configuration.js';
import type { TemplateUsed } from '../../../domain/notifications/notice-kinds.js';
import type { AttachmentRef } from '../../../domain/shared/attachments.js';
import type { DomainCommand } from '../../../domain/shared/decider.js';
import { spanishDate, yearOf, type CalendarDate } from '../../../domain/shared/time.js';
import type { LookUpContext } from '../../../engine/commands/run-command.js';
import { noticeTemplate, outgoingNumberCounter } from '../commands.js';
import { templateInForce } from '../../../domain/notice-template/index.js';
import { templateUsed, type NoticeTemplates, type Template } from '../notice-templates.js';
import { ANONYMOUS_ADDRESSEE, renderAnswerLetterPdf } from './answer-letter-pdf.js';

/** What an answer letter says, in clear (the caller revealed the texts it holds as references). */
export interface AnswerLetterInput {
  readonly radicado: string;
  readonly receivedOn: CalendarDate;
  /** The PQRS kind in words: «Petición», «Queja»… */
  readonly kindLabel: string;
  /** The case's subject. */
  readonly subject: string;
  readonly answer: string;
  readonly answeredOn: CalendarDate;
  /** Who the letter is for; a null name is an anonymous petition («Peticionario anónimo»). */
  readonly addressee: {
    readonly name: string | null;
    readonly email: string | null;
    readonly address: string | null;
  };
  /** The names of the files sent with the answer. */
  readonly annexes: readonly string[];
}

export interface IssuedAnswerLetter {
  readonly outgoingNumber: string;
  /** The PDF as an upload the answering command names, so the command path claims it. */
  readonly attachment: AttachmentRef;
  readonly template: TemplateUsed;
}

export const ANSWER_LETTER_MEDIA_TYPE = 'application/pdf';

/** Built by the module's factory (see NoticeTemplates: no configuration token needed while loading). */
export class AnswerLetters {
  constructor(
    private readonly templates: NoticeTemplates,
    private readonly registry: Pick<SqliteAttachmentRegistry, 'keep'>,
    /** The letterhead's names and the letter's settings. */
    private readonly config: Pick<VentanillaConfig, 'reports' | 'mail'>,
  ) {}

  /**
   * From the look-ups of the answering command: takes the number (for that command: its retry gets the
   * same one), renders the letter and keeps it. Call it after the command's precheck, so a refused
   * answer takes no number.
   */
  async issue(context: LookUpContext<DomainCommand>, input: AnswerLetterInput): Promise<IssuedAnswerLetter> {
    const year = yearOf(input.answeredOn);
    const issued = await context.issue(outgoingNumberCounter, String(year), {
      type: 'IssueOutgoingNumber',
      data: { year, requestedBy: context.metadata.commandId, radicado: input.radicado },
    });
    const { outgoingNumber } = issued.data;
    // From the template's stream, not its read model: a command waits for no read model.
    const { state } = await context.stateOf(noticeTemplate, 'ANSWER_LETTER');
    const inForce = templateInForce('ANSWER_LETTER', state);
    const template: Template = { ...inForce, publishedAt: null, publishedBy: null };
    const bytes = await this.render({ ...input, outgoingNumber }, template);
    const kept = await this.registry.keep(bytes, {
      fileName: answerLetterFileName(input.radicado, outgoingNumber),
      mediaType: ANSWER_LETTER_MEDIA_TYPE,
      uploader: { kind: 'STAFF', actorId: context.metadata.actor.id },
    });
    return { outgoingNumber, attachment: refOf(kept), template: templateUsed(template) };
  }

  /** The letter's bytes, from the given template version (the one in force when none is given). */
  async render(
    input: AnswerLetterInput & { readonly outgoingNumber: string },
    template?: Template,
  ): Promise<Buffer> {
    const used = template ?? (await this.templates.current('ANSWER_LETTER'));
    const { subject, text } = this.templates.render(used, answerLetterValues(input));
    const { reports, mail } = this.config;
    return renderAnswerLetterPdf({
      entityName: reports.entityName,
      officeName: reports.officeName,
      letterheadLines: mail.letter.letterheadLines,
      outgoingNumber: input.outgoingNumber,
      answeredOn: input.answeredOn,
      addressee: input.addressee,
      radicado: input.radicado,
      receivedOn: input.receivedOn,
      kindLabel: input.kindLabel,
      subject,
      text,
      signerName: mail.letter.signerName,
      signerTitle: mail.letter.signerTitle,
      annexes: input.annexes,
    });
  }
}

/** `Respuesta PQRS-2026-000123 SAL-2026-000045.pdf`. */
export function answerLetterFileName(radicado: string, outgoingNumber: string): string {
  return `Respuesta ${radicado} ${outgoingNumber}.pdf`;
}

/** The ANSWER_LETTER placeholders' values for a letter. */
export function answerLetterValues(
  input: AnswerLetterInput & { readonly outgoingNumber: string },
): Record<string, string> {
  return {
    radicado: input.radicado,
    fechaRadicacion: spanishDate(input.receivedOn),
    tipo: input.kindLabel,
    asunto: input.subject,
    nombre: input.addressee.name?.trim() ? input.addressee.name.trim() : ANONYMOUS_ADDRESSEE,
    respuesta: input.answer.trim(),
    numeroSalida: input.outgoingNumber,
    fechaRespuesta: spanishDate(input.answeredOn),
    anexos: input.annexes.join(', '),
  };
}
