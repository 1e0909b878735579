// The rules of recording a backup: well-formed facts, recorded by the installation or an administrator,
// once per backup. Whether the files are whole is checked by whoever restores it, against the manifest.
import type { DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { roleNotAllowed } from '../shared/roles.js';
import { isInstant } from '../shared/time.js';
import type { BackupCommand, BackupFacts } from './commands.js';
import type { BackupEvent } from './events.js';

export type BackupState =
  { readonly status: 'NOT_RECORDED' } | { readonly status: 'RECORDED'; readonly manifestSha256: string };

export const initialBackupState: BackupState = { status: 'NOT_RECORDED' };

const SHA256_HEX = /^[0-9a-f]{64}$/;
const BACKUP_ID = /^[0-9A-Za-z-]{1,64}$/;

function countOrNull(value: number | null): boolean {
  return value === null || (Number.isSafeInteger(value) && value >= 0);
}

function malformed(facts: BackupFacts): DomainError | null {
  if (typeof facts.backupId !== 'string' || !BACKUP_ID.test(facts.backupId))
    return refuse('INVALID_BACKUP', 'El identificador de la copia de seguridad no es válido.', 'backupId');
  if (typeof facts.takenAt !== 'string' || !isInstant(facts.takenAt))
    return refuse('INVALID_BACKUP', 'El momento de la copia de seguridad no es válido.', 'takenAt');
  if (!countOrNull(facts.headPosition))
    return refuse('INVALID_BACKUP', 'La posición del registro en la copia no es válida.', 'headPosition');
  if (!countOrNull(facts.lastSignedHeadSequence))
    return refuse(
      'INVALID_BACKUP',
      'La última cabeza firmada de la copia no es válida.',
      'lastSignedHeadSequence',
    );
  if (typeof facts.manifestSha256 !== 'string' || !SHA256_HEX.test(facts.manifestSha256))
    return refuse(
      'INVALID_BACKUP',
      'La huella del manifiesto debe ser un SHA-256 en hexadecimal.',
      'manifestSha256',
    );
  if (!Number.isSafeInteger(facts.files) || facts.files < 1)
    return refuse('INVALID_BACKUP', 'La copia debe tener al menos un archivo.', 'files');
  if (!Number.isSafeInteger(facts.bytes) || facts.bytes < 0)
    return refuse('INVALID_BACKUP', 'El tamaño de la copia no es válido.', 'bytes');
  if (facts.trigger !== 'SCHEDULED' && facts.trigger !== 'MANUAL')
    return refuse('INVALID_BACKUP', 'La copia debe ser programada o manual.', 'trigger');
  return null;
}

export function decideBackup(
  command: BackupCommand,
  state: BackupState,
  context: DecisionContext,
): readonly BackupEvent[] | DomainError {
  switch (command.type) {
    case 'RecordBackup': {
      // The schedule records as the installation; `npm run backup` as the administrator running it.
      if (context.actor.role !== 'ADMIN' && context.actor.role !== 'SYSTEM')
        return roleNotAllowed(context.actor.role, 'registrar una copia de seguridad');
      const facts = command.data;
      const problem = malformed(facts);
      if (problem !== null) return problem;
      if (state.status === 'RECORDED') {
        // The same backup again (a retried record) changes nothing.
        if (state.manifestSha256 === facts.manifestSha256) return [];
        return refuse(
          'BACKUP_ALREADY_RECORDED',
          'Esta copia de seguridad ya está registrada con otro manifiesto.',
          'manifestSha256',
        );
      }
      return [
        {
          type: 'BackupTaken',
          data: {
            backupId: facts.backupId,
            takenAt: facts.takenAt,
            headPosition: facts.headPosition,
            lastSignedHeadSequence: facts.lastSignedHeadSequence,
            manifestSha256: facts.manifestSha256,
            files: facts.files,
            bytes: facts.bytes,
            readModelsIncluded: facts.readModelsIncluded,
            keysIncluded: facts.keysIncluded,
            trigger: facts.trigger,
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

export function evolveBackup(state: BackupState, event: BackupEvent): BackupState {
  switch (event.type) {
    case 'BackupTaken':
      return { status: 'RECORDED', manifestSha256: event.data.manifestSha256 };
    default: {
      const unknownEvent: never = event.type;
      void unknownEvent;
      return state;
    }
  }
}

export const backupDecider: Decider<BackupCommand, BackupEvent, BackupState> = {
  decide: decideBackup,
  evolve: evolveBackup,
  initialState: initialBackupState,
};
