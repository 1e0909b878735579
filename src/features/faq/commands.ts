// The FAQ entry on the command path: its decider and streams, and what creating and editing an entry
// need from outside the domain — that the PQRS cases it links to exist.
import { Injectable } from '@nestjs/common';
import {
  FAQ_ENTRY_EVENT_SCHEMA_VERSIONS,
  faqEntryDecider,
  faqEntryStreamOf,
  type FaqEntryCommand,
  type FaqEntryEvent,
  type FaqEntryState,
} from '../../domain/faq/index.js';
import { BadUserInput } from '../../engine/application-errors.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../../engine/commands/run-command.js';
import { pqrsCase } from '../pqrs/index.js';

@Injectable()
export class FaqEntryLookUps implements CommandLookUps<FaqEntryCommand> {
  async complete(
    command: FaqEntryCommand,
    context: LookUpContext<FaqEntryCommand>,
  ): Promise<CompletedCommand<FaqEntryCommand>> {
    if (command.type === 'CreateFaqEntry' || command.type === 'UpdateFaqEntry') {
      await assertCasesExist(command.data.linkedRadicados ?? [], context);
    }
    return { command };
  }
}

/** Refuses, naming the field, any linked radicado the log does not hold (a case filed a moment ago counts). */
async function assertCasesExist(
  radicados: readonly string[],
  context: LookUpContext<FaqEntryCommand>,
): Promise<void> {
  const wanted = [...new Set(radicados.map((radicado) => radicado.trim()))];
  const unknown: string[] = [];
  for (const radicado of wanted) if (!(await context.exists(pqrsCase, radicado))) unknown.push(radicado);
  if (unknown.length > 0) {
    throw new BadUserInput(
      'linkedRadicados',
      unknown.length === 1
        ? `No existe un caso con radicado ${unknown[0]}.`
        : `No existen casos con los radicados ${unknown.join(', ')}.`,
    );
  }
}

/** A FAQ / case-log entry: `faq-entry-<id>`. */
export const faqEntry: AggregateType<FaqEntryCommand, FaqEntryEvent, FaqEntryState> = {
  decider: faqEntryDecider,
  schemaVersions: FAQ_ENTRY_EVENT_SCHEMA_VERSIONS,
  streamOf: faqEntryStreamOf,
  lookUps: FaqEntryLookUps,
};
