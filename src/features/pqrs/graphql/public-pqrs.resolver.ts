// The Ventanilla virtual's GraphQL side: no token, every operation counted per client address. A filing
// passes the honeypot and the proof of work before anything is stored, then runs on the one command path
// as the citizen (role CITIZEN) — the same rules as a filing at the counter, plus the portal's own. The
// tracking page finds a case only with its radicado and access code together.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { ATTACHMENT_REGISTRY, type AttachmentRegistry } from '../../../attachments/attachment-registry.js';
import { VENTANILLA_CONFIG } from '../../../config/config-token.js';
import type { VentanillaConfig } from '../../../config/configuration.js';
import type { PqrsCommand, PqrsEvent, Received } from '../../../domain/pqrs/index.js';
import { legalTermOf, PQRS_KINDS } from '../../../domain/pqrs/index.js';
import {
  PQRS_KIND_EXPLANATIONS,
  PQRS_KIND_LABELS,
  PRIORITY_REASON_LABELS,
} from '../../../domain/pqrs/labels.js';
import { ATTACHMENT_MEDIA_TYPES } from '../../../domain/shared/attachments.js';
import { BadUserInput, NotFound } from '../../../engine/application-errors.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import { RunCommand, type CommandResult } from '../../../engine/commands/run-command.js';
import { CLOCK } from '../../../engine/tokens.js';
import { Public } from '../../../identity/auth.js';
import { PublicChallenge } from '../../../public-channel/challenge.js';
import { PublicRateLimit } from '../../../public-channel/public-rate-limits.js';
import { AttachmentIdsField } from '../../../graphql/attachments.js';
import { accessCodeHashOf, newAccessCode } from '../access-codes.js';
import { CITIZEN_ACTOR, pqrsCase, RADICADO_TO_BE_ISSUED } from '../commands.js';
import { PublicCases } from '../public-cases.js';
import { petitionerOf } from './filing.js';
import { PublicCase, PublicFiling, PublicPortal, PublicPqrsInput } from './public-pqrs.types.js';
import { priorityClaimOf } from './priority-merit.types.js';

/** The one answer for an unknown radicado and a wrong code: it tells neither. */
const NOT_FOUND_MESSAGE =
  'No encontramos un caso con ese radicado y ese código de acceso. Revise los dos e intente de nuevo.';

@ArgsType()
class PublicCaseArgs {
  @Field() @IsNotEmpty() @MaxLength(30) radicado!: string;
  @Field() @IsNotEmpty() @MaxLength(40) accessCode!: string;
}

@ArgsType()
class ProvidePublicInformationArgs extends PublicCaseArgs {
  @Field()
  @IsNotEmpty({ message: 'Escriba la información que le pidieron.' })
  @MaxLength(5_000)
  text!: string;
  @AttachmentIdsField('Archivos subidos con POST /attachments y el token de la sesión pública.')
  attachmentIds?: string[] | null;
}

