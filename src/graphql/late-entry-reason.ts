// The `lateEntryReason` argument beside every date a command can backdate (issue 11): optional, but a
// fact dated beyond the late-entry window needs it — a rule the domain states, naming the field.
import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, MaxLength } from 'class-validator';

/** Longest reason accepted (the staff client counts down to it). */
export const LATE_ENTRY_REASON_MAX_LENGTH = 2_000;

/** Declares `lateEntryReason: String` on an input or args type; `what` names the fact ("el hecho"). */
export function LateEntryReasonField(what = 'el hecho'): PropertyDecorator {
  return applyDecorators(
    Field(() => String, {
      nullable: true,
      description: `Motivo de registrar ${what} después de la ventana admitida (3 días hábiles por omisión): obligatorio entonces, y solo para coordinadores y administradores.`,
    }),
    IsOptional(),
    IsNotEmpty(),
    MaxLength(LATE_ENTRY_REASON_MAX_LENGTH),
  );
}
