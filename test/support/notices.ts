// A record's notices as the tests read them over GraphQL (the `Notice` type).
export const NOTICE_FIELDS = `id kind channel recipientRole status attempts round sentAt messageId failure
  dispatch { carrier guideNumber dispatchedOn }`;

export interface Notice {
  readonly id: string;
  readonly kind: string;
  readonly channel: string;
  readonly recipientRole: string;
  readonly status: string;
  readonly attempts: number;
  readonly round: number;
  readonly sentAt: string | null;
  readonly messageId: string | null;
  readonly failure: string | null;
  readonly dispatch: { carrier: string; guideNumber: string; dispatchedOn: string } | null;
}
