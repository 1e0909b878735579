// One survey question as the control its kind asks for: a 1–5 scale or sí / no as a group of radio
// buttons named by the question, or a free-text box; its problem is said under it.
import {
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useId } from 'react';
import {
  MAX_FREE_TEXT_LENGTH,
  SCALE_LABELS,
  SCALE_SCORES,
  type SurveyQuestion,
} from '../../logic/survey-answers';

export function QuestionField({
  question,
  value,
  error,
  onChange,
}: {
  readonly question: SurveyQuestion;
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
}) {
  const id = useId();
  const labelId = `${id}-label`;
  if (question.kind === 'FREE_TEXT') {
    return (
      <TextField
        label={question.text}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        multiline
        minRows={2}
        error={Boolean(error)}
        helperText={error ?? `Opcional; hasta ${MAX_FREE_TEXT_LENGTH.toLocaleString('es-CO')} caracteres.`}
        slotProps={{ htmlInput: { maxLength: MAX_FREE_TEXT_LENGTH } }}
      />
    );
  }
  const options =
    question.kind === 'SCALE_1_5'
      ? SCALE_SCORES.map((score) => ({ value: String(score), label: SCALE_LABELS[score] }))
      : [
          { value: 'YES', label: 'Sí' },
          { value: 'NO', label: 'No' },
        ];
  return (
    <FormControl component="fieldset" error={Boolean(error)} required>
      <FormLabel component="legend" id={labelId}>
        {question.text}
      </FormLabel>
      <RadioGroup
        row
        aria-labelledby={labelId}
        name={`${id}-${question.id}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <FormControlLabel
            key={option.value}
            value={option.value}
            control={<Radio />}
            label={option.label}
          />
        ))}
      </RadioGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
