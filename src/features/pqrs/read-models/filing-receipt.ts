// The constancia de radicación: what the office hands the petitioner when a PQRS is filed. It states
// who received it, the radicado, when, the kind and subject, and the legal term with its due date; and,
// as Decreto 1166 de 2016 (art. 2.2.3.12.3) asks of a verbal petition's, the channel, the petitioner and
// the official who received it; for a petition made verbally (in person or by phone) also the reasons
// given, the documents handed over and the explicit statement that it was made verbally. The petitioner
// stays a reference here: the vault shows them at render time, masked or not as the reader's role allows.
import { legalTermOf, type PqrsChannel, type PqrsKind } from '../../../domain/pqrs/index.js';
import { isVerbalChannel } from '../../../domain/pqrs/verbal-petitions.js';
import { CITIZEN_ACTOR } from '../commands.js';
import type { CaseDocument } from './cases-projection.js';

export interface FilingOffice {
  readonly entityName: string;
  readonly officeName: string;
}

export interface FilingReceipt extends FilingOffice {
  readonly radicado: string;
  readonly receivedAt: string;
  readonly kind: PqrsKind;
  readonly subject: string;
  readonly dueDate: string;
  /** Day 1 of the term (art. 54: after the radication day); null for cases filed before it was recorded. */
  readonly termRunsFrom: string | null;
  /** The term the law gives this kind, in business days, as the due date at receipt was counted. */
  readonly termBusinessDays: number;
  /** The article that sets that term, in the words printed on the constancia. */
  readonly legalBasis: string;
  readonly channel: PqrsChannel;
  /** The case's petitioner in the vault (null: anonymous), with the version it was filed with. */
  readonly petitionerId: string | null;
  readonly petitionerVersion: number | null;
  readonly assigneeId: string | null;
  /** Who recorded the receipt: a staff member's id, or the Ventanilla virtual's or the mail intake's. */
  readonly receivedBy: string;
  /** Made in person or by phone (Decreto 1166 de 2016): the constancia says so explicitly. */
  readonly verbal: boolean;
  /** The reasons the petition rests on, as the petitioner stated them (the case's description, sealed). */
  readonly reasons: string;
  /** The documents handed over with the petition: their file names (sealed references). */
  readonly documents: readonly string[];
}

/** Art. 30 sets the term of petitions between authorities; art. 14 every other kind's. */
export function legalBasisOf(kind: PqrsKind): string {
  return kind === 'INTERAUTHORITY' ? 'Ley 1755 de 2015, artículo 30' : 'Ley 1755 de 2015, artículo 14';
}

/**
 * The receipt of a case as filed. The due date shown is the one in force, which is the one computed at
 * receipt until an extension or an art. 17 restart moves it; the term is the original one.
 */
export function filingReceiptOf(
  document: Pick<
    CaseDocument,
    | 'radicado'
    | 'receivedAt'
    | 'kind'
    | 'subject'
    | 'dueDate'
    | 'termRunsFrom'
    | 'channel'
    | 'petitionerId'
    | 'petitionerVersion'
    | 'assigneeId'
    | 'receivedBy'
    | 'description'
    | 'attachments'
  >,
  office: FilingOffice,
): FilingReceipt {
  return {
    entityName: office.entityName,
    officeName: office.officeName,
    radicado: document.radicado,
    receivedAt: document.receivedAt,
    kind: document.kind,
    subject: document.subject,
    dueDate: document.dueDate,
    termRunsFrom: document.termRunsFrom ?? null,
    termBusinessDays: legalTermOf(document.kind),
    legalBasis: legalBasisOf(document.kind),
    channel: document.channel,
    petitionerId: document.petitionerId,
    petitionerVersion: document.petitionerVersion,
    assigneeId: document.assigneeId,
    receivedBy: document.receivedBy,
    verbal: isVerbalChannel(document.channel),
    reasons: document.description,
    documents: document.attachments
      .filter((attachment) => attachment.source === 'FILING')
      .map((attachment) => attachment.fileName),
  };
}

/** The Ventanilla virtual's filings, recorded by the citizen: no official received them. */
export const VIRTUAL_COUNTER = 'Ventanilla virtual';

/** The mail intake's filings: read from the entity's mailbox, no official typed them. */
export const MAILBOX_INTAKE = 'Buzón de correo de la entidad (radicación automática)';

/**
 * Who received the case, as the constancia names them: the official by name, or the Ventanilla virtual,
 * or the mailbox; an official since deleted from the directory is still said to be one.
 */
export function receivingOfficialOf(receivedBy: string, staffName: string | null): string {
  if (receivedBy === CITIZEN_ACTOR.id) return VIRTUAL_COUNTER;
  if (receivedBy === MAIL_INTAKE_ACTOR_ID) return MAILBOX_INTAKE;
  return staffName ?? 'Funcionario ya retirado del directorio';
}

/**
 * The mail intake's actor id (src/features/mail-intake), said again here because that feature builds on
 * this one and not the other way round; a test holds the two equal.
 */
export const MAIL_INTAKE_ACTOR_ID = 'mail-intake';
