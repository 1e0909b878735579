// The joint answer (art. 22) on the command path: its decider and stream, its texts sealed under a key of
// its own, and the look-up that reads each grouped case's kind and status from its stream (the log, not a
// read model) for the domain to decide.
import { Injectable } from '@nestjs/common';
import {
  JOINT_ANSWER_EVENT_SCHEMA_VERSIONS,
  jointAnswerDecider,
  jointAnswerStreamOf,
  upcastJointAnswerEvent,
  type JointAnswerCommand,
  type JointAnswerEvent,
  type JointAnswerState,
} from '../../domain/joint-answer/index.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../../engine/commands/run-command.js';
import { pqrsCase } from '../pqrs/index.js';

@Injectable()
export class JointAnswerLookUps implements CommandLookUps<JointAnswerCommand> {
  async complete(
    command: JointAnswerCommand,
    context: LookUpContext<JointAnswerCommand>,
  ): Promise<CompletedCommand<JointAnswerCommand>> {
    const cases = [];
    for (const asked of command.data.cases) {
      const radicado = asked.radicado.trim();
      const { state } = await context.stateOf(pqrsCase, radicado);
      cases.push(
        state.status === 'NOT_RECEIVED'
          ? { radicado, status: state.status, kind: null }
          : { radicado, status: state.status, kind: state.kind },
      );
    }
    return { command: { ...command, data: { ...command.data, cases } } };
  }
}

/** A joint answer: `joint-answer-<id>`. */
export const jointAnswer: AggregateType<JointAnswerCommand, JointAnswerEvent, JointAnswerState> = {
  decider: jointAnswerDecider,
  schemaVersions: JOINT_ANSWER_EVENT_SCHEMA_VERSIONS,
  upcast: upcastJointAnswerEvent,
  streamOf: jointAnswerStreamOf,
  // Written by a person, published for anyone: sealed like every free text, under the answer's own key.
  freeTexts: {
    fields: { PublishJointAnswer: ['title', 'answer'] },
    ownerOf: (_command, state) => (state.status === 'PUBLISHED' ? state.textOwnerId : null),
  },
  lookUps: JointAnswerLookUps,
};
