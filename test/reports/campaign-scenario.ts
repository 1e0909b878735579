// A small year of campaigns and the applications they brought, worked by hand, for the read-model and
// report tests: every event comes from the real deciders (campaign, affiliation), recorded at 10:00 in
// Bogotá on its day (the store's clock), but for one application stored before campaigns were planned,
// written as that old version was (schema 4, its campaign in free text).
//
// 2026:
//   Z  Feria de servicios Zipaquirá (25899)   budget 4.500.000  10–12 Apr   result: 300 people, cost 4.000.000
//   G  Visita plaza de mercado Girardot (25307) budget 1.000.000  20 May    result: 85 people, cost 900.000
//   R  Campaña rural Zipaquirá (25899)         budget 2.000.000  1–5 Jun    no result
//   Old name "Feria Zipaquirá" (1 application, 9 Apr 2025... received 11 Apr) mapped to Z on 20 Apr.
// Applications: Z — A1 approved, A2 approved, A3 in review, L1 (old name); G — A4 approved; R — A5 approved;
//   none — A6.
// By campaign: Z 4 applications, 2 approved, 4.000.000 ÷ 2 = 2.000.000 per affiliation;
//   G 1, 1, 900.000; R 1, 1, none (no result).
// By municipality: Girardot 1 campaign, 1.000.000 budget, 900.000 cost, 85 people, 1 / 1, 900.000;
//   Zipaquirá 2 campaigns, 6.500.000 budget, 4.000.000 cost, 300 people, 5 / 3, 4.000.000 ÷ 2 = 2.000.000
//   (the cost of the campaigns with a result over their approvals).
import {
  affiliationDecider,
  AFFILIATION_EVENT_SCHEMA_VERSIONS,
  affiliationStreamOf,
} from '../../src/domain/affiliation/index.js';
import type { AffiliationCommand } from '../../src/domain/affiliation/index.js';
import {
  campaignDecider,
  CAMPAIGN_EVENT_SCHEMA_VERSIONS,
  campaignStreamOf,
} from '../../src/domain/campaign/index.js';
import type { CampaignCommand } from '../../src/domain/campaign/index.js';
import { createBusinessCalendar } from '../../src/domain/shared/business-calendar-factory.js';
import { fold, type Actor, type Decider, type DomainEvent } from '../../src/domain/shared/decider.js';
import { isDomainError } from '../../src/domain/shared/domain-error.js';
import type { EventStore } from '../../src/engine/eventstore/event-store.js';

export const Z = '30000000-0000-4000-8000-00000000000a';
export const G = '30000000-0000-4000-8000-00000000000b';
export const R = '30000000-0000-4000-8000-00000000000c';
export const OLD_NAME = 'Feria Zipaquirá';

export const COORDINATOR: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
export const AGENT: Actor = { id: 'user-agent', role: 'AGENT' };

