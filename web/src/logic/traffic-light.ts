// The semáforo as staff read it: a word, a colour and a sentence for each value the server computes
// (the domain decides the value; this only shows it). Colour is never the only signal: the chip always
// carries the word, and the sentence explains it to whoever hovers or uses a screen reader. Pure.
import type { TrafficLight } from '../graphql/generated/graphql.js';
import { TRAFFIC_LIGHT_LABELS } from './pqrs-labels.js';

/** MUI palette names whose filled chips keep AA contrast with white text in this theme. */
export type TrafficLightColour = 'success' | 'warning' | 'error';

export interface TrafficLightDisplay {
  readonly label: string;
  readonly colour: TrafficLightColour;
  readonly description: string;
}

/** The server's threshold (DUE_SOON_BUSINESS_DAYS in the domain), repeated only to word the sentence. */
export const DUE_SOON_BUSINESS_DAYS = 3;

const DISPLAYS: Readonly<Record<TrafficLight, TrafficLightDisplay>> = {
  ON_TIME: {
    label: TRAFFIC_LIGHT_LABELS.ON_TIME,
    colour: 'success',
    description: `Faltan más de ${DUE_SOON_BUSINESS_DAYS} días hábiles para el vencimiento.`,
  },
  DUE_SOON: {
    label: TRAFFIC_LIGHT_LABELS.DUE_SOON,
    colour: 'warning',
    description: `Faltan ${DUE_SOON_BUSINESS_DAYS} días hábiles o menos para el vencimiento.`,
  },
  OVERDUE: {
    label: TRAFFIC_LIGHT_LABELS.OVERDUE,
    colour: 'error',
    description: 'La fecha de vencimiento ya pasó y el caso sigue sin respuesta.',
  },
};

/**
 * How a case's semáforo shows, or null for a case whose term no longer runs (answered, closed,
 * transferred, withdrawn, or stopped while awaiting the petitioner): its status already says why.
 */
export function trafficLightDisplay(value: TrafficLight | null | undefined): TrafficLightDisplay | null {
  return value ? DISPLAYS[value] : null;
}
