// An application names the version of its applicant's data it was filed with; applications filed before
// versions were kept read as the first.
import { upcastAffiliationEvent } from './events.js';

describe('a Received event stored with schema version 1', () => {
  const storedV1 = JSON.parse(
    '{"affiliationId":"0b6f9c1e-6f0a-4c55-8d0a-2b8f4b9d2c11","affiliationType":"INDIVIDUAL","channel":"IN_PERSON",' +
      '"applicantId":"8f0e1c1e-3a52-4b55-9f0a-5b8f4b9d2c11","campaign":null,"receivedAt":"2025-03-02T15:00:00.000Z",' +
      '"receivedOn":"2025-03-02","requiredDocuments":["IDENTITY_DOCUMENT"]}',
  ) as unknown;

  it('reads as filed with the first version of the applicant’s data', () => {
    expect(upcastAffiliationEvent({ type: 'Received', schemaVersion: 1, data: storedV1 })).toEqual({
      type: 'Received',
      data: {
        ...(storedV1 as object),
        lateEntry: null,
        applicantVersion: 1,
        requestNumber: null,
        campaignId: null,
      },
    });
  });

  it('version 2 (with its late entry) reads as filed with the first version too', () => {
    const lateEntry = {
      recordedOn: '2025-03-10',
      businessDaysLate: 5,
      reason: 'Solicitud recibida en sede.',
    };
    const data = { ...(storedV1 as object), lateEntry };
    expect(upcastAffiliationEvent({ type: 'Received', schemaVersion: 2, data })).toEqual({
      type: 'Received',
      data: { ...data, applicantVersion: 1, requestNumber: null, campaignId: null },
    });
  });

  it('version 3 keeps its applicant version and reads as filed before requests were numbered', () => {
    const data = { ...(storedV1 as object), lateEntry: null, applicantVersion: 2 };
    expect(upcastAffiliationEvent({ type: 'Received', schemaVersion: 3, data })).toEqual({
      type: 'Received',
      data: { ...data, requestNumber: null, campaignId: null },
    });
  });

  it('version 4 keeps its number and its free-text campaign, and names no campaign of the plan', () => {
    const data = {
      ...(storedV1 as object),
      campaign: 'Feria Zipaquirá 2025',
      lateEntry: null,
      applicantVersion: 2,
      requestNumber: 'AFI-2025-000007',
    };
    expect(upcastAffiliationEvent({ type: 'Received', schemaVersion: 4, data })).toEqual({
      type: 'Received',
      data: { ...data, campaignId: null },
    });
  });

  it('version 5, and every other event, reads as stored', () => {
    const data = {
      ...(storedV1 as object),
      lateEntry: null,
      applicantVersion: 2,
      requestNumber: 'AFI-2026-000007',
      campaignId: '00000000-0000-4000-9999-000000000001',
    };
    expect(upcastAffiliationEvent({ type: 'Received', schemaVersion: 5, data })).toEqual({
      type: 'Received',
      data,
    });
    const assigned = { assigneeId: 'user-1', previousAssigneeId: null };
    expect(upcastAffiliationEvent({ type: 'Assigned', schemaVersion: 1, data: assigned })).toEqual({
      type: 'Assigned',
      data: assigned,
    });
  });
});