const affiliationId = (n: number) => `40000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const LEGACY_APPLICATION = affiliationId(99);

type Step =
  | {
      readonly on: string;
      readonly actor: Actor;
      readonly campaign: string;
      readonly command: CampaignCommand;
    }
  | {
      readonly on: string;
      readonly actor: Actor;
      readonly affiliation: string;
      readonly command: AffiliationCommand;
    };

const plan = (
  campaignId: string,
  kind: string,
  name: string,
  municipalityCode: string,
  startDate: string,
  endDate: string,
  budget: number,
): CampaignCommand => ({
  type: 'PlanCampaign',
  data: {
    campaignId,
    kind,
    name,
    municipalityCode,
    startDate,
    endDate,
    channels: ['IN_PERSON'],
    media: null,
    budget,
    textOwnerId: null,
  },
});
const result = (attendance: number, actualCost: number): CampaignCommand => ({
  type: 'RecordCampaignResult',
  data: { attendance, actualCost, results: `${attendance} personas atendidas` },
});

/** An application received on its day, from the campaign (started on `startDate`) or from none. */
function applicationSteps(
  n: number,
  on: string,
  campaign: { id: string; startDate: string } | null,
  approvedOn: string | null,
): Step[] {
  const id = affiliationId(n);
  const receive: Step = {
    on,
    actor: AGENT,
    affiliation: id,
    command: {
      type: 'ReceiveAffiliation',
      data: {
        affiliationId: id,
        affiliationType: 'INDIVIDUAL',
        channel: 'IN_PERSON',
        applicantId: `person-${n}`,
        campaign: campaign === null ? null : { campaignId: campaign.id, startDate: campaign.startDate },
        receivedAt: null,
        requiredDocuments: ['IDENTITY_DOCUMENT'],
      },
    },
  };
  if (approvedOn === null) return [receive];
  return [
    receive,
    {
      on: approvedOn,
      actor: COORDINATOR,
      affiliation: id,
      command: {
        type: 'SubmitDocument',
        data: { documentType: 'IDENTITY_DOCUMENT', evidenceReference: 'gd/cc' },
      },
    },
    {
      on: approvedOn,
      actor: COORDINATOR,
      affiliation: id,
      command: { type: 'VerifyRequirements', data: {} },
    },
    {
      on: approvedOn,
      actor: COORDINATOR,
      affiliation: id,
      command: { type: 'ApproveAffiliation', data: { memberNumber: `AF-${String(n).padStart(6, '0')}` } },
    },
  ];
}

const ZIPAQUIRA = { id: Z, startDate: '2026-04-10' };
const GIRARDOT = { id: G, startDate: '2026-05-20' };
const RURAL = { id: R, startDate: '2026-06-01' };

export const SCENARIO_STEPS: readonly Step[] = [
  {
    on: '2026-02-02',
    actor: COORDINATOR,
    campaign: Z,
    command: plan(Z, 'FAIR', 'Feria de servicios Zipaquirá', '25899', '2026-04-10', '2026-04-12', 4_500_000),
  },
  {
    on: '2026-02-02',
    actor: COORDINATOR,
    campaign: G,
    command: plan(
      G,
      'VISIT',
      'Visita plaza de mercado Girardot',
      '25307',
      '2026-05-20',
      '2026-05-20',
      1_000_000,
    ),
  },
  {
    on: '2026-02-03',
    actor: COORDINATOR,
    campaign: R,
    command: plan(R, 'CAMPAIGN', 'Campaña rural Zipaquirá', '25899', '2026-06-01', '2026-06-05', 2_000_000),
  },
  ...applicationSteps(1, '2026-04-10', ZIPAQUIRA, '2026-04-15'),
  ...applicationSteps(2, '2026-04-13', ZIPAQUIRA, '2026-04-20'),
  ...applicationSteps(3, '2026-04-14', ZIPAQUIRA, null),
  { on: '2026-04-13', actor: AGENT, campaign: Z, command: result(300, 4_000_000) },
  {
    on: '2026-04-20',
    actor: COORDINATOR,
    campaign: Z,
    command: { type: 'MapCampaignName', data: { legacyName: OLD_NAME, mappedToCampaignId: null } },
  },
  ...applicationSteps(4, '2026-05-20', GIRARDOT, '2026-05-26'),
  { on: '2026-05-21', actor: COORDINATOR, campaign: G, command: result(85, 900_000) },
  ...applicationSteps(5, '2026-06-02', RURAL, '2026-06-09'),
  ...applicationSteps(6, '2026-06-03', null, null),
];

/** The figures worked out above. */
export const CAMPAIGN_FIGURES = {
  [Z]: { applications: 4, approved: 2, costPerAffiliation: 2_000_000 },
  [G]: { applications: 1, approved: 1, costPerAffiliation: 900_000 },
  [R]: { applications: 1, approved: 1, costPerAffiliation: null },
} as const;
export const MUNICIPALITY_FIGURES = [
  {
    municipalityCode: '25307',
    municipalityName: 'Girardot',
    campaigns: 1,
    budget: 1_000_000,
    actualCost: 900_000,
    attendance: 85,
    applications: 1,
    approved: 1,
    costPerAffiliation: 900_000,
  },
  {
    municipalityCode: '25899',
    municipalityName: 'Zipaquirá',
    campaigns: 2,
    budget: 6_500_000,
    actualCost: 4_000_000,
    attendance: 300,
    applications: 5,
    approved: 3,
    costPerAffiliation: 2_000_000,
  },
] as const;

/** Appends the scenario to a store whose clock reads `clock.now`, the old application first. */
export async function appendCampaignScenario(store: EventStore, clock: { now: Date }): Promise<void> {
  const calendar = createBusinessCalendar();
  clock.now = new Date('2026-04-11T15:00:00.000Z');
  await store.append(
    affiliationStreamOf(LEGACY_APPLICATION),
    [
      {
        id: 'scenario-legacy',
        type: 'Received',
        schemaVersion: 4,
        data: {
          affiliationId: LEGACY_APPLICATION,
          affiliationType: 'INDIVIDUAL',
          channel: 'IN_PERSON',
          applicantId: 'person-99',
          applicantVersion: 1,
          campaign: OLD_NAME,
          receivedAt: '2026-04-11T15:00:00.000Z',
          receivedOn: '2026-04-11',
          requiredDocuments: ['IDENTITY_DOCUMENT'],
          lateEntry: null,
          requestNumber: null,
        },
        metadata: {
          actorId: AGENT.id,
          actorRole: AGENT.role,
          occurredAt: '2026-04-11T15:00:00.000Z',
          correlationId: 'scenario-legacy',
          causationId: 'scenario-legacy',
        },
      },
    ],
    'no_stream',
  );
  const histories = new Map<string, DomainEvent[]>();
  let step = 0;
  for (const scenarioStep of SCENARIO_STEPS) {
    const now = new Date(`${scenarioStep.on}T15:00:00.000Z`).toISOString();
    clock.now = new Date(now);
    const [stream, decider, versions] =
      'campaign' in scenarioStep
        ? [campaignStreamOf(scenarioStep.campaign), campaignDecider, CAMPAIGN_EVENT_SCHEMA_VERSIONS]
        : [
            affiliationStreamOf(scenarioStep.affiliation),
            affiliationDecider,
            AFFILIATION_EVENT_SCHEMA_VERSIONS,
          ];
    const history = histories.get(stream) ?? [];
    const anyDecider = decider as unknown as Decider<unknown, DomainEvent, unknown>;
    const decided = anyDecider.decide(scenarioStep.command, fold(anyDecider, history), {
      now,
      actor: scenarioStep.actor,
      calendar,
    });
    if (isDomainError(decided)) {
      throw new Error(`${scenarioStep.command.type}: ${decided.code} ${decided.message}`);
    }
    await store.append(
      stream,
      decided.map((event, index) => ({
        id: `scenario-${step}-${index}`,
        type: event.type,
        schemaVersion: (versions as Readonly<Record<string, number>>)[event.type] ?? 1,
        data: event.data,
        metadata: {
          actorId: scenarioStep.actor.id,
          actorRole: scenarioStep.actor.role,
          occurredAt: now,
          correlationId: `scenario-${step}`,
          causationId: `scenario-${step}`,
        },
      })),
      history.length === 0 ? 'no_stream' : history.length - 1,
    );
    histories.set(stream, [...history, ...decided]);
    step += 1;
  }
}
