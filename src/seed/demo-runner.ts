// Carries out a demo plan on a running application: creates the staff through the CreateUser command,
// then walks the simulated clock half-day by half-day and runs each step on the one command path
// (RunCommand) as its GraphQL mutation would, with full metadata. Every event is decided by the domain and goes through
// the store's hash chain; a refused step stops the seed, naming the step.
import { createHash } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { deterministicId } from '../engine/commands/command-executor.js';
import type { CommandMetadata } from '../engine/commands/command-metadata.js';
import type { Actor, DomainCommand, DomainEvent } from '../domain/shared/decider.js';
import { staffMemberNamed } from '../domain/shared/staff-member.js';
import { bogotaDateOf, SPANISH_MONTHS, type Instant } from '../domain/shared/time.js';
import { improvementActionReference } from '../domain/survey/satisfaction.js';
import { initialSurveyInstrumentState } from '../domain/survey/index.js';
import type { AffiliationCommand } from '../domain/affiliation/index.js';
import type { ImprovementActionCommand } from '../domain/improvement-action/index.js';
import {
  newInstanceId,
  RunCommand,
  type AggregateType,
  type RunOptions,
} from '../engine/commands/run-command.js';
import { affiliationCase } from '../features/affiliations/commands.js';
import { faqEntry } from '../features/faq/commands.js';
import { improvementActionCase } from '../features/improvement-actions/commands.js';
import { CITIZEN_ACTOR, pqrsCase, RADICADO_TO_BE_ISSUED } from '../features/pqrs/commands.js';
import { accessCodeFrom, accessCodeHashOf } from '../features/pqrs/access-codes.js';
import { VENTANILLA_CONFIG } from '../config/config-token.js';
import type { VentanillaConfig } from '../config/configuration.js';
import { surveyInstrument, surveyResponse } from '../features/surveys/commands.js';
import { ACCOUNT_TO_BE_CREATED, userAccount } from '../identity/commands.js';
import { USER_STORE, type UserStore } from '../identity/user-store.js';
import { PLANNING_AGGREGATES } from '../features/planning/index.js';
import type {
  DemoPlan,
  DemoStaffMember,
  PlannedActionSource,
  PlannedStep,
  PlanningSeedIds,
} from './demo-plan.js';
import { demoDenialOf } from './demo-denials.js';
import { bogotaMinuteOf } from './office-hours.js';
import type { SimulatedClock } from './simulated-clock.js';

/** What the seed made, by plan index: the ids the application gave. */
export interface SeededIds {
  readonly staff: ReadonlyMap<string, Actor>;
  readonly radicados: ReadonlyMap<number, string>;
  readonly affiliations: ReadonlyMap<number, string>;
  readonly actions: ReadonlyMap<number, string>;
  readonly faqEntries: ReadonlyMap<number, string>;
  readonly instrumentId: string | null;
  readonly surveyResponses: number;
  /** The filings made through the Ventanilla virtual, with the code each was given (demo data: known). */
  readonly portalFilings: readonly PortalFiling[];
}

export interface PortalFiling {
  readonly radicado: string;
  readonly accessCode: string;
  readonly anonymous: boolean;
}

/** The kinds the demo files anonymously now and then (the office's default anonymous kinds). */
const DEMO_ANONYMOUS_KINDS: readonly string[] = ['COMPLAINT', 'DENUNCIATION'];

export interface DemoRunResult extends SeededIds {
  /** Usernames created now, and those that already existed (a seed appended with --force). */
  readonly staffCreated: readonly string[];
  readonly staffReused: readonly string[];
  readonly commands: number;
}

export interface DemoRunOptions {
  readonly plan: DemoPlan;
  readonly clock: SimulatedClock;
  /** Namespace of command ids and idempotency keys: the same plan on the same log gives the same ids. */
  readonly runKey: string;
  /** The password of every account the seed creates. */
  readonly staffPassword: string;
  readonly progress?: (line: string) => void;
}

