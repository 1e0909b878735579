// One choice among a few, as radio buttons under a label, with its error or help below: the field every
// case and notice dialog uses for "entregado o devuelto", "concede o niega" and the like.
import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';

export interface ChoiceFieldProps {
  /** The dialog's id: the group's name and its label's id derive from it. */
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly error: boolean;
  readonly helperText?: string | null;
  readonly required: boolean;
  /** The options side by side (few and short) rather than one under another. */
  readonly row?: boolean;
  readonly onChange: (value: string) => void;
}

export function ChoiceField(props: ChoiceFieldProps) {
  const labelId = `${props.id}-${props.name}-label`;
  return (
    <FormControl error={props.error} required={props.required}>
      <FormLabel id={labelId}>{props.label}</FormLabel>
      <RadioGroup
        row={props.row}
        aria-labelledby={labelId}
        name={`${props.id}-${props.name}`}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.options.map((option) => (
          <FormControlLabel
            key={option.value}
            value={option.value}
            control={<Radio />}
            label={option.label}
          />
        ))}
      </RadioGroup>
      {props.helperText && <FormHelperText>{props.helperText}</FormHelperText>}
    </FormControl>
  );
}
