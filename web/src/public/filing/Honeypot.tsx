// A field people never see nor reach with the keyboard, and that automated form fillers tend to fill: a
// filing that brings it filled is refused by the server. Sent as `website`.
import { Box } from '@mui/material';
import { VISUALLY_HIDDEN } from '../common/visually-hidden';

export function Honeypot({
  value,
  onChange,
}: {
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <Box aria-hidden="true" sx={VISUALLY_HIDDEN}>
      <label htmlFor="radicar-website">Sitio web (deje este campo vacío)</label>
      <input
        id="radicar-website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </Box>
  );
}
