// verifyAuditTrail: walks the whole log (hash chains, global order, stream list, radicados, signed heads),
// optionally against a head printed on a report, and names everything found.
import { Inject } from '@nestjs/common';
import { Args, Field, Float, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AuditTrail } from '../audit-trail.js';
import { Roles } from '../../../identity/auth.js';

@ObjectType({ description: 'Primer evento señalado por la verificación.' })
export class AuditMismatch {
  @Field() stream!: string;
  @Field(() => Int) revision!: number;
  @Field(() => Float, {
    description: 'Posición en el registro global (un entero; Float porque pasa de 2^31).',
  })
  position!: number;
  @Field() eventId!: string;
  @Field() type!: string;
  @Field({
    description:
      'HASH_MISMATCH, CHAIN_BROKEN, REVISION_GAP, SEQUENCE_MISMATCH, POSITION_NOT_INCREASING, ' +
      'RECORDED_AT_DECREASES o HEAD_NOT_EXTENDED.',
  })
  reason!: string;
}

@ObjectType({ description: 'Algo que la verificación encontró alterado: qué y dónde.' })
export class AuditFinding {
  @Field({
    description:
      'Clase de hallazgo: HASH_MISMATCH, CHAIN_BROKEN, REVISION_GAP, SEQUENCE_MISMATCH, ' +
      'POSITION_NOT_INCREASING, RECORDED_AT_DECREASES, STREAM_NOT_LISTED, STREAM_HEAD_MISMATCH, ' +
      'STREAM_WITHOUT_EVENTS, STREAM_DELETED, STREAM_TRUNCATED, STREAM_FOREIGN_EVENTS, HEAD_NOT_EXTENDED, ' +
      'HEAD_BEYOND_LOG, HEAD_SIGNATURE_INVALID, ' +
      'HEAD_KEY_UNTRUSTED o RADICADO_WITHOUT_CASE.',
  })
  kind!: string;
  @Field({ description: 'Qué y dónde, en español.' }) description!: string;
  @Field(() => String, { nullable: true }) stream!: string | null;
  @Field(() => Int, { nullable: true }) revision!: number | null;
  @Field(() => Float, { nullable: true }) position!: number | null;
  @Field(() => String, { nullable: true }) eventId!: string | null;
  @Field(() => String, { nullable: true }) type!: string | null;
}

@ObjectType({ description: 'Resultado de la verificación de la cadena de auditoría.' })
export class AuditReport {
  @Field() ok!: boolean;
  @Field(() => Int) streamsChecked!: number;
  @Field(() => Int) eventsChecked!: number;
  @Field(() => AuditMismatch, { nullable: true }) firstMismatch!: AuditMismatch | null;
  @Field(() => [AuditFinding], { description: 'Todo lo encontrado, en el orden del registro (hasta 100).' })
  findings!: AuditFinding[];
  @Field(() => Int, { description: 'Cabezas firmadas registradas en el registro.' }) signedHeads!: number;
  @Field(() => String, {
    nullable: true,
    description: 'La última cabeza firmada cuya firma se verificó, en la forma que imprimen los informes.',
  })
  lastSignedHead!: string | null;
  @Field(() => Int, { description: 'Eventos posteriores a la última cabeza firmada verificada.' })
  eventsAfterLastSignedHead!: number;
}

@Resolver()
export class AuditResolver {
  constructor(@Inject(AuditTrail) private readonly auditTrail: AuditTrail) {}

  @Query(() => AuditReport, {
    description:
      'Recorre todo el registro: cadenas de hashes, orden global, lista de flujos, radicados y cabezas ' +
      'firmadas; con head, verifica también una cabeza impresa en un informe.',
  })
  @Roles('ADMIN', 'AUDITOR')
  async verifyAuditTrail(
    @Args('head', {
      type: () => String,
      nullable: true,
      description: 'Cabeza impresa en un informe (VLH1.…): el registro debe seguir extendiéndola.',
    })
    head?: string | null,
  ): Promise<AuditReport> {
    const report = await this.auditTrail.verify(head);
    return {
      ok: report.ok,
      streamsChecked: report.streamsChecked,
      eventsChecked: report.eventsChecked,
      firstMismatch: report.firstMismatch ?? null,
      findings: report.findings.map((finding) => ({
        kind: finding.kind,
        description: finding.description,
        stream: finding.stream ?? null,
        revision: finding.revision ?? null,
        position: finding.position ?? null,
        eventId: finding.eventId ?? null,
        type: finding.type ?? null,
      })),
      signedHeads: report.signedHeads,
      lastSignedHead: report.lastSignedHead,
      eventsAfterLastSignedHead: report.eventsAfterLastSignedHead,
    };
  }
}