@Resolver()
export class PublicPqrsResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(PublicCases) private readonly cases: PublicCases,
    @Inject(PublicChallenge) private readonly challenge: PublicChallenge,
    @Inject(ATTACHMENT_REGISTRY) private readonly attachments: AttachmentRegistry,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  @Query(() => PublicPortal, {
    description: 'Lo que el formulario público necesita: tipos, términos, política, límites.',
  })
  @Public()
  @PublicRateLimit('faq')
  publicPortal(): PublicPortal {
    const { publicPortal, reports, attachmentLimits } = this.config;
    return {
      entityName: reports.entityName,
      officeName: reports.officeName,
      policyText: publicPortal.policyText,
      policyVersion: publicPortal.policyVersion,
      challengeRequired: this.challenge.required,
      maxFileBytes: attachmentLimits.maxFileBytes,
      maxFilesPerFiling: attachmentLimits.maxFilesPerFiling,
      maxTotalBytesPerFiling: attachmentLimits.maxTotalBytesPerFiling,
      acceptedFileKinds: Object.values(ATTACHMENT_MEDIA_TYPES),
      // Between authorities is not a citizen's kind: it is filed by staff.
      kinds: PQRS_KINDS.filter((kind) => kind !== 'INTERAUTHORITY').map((kind) => ({
        kind,
        label: PQRS_KIND_LABELS[kind],
        explanation: PQRS_KIND_EXPLANATIONS[kind],
        termBusinessDays: legalTermOf(kind),
        anonymousAllowed: publicPortal.anonymousKinds.includes(kind),
      })),
      priorityReasons: Object.entries(PRIORITY_REASON_LABELS).map(([value, label]) => ({ value, label })),
    };
  }

  @Mutation(() => PublicFiling, {
    description:
      'Radica una PQRS desde la Ventanilla virtual; el código de acceso se muestra solo en esta respuesta.',
  })
  @Public()
  @PublicRateLimit('filing')
  async submitPublicPqrs(@Args('input') input: PublicPqrsInput): Promise<PublicFiling> {
    if (input.website !== null && input.website !== undefined && input.website.trim() !== '') {
      // A field people never see: only software fills it.
      throw new BadUserInput(
        'website',
        'No pudimos recibir el formulario. Recargue la página e intente de nuevo.',
      );
    }
    if (input.kind === 'INTERAUTHORITY') {
      throw new BadUserInput(
        'kind',
        'Las peticiones entre autoridades se radican en la oficina, no en la Ventanilla virtual.',
      );
    }
    const person = petitionerOf(input.personType, input.person, input.answerChannel, 'person');
    await this.challenge.verify(input.challenge);
    const attachments =
      input.attachmentIds && input.attachmentIds.length > 0
        ? await this.attachments.forCommand(input.attachmentIds, { kind: 'PUBLIC' }, 'attachmentIds')
        : [];
    const accessCode = newAccessCode();
    const anonymous = input.personType === 'ANONYMOUS';
    const result = await this.run(
      null,
      {
        type: 'ReceivePqrs',
        data: {
          radicado: RADICADO_TO_BE_ISSUED,
          kind: input.kind,
          channel: 'WEB',
          subject: input.subject.trim(),
          description: input.description.trim(),
          petitionerId: person === null ? null : '',
          personType: input.personType,
          answerChannel: anonymous ? null : (input.answerChannel ?? null),
          dataProcessingConsent:
            !anonymous && input.dataProcessingConsent
              ? {
                  policyVersion: this.config.publicPortal.policyVersion,
                  acceptedAt: this.clock().toISOString(),
                }
              : null,
          attachments,
          accessCodeHash: accessCodeHashOf(accessCode),
          accessCode,
          receivedAt: null,
          priority: input.priority ?? [],
          ...priorityClaimOf(input, attachments),
        },
      },
      person === null ? {} : { people: { petitionerId: person } },
    );
    const received = result.events.find((event): event is Received => event.type === 'Received');
    if (received === undefined) throw new Error('La radicación no produjo su evento Received.');
    return {
      radicado: result.id,
      accessCode,
      dueDate: received.data.dueDate,
      termRunsFrom: received.data.termRunsFrom,
      receivedAt: received.data.receivedAt,
      kind: received.data.kind,
      termBusinessDays: received.data.termBusinessDays,
      anonymous,
    };
  }

  @Query(() => PublicCase, {
    nullable: true,
    description:
      'El caso con su radicado y su código de acceso; null si no existe o el código no es el suyo.',
  })
  @Public()
  @PublicRateLimit('tracking')
  publicCase(@Args() { radicado, accessCode }: PublicCaseArgs): Promise<PublicCase | null> {
    return this.cases.publicCase(radicado, accessCode);
  }

  @Mutation(() => PublicCase, {
    description:
      'El ciudadano aporta la información que la oficina pidió (art. 17): queda registrada y el término vuelve a correr.',
  })
  @Public()
  @PublicRateLimit('tracking')
  async providePublicInformation(@Args() args: ProvidePublicInformationArgs): Promise<PublicCase> {
    const found = await this.cases.find(args.radicado, args.accessCode);
    if (found === null) throw new NotFound(NOT_FOUND_MESSAGE);
    const attachments =
      args.attachmentIds && args.attachmentIds.length > 0
        ? await this.attachments.forCommand(args.attachmentIds, { kind: 'PUBLIC' }, 'attachmentIds')
        : [];
    await this.run(found.received.data.radicado, {
      type: 'ProvideInformation',
      data: { providedAt: null, note: args.text.trim(), attachments },
    });
    const updated = await this.cases.publicCase(args.radicado, args.accessCode);
    if (updated === null) throw new NotFound(NOT_FOUND_MESSAGE);
    return updated;
  }

  @Mutation(() => PublicCase, {
    description:
      'El ciudadano pide, antes de que venza, prorrogar por un término igual el plazo para completar su petición (art. 17).',
  })
  @Public()
  @PublicRateLimit('tracking')
  async extendPublicCompletionWindow(@Args() args: PublicCaseArgs): Promise<PublicCase> {
    const found = await this.cases.find(args.radicado, args.accessCode);
    if (found === null) throw new NotFound(NOT_FOUND_MESSAGE);
    await this.run(found.received.data.radicado, { type: 'ExtendCompletionWindow', data: { askedAt: null } });
    const updated = await this.cases.publicCase(args.radicado, args.accessCode);
    if (updated === null) throw new NotFound(NOT_FOUND_MESSAGE);
    return updated;
  }

  private run(
    radicado: string | null,
    command: PqrsCommand,
    options: RunCommand['options'] = {},
  ): Promise<CommandResult<PqrsEvent>> {
    const origin: CommandOrigin = { actor: CITIZEN_ACTOR };
    return this.commands.execute(new RunCommand(pqrsCase, radicado, command, origin, options));
  }
}
