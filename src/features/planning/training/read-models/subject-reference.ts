// The opaque key a PQRS subject is referred to by in a training need: a hash of the subject's key words
// (faq-text.ts subjectKeyOf), since the words may name people and stay in the vault. The proposals and
// the demo seed compute it alike.
import { createHash } from 'node:crypto';

export function subjectReferenceOf(subjectKey: string): string {
  return createHash('sha256').update(subjectKey).digest('hex').slice(0, 16);
}
