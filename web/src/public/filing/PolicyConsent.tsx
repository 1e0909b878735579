// The habeas-data authorisation (Ley 1581 de 2012): the entity's policy, with its version, in a region the
// keyboard can scroll, and the box the citizen must tick to let the entity process their data. Not shown
// to an anonymous filing, which takes no personal data.
import { Box, Checkbox, FormControl, FormControlLabel, FormHelperText, Typography } from '@mui/material';

interface Props {
  readonly id: string;
  readonly policyText: string;
  readonly policyVersion: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly error: string | undefined;
}

export function PolicyConsent({ id, policyText, policyVersion, checked, onChange, error }: Props) {
  const titleId = `${id}-politica`;
  const errorId = `${id}-error`;
  return (
    <Box>
      <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Política de tratamiento de datos personales (versión {policyVersion})
      </Typography>
      <Box
        role="region"
        aria-labelledby={titleId}
        tabIndex={0}
        data-testid="policy-text"
        sx={{
          maxHeight: 200,
          overflowY: 'auto',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: 'background.paper',
          p: 1.5,
          my: 1,
          whiteSpace: 'pre-line',
        }}
      >
        <Typography variant="body2">{policyText}</Typography>
      </Box>
      <FormControl error={Boolean(error)}>
        <FormControlLabel
          required
          control={
            <Checkbox
              id={id}
              checked={checked}
              onChange={(event) => onChange(event.target.checked)}
              slotProps={{
                input: {
                  'aria-describedby': error ? errorId : titleId,
                  'aria-invalid': error ? true : undefined,
                },
              }}
            />
          }
          label="Autorizo el tratamiento de mis datos personales conforme a esta política."
        />
        {error && <FormHelperText id={errorId}>{error}</FormHelperText>}
      </FormControl>
    </Box>
  );
}
