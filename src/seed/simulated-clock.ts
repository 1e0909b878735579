// The clock the demo seed walks through its year: the application's CLOCK and the event store's
// recordedAt read it, so a year of activity is recorded over that year. It only moves forward, and never
// reaches the real present.
import type { Instant } from '../domain/shared/time.js';

export class SimulatedClock {
  private current: number;

  /** `limit`: the real moment the simulation must stay before (the seed's start). */
  constructor(
    start: Instant,
    private readonly limit: Instant,
  ) {
    this.current = Date.parse(start);
    this.assertBeforeLimit();
  }

  /** The reading, as the CLOCK token and SqliteEventStore's `clock` option expect it. */
  readonly now = (): Date => new Date(this.current);

  advanceTo(instant: Instant): void {
    const target = Date.parse(instant);
    if (Number.isNaN(target)) throw new RangeError(`Instante no válido: ${instant}`);
    if (target < this.current) {
      throw new RangeError(
        `El reloj simulado no retrocede: está en ${this.now().toISOString()} y se pidió ${instant}.`,
      );
    }
    this.current = target;
    this.assertBeforeLimit();
  }

  private assertBeforeLimit(): void {
    if (this.current >= Date.parse(this.limit)) {
      throw new RangeError(
        `El reloj simulado llegaría a ${this.now().toISOString()}, que no es anterior al momento real ${this.limit}.`,
      );
    }
  }
}
