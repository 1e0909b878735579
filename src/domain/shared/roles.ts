// The staff roles in Spanish, as screens name them and as a refusal's sentence starts with them, and that
// refusal: the one every decider gives to a role that may not ask for a command.
import type { ActorRole, StaffRole } from './decider.js';
import { refuse, type DomainError } from './domain-error.js';

export const ROLE_LABELS: Readonly<Record<StaffRole, string>> = {
  ADMIN: 'Administrador',
  COORDINATOR: 'Coordinador',
  AGENT: 'Agente',
  AUDITOR: 'Auditor',
};

/** The role as the subject of a refusal, with its article: "Un agente no puede …". */
export const ROLE_IN_SENTENCES: Readonly<Record<ActorRole, string>> = {
  ADMIN: 'Un administrador',
  COORDINATOR: 'Un coordinador',
  AGENT: 'Un agente',
  AUDITOR: 'Un auditor',
  CITIZEN: 'Un ciudadano',
  SYSTEM: 'Un proceso automático',
};

/** `forbiddenAction` completes the sentence: "Un auditor no puede radicar casos." */
export function roleNotAllowed(role: ActorRole, forbiddenAction: string): DomainError {
  return refuse('ROLE_NOT_ALLOWED', `${ROLE_IN_SENTENCES[role]} no puede ${forbiddenAction}.`);
}
