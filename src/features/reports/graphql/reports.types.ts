// The reports part of the schema: the kinds and formats, an issued report with its download link, and
// what a verification found.
import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  MAX_CONCLUSIONS_LENGTH,
  REPORT_FORMATS,
  REPORT_KINDS,
  type ReportFormat,
  type ReportKind,
} from '../../../domain/report/events.js';
import { ReportFormatEnum, ReportKindEnum } from '../../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';

@ArgsType()
export class IssueReportArgs {
  @Field(() => ReportKindEnum)
  @IsIn(REPORT_KINDS, { message: 'El tipo de informe no es válido.' })
  kind!: ReportKind;
  @Field(() => DateScalar, { description: 'Primer día del periodo (hora de Bogotá).' }) from!: string;
  @Field(() => DateScalar, { description: 'Último día del periodo, incluido.' }) to!: string;
  @Field(() => ReportFormatEnum, { defaultValue: 'PDF' })
  @IsIn(REPORT_FORMATS, { message: 'El formato debe ser PDF, XLSX, CSV o CSV de datos.' })
  format!: ReportFormat;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Fecha de corte: las cifras reflejan lo registrado hasta ese instante. Por omisión, ahora.',
  })
  @IsOptional()
  asOf?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `Conclusiones y recomendaciones del autor, impresas al final del informe de PQRS (hasta ${MAX_CONCLUSIONS_LENGTH} caracteres). Se guardan selladas, no en claro en el registro.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CONCLUSIONS_LENGTH)
  conclusions?: string | null;
}

@ArgsType()
export class IssuedReportsArgs {
  @Field(() => ReportKindEnum, { nullable: true }) @IsOptional() kind?: ReportKind | null;
  @Field(() => String, { nullable: true, description: 'Huella de contenido impresa en el archivo.' })
  @IsOptional()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'La huella debe tener 64 caracteres hexadecimales.' })
  contentHash?: string | null;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(500) first!: number;
}

@ArgsType()
export class ReportIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'El id del informe no es válido.' }) reportId!: string;
}

@ArgsType()
export class VerifyReportFileArgs extends ReportIdArgs {
  @Field(() => String, { description: 'SHA-256 del archivo descargado, en hexadecimal.' })
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'El SHA-256 debe tener 64 caracteres hexadecimales.' })
  fileSha256!: string;
}

@ObjectType({ description: 'Un informe emitido, tal como quedó registrado (ReportIssued).' })
export class IssuedReport {
  @Field(() => ID) id!: string;
  @Field(() => ReportKindEnum) kind!: ReportKind;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => DateTimeScalar, { description: 'Fecha de corte de las cifras.' }) asOf!: string;
  @Field(() => ReportFormatEnum) format!: ReportFormat;
  @Field({
    description: 'SHA-256 del contenido canónico: el mismo en CSV, XLSX y PDF, impreso en el archivo.',
  })
  contentHash!: string;
  @Field({ description: 'SHA-256 de los bytes del archivo entregado.' }) fileSha256!: string;
  @Field() fileName!: string;
  @Field(() => DateTimeScalar) issuedAt!: string;
  @Field(() => ID, { description: 'Usuario que lo emitió.' }) issuedBy!: string;
  @Field() issuedByRole!: string;
  @Field({ description: 'Descarga (GET, con el mismo encabezado Authorization: Bearer).' })
  downloadUrl!: string;
}

@ObjectType()
export class ReportVerification {
  @Field(() => IssuedReport) report!: IssuedReport;
  @Field({ description: 'Huella del informe regenerado hoy con los mismos datos de emisión.' })
  regeneratedContentHash!: string;
  @Field({ description: 'Si el informe regenerado es idéntico al emitido.' }) matches!: boolean;
}

@ObjectType()
export class ReportFileVerification {
  @Field(() => IssuedReport) report!: IssuedReport;
  @Field({ description: 'Si el archivo es exactamente el que se entregó al emitir el informe.' })
  matches!: boolean;
}
