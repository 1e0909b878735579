// Output types of the affiliation part of the schema.
import { Attachment } from '../../../graphql/attachments.js';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  AffiliationChannel,
  AffiliationDecision,
  AffiliationType,
  NoveltyKind,
} from '../../../domain/affiliation/events.js';
import type {
  AffiliationDocumentStatus,
  SupportDocumentState,
} from '../read-models/affiliations-projection.js';
import { PqrsChannelEnum } from '../../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';
import { ChannelCount, LateRecording, PageInfo } from '../../../graphql/page-args.js';
import { UserRef } from '../../../identity/graphql/identity.types.js';
import {
  AffiliationDecisionEnum,
  AffiliationStatusEnum,
  AffiliationTypeEnum,
  NoveltyKindEnum,
  SupportDocumentStateEnum,
} from './affiliations.enums.js';

import { PersonalDataView } from '../../../personal-data/personal-data-view.js';
@ObjectType({
  description: 'Datos personales del solicitante (Ley 1581 de 2012); null si fueron suprimidos.',
})
export class Applicant extends PersonalDataView {}

@ObjectType({ description: 'Un documento soporte de la lista de requisitos, con su última revisión.' })
export class SupportDocument {
  @Field() documentType!: string;
  @Field(() => SupportDocumentStateEnum) state!: SupportDocumentState;
  @Field(() => String, { nullable: true }) evidenceReference!: string | null;
  @Field(() => Attachment, { nullable: true, description: 'El archivo del documento, si se adjuntó.' })
  attachment!: Attachment | null;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  @Field(() => UserRef, { nullable: true, description: 'Quién lo revisó.' }) checkedBy!: UserRef | null;
  @Field(() => DateTimeScalar, { nullable: true }) checkedAt!: string | null;
}

@ObjectType({ description: 'Una afiliación tal como la muestran los modelos de lectura.' })
export class Affiliation {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Número de la solicitud (AFI-año-consecutivo), dado al radicarla; vacío en las recibidas antes de que las solicitudes se numeraran.',
  })
  requestNumber!: string | null;
  @Field(() => AffiliationTypeEnum) affiliationType!: AffiliationType;
  @Field(() => PqrsChannelEnum) channel!: AffiliationChannel;
  @Field(() => String, {
    nullable: true,
    description: 'Campaña o feria escrita a mano (solo en solicitudes recibidas antes del plan de campañas).',
  })
  campaign!: string | null;
  @Field(() => ID, { nullable: true, description: 'Campaña del plan de la que proviene.' })
  campaignId?: string | null;
  @Field(() => AffiliationStatusEnum) status!: AffiliationDocumentStatus;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => LateRecording, {
    nullable: true,
    description:
      'Si la solicitud se registró con fecha anterior, después de la ventana admitida: cuándo y por qué.',
  })
  lateEntry!: LateRecording | null;
  @Field(() => [String], { description: 'Documentos requeridos aún sin aceptar.' })
  pendingDocuments!: string[];
  @Field(() => DateTimeScalar, { nullable: true }) verifiedAt!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Número de afiliado (AF-NNNNNN), desde la aprobación.',
  })
  memberNumber!: string | null;
  @Field(() => AffiliationDecisionEnum, { nullable: true }) decision!: AffiliationDecision | null;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt!: string | null;
  @Field(() => Int, { nullable: true, description: 'Días calendario de la recepción a la decisión.' })
  daysToDecision!: number | null;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Cuándo se notificó la decisión.' })
  notifiedAt!: string | null;
  @Field(() => PqrsChannelEnum, { nullable: true }) notificationChannel!: AffiliationChannel | null;
  @Field(() => DateScalar, { nullable: true, description: 'Fecha de efecto del retiro vigente.' })
  retiredOn!: string | null;
  @Field(() => Int, { description: 'Revisión del flujo de la afiliación; úsela como expectedRevision.' })
  revision!: number;
  /** Resolved fields (applicant, assignee, documents) read these. */
  applicantId!: string;
  /** Absent in a document projected before versions were kept: the first. */
  applicantVersion?: number;
  receivedBy?: string;
  assigneeId!: string | null;
}

@ObjectType()
export class AffiliationEdge {
  @Field() cursor!: string;
  @Field(() => Affiliation) node!: Affiliation;
}

@ObjectType({ description: 'Página de afiliaciones (conexión por cursor).' })
export class AffiliationConnection {
  @Field(() => [AffiliationEdge]) edges!: AffiliationEdge[];
  @Field(() => [Affiliation]) nodes!: Affiliation[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'Una novedad del reporte de novedades.' })
export class AffiliationNovelty {
  @Field(() => ID) id!: string;
  @Field(() => ID) affiliationId!: string;
  @Field(() => String, { nullable: true }) memberNumber!: string | null;
  @Field(() => AffiliationTypeEnum) affiliationType!: AffiliationType;
  @Field(() => NoveltyKindEnum) kind!: NoveltyKind;
  @Field() description!: string;
  @Field(() => DateScalar) effectiveDate!: string;
  @Field(() => DateTimeScalar) reportedAt!: string;
  @Field(() => UserRef, { nullable: true, description: 'Quién reportó la novedad.' })
  reportedBy!: UserRef | null;
}

@ObjectType()
export class AffiliationStatusCount {
  @Field(() => AffiliationStatusEnum) status!: AffiliationDocumentStatus;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class AffiliationTypeCount {
  @Field(() => AffiliationTypeEnum) affiliationType!: AffiliationType;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class CampaignCount {
  @Field(() => ID, { nullable: true, description: 'Campaña del plan; null: sin campaña o escrita a mano.' })
  campaignId!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Nombre escrito a mano en solicitudes anteriores al plan; con campaignId también null: sin campaña.',
  })
  campaign!: string | null;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Estadísticas de afiliaciones de un periodo (fechas de Bogotá).' })
export class AffiliationStatistics {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int, { description: 'Solicitudes recibidas en el periodo.' }) received!: number;
  @Field(() => [AffiliationStatusCount], { description: 'Las recibidas en el periodo, por estado actual.' })
  byStatus!: AffiliationStatusCount[];
  @Field(() => [AffiliationTypeCount]) byType!: AffiliationTypeCount[];
  @Field(() => [ChannelCount]) byChannel!: ChannelCount[];
  @Field(() => [CampaignCount]) byCampaign!: CampaignCount[];
  @Field(() => Int, { description: 'Aprobadas en el periodo.' }) approved!: number;
  @Field(() => Int, { description: 'Rechazadas en el periodo.' }) rejected!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Promedio de días calendario de la recepción a la decisión, de las decididas en el periodo.',
  })
  averageDaysToDecision!: number | null;
}
