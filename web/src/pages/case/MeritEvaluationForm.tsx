// The merit evaluation of an anonymous denuncia (Ley 962 de 2005 art. 81; Ley 1952 de 2019 art. 86), for a
// coordinator or an administrator while the denuncia is open and not yet evaluated: whether its facts are
// summarily proven or identifiable, why, and the action it starts with its reference. Recorded once.
import {
  Alert,
  Button,
  FormControlLabel,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql/generated';
import type { MeritAction, MeritBasis } from '../../graphql/generated/graphql';
import { MERIT_ACTION_LABELS, MERIT_BASIS_LABELS } from '../../logic/priority';
import { ruleErrorOf } from '../../logic/rule-errors';

const EVALUATE = graphql(`
  mutation EvaluateDenunciationMerit(
    $radicado: String!
    $admissible: Boolean!
    $basis: MeritBasis!
    $motivation: String!
    $action: MeritAction
    $actionReference: String
    $expectedRevision: Int
  ) {
    evaluateDenunciationMerit(
      radicado: $radicado
      admissible: $admissible
      basis: $basis
      motivation: $motivation
      action: $action
      actionReference: $actionReference
      expectedRevision: $expectedRevision
    ) {
      radicado
      revision
    }
  }
`);

const GROUNDS: readonly MeritBasis[] = ['FACTS_SUMMARILY_PROVEN', 'IDENTIFIABLE_FACTS_OR_PERSONS'];
const ACTIONS = Object.keys(MERIT_ACTION_LABELS) as MeritAction[];

export function MeritEvaluationForm(props: {
  readonly radicado: string;
  readonly revision: number;
  readonly onDone: (message: string) => void;
}) {
  const [admissible, setAdmissible] = useState(true);
  const [basis, setBasis] = useState<MeritBasis>('IDENTIFIABLE_FACTS_OR_PERSONS');
  const [motivation, setMotivation] = useState('');
  const [action, setAction] = useState<MeritAction>('INTERNAL_DISCIPLINARY_CONTROL');
  const [reference, setReference] = useState('');
  const [result, evaluate] = useMutation(EVALUATE);
  const failure = ruleErrorOf(result.error, 'No se pudo registrar la evaluación de mérito.');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await evaluate({
      radicado: props.radicado,
      admissible,
      basis: admissible ? basis : 'NEITHER',
      motivation: motivation.trim(),
      action: admissible ? action : null,
      actionReference: admissible ? reference.trim() : null,
      expectedRevision: props.revision,
    });
    if (!outcome.error) props.onDone('Evaluación de mérito registrada.');
  }

  return (
    <Paper component="section" aria-labelledby="merit-title" sx={{ p: 2 }}>
      <Typography id="merit-title" variant="h5" component="h2" gutterBottom>
        Evaluación de mérito de la denuncia anónima
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        Una denuncia anónima solo inicia una actuación si los hechos están probados al menos sumariamente o se
        refiere a hechos o personas claramente identificables (Ley 962 de 2005, art. 81; Ley 1952 de 2019,
        art. 86). Se registra una sola vez.
      </Typography>
      <Stack component="form" spacing={2} onSubmit={submit}>
        <RadioGroup
          row
          value={admissible ? 'yes' : 'no'}
          onChange={(event) => setAdmissible(event.target.value === 'yes')}
        >
          <FormControlLabel value="yes" control={<Radio />} label="Procede: inicia una actuación" />
          <FormControlLabel value="no" control={<Radio />} label="No procede" />
        </RadioGroup>
        {admissible && (
          <TextField
            select
            label="Fundamento"
            value={basis}
            onChange={(event) => setBasis(event.target.value as MeritBasis)}
          >
            {GROUNDS.map((ground) => (
              <MenuItem key={ground} value={ground}>
                {MERIT_BASIS_LABELS[ground]}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          required
          multiline
          minRows={2}
          label="Motivación"
          value={motivation}
          onChange={(event) => setMotivation(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 5000 } }}
        />
        {admissible && (
          <>
            <TextField
              select
              label="Actuación iniciada"
              value={action}
              onChange={(event) => setAction(event.target.value as MeritAction)}
            >
              {ACTIONS.map((each) => (
                <MenuItem key={each} value={each}>
                  {MERIT_ACTION_LABELS[each]}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              required
              label="Referencia de la actuación (expediente u oficio de remisión)"
              value={reference}
              onChange={(event) => setReference(event.target.value)}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
          </>
        )}
        {failure && <Alert severity="error">{failure.message}</Alert>}
        <Button type="submit" variant="contained" disabled={result.fetching} sx={{ alignSelf: 'start' }}>
          Registrar la evaluación
        </Button>
      </Stack>
    </Paper>
  );
}
