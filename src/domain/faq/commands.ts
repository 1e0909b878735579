// What staff ask of a FAQ entry. The moment and the actor arrive in the DecisionContext; the entry's id
// is given by the application (derived from the client's idempotency key when there is one).
import type { FaqEntryContent } from './events.js';

export type CreateFaqEntry = {
  readonly type: 'CreateFaqEntry';
  readonly data: FaqEntryContent & { readonly entryId: string };
};

/** Fields left out (undefined or null) stay as they are. */
export type UpdateFaqEntry = {
  readonly type: 'UpdateFaqEntry';
  readonly data: { readonly [Field in keyof FaqEntryContent]?: FaqEntryContent[Field] | null };
};

export type PublishFaqEntry = { readonly type: 'PublishFaqEntry'; readonly data: Record<string, never> };

export type RetireFaqEntry = { readonly type: 'RetireFaqEntry'; readonly data: { readonly reason: string } };

export type FaqEntryCommand = CreateFaqEntry | UpdateFaqEntry | PublishFaqEntry | RetireFaqEntry;
