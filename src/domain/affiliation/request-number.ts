// The number an affiliation request is filed under, `AFI-<year>-<consecutive>`: what the applicant and
// staff read aloud instead of the request's id. Consecutive per calendar year in Bogotá and never reused,
// by the rule of every yearly numbering of the office (shared/yearly-consecutive.ts), like the radicado.
import type { Decider, DomainEvent } from '../shared/decider.js';
import { bogotaDateOf, yearOf, type Instant } from '../shared/time.js';
import { yearlyCounterDecider, type YearlyConsecutiveState } from '../shared/yearly-consecutive.js';

export const REQUEST_NUMBER_PREFIX = 'AFI';
export const REQUEST_NUMBER_MAX_CONSECUTIVE = 999_999;
const CONSECUTIVE_DIGITS = 6;
const REQUEST_NUMBER_PATTERN = /^AFI-(\d{4})-(\d{6})$/;

export interface RequestNumberParts {
  readonly year: number;
  readonly consecutive: number;
}

/** `AFI-2026-000042` for year 2026 and consecutive 42. */
export function formatRequestNumber(year: number, consecutive: number): string {
  return `${REQUEST_NUMBER_PREFIX}-${year}-${String(consecutive).padStart(CONSECUTIVE_DIGITS, '0')}`;
}

/** The year and consecutive of a well-formed request number; null for anything else (consecutive 0 too). */
export function parseRequestNumber(text: string): RequestNumberParts | null {
  const match = REQUEST_NUMBER_PATTERN.exec(text);
  if (!match) return null;
  const parts = { year: Number(match[1]), consecutive: Number(match[2]) };
  return parts.consecutive >= 1 ? parts : null;
}

/**
 * The year a request filed at this instant is numbered in: the calendar year in Bogotá (UTC-5), so a
 * request filed on 31 December at 19:30 in Bogotá — already 1 January in UTC — is still of that year.
 */
export function requestNumberYearOf(filedAt: Instant): number {
  return yearOf(bogotaDateOf(filedAt));
}

/**
 * What a search for a request by its number asks for: a whole number (`AFI-2026-000042`, any case, outer
 * spaces ignored) or just its consecutive (`42`, `000042`, in any year); null when the text is not one.
 */
export type RequestNumberQuery = { readonly requestNumber: string } | { readonly consecutive: number };

export function requestNumberQueryOf(text: string): RequestNumberQuery | null {
  const written = text.trim().toUpperCase();
  const whole = parseRequestNumber(written);
  if (whole !== null) return { requestNumber: formatRequestNumber(whole.year, whole.consecutive) };
  if (!/^\d{1,6}$/.test(written)) return null;
  const consecutive = Number(written);
  return consecutive >= 1 ? { consecutive } : null;
}

export type IssueRequestNumber = {
  readonly type: 'IssueRequestNumber';
  readonly data: {
    readonly year: number;
    /** The id of the receipt command the number is for: retried, it gets the same number. */
    readonly requestedBy: string;
    /** The request the number is for, so an auditor reads what every number was taken for. */
    readonly affiliationId: string;
  };
};
export type RequestNumberCommand = IssueRequestNumber;

export type RequestNumberIssued = DomainEvent<
  'RequestNumberIssued',
  {
    readonly requestNumber: string;
    readonly year: number;
    readonly consecutive: number;
    /** The receipt command that asked for it: a retried command finds its number by it. */
    readonly requestedBy: string;
    readonly affiliationId: string;
  }
>;
export type RequestNumberEvent = RequestNumberIssued;

export const REQUEST_NUMBER_EVENT_SCHEMA_VERSIONS: Readonly<Record<RequestNumberEvent['type'], number>> = {
  RequestNumberIssued: 1,
};

/** One counter stream per year, outside the `affiliation-` category, so affiliation projections skip it. */
export const REQUEST_NUMBER_STREAM_PREFIX = 'afi-';
export const requestNumberStreamOf = (year: number): string => `${REQUEST_NUMBER_STREAM_PREFIX}${year}`;

export type RequestNumberState = YearlyConsecutiveState;

export const requestNumberDecider: Decider<RequestNumberCommand, RequestNumberEvent, RequestNumberState> =
  yearlyCounterDecider(
    {
      singular: 'el número de solicitud de afiliación',
      plural: 'números de solicitud de afiliación',
      codePrefix: 'REQUEST_NUMBER',
      maxConsecutive: REQUEST_NUMBER_MAX_CONSECUTIVE,
    },
    (command: RequestNumberCommand, consecutive): RequestNumberEvent => ({
      type: 'RequestNumberIssued',
      data: {
        requestNumber: formatRequestNumber(command.data.year, consecutive),
        year: command.data.year,
        consecutive,
        requestedBy: command.data.requestedBy,
        affiliationId: command.data.affiliationId,
      },
    }),
  );
