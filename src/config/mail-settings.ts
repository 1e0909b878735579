// The mail settings: the outgoing server notices go through, the mailbox cases come in from, the daily
// digest, the review before an answer is sent (visto bueno) and the letterhead of the answer letter.
import { PQRS_KINDS, type PqrsKind } from '../domain/pqrs/events.js';

export interface MailSettings {
  /** VENTANILLA_SMTP_URL (`smtp://user:pass@host:587`, `smtps://…:465`); null: notices wait as pending. */
  readonly smtpUrl: string | null;
  /** VENTANILLA_MAIL_FROM: the sender every notice carries (`Atención al Cliente <pqrs@entidad.gov.co>`). */
  readonly from: string;
  /** The domain of the Message-IDs Ventanilla gives (the From address's). */
  readonly messageIdDomain: string;
  /** VENTANILLA_MAIL_ATTEMPTS: how many times a notice is tried before it is recorded as failed. */
  readonly sendAttempts: number;
  /** VENTANILLA_MAIL_RETRY_SECONDS: the wait before the second try; it doubles for each try after it. */
  readonly retryBaseSeconds: number;
  /** The office mailbox read for new cases (E-mail intake); null url: not read. */
  readonly intake: MailIntakeSettings;
  /** VENTANILLA_DIGEST_TIME: when the daily digest goes out on business days (`HH:MM` Bogotá, or `off`). */
  readonly digestTime: string | null;
  /** VENTANILLA_REVIEW_KINDS: the PQRS kinds whose answers a coordinator approves before they are sent. */
  readonly reviewKinds: readonly PqrsKind[];
  /** VENTANILLA_TIMELINESS_ON: ANSWERED (the answer's date) or NOTIFIED (the date it was sent) decides "a tiempo". */
  readonly timelinessOn: 'ANSWERED' | 'NOTIFIED';
  /** The answer letter's letterhead and signer. */
  readonly letter: LetterSettings;
}

export interface MailIntakeSettings {
  /** VENTANILLA_IMAP_URL (`imap://user:pass@host:143`, `imaps://…:993`). */
  readonly url: string | null;
  /** VENTANILLA_IMAP_FOLDER: where new messages arrive (INBOX). */
  readonly folder: string;
  /** VENTANILLA_IMAP_PROCESSED_FOLDER: where a radicated message is moved (Radicados). */
  readonly processedFolder: string;
  /** VENTANILLA_IMAP_REVIEW_FOLDER: where a message that could not be read is moved (Por revisar). */
  readonly reviewFolder: string;
  /** VENTANILLA_IMAP_POLL_SECONDS: how often the mailbox is looked at when it does not push (IDLE). */
  readonly pollSeconds: number;
}

export interface LetterSettings {
  /** VENTANILLA_LETTERHEAD: the lines under the entity's name (address, telephone, web), separated by `|`. */
  readonly letterheadLines: readonly string[];
  /** VENTANILLA_LETTER_SIGNER: who signs the answers (name). */
  readonly signerName: string;
  /** VENTANILLA_LETTER_SIGNER_TITLE: their position. */
  readonly signerTitle: string;
}

/** A wrong value, named by its variable (configuration.ts turns it into a ConfigurationError). */
export interface MailSettingsProblem {
  readonly variable: string;
  readonly problem: string;
}

