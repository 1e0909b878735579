// What each PQRS figure counts, named once. Three different things were all called "respondidas" or
// "abiertas" and disagreed: the cases received in the period followed to the cut (the cohort), what
// happened in the period whatever the day a case was filed (the flow), and the cases still open at a
// given instant whatever their period (the stock). The Tablero, the API's descriptions and the reports
// take their labels from here, so one label always means one count and two screens that print the same
// label print the same number.

/** The period's flow: what happened from its first to its last day, whatever the day each case was filed. */
export const PQRS_FLOW_FIGURE_NAMES = {
  received: 'Recibidas en el periodo',
  answered: 'Respondidas en el periodo, de cualquier fecha de radicación',
  answeredOnTime: 'Respondidas a tiempo en el periodo',
  answeredLate: 'Respondidas fuera de término en el periodo',
  onTimeRate: 'Oportunidad de las respondidas en el periodo',
} as const;

/** The stock at the close of the period's last day (or now, for a period that has not ended). */
export const PQRS_STOCK_FIGURE_NAMES = {
  open: 'Abiertas al cierre del periodo, de cualquier fecha de radicación',
  overdue: 'Vencidas sin respuesta al cierre del periodo, de cualquier fecha de radicación',
} as const;

/** The cohort: the cases received in the period, as they stood at the cut (the report's as-of instant). */
export const PQRS_COHORT_FIGURE_NAMES = {
  received: PQRS_FLOW_FIGURE_NAMES.received,
  answered: 'De las recibidas en el periodo: respondidas al corte',
  answeredOnTime: 'De las recibidas en el periodo: respondidas a tiempo',
  answeredLate: 'De las recibidas en el periodo: respondidas fuera de término',
  onTimeRate: 'De las recibidas en el periodo: oportunidad en la respuesta',
  open: 'De las recibidas en el periodo: abiertas al corte',
  overdue: 'De las recibidas en el periodo: vencidas sin respuesta al corte',
} as const;

/** What the stock's "close of the period" means, said once for every screen and report that prints it. */
export const PERIOD_CLOSE_MEANING =
  'Al cierre del periodo: al final de su último día, o ahora si el periodo no ha terminado.';
