// The satisfaction-survey part of the gateway: each mutation builds the domain's command and runs it on
// the one command path (RunCommand), then answers with the instrument or response as the read models show
// it; queries read the survey read models.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  SURVEY_COMMAND_ROLES,
  initialSurveyInstrumentState,
  type QuestionDraft,
  type SurveyInstrumentCommand,
} from '../../../domain/survey/index.js';
import { BadUserInput } from '../../../engine/application-errors.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import {
  newInstanceId,
  revisionSeen,
  RunCommand,
  type RunOptions,
} from '../../../engine/commands/run-command.js';
import type { SatisfactionResults as SatisfactionResultsView } from '../read-models/satisfaction-results.js';
import type { SurveyInstrumentDocument, SurveyResponseDocument } from '../read-models/survey-projections.js';
import { encodeInstrumentCursor, SurveyQueries } from '../read-models/survey-queries.js';
import { surveyInstrument, surveyResponse } from '../commands.js';
import { ALL_ROLES, Origin, Roles } from '../../../identity/auth.js';
import { PersonalTexts } from '../../../personal-data/personal-texts.js';
import {
  AnswerSurveyInput,
  CreateSurveyInstrumentInput,
  ReviseSurveyInstrumentArgs,
  SatisfactionResultsArgs,
  SurveyInstrumentIdArgs,
  SurveyInstrumentsArgs,
  SurveyResponseIdArgs,
  type SurveyInstrumentInput,
} from './survey.inputs.js';
import {
  SatisfactionResults,
  SurveyInstrument,
  SurveyInstrumentConnection,
  SurveyResponse,
} from './survey.types.js';

/** Who may ask for each command is the domain's rule; the guard refuses early with the same list. */
const ROLES = SURVEY_COMMAND_ROLES;

