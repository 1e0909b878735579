// What an answer letter asks of the outgoing-number counter.

export type IssueOutgoingNumber = {
  readonly type: 'IssueOutgoingNumber';
  readonly data: {
    readonly year: number;
    /** The id of the command (the answer) the number is for: retried, it gets the same number. */
    readonly requestedBy: string;
    /** The case the letter answers, so an auditor reads what every number was taken for. */
    readonly radicado: string | null;
  };
};

export type OutgoingNumberCommand = IssueOutgoingNumber;
