// A possible duplicate at the counter: the person whose document staff are typing filed a case with a
// similar subject a few business days ago. The Radicar form warns and lets staff go on (the person may
// really have a second request); it never refuses. Looked up through the vault's blind index of document
// numbers, never a plain number, and only among the cases whose petitioner the staff member may see: the
// warning tells who filed what, so it follows the same scope as finding cases by a person.
import { Inject, Injectable } from '@nestjs/common';
import type { BusinessCalendar } from '../../../domain/shared/business-calendar.js';
import type { Actor } from '../../../domain/shared/decider.js';
import {
  addCalendarDays,
  bogotaDateOf,
  spanishDate,
  type CalendarDate,
} from '../../../domain/shared/time.js';
import type { ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import { BUSINESS_CALENDAR, CLOCK } from '../../../engine/tokens.js';
import { personSearchScopeOf } from '../../../personal-data/personal-data-masking.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../../../personal-data/personal-data-store.js';
import { PersonalTexts } from '../../../personal-data/personal-texts.js';
import { meaningfulTermsOf } from '../../faq/index.js';
import { CASES_COLLECTION, type CaseDocument } from '../read-models/cases-projection.js';
import { PQRS_READ_MODELS } from '../read-models/pqrs-queries.js';

/**
 * How far back a filing counts as "a few days ago": five business days, one working week. Business days
 * because the office's week is what a person re-files in when they heard nothing ("I came last Friday"),
 * and a long weekend or Holy Week should not let the earlier filing slip out of the window.
 */
export const DUPLICATE_WINDOW_BUSINESS_DAYS = 5;

/**
 * Two subjects are similar when half the meaningful words of the shorter one (folded, stop words out, as
 * the FAQ search reads them) are in the other: "Cuota monetaria no pagada en marzo" and "No me pagaron la
 * cuota monetaria" share "cuota" and "monetaria". A word matches another that starts with its first five
 * letters ("certificado", "certificados").
 */
export const SIMILAR_SHARE = 0.5;
const STEM_LENGTH = 5;

/** The calendar days looked back before counting business days: enough for a week with two holidays. */
const CALENDAR_DAYS_LOOKED_BACK = 14;

export interface PossibleDuplicate {
  readonly radicado: string;
  readonly subject: string;
  readonly receivedOn: CalendarDate;
  /** "Esta persona radicó «…» el dd/mm/aaaa (PQRS-2026-000123): revise si es la misma solicitud." */
  readonly message: string;
}

export function similarSubjects(left: string, right: string): boolean {
  const leftTerms = meaningfulTermsOf(left);
  const rightTerms = meaningfulTermsOf(right);
  if (leftTerms.length === 0 || rightTerms.length === 0) return false;
  const [shorter, longer] =
    leftTerms.length <= rightTerms.length ? [leftTerms, rightTerms] : [rightTerms, leftTerms];
  const shared = shorter.filter((term) => longer.some((other) => sameWord(term, other))).length;
  return shared / shorter.length >= SIMILAR_SHARE;
}

function sameWord(left: string, right: string): boolean {
  if (left === right) return true;
  return (
    left.length >= STEM_LENGTH &&
    right.length >= STEM_LENGTH &&
    left.slice(0, STEM_LENGTH) === right.slice(0, STEM_LENGTH)
  );
}

export function duplicateMessage(subject: string, receivedOn: CalendarDate, radicado: string): string {
  return `Esta persona radicó «${subject}» el ${spanishDate(receivedOn)} (${radicado}): revise si es la misma solicitud.`;
}

@Injectable()
export class PossibleDuplicates {
  constructor(
    @Inject(PQRS_READ_MODELS) private readonly readModels: ReadModelReader,
    @Inject(PERSONAL_DATA_STORE) private readonly vault: PersonalDataStore,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
    @Inject(BUSINESS_CALENDAR) private readonly calendar: () => BusinessCalendar,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  /** The recent cases of this document's person with a subject like this one, newest first. */
  async of(
    actor: Actor,
    person: { readonly documentType: string; readonly documentNumber: string },
    subject: string,
  ): Promise<PossibleDuplicate[]> {
    const scope = personSearchScopeOf(actor);
    if (scope.kind === 'NONE' || meaningfulTermsOf(subject).length === 0) return [];
    const personId = await this.vault.findByDocument(person.documentType, person.documentNumber);
    if (personId === null) return [];
    const today = bogotaDateOf(this.clock().toISOString());
    const lookedBackTo = addCalendarDays(today, -CALENDAR_DAYS_LOOKED_BACK);
    const candidates = await this.readModels.find<CaseDocument>(CASES_COLLECTION, {
      petitionerId: personId,
      receivedOn: { $gte: lookedBackTo },
      ...(scope.kind === 'OWN_CASES'
        ? { $or: [{ assigneeId: scope.staffMemberId }, { receivedBy: scope.staffMemberId }] }
        : {}),
    });
    const calendar = this.calendar();
    const recent = candidates.filter(
      (document) =>
        document.receivedOn <= today &&
        calendar.businessDaysBetween(document.receivedOn, today) <= DUPLICATE_WINDOW_BUSINESS_DAYS,
    );
    const revealed = await this.texts.reveal(
      recent.map(({ radicado, subject: filed, receivedOn, receivedAt }) => ({
        radicado,
        subject: filed,
        receivedOn,
        receivedAt,
      })),
    );
    return revealed
      .filter((document) => similarSubjects(document.subject, subject))
      .sort((left, right) => right.receivedAt.localeCompare(left.receivedAt))
      .map(({ radicado, subject: filed, receivedOn }) => ({
        radicado,
        subject: filed,
        receivedOn,
        message: duplicateMessage(filed, receivedOn, radicado),
      }));
  }
}
