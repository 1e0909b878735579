// The kind of request, as radio buttons: each with its plain-language explanation and the term the law
// gives to answer it, so the citizen chooses knowing what each one means.
import {
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Typography,
} from '@mui/material';
import type { PqrsKind } from '../../graphql/generated/graphql';
import type { PortalKind } from '../logic/filing-form';
import { businessDaysText } from '../logic/filing-texts';

interface Props {
  readonly id: string;
  readonly kinds: readonly PortalKind[];
  readonly value: PqrsKind | '';
  readonly onChange: (kind: PqrsKind) => void;
  readonly error: string | undefined;
}

export function KindChoice({ id, kinds, value, onChange, error }: Props) {
  const errorId = `${id}-error`;
  return (
    <FormControl component="fieldset" required error={Boolean(error)}>
      <FormLabel component="legend" sx={{ fontWeight: 600, color: 'text.primary' }}>
        Tipo de solicitud
      </FormLabel>
      <RadioGroup
        id={id}
        name="kind"
        value={value}
        onChange={(event) => onChange(event.target.value as PqrsKind)}
        aria-describedby={error ? errorId : undefined}
      >
        {kinds.map((kind) => (
          <FormControlLabel
            key={kind.kind}
            value={kind.kind}
            control={<Radio slotProps={{ input: { 'aria-describedby': `${id}-${kind.kind}` } }} />}
            sx={{ alignItems: 'flex-start', my: 0.5, '& .MuiRadio-root': { mt: -0.5 } }}
            label={
              <>
                <Typography component="span" sx={{ fontWeight: 600 }}>
                  {kind.label}
                </Typography>
                <Typography
                  component="span"
                  variant="body2"
                  id={`${id}-${kind.kind}`}
                  sx={{ display: 'block' }}
                >
                  {kind.explanation} Plazo de respuesta: {businessDaysText(kind.termBusinessDays)}.
                  {kind.anonymousAllowed ? ' Admite presentación anónima.' : ''}
                </Typography>
              </>
            }
          />
        ))}
      </RadioGroup>
      {error && <FormHelperText id={errorId}>{error}</FormHelperText>}
    </FormControl>
  );
}