@Resolver()
export class SurveyResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(SurveyQueries) private readonly queries: SurveyQueries,
    // Open answers are references to the vault in the read models: revealed here.
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {}

  @Mutation(() => SurveyInstrument, {
    description: 'Crea un instrumento de encuesta (versión 1); umbral de satisfacción por omisión 0,8.',
  })
  @Roles(...ROLES.CreateSurveyInstrument)
  async createSurveyInstrument(
    @Args('input') input: CreateSurveyInstrumentInput,
    @Origin() origin: CommandOrigin,
  ): Promise<SurveyInstrument> {
    // With an idempotency key the instrument id derives from it: a repeated call finds the same stream.
    const instrumentId = newInstanceId('surveyInstrument', input.idempotencyKey);
    const command: SurveyInstrumentCommand = {
      type: 'CreateSurveyInstrument',
      data: { instrumentId, ...contentOf(input) },
    };
    const options = input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {};
    return this.runOnInstrument(instrumentId, command, origin, options);
  }

  @Mutation(() => SurveyInstrument, {
    description: 'Revisa el instrumento: emite la versión siguiente con sus preguntas y umbral.',
  })
  @Roles(...ROLES.ReviseSurveyInstrument)
  async reviseSurveyInstrument(
    @Args() args: ReviseSurveyInstrumentArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<SurveyInstrument> {
    const command: SurveyInstrumentCommand = { type: 'ReviseSurveyInstrument', data: contentOf(args.input) };
    return this.runOnInstrument(args.id, command, origin, revisionSeen(args));
  }

  @Mutation(() => SurveyInstrument, { description: 'Retira el instrumento: no admite más respuestas.' })
  @Roles(...ROLES.RetireSurveyInstrument)
  async retireSurveyInstrument(
    @Args() { id }: SurveyInstrumentIdArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<SurveyInstrument> {
    return this.runOnInstrument(id, { type: 'RetireSurveyInstrument', data: {} }, origin);
  }

  @Mutation(() => SurveyResponse, {
    description: 'Registra una encuesta respondida (en línea, o transcrita de papel o teléfono).',
  })
  @Roles(...ROLES.AnswerSurvey)
  async answerSurvey(
    @Args('input') input: AnswerSurveyInput,
    @Origin() origin: CommandOrigin,
  ): Promise<SurveyResponse> {
    const respondent = input.respondent ?? null;
    if (input.respondentId != null && respondent !== null) {
      throw new BadUserInput(
        'respondent',
        'Indique al encuestado por su referencia o por sus datos, no de las dos formas.',
      );
    }
    const responseId = newInstanceId('surveyResponse', input.idempotencyKey);
    const command = {
      type: 'AnswerSurvey' as const,
      data: {
        responseId,
        instrumentId: input.instrumentId,
        // The look-ups load the instrument as its stream stands.
        instrument: initialSurveyInstrumentState,
        instrumentVersion: input.instrumentVersion ?? null,
        answers: input.answers.map((answer) => ({
          questionId: answer.questionId,
          score: answer.score ?? null,
          yes: answer.yes ?? null,
          text: answer.text ?? null,
        })),
        channel: input.channel,
        answeredOn: input.answeredOn ?? null,
        evaluation: input.evaluation,
        radicado: input.radicado ?? null,
        affiliationId: input.affiliationId ?? null,
        respondentId: input.respondentId ?? null,
      },
    };
    const options: RunOptions = {
      ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
      ...(respondent === null
        ? {}
        : {
            people: {
              respondentId: {
                name: respondent.name.trim(),
                documentType: respondent.documentType.trim().toUpperCase(),
                documentNumber: respondent.documentNumber.trim(),
                email: respondent.email ?? null,
                phone: respondent.phone ?? null,
                address: respondent.address ?? null,
              },
            },
          }),
    };
    await this.commands.execute(new RunCommand(surveyResponse, responseId, command, origin, options));
    return responseView(await this.texts.reveal(await this.queries.getResponse(responseId)));
  }

  @Query(() => SurveyInstrument, { description: 'Un instrumento de encuesta, con todas sus versiones.' })
  @Roles(...ALL_ROLES)
  async surveyInstrument(@Args() { id }: SurveyInstrumentIdArgs): Promise<SurveyInstrument> {
    return instrumentView(await this.queries.getInstrument(id));
  }

  @Query(() => SurveyInstrumentConnection, {
    description: 'Instrumentos de encuesta, del más reciente al más antiguo.',
  })
  @Roles(...ALL_ROLES)
  async surveyInstruments(
    @Args() { status, first, after }: SurveyInstrumentsArgs,
  ): Promise<SurveyInstrumentConnection> {
    const page = await this.queries.listInstruments(status ?? null, first, after ?? null);
    const edges = page.nodes.map((document) => ({
      node: instrumentView(document),
      cursor: encodeInstrumentCursor(document),
    }));
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Query(() => SurveyResponse, { description: 'Una encuesta respondida.' })
  @Roles(...ALL_ROLES)
  async surveyResponse(@Args() { id }: SurveyResponseIdArgs): Promise<SurveyResponse> {
    return responseView(await this.texts.reveal(await this.queries.getResponse(id)));
  }

  @Query(() => SatisfactionResults, {
    description:
      'Resultados de satisfacción de un instrumento en el periodo [from, to]: índice por pregunta, global, por canal, primera contra segunda evaluación, respuestas abiertas, y preguntas bajo el umbral con la referencia para su acción de mejora.',
  })
  @Roles(...ALL_ROLES)
  async satisfactionResults(
    @Args() { from, to, instrumentId }: SatisfactionResultsArgs,
  ): Promise<SatisfactionResultsView> {
    return this.texts.reveal(await this.queries.satisfactionResults(instrumentId, from, to));
  }

  /** Runs the command on the instrument and answers with it as the read models show it. */
  private async runOnInstrument(
    instrumentId: string,
    command: SurveyInstrumentCommand,
    origin: CommandOrigin,
    options: RunOptions = {},
  ): Promise<SurveyInstrument> {
    await this.commands.execute(new RunCommand(surveyInstrument, instrumentId, command, origin, options));
    return instrumentView(await this.queries.getInstrument(instrumentId));
  }
}

/** Name, questions and threshold as staff wrote them, for a creation or a revision. */
function contentOf(input: SurveyInstrumentInput): {
  readonly name: string;
  readonly questions: readonly QuestionDraft[];
  readonly satisfactionThreshold: number | null;
} {
  return {
    name: input.name.trim(),
    questions: input.questions.map((question) => ({
      id: question.id ?? null,
      text: question.text.trim(),
      kind: question.kind,
    })),
    satisfactionThreshold: input.satisfactionThreshold ?? null,
  };
}

function instrumentView(document: SurveyInstrumentDocument): SurveyInstrument {
  return {
    id: document.id,
    status: document.status,
    name: document.name,
    version: document.version,
    questions: [...document.questions],
    satisfactionThreshold: document.satisfactionThreshold,
    versions: document.versions.map((version) => ({ ...version, questions: [...version.questions] })),
    createdAt: document.createdAt,
    retiredAt: document.retiredAt,
    revision: document.revision,
  };
}

function responseView(document: SurveyResponseDocument): SurveyResponse {
  return {
    id: document.id,
    instrumentId: document.instrumentId,
    instrumentVersion: document.instrumentVersion,
    answers: document.answers.map((answer) => ({
      questionId: answer.questionId,
      kind: answer.kind,
      score: answer.kind === 'SCALE_1_5' ? answer.score : null,
      yes: answer.kind === 'YES_NO' ? answer.yes : null,
      text: answer.kind === 'FREE_TEXT' ? answer.text : null,
    })),
    channel: document.channel,
    answeredOn: document.answeredOn,
    evaluation: document.evaluation,
    radicado: document.radicado,
    affiliationId: document.affiliationId,
    anonymous: document.respondentId === null,
    recordedAt: document.recordedAt,
  };
}
