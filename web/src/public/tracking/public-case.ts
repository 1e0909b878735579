// The case as the tracking page asks for it (publicCase, and providePublicInformation's answer), and the
// address of an attachment's download, which carries the radicado and the code that open it.
import { graphql } from '../../graphql/generated';
import type { PublicCaseQuery } from '../../graphql/generated/graphql';

export const PUBLIC_CASE = graphql(`
  query PublicCase($radicado: String!, $accessCode: String!) {
    publicCase(radicado: $radicado, accessCode: $accessCode) {
      ...PublicCaseFields
    }
  }
`);

export const PUBLIC_CASE_FIELDS = graphql(`
  fragment PublicCaseFields on PublicCase {
    radicado
    kind
    kindLabel
    status
    statusLabel
    receivedAt
    dueDate
    originalDueDate
    termRunsFrom
    extendedDueDate
    extensionReason
    awaitingInformation
    informationRequest
    completeBy
    completionWindowExtended
    transferredTo
    answer
    answeredAt
    anonymous
    attachments {
      id
      fileName
      mediaType
      size
      sha256
      source
    }
    history {
      at
      label
    }
  }
`);

export type PublicCaseView = NonNullable<PublicCaseQuery['publicCase']>;

export interface CaseCredentials {
  readonly radicado: string;
  readonly accessCode: string;
}

export function attachmentHref(id: string, credentials: CaseCredentials): string {
  const query = new URLSearchParams({ radicado: credentials.radicado, code: credentials.accessCode });
  return `/attachments/${encodeURIComponent(id)}?${query.toString()}`;
}
