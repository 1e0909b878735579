// What the receiving desk asks of the radicado counter.

import type { ReceivePqrs } from '../pqrs/commands.js';

export type IssueRadicado = {
  readonly type: 'IssueRadicado';
  readonly data: {
    readonly year: number;
    /** The id of the command (receipt) the radicado is for. */
    readonly requestedBy: string;
    /** That receipt, as the domain accepted it: kept with the number so it can be completed. */
    readonly receipt?: ReceivePqrs['data'] | null;
  };
};

export type RadicadoCommand = IssueRadicado;
