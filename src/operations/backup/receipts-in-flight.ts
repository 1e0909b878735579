// A receipt takes its radicado from the year's counter, then writes its case: two appends. A copy of the
// log taken between them holds a number without its case — a start completes it (InterruptedReceipts),
// but the audit of a restore, run before any start, rightly names it. So the backup looks for such
// receipts in its copy of the log, as the start-up does (the latest numbers of this year and the last),
// and takes the copy again when it finds one.
import { pqrsStreamOf } from '../../domain/pqrs/index.js';
import { radicadoStreamOf, upcastRadicadoEvent } from '../../domain/radicado/index.js';
import { bogotaDateOf, yearOf } from '../../domain/shared/time.js';
import type { EventStore } from '../../engine/eventstore/event-store.js';
import { readStreamTail } from '../../engine/eventstore/stream-tail.js';

/** As many of a counter's latest numbers as the start-up checks. */
const RECEIPTS_CHECKED = 200;

/** The radicados the copy holds as issued whose case it does not hold. */
export async function receiptsInFlight(store: EventStore, takenAt: Date): Promise<string[]> {
  const year = yearOf(bogotaDateOf(takenAt.toISOString()));
  const inFlight: string[] = [];
  for (const counterYear of [year - 1, year]) {
    const latest = await readStreamTail(store, radicadoStreamOf(counterYear), RECEIPTS_CHECKED);
    for (const event of latest) {
      const { data } = upcastRadicadoEvent(event);
      const caseEvents = await store.readStream(pqrsStreamOf(data.radicado), { maxCount: 1 });
      if (caseEvents.length === 0) inFlight.push(data.radicado);
    }
  }
  return inFlight;
}