export class SeedStepRefused extends Error {
  constructor(
    readonly step: PlannedStep,
    cause: unknown,
  ) {
    super(
      `La orden ${step.command.type} de ${step.subject} (${step.at}) no se pudo cumplir: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'SeedStepRefused';
  }
}

export async function runDemoPlan(
  app: INestApplicationContext,
  options: DemoRunOptions,
): Promise<DemoRunResult> {
  return new DemoRun(app, options).run();
}

class DemoRun {
  private readonly bus: CommandBus;
  private readonly users: UserStore;
  private readonly correlationId: string;
  private readonly staff = new Map<string, Actor>();
  private readonly radicados = new Map<number, string>();
  private readonly affiliations = new Map<number, string>();
  private readonly actions = new Map<number, string>();
  private readonly faqEntries = new Map<number, string>();
  private readonly portalFilings: PortalFiling[] = [];
  private readonly policyVersion: string;
  private instrumentId: string | null = null;
  private surveyResponses = 0;
  private commands = 0;

  constructor(
    app: INestApplicationContext,
    private readonly options: DemoRunOptions,
  ) {
    this.bus = app.get(CommandBus);
    this.users = app.get<UserStore>(USER_STORE);
    this.policyVersion = app.get<VentanillaConfig>(VENTANILLA_CONFIG).publicPortal.policyVersion;
    // The whole seed is one process: its commands share a correlation id an auditor can look for.
    this.correlationId = deterministicId(`${options.runKey}/correlation`);
  }

  async run(): Promise<DemoRunResult> {
    const { plan, clock } = this.options;
    const { created, reused } = await this.createStaff(plan.staff, plan.startsAt);
    const started = Date.now();
    let month = '';
    const received = () => this.radicados.size;
    const totalCases = plan.steps.filter((step) => step.command.type === 'ReceivePqrs').length;
    for (const tick of halfDayTicks(plan.steps)) {
      const last = tick.at(-1)!;
      // Issued at their own minutes, recorded when the half-day's last one is: never before a step.
      clock.advanceTo(last.step.at);
      const tickMonth = bogotaDateOf(last.step.at).slice(0, 7);
      if (tickMonth !== month) {
        month = tickMonth;
        this.report(month, received(), totalCases, started);
      }
      // Every chain is let finish before a refusal stops the seed: none is cut off half-way.
      const outcomes = await Promise.allSettled(
        bySubject(tick).map(async (chain) => {
          for (const { step, index } of chain) await this.dispatch(step, index);
        }),
      );
      const refused = outcomes.find((outcome) => outcome.status === 'rejected');
      if (refused) throw refused.reason;
    }
    this.options.progress?.(
      `Año simulado completo: ${received()} PQRS radicadas, ${this.commands} órdenes en ${seconds(started)} s.`,
    );
    return {
      staff: this.staff,
      radicados: this.radicados,
      affiliations: this.affiliations,
      actions: this.actions,
      faqEntries: this.faqEntries,
      portalFilings: this.portalFilings,
      instrumentId: this.instrumentId,
      surveyResponses: this.surveyResponses,
      staffCreated: created,
      staffReused: reused,
      commands: this.commands,
    };
  }

  private report(month: string, received: number, total: number, started: number): void {
    const [year, monthNumber] = month.split('-');
    this.options.progress?.(
      `Simulando ${SPANISH_MONTHS[Number(monthNumber) - 1]} de ${year}: ${received} de ${total} PQRS radicadas, ` +
        `${this.commands} órdenes, ${seconds(started)} s`,
    );
  }

  /** The demo accounts through CreateUser, issued by the first active administrator; existing ones reused. */
  private async createStaff(
    members: readonly DemoStaffMember[],
    at: Instant,
  ): Promise<{ created: string[]; reused: string[] }> {
    const admin = (await this.users.list()).find((user) => user.active && user.roles.includes('ADMIN'));
    if (!admin) throw new Error('No hay un administrador activo que cree las cuentas de demostración.');
    const adminActor: Actor = { id: admin.id, role: 'ADMIN' };
    const created: string[] = [];
    const reused: string[] = [];
    for (const [index, member] of members.entries()) {
      const existing = await this.users.findByUsername(member.username);
      if (existing) {
        this.staff.set(member.key, { id: existing.id, role: member.role });
        reused.push(member.username);
        continue;
      }
      const account = await this.runCommand(
        userAccount,
        null,
        {
          type: 'CreateUser',
          data: {
            userId: ACCOUNT_TO_BE_CREATED,
            username: member.username,
            roles: [member.role],
            dependency: member.dependency,
          },
        },
        this.metadata(adminActor, at, `staff/${index}`),
        { lookUpData: { password: this.options.staffPassword, fullName: member.fullName } },
      );
      this.commands++;
      this.staff.set(member.key, { id: account, role: member.role });
      created.push(member.username);
    }
    return { created, reused };
  }

  private metadata(actor: Actor, issuedAt: Instant, name: string): CommandMetadata {
    const commandId = deterministicId(`${this.options.runKey}/${name}`);
    return { commandId, actor, correlationId: this.correlationId, causationId: commandId, issuedAt };
  }

  private actor(key: string): Actor {
    const actor = this.staff.get(key);
    if (!actor) throw new Error(`Funcionario de demostración desconocido: ${key}`);
    return actor;
  }

  private async dispatch(step: PlannedStep, index: number): Promise<void> {
    try {
      await this.execute(step, this.metadata(this.actor(step.actor), step.at, `step/${index}`));
      this.commands++;
    } catch (error) {
      throw new SeedStepRefused(step, error);
    }
  }

  /**
   * A web filing as the Ventanilla virtual makes it: by the citizen, with the policy accepted and an access
   * code (derived from the run, so the demo's codes are known and printed), every third complaint or
   * denuncia anonymous.
   */
  private async fileThroughThePortal(
    command: Extract<PlannedStep['command'], { type: 'ReceivePqrs' }>,
    metadata: CommandMetadata,
  ): Promise<void> {
    const anonymous = DEMO_ANONYMOUS_KINDS.includes(command.kind) && command.caseIndex % 3 === 0;
    const accessCode = accessCodeFrom(
      createHash('sha256')
        .update(this.key(`access-code/${command.caseIndex}`))
        .digest(),
    );
    const person = command.petitioner;
    const radicado = await this.runCommand(
      pqrsCase,
      null,
      {
        type: 'ReceivePqrs',
        data: {
          radicado: RADICADO_TO_BE_ISSUED,
          kind: command.kind,
          channel: 'WEB',
          subject: command.subject,
          description: command.description,
          petitionerId: anonymous ? null : '',
          personType: anonymous ? 'ANONYMOUS' : 'NATURAL',
          answerChannel: anonymous ? null : person.email ? 'EMAIL' : 'POSTAL',
          dataProcessingConsent: anonymous
            ? null
            : { policyVersion: this.policyVersion, acceptedAt: metadata.issuedAt },
          accessCodeHash: accessCodeHashOf(accessCode),
          receivedAt: null,
          priority: command.priority,
        },
      },
      { ...metadata, actor: CITIZEN_ACTOR },
      anonymous ? {} : { people: { petitionerId: person } },
    );
    this.radicados.set(command.caseIndex, radicado);
    this.portalFilings.push({ radicado, accessCode, anonymous });
  }

  private key(name: string): string {
    return `${this.options.runKey}/${name}`;
  }

  /** Runs a command on the one command path, as its GraphQL mutation does; answers the instance's id. */
  private async runCommand<C extends DomainCommand, E extends DomainEvent, S>(
    aggregate: AggregateType<C, E, S>,
    id: string | null,
    command: NoInfer<C>,
    metadata: CommandMetadata,
    options: RunOptions = {},
  ): Promise<string> {
    const result = await this.bus.execute(new RunCommand(aggregate, id, command, metadata, options));
    return result.id;
  }

  private async execute(step: PlannedStep, metadata: CommandMetadata): Promise<void> {
    const { command } = step;
    switch (command.type) {
      case 'ReceivePqrs': {
        if (command.channel === 'WEB') {
          await this.fileThroughThePortal(command, metadata);
          return;
        }
        const radicado = await this.runCommand(
          pqrsCase,
          null,
          {
            type: 'ReceivePqrs',
            data: {
              radicado: RADICADO_TO_BE_ISSUED,
              kind: command.kind,
              channel: command.channel,
              subject: command.subject,
              description: command.description,
              petitionerId: '',
              receivedAt: null,
              priority: command.priority,
            },
          },
          metadata,
          { people: { petitionerId: command.petitioner } },
        );
        this.radicados.set(command.caseIndex, radicado);
        return;
      }
      case 'AssignPqrs': {
        const data = { assignee: staffMemberNamed(this.actor(command.assignee).id), dependency: null };
        await this.runCommand(
          pqrsCase,
          this.radicado(command.caseIndex),
          { type: 'AssignPqrs', data },
          metadata,
        );
        return;
      }
      case 'RequestPqrsInformation': {
        const data = { note: command.note };
        await this.runCommand(
          pqrsCase,
          this.radicado(command.caseIndex),
          { type: 'RequestInformation', data },
          metadata,
        );
        return;
      }
      case 'ProvidePqrsInformation': {
        const data = { providedAt: step.at, note: command.note };
        await this.runCommand(
          pqrsCase,
          this.radicado(command.caseIndex),
          { type: 'ProvideInformation', data },
          metadata,
        );
        return;
      }
      case 'ExtendPqrsDeadline': {
        const data = { newDueDate: command.newDueDate, reason: command.reason };
        await this.runCommand(
          pqrsCase,
          this.radicado(command.caseIndex),
          { type: 'ExtendDeadline', data },
          metadata,
        );
        return;
      }
      case 'TransferPqrs': {
        const data = { entity: command.entity, reason: command.reason };
        await this.runCommand(
          pqrsCase,
          this.radicado(command.caseIndex),
          { type: 'TransferPqrs', data },
          metadata,
        );
        return;
      }
      case 'AnswerPqrs': {
        const data = {
          answer: command.answer,
          answeredAt: null,
          accessDecision: command.accessDecision,
          accessDenialGround: command.accessDenialGround,
          ...demoDenialOf(command.accessDecision, command.accessDenialGround),
        };
        await this.runCommand(
          pqrsCase,
          this.radicado(command.caseIndex),
          { type: 'AnswerPqrs', data },
          metadata,
        );
        return;
      }
      case 'ClosePqrs':
        await this.runCommand(
          pqrsCase,
          this.radicado(command.caseIndex),
          { type: 'ClosePqrs', data: {} },
          metadata,
        );
        return;
      case 'WithdrawPqrs': {
        // A tacit withdrawal is decided by a numbered act (art. 17): the demo numbers them by case.
        const actNumber =
          command.mode === 'TACIT' ? `Resolución DT-${String(command.caseIndex + 1).padStart(4, '0')}` : null;
        const data = { mode: command.mode, reason: command.reason, actNumber };
        await this.runCommand(
          pqrsCase,
          this.radicado(command.caseIndex),
          { type: 'WithdrawPqrs', data },
          metadata,
        );
        return;
      }
      case 'ReceiveAffiliation': {
        const idempotencyKey = this.key(`affiliation/${command.affiliationIndex}`);
        const affiliationId = newInstanceId('affiliation', idempotencyKey);
        await this.runCommand(
          affiliationCase,
          affiliationId,
          {
            type: 'ReceiveAffiliation',
            data: {
              affiliationId,
              affiliationType: command.affiliationType,
              channel: command.channel,
              applicantId: '',
              // The plan names the campaign by its key; the look-ups read its first day from its stream.
              campaign:
                command.campaignKey === null
                  ? null
                  : { campaignId: this.planningIds.planningId(command.campaignKey), startDate: null },
              receivedAt: null,
              requiredDocuments: [],
            },
          },
          metadata,
          { idempotencyKey, people: { applicantId: command.applicant } },
        );
        this.affiliations.set(command.affiliationIndex, affiliationId);
        return;
      }
      case 'AssignAffiliation': {
        const data = { assignee: staffMemberNamed(this.actor(command.assignee).id) };
        await this.onAffiliation(command.affiliationIndex, { type: 'AssignAffiliation', data }, metadata);
        return;
      }
      case 'SubmitAffiliationDocument': {
        const data = { documentType: command.documentType, evidenceReference: command.evidenceReference };
        await this.onAffiliation(command.affiliationIndex, { type: 'SubmitDocument', data }, metadata);
        return;
      }
      case 'RejectAffiliationDocument': {
        const data = { documentType: command.documentType, reason: command.reason };
        await this.onAffiliation(command.affiliationIndex, { type: 'RejectDocument', data }, metadata);
        return;
      }
      case 'VerifyAffiliationRequirements':
        await this.onAffiliation(
          command.affiliationIndex,
          { type: 'VerifyRequirements', data: {} },
          metadata,
        );
        return;
      case 'ApproveAffiliation': {
        const data = { memberNumber: '' };
        await this.onAffiliation(command.affiliationIndex, { type: 'ApproveAffiliation', data }, metadata);
        return;
      }
      case 'RejectAffiliation': {
        const data = { reason: command.reason };
        await this.onAffiliation(command.affiliationIndex, { type: 'RejectAffiliation', data }, metadata);
        return;
      }
      case 'NotifyAffiliationDecision': {
        const data = { channel: command.channel };
        await this.onAffiliation(command.affiliationIndex, { type: 'NotifyDecision', data }, metadata);
        return;
      }
      case 'ReportAffiliationNovelty': {
        const { kind, description, effectiveDate } = command;
        const data = { kind, description, effectiveDate };
        await this.onAffiliation(command.affiliationIndex, { type: 'ReportNovelty', data }, metadata);
        return;
      }
      case 'CreateSurveyInstrument': {
        const idempotencyKey = this.key('survey-instrument');
        const instrumentId = newInstanceId('surveyInstrument', idempotencyKey);
        await this.runCommand(
          surveyInstrument,
          instrumentId,
          {
            type: 'CreateSurveyInstrument',
            data: {
              instrumentId,
              name: command.name,
              questions: command.questions,
              satisfactionThreshold: null,
            },
          },
          metadata,
          { idempotencyKey },
        );
        this.instrumentId = instrumentId;
        return;
      }
      case 'AnswerSurvey': {
        const idempotencyKey = this.key(`survey-response/${command.responseIndex}`);
        const responseId = newInstanceId('surveyResponse', idempotencyKey);
        await this.runCommand(
          surveyResponse,
          responseId,
          {
            type: 'AnswerSurvey',
            data: {
              responseId,
              instrumentId: this.instrument(),
              instrument: initialSurveyInstrumentState,
              instrumentVersion: null,
              answers: command.answers,
              channel: command.channel,
              answeredOn: command.answeredOn,
              evaluation: command.evaluation,
              radicado: this.radicado(command.caseIndex),
              affiliationId: null,
              respondentId: null,
            },
          },
          metadata,
          { idempotencyKey, ...(command.respondent ? { people: { respondentId: command.respondent } } : {}) },
        );
        this.surveyResponses++;
        return;
      }
      case 'FormulateImprovementAction': {
        const actionId = newInstanceId('improvementAction', this.key(`action/${command.actionIndex}`));
        await this.runCommand(
          improvementActionCase,
          actionId,
          {
            type: 'FormulateAction',
            data: {
              actionId,
              source: this.actionSource(command.source),
              problem: command.problem,
              rootCause: command.rootCause,
              action: command.action,
              responsibleId: this.actor(command.responsible).id,
              dueDate: command.dueDate,
              linkedAction:
                command.followsActionIndex === null
                  ? null
                  : { actionId: this.action(command.followsActionIndex), lastVerificationEffective: null },
            },
          },
          metadata,
        );
        this.actions.set(command.actionIndex, actionId);
        return;
      }
      case 'RecordActionProgress': {
        const data = { note: command.note, evidence: command.evidence };
        await this.onAction(command.actionIndex, { type: 'RecordProgress', data }, metadata);
        return;
      }
      case 'VerifyActionEffectiveness': {
        const data = { effective: command.effective, evidence: command.evidence };
        await this.onAction(command.actionIndex, { type: 'VerifyEffectiveness', data }, metadata);
        return;
      }
      case 'CloseImprovementAction':
        await this.onAction(command.actionIndex, { type: 'CloseAction', data: {} }, metadata);
        return;
      case 'CreateFaqEntry': {
        const idempotencyKey = this.key(`faq/${command.faqIndex}`);
        const entryId = newInstanceId('faqEntry', idempotencyKey);
        await this.runCommand(
          faqEntry,
          entryId,
          {
            type: 'CreateFaqEntry',
            data: {
              entryId,
              question: command.question,
              answer: command.answer,
              category: command.category,
              tags: command.tags,
              linkedRadicados: command.linkedCaseIndexes.map((caseIndex) => this.radicado(caseIndex)),
            },
          },
          metadata,
          { idempotencyKey },
        );
        this.faqEntries.set(command.faqIndex, entryId);
        return;
      }
      case 'PublishFaqEntry':
        await this.runCommand(
          faqEntry,
          this.faqEntry(command.faqIndex),
          { type: 'PublishFaqEntry', data: {} },
          metadata,
        );
        return;
      case 'RunPlanningCommand': {
        const aggregate = PLANNING_AGGREGATES[command.aggregate];
        if (!aggregate) throw new Error(`Agregado de planeación desconocido: ${command.aggregate}`);
        const planned = command.build(this.planningIds);
        await this.runCommand(aggregate, planned.id, planned.command, metadata);
        return;
      }
      default: {
        const unknownCommand: never = command;
        throw new Error(`Paso desconocido: ${String((unknownCommand as { type?: unknown }).type)}`);
      }
    }
  }

  private onAffiliation(index: number, command: AffiliationCommand, metadata: CommandMetadata) {
    return this.runCommand(affiliationCase, this.affiliation(index), command, metadata);
  }

  private onAction(index: number, command: ImprovementActionCommand, metadata: CommandMetadata) {
    return this.runCommand(improvementActionCase, this.action(index), command, metadata);
  }

  private actionSource(source: PlannedActionSource): {
    kind: PlannedActionSource['kind'];
    reference: string;
  } {
    switch (source.kind) {
      case 'PQRS':
        return { kind: 'PQRS', reference: this.radicado(source.caseIndex) };
      case 'SURVEY':
        return {
          kind: 'SURVEY',
          reference: improvementActionReference(this.instrument(), source.questionId, source.from, source.to),
        };
      case 'AUDIT':
      case 'INDICATOR':
        return { kind: source.kind, reference: source.reference };
      default: {
        const unknown: never = source;
        throw new Error(`Origen desconocido: ${JSON.stringify(unknown)}`);
      }
    }
  }

  /** The ids a planning step refers to, as the seed has given them so far. */
  private readonly planningIds: PlanningSeedIds = {
    staffId: (key) => this.actor(key).id,
    radicado: (caseIndex) => this.radicado(caseIndex),
    improvementAction: (actionIndex) => this.action(actionIndex),
    affiliation: (affiliationIndex) => this.affiliation(affiliationIndex),
    planningId: (key) => deterministicId(`${this.options.runKey}/planning/${key}`),
  };

  private radicado(caseIndex: number): string {
    return known(this.radicados, caseIndex, 'caso');
  }

  private affiliation(index: number): string {
    return known(this.affiliations, index, 'afiliación');
  }

  private action(index: number): string {
    return known(this.actions, index, 'acción de mejora');
  }

  private faqEntry(index: number): string {
    return known(this.faqEntries, index, 'entrada de preguntas frecuentes');
  }

  private instrument(): string {
    if (this.instrumentId === null) throw new Error('La encuesta de satisfacción aún no existe.');
    return this.instrumentId;
  }
}

function known(ids: ReadonlyMap<number, string>, index: number, what: string): string {
  const id = ids.get(index);
  if (id === undefined) throw new Error(`La ${what} ${index} del plan aún no existe.`);
  return id;
}

interface IndexedStep {
  readonly step: PlannedStep;
  readonly index: number;
}

/** Noon in Bogotá: a tick is an office morning or an office afternoon. */
const NOON_MINUTE = 13 * 60;

/**
 * Consecutive steps of the same office half-day, with their place in the plan (their command ids derive
 * from it). A half-day, not an hour: the read models then catch up on several commands at once, which
 * makes a year about three times quicker to seed, and events are still recorded on their day.
 */
function halfDayTicks(steps: readonly PlannedStep[]): IndexedStep[][] {
  const ticks: IndexedStep[][] = [];
  let current = '';
  steps.forEach((step, index) => {
    const halfDay = `${bogotaDateOf(step.at)}/${bogotaMinuteOf(step.at) < NOON_MINUTE ? 'am' : 'pm'}`;
    if (halfDay !== current) {
      ticks.push([]);
      current = halfDay;
    }
    ticks.at(-1)!.push({ step, index });
  });
  return ticks;
}

/**
 * A tick's steps by subject, each list in plan order, the lists in order of their first step. The lists
 * run side by side; commands that draw a shared number (radicado, member number) reach its counter in
 * that order, so the same plan numbers the same cases alike.
 */
function bySubject(tick: readonly IndexedStep[]): IndexedStep[][] {
  const chains = new Map<string, IndexedStep[]>();
  for (const indexed of tick) {
    const chain = chains.get(indexed.step.subject);
    if (chain) chain.push(indexed);
    else chains.set(indexed.step.subject, [indexed]);
  }
  return [...chains.values()];
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(0);
}
