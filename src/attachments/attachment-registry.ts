// The port the rest of the application uses to hold files: which uploads a command may name, whose
// personal data an attached file becomes, and erasing them with their owner. The adapters (the registry of
// uploads, the content-addressed byte store) live beside it in src/attachments.
import type { AttachmentRef } from '../domain/shared/attachments.js';
import type { Actor } from '../domain/shared/decider.js';

/** Who sends an upload, or a command naming uploads. */
export type Uploader =
  | { readonly kind: 'STAFF'; readonly actorId: string }
  /** A citizen through the Ventanilla virtual, known only by the short-lived upload session. */
  | { readonly kind: 'PUBLIC' };

export interface AttachmentRegistry {
  /**
   * The references of the uploads a command names, in the order given. Throws BadUserInput on the
   * field `field` (Spanish message, naming the rule) for an id never uploaded, already erased, or — for a
   * PUBLIC sender — one uploaded by staff or already attached to a filing. The limits of one filing are
   * checked here too (checkFilingAttachments).
   */
  forCommand(ids: readonly string[], sender: Uploader, field?: string): Promise<readonly AttachmentRef[]>;
  /**
   * The uploads become part of a record: owned by `ownerId` (the person or anonymous owner whose texts
   * the command sealed; null for files that are no one's personal data, such as improvement-action
   * evidence). Idempotent; a file already claimed keeps its first owner.
   */
  claim(ownerId: string | null, ids: readonly string[], claimedBy: string): Promise<void>;
  /** Erases every file the owner holds (their bytes, unless another live record holds the same bytes). */
  eraseOwnedBy(ownerId: string): Promise<number>;
}

export const ATTACHMENT_REGISTRY = Symbol('AttachmentRegistry');

/**
 * Whether the holder of a radicado and its access code may download an attachment: implemented by the
 * PQRS feature (the attachment must be one the citizen may read on the tracking page).
 */
export interface PublicAttachmentAccess {
  mayDownload(radicado: string, accessCode: string, attachmentId: string): Promise<boolean>;
}

export const PUBLIC_ATTACHMENT_ACCESS = Symbol('PublicAttachmentAccess');

/**
 * Where a staff member's download of a file that is someone's personal data is recorded before the file is
 * served (the personal-data access log, as every unmasked view is): implemented by the personal-data module.
 */
export interface FileAccessLog {
  recordDownload(
    actor: Actor,
    file: { readonly ownerId: string; readonly attachmentId: string; readonly sha256: string },
  ): Promise<void>;
}

export const FILE_ACCESS_LOG = Symbol('FileAccessLog');
