// Erasure (habeas data) on the command path: the person's record, and what the domain needs to decide it
// that only the read models know — every case, application and survey response naming the person, open
// or not, and when each had its last step — together with the configured retention table.
import { Inject, Injectable } from '@nestjs/common';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import { AFFILIATION_STATUS_IN_SENTENCES } from '../../domain/affiliation/labels.js';
import type { PersonCommand, PersonalRecord, PersonEvent, PersonState } from '../../domain/person/index.js';
import { PQRS_STATUS_IN_SENTENCES } from '../../domain/pqrs/labels.js';
import { bogotaDateOf } from '../../domain/shared/time.js';
import { BadUserInput } from '../../engine/application-errors.js';
import { readModelsProvider, ReadYourWrites } from '../../engine/commands/read-your-writes.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../../engine/commands/run-command.js';
import type { ReadModelReader } from '../../engine/read-models/read-model-store.js';
import { personRecord } from '../../personal-data/person-records.js';
import {
  AFFILIATIONS_COLLECTION,
  affiliationsProjection,
  type AffiliationDocument,
} from '../affiliations/index.js';
import { CASES_COLLECTION, casesProjection, OPEN_CASE_STATUSES, type CaseDocument } from '../pqrs/index.js';
import {
  SURVEY_RESPONSES_COLLECTION,
  surveyResponsesProjection,
  type SurveyResponseDocument,
} from '../surveys/index.js';

/** The read models that name people: an erasure reads every one, caught up with the whole log. */
const PEOPLE_RECORD_PROJECTIONS = [casesProjection, affiliationsProjection, surveyResponsesProjection];
export const PEOPLE_RECORDS = Symbol('PeopleRecords');
export const peopleRecordsProvider = readModelsProvider(PEOPLE_RECORDS, PEOPLE_RECORD_PROJECTIONS);

/** An affiliation in review, or approved and not retired: the person is still in its file. */
const AFFILIATION_CLOSED_STATUSES: readonly string[] = ['REJECTED', 'RETIRED'];

@Injectable()
export class ErasureLookUps implements CommandLookUps<PersonCommand> {
  constructor(
    @Inject(PEOPLE_RECORDS) private readonly records: ReadModelReader,
    @Inject(ReadYourWrites) private readonly readYourWrites: ReadYourWrites,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
  ) {}

  async complete(
    command: PersonCommand,
    _context: LookUpContext<PersonCommand>,
  ): Promise<CompletedCommand<PersonCommand>> {
    if (command.type !== 'ErasePersonalData') return { command };
    // A record filed a moment ago, by this process or another, must not escape the check.
    if (!(await this.readYourWrites.caughtUpWithHead(PEOPLE_RECORD_PROJECTIONS))) {
      throw new BadUserInput(
        'personId',
        'Los modelos de lectura aún no reflejan todo el registro: no se puede comprobar que la persona no ' +
          'tenga trámites en curso. Intente de nuevo en unos segundos.',
      );
    }
    const records = await this.recordsOf(command.data.personId);
    return {
      command: {
        ...command,
        data: { ...command.data, records, retentionYears: this.config.retentionYears },
      },
    };
  }

  private async recordsOf(personId: string): Promise<PersonalRecord[]> {
    const [cases, affiliations, responses] = await Promise.all([
      this.records.find<CaseDocument>(CASES_COLLECTION, { petitionerId: personId }),
      this.records.find<AffiliationDocument>(AFFILIATIONS_COLLECTION, { applicantId: personId }),
      this.records.find<SurveyResponseDocument>(SURVEY_RESPONSES_COLLECTION, { respondentId: personId }),
    ]);
    return [
      ...cases.map((found): PersonalRecord => ({
        series: 'PQRS',
        reference: found.radicado,
        open: OPEN_CASE_STATUSES.includes(found.status),
        statusInSentence: PQRS_STATUS_IN_SENTENCES[found.status],
        lastActivityOn: bogotaDateOf(found.updatedAt),
      })),
      ...affiliations.map((found): PersonalRecord => {
        const open = !AFFILIATION_CLOSED_STATUSES.includes(found.status);
        return {
          series: 'AFFILIATION',
          reference: found.memberNumber ?? found.id,
          open,
          statusInSentence:
            found.status === 'APPROVED'
              ? 'vigente (afiliado activo)'
              : open
                ? `en revisión (${AFFILIATION_STATUS_IN_SENTENCES[found.status]})`
                : AFFILIATION_STATUS_IN_SENTENCES[found.status],
          lastActivityOn: bogotaDateOf(found.updatedAt),
        };
      }),
      ...responses.map((found): PersonalRecord => ({
        series: 'SURVEY',
        reference: found.id,
        open: false,
        statusInSentence: 'respondida',
        lastActivityOn: found.answeredOn,
      })),
    ];
  }
}

/** A person's record with the erasure's look-ups: `person-<id>`, the same stream the people step writes. */
export const personErasure: AggregateType<PersonCommand, PersonEvent, PersonState> = {
  ...personRecord,
  lookUps: ErasureLookUps,
};
