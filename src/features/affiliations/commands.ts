// The affiliation on the command path: its decider and streams, and what its commands need from outside
// the domain before it decides — the checklist in force for the type (configuration), the number a
// request is filed under (AFI-<year>-<consecutive>, once the domain would receive it), the reviewer's
// staff account, the member number an approval is given (only once the domain would approve), and the
// version of the decision notice's template in force.
import { Inject, Injectable } from '@nestjs/common';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import {
  AFFILIATION_EVENT_SCHEMA_VERSIONS,
  MEMBER_NUMBER_EVENT_SCHEMA_VERSIONS,
  MEMBER_NUMBER_STREAM,
  REQUEST_NUMBER_EVENT_SCHEMA_VERSIONS,
  affiliationDecider,
  affiliationStreamOf,
  formatMemberNumber,
  memberNumberDecider,
  requestNumberDecider,
  requestNumberStreamOf,
  requestNumberYearOf,
  upcastAffiliationEvent,
  type AffiliationCommand,
  type AffiliationEvent,
  type AffiliationState,
  type LinkedCampaign,
  type MemberNumberCommand,
  type MemberNumberEvent,
  type MemberNumberState,
  type RequestNumberCommand,
  type RequestNumberEvent,
  type RequestNumberState,
} from '../../domain/affiliation/index.js';
import type { NoticeTemplateVersions } from '../../domain/pqrs/commands.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../../engine/commands/run-command.js';
import { USER_STORE, staffMemberOf, type UserStore } from '../../identity/user-store.js';
import { NoticeTemplates } from '../notice-templates/index.js';
import { BadUserInput } from '../../engine/application-errors.js';
import {
  CAMPAIGN_EVENT_SCHEMA_VERSIONS,
  campaignDecider,
  campaignStreamOf,
  type CampaignCommand,
  type CampaignEvent,
  type CampaignState,
} from '../../domain/campaign/index.js';

/** The one member-number counter: `member-numbers`. */
export const memberNumberCounter: AggregateType<MemberNumberCommand, MemberNumberEvent, MemberNumberState> = {
  decider: memberNumberDecider,
  schemaVersions: MEMBER_NUMBER_EVENT_SCHEMA_VERSIONS,
  streamOf: () => MEMBER_NUMBER_STREAM,
};

/** The per-year request-number counter: `afi-<year>`, the year's radicado counter's twin. */
export const requestNumberCounter: AggregateType<
  RequestNumberCommand,
  RequestNumberEvent,
  RequestNumberState
> = {
  decider: requestNumberDecider,
  schemaVersions: REQUEST_NUMBER_EVENT_SCHEMA_VERSIONS,
  streamOf: (year) => requestNumberStreamOf(Number(year)),
};

/**
 * A campaign's stream, as the look-ups read the campaign an application names (its own feature, under
 * Planeación, runs its commands): the domain's decider folds it.
 */
const campaignStreams: AggregateType<CampaignCommand, CampaignEvent, CampaignState> = {
  decider: campaignDecider,
  schemaVersions: CAMPAIGN_EVENT_SCHEMA_VERSIONS,
  streamOf: campaignStreamOf,
};

/** What an approval carries as its member number while the domain is asked first. */
const MEMBER_NUMBER_STAND_IN = formatMemberNumber(1);

@Injectable()
export class AffiliationLookUps implements CommandLookUps<AffiliationCommand> {
  constructor(
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(NoticeTemplates) private readonly templates: NoticeTemplates,
  ) {}

