// The port through which the public channel reads a filing for its citizen: the PQRS feature implements it
// and provides it under PUBLIC_CASE_LOOKUP; until it does, every look-up answers "not found".

/** What a constancia de radicación prints: the filing as the citizen made it, with its legal term. */
export interface ConstanciaView {
  readonly entityName: string;
  readonly officeName: string;
  readonly radicado: string;
  /** The access code the citizen typed, checked against its hash; printed grouped (XXXX-XXXX-XXXX-XXXX). */
  readonly accessCode: string;
  /** e.g. "Petición", "Queja", "Denuncia". */
  readonly kindLabel: string;
  readonly termBusinessDays: number;
  /** ISO 8601 instant. */
  readonly receivedAt: string;
  /** YYYY-MM-DD, a Bogotá calendar day. */
  readonly dueDate: string;
  /**
   * Day 1 of the term (YYYY-MM-DD): the business day after the radication day, which for an electronic
   * filing outside office hours may follow the receipt (Ley 1437 de 2011, art. 54); null when not recorded.
   */
  readonly termRunsFrom: string | null;
  readonly subject: string;
  /** e.g. "Persona natural", "Persona jurídica", "Niño, niña o adolescente"; ignored when anonymous. */
  readonly personTypeLabel: string;
  readonly anonymous: boolean;
  /**
   * The petitioner as the vault holds them at render time (never from the log): the name in full, the
   * document masked to its last digits, as staff without the right to see it read it. Null when anonymous
   * or erased (habeas data).
   */
  readonly petitioner: { readonly name: string; readonly document: string } | null;
  /** e.g. "Página web": the channel it was received by. */
  readonly channelLabel: string;
  /** Who received it (Decreto 1166 de 2016): "Ventanilla virtual" for a filing on the portal. */
  readonly receivedBy: string;
  /** e.g. "Correo electrónico", "Dirección postal"; null when there is none (an anonymous filing). */
  readonly answerChannelLabel: string | null;
  readonly attachments: readonly {
    readonly fileName: string;
    readonly size: number;
    readonly sha256: string;
  }[];
  /** The version of the data-processing policy the citizen accepted; null when none was (anonymous). */
  readonly policyVersion: string | null;
  /** Where the citizen follows the case: the public tracking page, `/ventanilla/consulta`. */
  readonly trackingUrl: string;
}

export interface PublicCaseLookup {
  /**
   * The constancia of a filing, or null when the radicado is unknown or the code is not its code: the
   * caller cannot tell which. The code arrives as the citizen typed it (any case, with or without dashes
   * or spaces).
   */
  constanciaOf(radicado: string, accessCode: string): Promise<ConstanciaView | null>;
}

export const PUBLIC_CASE_LOOKUP = Symbol('PublicCaseLookup');
