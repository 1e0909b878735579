// The training needs the office's data propose for a year, computed from read models on each ask (never
// stored: the data move and a proposal follows them until a coordinator decides it):
// - PQRS subjects received at least MIN_SUBJECT_RECEIPTS times in the year, the TOP_SUBJECTS most frequent
//   (the FAQ's frequent-subjects count, `pqrsSubjectsDaily`);
// - every improvement action formulated in the year (`improvementActions`): the gap it names may be one
//   of knowledge.
// FAQ entries "consulted most" are not a source: nothing records a consultation of the FAQ (neither the
// public page nor the staff search writes a fact to the log), so no honest count exists to rank them by.
import { Inject, Injectable } from '@nestjs/common';
import {
  trainingNeedKeyOf,
  type ImprovementActionBasis,
  type PqrsSubjectBasis,
  type TrainingNeedBasis,
} from '../../../../domain/training/index.js';
import { bogotaDateOf, type CalendarDate } from '../../../../domain/shared/time.js';
import { readModelsProvider } from '../../../../engine/commands/read-your-writes.js';
import type { ReadModelReader } from '../../../../engine/read-models/read-model-store.js';
import { ERASED_TEXT, MISSING_TEXT } from '../../../../engine/text-references.js';
import { CLOCK } from '../../../../engine/tokens.js';
import { PersonalTexts } from '../../../../personal-data/personal-texts.js';
import { pqrsSubjectsProjection, queryFrequentSubjects } from '../../../faq/index.js';
import {
  actionStatusOn,
  IMPROVEMENT_ACTIONS_COLLECTION,
  improvementActionsProjection,
  type ImprovementActionDocument,
} from '../../../improvement-actions/index.js';
import { subjectReferenceOf } from './subject-reference.js';

/** A subject asked about fewer times in a year is no pattern to train for. */
export const MIN_SUBJECT_RECEIPTS = 3;
/** The subjects proposed: the most frequent of the year. */
export const TOP_SUBJECTS = 10;

/** A need the data propose, its label in clear (the command path seals it when decided). */
export interface ProposedNeed {
  readonly needKey: string;
  readonly basis: TrainingNeedBasis;
}

/** What the proposals read: the FAQ's subject counts and the improvement actions. */
export const TRAINING_SOURCE_READ_MODELS = Symbol('TrainingSourceReadModels');
export const trainingSourceReadModels = readModelsProvider(TRAINING_SOURCE_READ_MODELS, [
  pqrsSubjectsProjection,
  improvementActionsProjection,
]);

@Injectable()
export class TrainingProposals {
  constructor(
    @Inject(TRAINING_SOURCE_READ_MODELS) private readonly readModels: ReadModelReader,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  /** The year's proposals: the frequent subjects, most frequent first, then the actions, oldest first. */
  async forYear(year: number): Promise<ProposedNeed[]> {
    const from: CalendarDate = `${year}-01-01`;
    const to: CalendarDate = `${year}-12-31`;
    const today = bogotaDateOf(this.clock().toISOString());
    const subjects = await queryFrequentSubjects(this.readModels, from, to, TOP_SUBJECTS * 5, (value) =>
      this.texts.reveal(value),
    );
    const subjectNeeds = subjects
      // A subject whose petitioner was erased can no longer be read, so it cannot be named as a need.
      .filter((subject) => subject.subject !== ERASED_TEXT && subject.subject !== MISSING_TEXT)
      .filter((subject) => subject.count >= MIN_SUBJECT_RECEIPTS)
      .slice(0, TOP_SUBJECTS)
      .map((subject): PqrsSubjectBasis => ({
        kind: 'PQRS_SUBJECT',
        reference: subjectReferenceOf(subject.subjectKey),
        label: subject.subject,
        receivedCount: subject.count,
        firstReceivedOn: subject.firstReceivedOn,
        lastReceivedOn: subject.lastReceivedOn,
      }));
    const actions = await this.readModels.find<ImprovementActionDocument>(
      IMPROVEMENT_ACTIONS_COLLECTION,
      { formulatedOn: { $gte: from, $lte: to } },
      {
        sort: [
          { field: 'formulatedOn', direction: 'asc' },
          { field: 'id', direction: 'asc' },
        ],
      },
    );
    const actionNeeds = actions.map((action): ImprovementActionBasis => ({
      kind: 'IMPROVEMENT_ACTION',
      reference: action.id,
      label: action.problem,
      actionStatus: actionStatusOn(action, today),
      formulatedOn: action.formulatedOn,
      dueDate: action.dueDate,
    }));
    return [...subjectNeeds, ...actionNeeds].map((basis) => ({ needKey: trainingNeedKeyOf(basis), basis }));
  }

  /** The year's proposal with this key, as the data stand now; null when the data propose none. */
  async find(year: number, needKey: string): Promise<ProposedNeed | null> {
    return (await this.forYear(year)).find((proposal) => proposal.needKey === needKey) ?? null;
  }
}
