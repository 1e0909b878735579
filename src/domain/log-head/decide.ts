// The rules of recording a signed head of the log: well-formed facts, and each head covering more of the
// log than the last one. The signature itself is checked by whoever holds the public key (the audit), not
// here: the domain does no cryptography.
import type { DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { roleNotAllowed } from '../shared/roles.js';
import { canonicalInstant } from '../shared/time.js';
import type { LogHeadCommand, LogHeadFacts } from './commands.js';
import type { LogHeadEvent } from './events.js';

export interface LogHeadState {
  /** The sequence of the last head recorded; null before the first. */
  readonly lastSequence: number | null;
  readonly lastChainHash: string | null;
}

export const initialLogHeadState: LogHeadState = { lastSequence: null, lastChainHash: null };

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** 64 bytes of an Ed25519 signature, 32 of its public key, in base64url without padding. */
const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;
const PUBLIC_KEY = /^[A-Za-z0-9_-]{43}$/;

function malformed(facts: LogHeadFacts): DomainError | null {
  if (!Number.isSafeInteger(facts.sequence) || facts.sequence < 1)
    return refuse('INVALID_LOG_HEAD', 'La cabeza del registro debe cubrir al menos un evento.', 'sequence');
  if (!Number.isSafeInteger(facts.position) || facts.position < 0)
    return refuse('INVALID_LOG_HEAD', 'La posición de la cabeza del registro no es válida.', 'position');
  if (typeof facts.lastEventId !== 'string' || facts.lastEventId.trim() === '')
    return refuse(
      'INVALID_LOG_HEAD',
      'Falta el evento en que termina la cabeza del registro.',
      'lastEventId',
    );
  if (!SHA256_HEX.test(facts.chainHash))
    return refuse(
      'INVALID_LOG_HEAD',
      'La cadena de la cabeza debe ser un SHA-256 en hexadecimal.',
      'chainHash',
    );
  if (!SIGNATURE.test(facts.signature))
    return refuse(
      'INVALID_LOG_HEAD',
      'La firma de la cabeza debe ser una firma Ed25519 en base64url.',
      'signature',
    );
  if (!PUBLIC_KEY.test(facts.publicKey))
    return refuse(
      'INVALID_LOG_HEAD',
      'La clave pública debe ser una clave Ed25519 en base64url.',
      'publicKey',
    );
  return null;
}

export function decideLogHead(
  command: LogHeadCommand,
  state: LogHeadState,
  context: DecisionContext,
): readonly LogHeadEvent[] | DomainError {
  switch (command.type) {
    case 'SignLogHead': {
      // The installation signs in the name of the administrators, who hold the signing key.
      if (context.actor.role !== 'ADMIN')
        return roleNotAllowed(context.actor.role, 'firmar la cabeza del registro');
      const facts = command.data;
      const problem = malformed(facts);
      if (problem !== null) return problem;
      if (state.lastSequence !== null && facts.sequence <= state.lastSequence) {
        // The same head again (a retried signing) changes nothing.
        if (facts.sequence === state.lastSequence && facts.chainHash === state.lastChainHash) return [];
        return refuse(
          'LOG_HEAD_NOT_AFTER_LAST',
          `La cabeza firmada debe cubrir más eventos que la última registrada (${state.lastSequence}).`,
          'sequence',
        );
      }
      return [
        {
          type: 'LogHeadSigned',
          data: {
            sequence: facts.sequence,
            chainHash: facts.chainHash,
            position: facts.position,
            lastEventId: facts.lastEventId,
            signature: facts.signature,
            publicKey: facts.publicKey,
            signedAt: canonicalInstant(context.now),
          },
        },
      ];
    }
    default: {
      const unknownCommand: never = command.type;
      return refuse('UNKNOWN_COMMAND', `Orden desconocida: ${String(unknownCommand)}.`);
    }
  }
}

export function evolveLogHead(state: LogHeadState, event: LogHeadEvent): LogHeadState {
  switch (event.type) {
    case 'LogHeadSigned':
      return { lastSequence: event.data.sequence, lastChainHash: event.data.chainHash };
    default: {
      const unknownEvent: never = event.type;
      void unknownEvent;
      return state;
    }
  }
}

export const logHeadDecider: Decider<LogHeadCommand, LogHeadEvent, LogHeadState> = {
  decide: decideLogHead,
  evolve: evolveLogHead,
  initialState: initialLogHeadState,
};
