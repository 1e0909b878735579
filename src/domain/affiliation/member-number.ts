// The member number an approved affiliation gets, `AF-000123`: one counter for the corporation, in its
// own stream, consecutive and never reused (a refused approval may leave a gap, never a duplicate).
import type { DecisionContext, Decider, DomainEvent } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';

export const MEMBER_NUMBER_PREFIX = 'AF';
export const MEMBER_NUMBER_MAX = 999_999;
const MEMBER_NUMBER_DIGITS = 6;
const MEMBER_NUMBER_PATTERN = /^AF-(\d{6})$/;

/** The counter's stream; outside the `affiliation-` category, so affiliation projections skip it. */
export const MEMBER_NUMBER_STREAM = 'member-numbers';

export function formatMemberNumber(consecutive: number): string {
  return `${MEMBER_NUMBER_PREFIX}-${String(consecutive).padStart(MEMBER_NUMBER_DIGITS, '0')}`;
}

/** The consecutive of a well-formed member number; null for anything else (including 0). */
export function parseMemberNumber(memberNumber: string): number | null {
  const match = MEMBER_NUMBER_PATTERN.exec(memberNumber);
  if (!match) return null;
  const consecutive = Number(match[1]);
  return consecutive >= 1 ? consecutive : null;
}

export function isMemberNumber(value: string): boolean {
  return parseMemberNumber(value) !== null;
}

export type IssueMemberNumber = {
  readonly type: 'IssueMemberNumber';
  /** requestedBy: the id of the approval command the number is for. */
  readonly data: { readonly requestedBy: string };
};
export type MemberNumberCommand = IssueMemberNumber;

export type MemberNumberIssued = DomainEvent<
  'MemberNumberIssued',
  {
    readonly memberNumber: string;
    readonly consecutive: number;
    /** The approval command that asked for it: a retried command finds its number by it. */
    readonly requestedBy: string;
  }
>;
export type MemberNumberEvent = MemberNumberIssued;

export const MEMBER_NUMBER_EVENT_SCHEMA_VERSIONS: Readonly<Record<MemberNumberEvent['type'], number>> = {
  MemberNumberIssued: 1,
};

export interface MemberNumberState {
  /** The last consecutive issued; 0 before the first. */
  readonly lastConsecutive: number;
  /** Who asked for the last one: the same command retried gets no second number. */
  readonly lastRequestedBy: string | null;
}

export const initialMemberNumberState: MemberNumberState = { lastConsecutive: 0, lastRequestedBy: null };

export function decideMemberNumber(
  command: MemberNumberCommand,
  state: MemberNumberState,
  _context: DecisionContext,
): readonly MemberNumberEvent[] | DomainError {
  switch (command.type) {
    case 'IssueMemberNumber': {
      const { requestedBy } = command.data;
      if (typeof requestedBy !== 'string' || requestedBy.trim() === '') {
        return refuse(
          'REQUESTED_BY_REQUIRED',
          'Falta la orden que solicita el número de afiliado.',
          'requestedBy',
        );
      }
      if (state.lastRequestedBy === requestedBy) return [];
      const consecutive = state.lastConsecutive + 1;
      if (consecutive > MEMBER_NUMBER_MAX) {
        return refuse(
          'MEMBER_NUMBERS_EXHAUSTED',
          `Se agotaron los ${MEMBER_NUMBER_MAX} números de afiliado.`,
        );
      }
      return [
        {
          type: 'MemberNumberIssued',
          data: { memberNumber: formatMemberNumber(consecutive), consecutive, requestedBy },
        },
      ];
    }
    default: {
      const unknownCommand: never = command.type;
      return refuse('UNKNOWN_COMMAND', `Orden desconocida: ${String(unknownCommand)}.`);
    }
  }
}

export function evolveMemberNumber(state: MemberNumberState, event: MemberNumberEvent): MemberNumberState {
  switch (event.type) {
    case 'MemberNumberIssued':
      return { lastConsecutive: event.data.consecutive, lastRequestedBy: event.data.requestedBy };
    default: {
      const unknownEvent: never = event.type;
      void unknownEvent;
      return state;
    }
  }
}

export const memberNumberDecider: Decider<MemberNumberCommand, MemberNumberEvent, MemberNumberState> = {
  decide: decideMemberNumber,
  evolve: evolveMemberNumber,
  initialState: initialMemberNumberState,
};
