// Carries out a demo plan on a running application: creates the staff through the CreateUser command,
// then walks the simulated clock half-day by half-day and dispatches each step as the @nestjs/cqrs command its
// GraphQL mutation would, with full metadata. Every event is decided by the domain and goes through
// the store's hash chain; a refused step stops the seed, naming the step.
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { deterministicId } from '../engine/commands/command-executor.js';
import type { CommandMetadata } from '../engine/commands/command-metadata.js';
import {
  ApproveAffiliation,
  AssignAffiliation,
  NotifyAffiliationDecision,
  ReceiveAffiliation,
  RejectAffiliation,
  RejectAffiliationDocument,
  ReportAffiliationNovelty,
  SubmitAffiliationDocument,
  VerifyAffiliationRequirements,
} from '../features/affiliations/affiliations.commands.js';
import type { Actor } from '../domain/shared/decider.js';
import { bogotaDateOf, type Instant } from '../domain/shared/time.js';
import { improvementActionReference } from '../domain/survey/satisfaction.js';
import { CreateFaqEntry, PublishFaqEntry } from '../features/faq/faq.commands.js';
import { USER_STORE, type UserStore } from '../identity/user-store.js';
import {
  CloseImprovementAction,
  FormulateImprovementAction,
  RecordActionProgress,
  VerifyActionEffectiveness,
} from '../features/improvement-actions/improvement-actions.commands.js';
import {
  AnswerPqrs,
  AssignPqrs,
  ClosePqrs,
  ExtendPqrsDeadline,
  ProvidePqrsInformation,
  ReceivePqrs,
  RequestPqrsInformation,
  TransferPqrs,
  WithdrawPqrs,
} from '../features/pqrs/pqrs.commands.js';
import { AnswerSurvey, CreateSurveyInstrument } from '../features/surveys/surveys.commands.js';
import { CreateUser } from '../identity/users.commands.js';
import type { DemoPlan, DemoStaffMember, PlannedActionSource, PlannedStep } from './demo-plan.js';
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
}

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

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

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
  private instrumentId: string | null = null;
  private surveyResponses = 0;
  private commands = 0;

  constructor(
    app: INestApplicationContext,
    private readonly options: DemoRunOptions,
  ) {
    this.bus = app.get(CommandBus);
    this.users = app.get<UserStore>(USER_STORE);
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
      `Simulando ${MONTHS[Number(monthNumber) - 1]} de ${year}: ${received} de ${total} PQRS radicadas, ` +
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
      const account = await this.bus.execute(
        new CreateUser(
          {
            username: member.username,
            password: this.options.staffPassword,
            fullName: member.fullName,
            roles: [member.role],
            dependency: member.dependency,
          },
          this.metadata(adminActor, at, `staff/${index}`),
        ),
      );
      this.commands++;
      this.staff.set(member.key, { id: account.id, role: member.role });
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

  private key(name: string): string {
    return `${this.options.runKey}/${name}`;
  }

  private async execute(step: PlannedStep, metadata: CommandMetadata): Promise<void> {
    const { command } = step;
    switch (command.type) {
      case 'ReceivePqrs': {
        const result = await this.bus.execute(
          new ReceivePqrs(
            {
              kind: command.kind,
              channel: command.channel,
              subject: command.subject,
              description: command.description,
              petitioner: command.petitioner,
              receivedAt: null,
              priority: command.priority,
              idempotencyKey: null,
            },
            metadata,
          ),
        );
        this.radicados.set(command.caseIndex, result.radicado);
        return;
      }
      case 'AssignPqrs':
        await this.bus.execute(
          new AssignPqrs(this.radicado(command.caseIndex), this.actor(command.assignee).id, null, metadata),
        );
        return;
      case 'RequestPqrsInformation':
        await this.bus.execute(
          new RequestPqrsInformation(this.radicado(command.caseIndex), command.note, metadata),
        );
        return;
      case 'ProvidePqrsInformation':
        await this.bus.execute(
          new ProvidePqrsInformation(this.radicado(command.caseIndex), step.at, command.note, metadata),
        );
        return;
      case 'ExtendPqrsDeadline':
        await this.bus.execute(
          new ExtendPqrsDeadline(
            this.radicado(command.caseIndex),
            command.newDueDate,
            command.reason,
            metadata,
          ),
        );
        return;
      case 'TransferPqrs':
        await this.bus.execute(
          new TransferPqrs(this.radicado(command.caseIndex), command.entity, command.reason, metadata),
        );
        return;
      case 'AnswerPqrs':
        await this.bus.execute(
          new AnswerPqrs(
            this.radicado(command.caseIndex),
            command.answer,
            null,
            command.accessDecision,
            metadata,
          ),
        );
        return;
      case 'ClosePqrs':
        await this.bus.execute(new ClosePqrs(this.radicado(command.caseIndex), metadata, undefined));
        return;
      case 'WithdrawPqrs':
        await this.bus.execute(
          new WithdrawPqrs(this.radicado(command.caseIndex), command.mode, command.reason, metadata),
        );
        return;
      case 'ReceiveAffiliation': {
        const result = await this.bus.execute(
          new ReceiveAffiliation(
            {
              affiliationType: command.affiliationType,
              channel: command.channel,
              applicant: command.applicant,
              campaign: command.campaign,
              receivedAt: null,
              idempotencyKey: this.key(`affiliation/${command.affiliationIndex}`),
            },
            metadata,
          ),
        );
        this.affiliations.set(command.affiliationIndex, result.affiliationId);
        return;
      }
      case 'AssignAffiliation':
        await this.bus.execute(
          new AssignAffiliation(
            this.affiliation(command.affiliationIndex),
            this.actor(command.assignee).id,
            metadata,
          ),
        );
        return;
      case 'SubmitAffiliationDocument':
        await this.bus.execute(
          new SubmitAffiliationDocument(
            this.affiliation(command.affiliationIndex),
            command.documentType,
            command.evidenceReference,
            metadata,
          ),
        );
        return;
      case 'RejectAffiliationDocument':
        await this.bus.execute(
          new RejectAffiliationDocument(
            this.affiliation(command.affiliationIndex),
            command.documentType,
            command.reason,
            metadata,
          ),
        );
        return;
      case 'VerifyAffiliationRequirements':
        await this.bus.execute(
          new VerifyAffiliationRequirements(this.affiliation(command.affiliationIndex), metadata, undefined),
        );
        return;
      case 'ApproveAffiliation':
        await this.bus.execute(
          new ApproveAffiliation(this.affiliation(command.affiliationIndex), metadata, undefined),
        );
        return;
      case 'RejectAffiliation':
        await this.bus.execute(
          new RejectAffiliation(this.affiliation(command.affiliationIndex), command.reason, metadata),
        );
        return;
      case 'NotifyAffiliationDecision':
        await this.bus.execute(
          new NotifyAffiliationDecision(
            this.affiliation(command.affiliationIndex),
            command.channel,
            metadata,
          ),
        );
        return;
      case 'ReportAffiliationNovelty':
        await this.bus.execute(
          new ReportAffiliationNovelty(
            this.affiliation(command.affiliationIndex),
            command.kind,
            command.description,
            command.effectiveDate,
            metadata,
          ),
        );
        return;
      case 'CreateSurveyInstrument': {
        const result = await this.bus.execute(
          new CreateSurveyInstrument(
            {
              name: command.name,
              questions: command.questions,
              satisfactionThreshold: null,
              idempotencyKey: this.key('survey-instrument'),
            },
            metadata,
          ),
        );
        this.instrumentId = result.instrumentId;
        return;
      }
      case 'AnswerSurvey':
        await this.bus.execute(
          new AnswerSurvey(
            {
              instrumentId: this.instrument(),
              instrumentVersion: null,
              answers: command.answers,
              channel: command.channel,
              answeredOn: command.answeredOn,
              evaluation: command.evaluation,
              radicado: this.radicado(command.caseIndex),
              affiliationId: null,
              respondentId: null,
              respondent: command.respondent,
              idempotencyKey: this.key(`survey-response/${command.responseIndex}`),
            },
            metadata,
          ),
        );
        this.surveyResponses++;
        return;
      case 'FormulateImprovementAction': {
        const result = await this.bus.execute(
          new FormulateImprovementAction(
            {
              source: this.actionSource(command.source),
              problem: command.problem,
              rootCause: command.rootCause,
              action: command.action,
              responsibleId: this.actor(command.responsible).id,
              dueDate: command.dueDate,
              linkedActionId:
                command.followsActionIndex === null ? null : this.action(command.followsActionIndex),
            },
            metadata,
          ),
        );
        this.actions.set(command.actionIndex, result.actionId);
        return;
      }
      case 'RecordActionProgress':
        await this.bus.execute(
          new RecordActionProgress(
            this.action(command.actionIndex),
            command.note,
            command.evidence,
            metadata,
          ),
        );
        return;
      case 'VerifyActionEffectiveness':
        await this.bus.execute(
          new VerifyActionEffectiveness(
            this.action(command.actionIndex),
            command.effective,
            command.evidence,
            metadata,
          ),
        );
        return;
      case 'CloseImprovementAction':
        await this.bus.execute(
          new CloseImprovementAction(this.action(command.actionIndex), metadata, undefined),
        );
        return;
      case 'CreateFaqEntry': {
        const result = await this.bus.execute(
          new CreateFaqEntry(
            {
              question: command.question,
              answer: command.answer,
              category: command.category,
              tags: command.tags,
              linkedRadicados: command.linkedCaseIndexes.map((caseIndex) => this.radicado(caseIndex)),
              idempotencyKey: this.key(`faq/${command.faqIndex}`),
            },
            metadata,
          ),
        );
        this.faqEntries.set(command.faqIndex, result.entryId);
        return;
      }
      case 'PublishFaqEntry':
        await this.bus.execute(new PublishFaqEntry(this.faqEntry(command.faqIndex), metadata, undefined));
        return;
      default: {
        const unknownCommand: never = command;
        throw new Error(`Paso desconocido: ${String((unknownCommand as { type?: unknown }).type)}`);
      }
    }
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
