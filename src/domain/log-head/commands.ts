// What the installation asks of the log-heads stream: record a head of the log it has just signed.

export interface LogHeadFacts {
  /** How many events of the global log the head covers (its last one is the sequence-th). */
  readonly sequence: number;
  /** The chain hash over the global log up to that event (SHA-256, hex). */
  readonly chainHash: string;
  /** The store position of that event where it was signed (a copied log places it elsewhere). */
  readonly position: number;
  readonly lastEventId: string;
  /** Ed25519 signature of the head (sequence and chain hash), base64url. */
  readonly signature: string;
  /** The raw Ed25519 public key that verifies it, base64url. */
  readonly publicKey: string;
}

export type SignLogHead = {
  readonly type: 'SignLogHead';
  readonly data: LogHeadFacts;
};

export type LogHeadCommand = SignLogHead;