  async complete(
    command: AffiliationCommand,
    context: LookUpContext<AffiliationCommand>,
  ): Promise<CompletedCommand<AffiliationCommand>> {
    switch (command.type) {
      case 'ReceiveAffiliation': {
        const requiredDocuments = this.config.affiliationChecklists[command.data.affiliationType] ?? [];
        const campaign = await this.linkedCampaign(command.data.campaign, context);
        const receipt: AffiliationCommand = {
          ...command,
          data: { ...command.data, campaign, requiredDocuments, requestNumber: null },
        };
        // Ask the domain first, so a refused request takes no number; one received already (a retry, a
        // repeated idempotency key) is answered by the log and takes none either.
        const wouldWrite = await context.precheck(receipt);
        if (wouldWrite.length === 0) return { command: receipt };
        // Numbered in the year it is filed, in Bogotá, whatever day it was received; the counter's stream
        // and its expected revision keep concurrent filings from sharing or skipping a number, and a
        // retried command (the same command id) is given the number it got before.
        const year = requestNumberYearOf(context.metadata.issuedAt);
        const issued = await context.issue(requestNumberCounter, String(year), {
          type: 'IssueRequestNumber',
          data: { year, requestedBy: context.metadata.commandId, affiliationId: command.data.affiliationId },
        });
        return {
          command: { ...receipt, data: { ...receipt.data, requestNumber: issued.data.requestNumber } },
        };
      }
      case 'AssignAffiliation': {
        const { id } = command.data.assignee;
        const assignee = staffMemberOf(id, await this.users.findById(id));
        return { command: { ...command, data: { assignee } } };
      }
      case 'ApproveAffiliation': {
        // Ask the domain first, with a stand-in number, so a refused approval consumes no member number;
        // an affiliation already approved changes nothing and takes none.
        const wouldWrite = await context.precheck({
          type: 'ApproveAffiliation',
          data: { memberNumber: MEMBER_NUMBER_STAND_IN },
        });
        if (wouldWrite.length === 0) {
          return { command: { type: 'ApproveAffiliation', data: { memberNumber: MEMBER_NUMBER_STAND_IN } } };
        }
        // The counter's stream and its optimistic concurrency keep the number unique across writers.
        const issued = await context.issue(memberNumberCounter, MEMBER_NUMBER_STREAM, {
          type: 'IssueMemberNumber',
          data: { requestedBy: context.metadata.commandId },
        });
        const { memberNumber } = issued.data;
        const noticeTemplates = await this.noticeTemplates();
        return { command: { type: 'ApproveAffiliation', data: { memberNumber, noticeTemplates } } };
      }
      case 'RejectAffiliation': {
        const noticeTemplates = await this.noticeTemplates();
        return { command: { ...command, data: { ...command.data, noticeTemplates } } };
      }
      default:
        return { command };
    }
  }

  /** The campaign an application names, with its first day from the campaign's stream; it must exist. */
  private async linkedCampaign(
    campaign: LinkedCampaign | null,
    context: LookUpContext<AffiliationCommand>,
  ): Promise<LinkedCampaign | null> {
    if (campaign === null) return null;
    const { state } = await context.stateOf(campaignStreams, campaign.campaignId);
    if (state.status === 'NOT_PLANNED') {
      throw new BadUserInput('campaignId', 'La campaña elegida no existe en el plan de campañas.');
    }
    return { campaignId: campaign.campaignId, startDate: state.startDate };
  }

  /** The decision notice's template version in force: the notice records it and is written from it. */
  private async noticeTemplates(): Promise<NoticeTemplateVersions> {
    return { AFFILIATION_DECISION: (await this.templates.current('AFFILIATION_DECISION')).version };
  }
}

/** An affiliation application: `affiliation-<id>`. */
export const affiliationCase: AggregateType<AffiliationCommand, AffiliationEvent, AffiliationState> = {
  decider: affiliationDecider,
  schemaVersions: AFFILIATION_EVENT_SCHEMA_VERSIONS,
  upcast: upcastAffiliationEvent,
  streamOf: affiliationStreamOf,
  // Under the applicant's key: erasing the applicant erases the application's texts with their data.
  freeTexts: {
    fields: {
      ReceiveAffiliation: ['lateEntryReason'],
      SubmitDocument: ['attachments[].fileName'],
      RejectDocument: ['reason'],
      RejectAffiliation: ['reason'],
      ReportNovelty: ['description'],
      ResendNotification: ['reason'],
    },
    ownerOf: (command, state) => {
      if (command.type === 'ReceiveAffiliation') return command.data.applicantId;
      // The domain refuses any other command on an application never received, before anything is sealed.
      return state.status === 'NOT_RECEIVED' ? null : state.applicantId;
    },
  },
  occurredAtOf: (command) => (command.type === 'ReceiveAffiliation' ? command.data.receivedAt : null),
  lookUps: AffiliationLookUps,
};
