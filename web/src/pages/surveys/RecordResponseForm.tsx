// Recording a survey response (answered on line, or transcribed from paper or a call): the active
// instrument, the channel, first or second evaluation, the day, an optional radicado it follows, and
// each question's answer. Anonymous: no personal data is asked for here.
import {
  Alert,
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { PqrsChannel, SurveyEvaluation } from '../../graphql/generated/graphql';
import { PQRS_CHANNEL_LABELS, PQRS_CHANNELS } from '../../logic/pqrs-labels';
import { formatDate, todayInBogota } from '../../logic/report-periods';
import { ruleErrorOf, type RuleError } from '../../logic/rule-errors';
import {
  answerProblems,
  SURVEY_EVALUATION_LABELS,
  radicadoInput,
  responseDraftProblems,
  surveyAnswersInput,
  type AnswerValues,
  type ResponseDraft,
  type ResponseDraftField,
  type SurveyQuestion,
} from '../../logic/survey-answers';
import { QuestionField } from './QuestionField';
import { DateField } from '../common/DateField.js';
import { SuccessMessage } from '../common/SuccessMessage';

const SURVEY_ACTIVE_INSTRUMENTS = graphql(`
  query SurveyActiveInstruments {
    surveyInstruments(status: ACTIVE, first: 100) {
      nodes {
        id
        name
        version
        questions {
          id
          kind
          text
        }
      }
    }
  }
`);

const SURVEY_RECORD_RESPONSE = graphql(`
  mutation SurveyRecordResponse($input: AnswerSurveyInput!) {
    answerSurvey(input: $input) {
      id
      answeredOn
      instrumentVersion
    }
  }
`);

const RESPONSE_FIELDS: readonly string[] = ['channel', 'answeredOn', 'radicado'];

function freshDraft(): ResponseDraft {
  return { channel: '', evaluation: 'FIRST', answeredOn: todayInBogota(new Date()), radicado: '' };
}

export function RecordResponseForm() {
  const [{ data, error: loadError }] = useQuery({ query: SURVEY_ACTIVE_INSTRUMENTS });
  const [{ fetching }, record] = useMutation(SURVEY_RECORD_RESPONSE);
  const [chosenId, setChosenId] = useState('');
  const [draft, setDraft] = useState<ResponseDraft>(freshDraft);
  const [answers, setAnswers] = useState<AnswerValues>({});
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<RuleError | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);

  const instruments = data?.surveyInstruments.nodes ?? [];
  const instrument = instruments.find((candidate) => candidate.id === chosenId) ?? instruments[0];
  const questions: SurveyQuestion[] = (instrument?.questions ?? []).map((question) => ({
    id: question.id,
    kind: question.kind,
    text: question.text,
  }));
  const today = todayInBogota(new Date());
  const draftProblems = responseDraftProblems(draft, today);
  const questionProblems = answerProblems(questions, answers);
  const fieldError = (field: ResponseDraftField) =>
    (submitted ? draftProblems[field] : undefined) ??
    (failure?.field === field ? failure.message : undefined);

  function changeDraft(patch: Partial<ResponseDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setFailure(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    setRecorded(null);
    if (!instrument) return;
    if (Object.keys(draftProblems).length > 0 || Object.keys(questionProblems).length > 0) return;
    const result = await record({
      input: {
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        channel: draft.channel as PqrsChannel,
        evaluation: draft.evaluation,
        answeredOn: draft.answeredOn,
        radicado: radicadoInput(draft.radicado),
        answers: surveyAnswersInput(questions, answers),
      },
    });
    const refusal = ruleErrorOf(result.error, 'No fue posible registrar la encuesta.');
    if (refusal || !result.data) {
      setFailure(refusal);
      return;
    }
    setRecorded(`Encuesta registrada: ${instrument.name}, respondida el ${formatDate(draft.answeredOn)}.`);
    setDraft(freshDraft());
    setAnswers({});
    setSubmitted(false);
  }

  return (
    <Paper component="section" aria-labelledby="record-response-title" sx={{ p: 2, mb: 4, maxWidth: 900 }}>
      <Typography id="record-response-title" variant="h5" component="h2" gutterBottom>
        Registrar una respuesta
      </Typography>
      {loadError && (
        <Alert severity="error">
          {loadError.graphQLErrors[0]?.message ?? 'No fue posible consultar los instrumentos de encuesta.'}
        </Alert>
      )}
      {data && instruments.length === 0 && <Typography>No hay instrumentos de encuesta vigentes.</Typography>}
      {recorded && (
        <SuccessMessage sx={{ mb: 2 }} data-testid="survey-recorded">
          {recorded}
        </SuccessMessage>
      )}
      {instrument && (
        <Stack component="form" spacing={2} onSubmit={submit} noValidate>
          {failure && !(failure.field && RESPONSE_FIELDS.includes(failure.field)) && (
            <Alert severity="error">{failure.message}</Alert>
          )}
          <TextField
            select
            label="Instrumento"
            value={instrument.id}
            onChange={(event) => {
              setChosenId(event.target.value);
              setAnswers({});
              setFailure(null);
            }}
            sx={{ maxWidth: 480 }}
          >
            {instruments.map((candidate) => (
              <MenuItem key={candidate.id} value={candidate.id}>
                {candidate.name} (versión {candidate.version})
              </MenuItem>
            ))}
          </TextField>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              select
              label="Canal"
              value={draft.channel}
              onChange={(event) => changeDraft({ channel: event.target.value })}
              error={Boolean(fieldError('channel'))}
              helperText={fieldError('channel')}
              required
              sx={{ minWidth: 220 }}
            >
              {PQRS_CHANNELS.map((channel) => (
                <MenuItem key={channel} value={channel}>
                  {PQRS_CHANNEL_LABELS[channel]}
                </MenuItem>
              ))}
            </TextField>
            <DateField
              label="Respondida el"
              value={draft.answeredOn}
              onChange={(answeredOn) => changeDraft({ answeredOn })}
              error={Boolean(fieldError('answeredOn'))}
              helperText={fieldError('answeredOn')}
              required
              max={today}
            />
            <TextField
              label="Radicado de la PQRS (opcional)"
              value={draft.radicado}
              onChange={(event) => changeDraft({ radicado: event.target.value })}
              error={Boolean(fieldError('radicado'))}
              helperText={fieldError('radicado') ?? 'PQRS-AAAA-NNNNNN'}
              sx={{ minWidth: 280 }}
            />
          </Stack>
          <FormControl component="fieldset">
            <FormLabel component="legend">Evaluación</FormLabel>
            <RadioGroup
              row
              name="evaluation"
              value={draft.evaluation}
              onChange={(event) => changeDraft({ evaluation: event.target.value as SurveyEvaluation })}
            >
              {(Object.keys(SURVEY_EVALUATION_LABELS) as SurveyEvaluation[]).map((evaluation) => (
                <FormControlLabel
                  key={evaluation}
                  value={evaluation}
                  control={<Radio />}
                  label={SURVEY_EVALUATION_LABELS[evaluation]}
                />
              ))}
            </RadioGroup>
          </FormControl>
          <Typography variant="h6" component="h3">
            Preguntas
          </Typography>
          {questions.map((question) => (
            <QuestionField
              key={question.id}
              question={question}
              value={answers[question.id] ?? ''}
              error={submitted ? questionProblems[question.id] : undefined}
              onChange={(value) => {
                setAnswers((current) => ({ ...current, [question.id]: value }));
                setFailure(null);
              }}
            />
          ))}
          <Box>
            <Button type="submit" variant="contained" disabled={fetching}>
              {fetching ? 'Registrando…' : 'Registrar la encuesta'}
            </Button>
          </Box>
        </Stack>
      )}
    </Paper>
  );
}
