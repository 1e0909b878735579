// Injection tokens of what the world supplies to the application besides the ports: its clock, the business
// calendar in force, and the opened storage engines (provided by the infrastructure module).

/**
 * `(version?: string) => BusinessCalendar`: the calendar in force, asked for at each decision; given the
 * calendar version a case recorded, that case's calendar (its version plus later retroactive changes).
 */
export const BUSINESS_CALENDAR = Symbol('BusinessCalendar');
/** `() => Date`: the one clock of the application side. */
export const CLOCK = Symbol('Clock');

/** The opened StorageEngines (event store and read models, with their health probes). */
export const STORAGE_ENGINES = Symbol('StorageEngines');
