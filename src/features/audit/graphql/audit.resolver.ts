// verifyAuditTrail: re-walks every stream's hash chain and names the first event that does not match.
import { Inject } from '@nestjs/common';
import { Field, Float, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AuditTrail } from '../audit-trail.js';
import { Roles } from '../../../identity/auth.js';

@ObjectType({ description: 'Primer evento cuyo hash no coincide.' })
export class AuditMismatch {
  @Field() stream!: string;
  @Field(() => Int) revision!: number;
  @Field(() => Float, {
    description: 'Posición en el registro global (un entero; Float porque pasa de 2^31).',
  })
  position!: number;
  @Field() eventId!: string;
  @Field() type!: string;
  @Field({ description: 'HASH_MISMATCH, CHAIN_BROKEN o REVISION_GAP.' }) reason!: string;
}

@ObjectType({ description: 'Resultado de la verificación de la cadena de auditoría.' })
export class AuditReport {
  @Field() ok!: boolean;
  @Field(() => Int) streamsChecked!: number;
  @Field(() => Int) eventsChecked!: number;
  @Field(() => AuditMismatch, { nullable: true }) firstMismatch!: AuditMismatch | null;
}

@Resolver()
export class AuditResolver {
  constructor(@Inject(AuditTrail) private readonly auditTrail: AuditTrail) {}

  @Query(() => AuditReport, { description: 'Recorre todos los flujos y verifica la cadena de hashes.' })
  @Roles('ADMIN', 'AUDITOR')
  async verifyAuditTrail(): Promise<AuditReport> {
    const report = await this.auditTrail.verify();
    return { ...report, firstMismatch: report.firstMismatch ?? null };
  }
}
