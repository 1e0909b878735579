// What the receiving desk asks of the radicado counter.

export type IssueRadicado = {
  readonly type: 'IssueRadicado';
  /** requestedBy: the id of the command (receipt) the radicado is for. */
  readonly data: { readonly year: number; readonly requestedBy: string };
};

export type RadicadoCommand = IssueRadicado;
