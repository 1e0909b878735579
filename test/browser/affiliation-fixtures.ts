// An affiliation request made ready for a decision through the API: received, every required document
// registered, its requirements verified. Browser tests start from it to exercise the decision on screen.
import type { VentanillaHarness } from '../support/ventanilla-harness.js';

export interface Applicant {
  readonly name: string;
  readonly documentType: string;
  readonly documentNumber: string;
}

/** The id of a verified individual request for `applicant`, received on `channel`. */
export async function verifiedAffiliation(
  ventanilla: VentanillaHarness,
  token: string,
  applicant: Applicant,
  channel: string,
): Promise<string> {
  const { receiveAffiliation } = await ventanilla.ok(
    `mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id documents { documentType } } }`,
    { input: { affiliationType: 'INDIVIDUAL', channel, applicant } },
    token,
  );
  const id: string = receiveAffiliation.id;
  for (const { documentType } of receiveAffiliation.documents as { documentType: string }[])
    await ventanilla.ok(
      `mutation ($id: ID!, $input: SubmitAffiliationDocumentInput!) { submitAffiliationDocument(id: $id, input: $input) { id } }`,
      { id, input: { documentType, evidenceReference: `gd/${documentType}.pdf` } },
      token,
    );
  await ventanilla.ok(`mutation ($id: ID!) { verifyAffiliationRequirements(id: $id) { id } }`, { id }, token);
  return id;
}