const SMTP_URL = /^smtps?:\/\/[^\s]+$/;
const IMAP_URL = /^imaps?:\/\/[^\s]+$/;
const DIGEST_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function mailSettingsOf(
  env: NodeJS.ProcessEnv,
  nonEmpty: (value: string | undefined) => string | null,
): MailSettings | MailSettingsProblem {
  const smtpUrl = nonEmpty(env.VENTANILLA_SMTP_URL);
  if (smtpUrl !== null && !SMTP_URL.test(smtpUrl)) {
    return { variable: 'VENTANILLA_SMTP_URL', problem: 'debe ser una dirección smtp:// o smtps://' };
  }
  const from = nonEmpty(env.VENTANILLA_MAIL_FROM) ?? 'Atención al Cliente <no-responder@ventanilla.local>';
  const domain = /@([A-Za-z0-9.-]+\.?[A-Za-z0-9-]*)>?\s*$/.exec(from)?.[1];
  if (domain === undefined) {
    return {
      variable: 'VENTANILLA_MAIL_FROM',
      problem: 'debe ser una dirección de correo, p. ej. Atención al Cliente <pqrs@entidad.gov.co>',
    };
  }
  const sendAttempts = integerIn(nonEmpty(env.VENTANILLA_MAIL_ATTEMPTS), 5, 1, 20);
  if (sendAttempts === null) {
    return { variable: 'VENTANILLA_MAIL_ATTEMPTS', problem: 'debe ser un número entero entre 1 y 20' };
  }
  const retryBaseSeconds = integerIn(nonEmpty(env.VENTANILLA_MAIL_RETRY_SECONDS), 30, 0, 3600);
  if (retryBaseSeconds === null) {
    return { variable: 'VENTANILLA_MAIL_RETRY_SECONDS', problem: 'debe ser un número entero entre 0 y 3600' };
  }
  const imapUrl = nonEmpty(env.VENTANILLA_IMAP_URL);
  if (imapUrl !== null && !IMAP_URL.test(imapUrl)) {
    return { variable: 'VENTANILLA_IMAP_URL', problem: 'debe ser una dirección imap:// o imaps://' };
  }
  const pollSeconds = integerIn(nonEmpty(env.VENTANILLA_IMAP_POLL_SECONDS), 60, 5, 86_400);
  if (pollSeconds === null) {
    return { variable: 'VENTANILLA_IMAP_POLL_SECONDS', problem: 'debe ser un número entero entre 5 y 86400' };
  }
  const digest = nonEmpty(env.VENTANILLA_DIGEST_TIME) ?? '07:00';
  if (digest !== 'off' && !DIGEST_TIME.test(digest)) {
    return { variable: 'VENTANILLA_DIGEST_TIME', problem: 'debe ser una hora HH:MM (hora de Bogotá) u off' };
  }
  const kinds = nonEmpty(env.VENTANILLA_REVIEW_KINDS);
  const reviewKinds =
    kinds === null || kinds === 'none' ? [] : kinds.split(',').map((kind) => kind.trim().toUpperCase());
  const unknown = reviewKinds.filter((kind) => !(PQRS_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0) {
    return {
      variable: 'VENTANILLA_REVIEW_KINDS',
      problem: `nombra tipos que no existen (${unknown.join(', ')}); los tipos son ${PQRS_KINDS.join(', ')}`,
    };
  }
  const timelinessOn = nonEmpty(env.VENTANILLA_TIMELINESS_ON) ?? 'ANSWERED';
  if (timelinessOn !== 'ANSWERED' && timelinessOn !== 'NOTIFIED') {
    return { variable: 'VENTANILLA_TIMELINESS_ON', problem: 'debe ser ANSWERED o NOTIFIED' };
  }
  return {
    smtpUrl,
    from,
    messageIdDomain: domain.toLowerCase(),
    sendAttempts,
    retryBaseSeconds,
    intake: {
      url: imapUrl,
      folder: nonEmpty(env.VENTANILLA_IMAP_FOLDER) ?? 'INBOX',
      processedFolder: nonEmpty(env.VENTANILLA_IMAP_PROCESSED_FOLDER) ?? 'Radicados',
      reviewFolder: nonEmpty(env.VENTANILLA_IMAP_REVIEW_FOLDER) ?? 'Por revisar',
      pollSeconds,
    },
    digestTime: digest === 'off' ? null : digest,
    reviewKinds: reviewKinds as PqrsKind[],
    timelinessOn,
    letter: {
      letterheadLines: (nonEmpty(env.VENTANILLA_LETTERHEAD) ?? 'Bogotá D. C., Colombia')
        .split('|')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
      signerName: nonEmpty(env.VENTANILLA_LETTER_SIGNER) ?? 'Jefe de la Oficina de Atención al Cliente',
      signerTitle: nonEmpty(env.VENTANILLA_LETTER_SIGNER_TITLE) ?? 'Oficina de Atención al Cliente',
    },
  };
}

export function isMailSettingsProblem(
  settings: MailSettings | MailSettingsProblem,
): settings is MailSettingsProblem {
  return 'problem' in settings;
}

function integerIn(value: string | null, fallback: number, min: number, max: number): number | null {
  if (value === null) return fallback;
  if (!/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}
