// The semáforo of a case: a chip with the word and the colour, and the sentence that explains it as its
// title. Nothing for a case whose term no longer runs.
import { Chip } from '@mui/material';
import type { TrafficLight } from '../../graphql/generated/graphql';
import { trafficLightDisplay } from '../../logic/traffic-light';

export function TrafficLightChip({ value }: { readonly value: TrafficLight | null | undefined }) {
  const display = trafficLightDisplay(value);
  if (!display) return null;
  return (
    <Chip
      size="small"
      color={display.colour}
      label={display.label}
      title={display.description}
      data-testid="traffic-light"
      sx={{ fontWeight: 600 }}
    />
  );
}
