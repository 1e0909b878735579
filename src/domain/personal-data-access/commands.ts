// Recording that personal data were shown unmasked. The actor and the moment arrive in the context.
import type { AccessedPerson, AccessPurpose } from './events.js';

export type RecordPersonalDataAccess = {
  readonly type: 'RecordPersonalDataAccess';
  readonly data: {
    readonly purpose: AccessPurpose;
    readonly people: readonly AccessedPerson[];
    readonly reasonTextId: string | null;
  };
};

export type RecordFileDownload = {
  readonly type: 'RecordFileDownload';
  readonly data: { readonly ownerId: string; readonly attachmentId: string; readonly sha256: string };
};

export type PersonalDataAccessCommand = RecordPersonalDataAccess | RecordFileDownload;
