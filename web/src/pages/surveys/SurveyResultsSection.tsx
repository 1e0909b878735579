// The results of an instrument for a period: how many responses, the overall satisfaction index against
// the instrument's threshold, and charts (each told in words, its data as a table) of the index per
// question, per channel, and of the first against the second evaluation; the questions below the
// threshold with the reference for their improvement action, and the free-text answers.
import {
  Alert,
  Box,
  Button,
  List,
  ListItem,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import { formatPercent, formatRate } from '../../logic/dashboard-figures';
import { formatDate, isCalendarDate, todayInBogota } from '../../logic/report-periods';
import {
  channelBars,
  channelsSummary,
  evaluationBars,
  evaluationSummary,
  questionBars,
  questionsSummary,
  type ResultBar,
} from '../../logic/survey-results';
import { ChartFigure } from '../dashboard/ChartFigure';
import { DateField } from '../common/DateField.js';

const SURVEY_INSTRUMENT_CHOICES = graphql(`
  query SurveyInstrumentChoices {
    surveyInstruments(first: 100) {
      nodes {
        id
        name
        status
      }
    }
  }
`);

const SURVEY_RESULTS = graphql(`
  query SurveyResults($instrumentId: ID!, $from: Date!, $to: Date!) {
    satisfactionResults(instrumentId: $instrumentId, from: $from, to: $to) {
      instrumentName
      from
      to
      responses
      satisfactionThreshold
      evaluationDifference
      overall {
        satisfactionIndex
        belowThreshold
        measuredAnswers
        favourableAnswers
      }
      questions {
        questionId
        text
        kind
        measuredAnswers
        favourableAnswers
        satisfactionIndex
        belowThreshold
        improvementActionReference
      }
      byChannel {
        channel
        responses
        measuredAnswers
        satisfactionIndex
      }
      firstEvaluation {
        evaluation
        responses
        satisfactionIndex
      }
      secondEvaluation {
        evaluation
        responses
        satisfactionIndex
      }
      freeTextAnswers {
        questionId
        questionText
        text
        answeredOn
      }
    }
  }
`);

/** The charts' own words, in Spanish (x-charts ships no Spanish locale). */
const CHART_LOCALE = { noData: 'No hay respuestas en el periodo', loading: 'Cargando datos…' };

interface Request {
  readonly instrumentId: string;
  readonly from: string;
  readonly to: string;
}

function IndexChart({ bars, label }: { readonly bars: readonly ResultBar[]; readonly label: string }) {
  return (
    <BarChart
      height={Math.max(160, bars.length * 48 + 70)}
      layout="horizontal"
      localeText={CHART_LOCALE}
      hideLegend
      yAxis={[{ scaleType: 'band', data: bars.map((bar) => bar.label), width: 260 }]}
      xAxis={[{ min: 0, max: 100, valueFormatter: (value: number) => `${value} %` }]}
      series={[
        {
          data: bars.map((bar) => bar.percent),
          label,
          valueFormatter: (value: number | null) => formatPercent(value),
        },
      ]}
    />
  );
}

function barsData(what: string, bars: readonly ResultBar[]) {
  return {
    columns: [what, 'Índice de satisfacción', 'Detalle'],
    rows: bars.map((bar) => [bar.label, formatPercent(bar.percent), bar.detail]),
  };
}

export function SurveyResultsSection() {
  const today = todayInBogota(new Date());
  const [{ data: choices }] = useQuery({ query: SURVEY_INSTRUMENT_CHOICES });
  const [draft, setDraft] = useState<Request>({
    instrumentId: '',
    from: `${today.slice(0, 4)}-01-01`,
    to: today,
  });
  const [request, setRequest] = useState<Request | null>(null);
  const [periodProblem, setPeriodProblem] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: SURVEY_RESULTS,
    variables: request ?? { instrumentId: '', from: today, to: today },
    pause: request === null,
  });
  const instruments = choices?.surveyInstruments.nodes ?? [];
  const instrumentId = draft.instrumentId || instruments[0]?.id || '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isCalendarDate(draft.from) || !isCalendarDate(draft.to)) {
      setPeriodProblem('Indique las fechas inicial y final del periodo.');
      return;
    }
    if (draft.from > draft.to) {
      setPeriodProblem('La fecha inicial del periodo es posterior a la final.');
      return;
    }
    setPeriodProblem(null);
    if (instrumentId !== '') setRequest({ ...draft, instrumentId });
  }

  const results = data?.satisfactionResults;
  return (
    <Box component="section" aria-labelledby="survey-results-title">
      <Typography id="survey-results-title" variant="h5" component="h2" gutterBottom>
        Resultados
      </Typography>
      {choices && instruments.length === 0 && <Typography>No hay instrumentos de encuesta.</Typography>}
      {instruments.length > 0 && (
        <Stack
          component="form"
          direction={{ xs: 'column', md: 'row' }}
          spacing={2}
          onSubmit={submit}
          noValidate
          aria-label="Consultar resultados"
          sx={{ mb: 2, alignItems: { md: 'flex-start' } }}
        >
          <TextField
            select
            label="Instrumento de los resultados"
            value={instrumentId}
            onChange={(event) => setDraft((current) => ({ ...current, instrumentId: event.target.value }))}
            sx={{ minWidth: 300 }}
          >
            {instruments.map((instrument) => (
              <MenuItem key={instrument.id} value={instrument.id}>
                {instrument.name}
                {instrument.status === 'RETIRED' ? ' (retirado)' : ''}
              </MenuItem>
            ))}
          </TextField>
          <DateField
            label="Desde"
            value={draft.from}
            onChange={(from) => setDraft((current) => ({ ...current, from }))}
            error={Boolean(periodProblem)}
            helperText={periodProblem ?? undefined}
          />
          <DateField
            label="Hasta (incluido)"
            value={draft.to}
            onChange={(to) => setDraft((current) => ({ ...current, to }))}
          />
          <Button type="submit" variant="contained" sx={{ mt: { md: 1 } }}>
            Ver resultados
          </Button>
        </Stack>
      )}
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.graphQLErrors[0]?.message ?? 'No fue posible consultar los resultados.'}
        </Alert>
      )}
      {fetching && <Typography role="status">Consultando los resultados…</Typography>}
      {results && (
        <>
          <Typography variant="h6" component="h3" gutterBottom data-testid="survey-results-heading">
            {results.instrumentName}, {formatDate(results.from)} a {formatDate(results.to)}
          </Typography>
          <Typography data-testid="survey-results-overall" sx={{ mb: 2 }}>
            {results.responses} {results.responses === 1 ? 'encuesta respondida' : 'encuestas respondidas'}.
            Índice global: {formatRate(results.overall.satisfactionIndex ?? null)} (umbral{' '}
            {formatRate(results.satisfactionThreshold)})
            {results.overall.belowThreshold ? ': por debajo del umbral.' : '.'}
          </Typography>
          {results.responses > 0 && (
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 3, mb: 3 }}>
              <ChartFigure
                title="Índice por pregunta"
                summary={questionsSummary(results.questions, results.satisfactionThreshold)}
                data={barsData('Pregunta', questionBars(results.questions))}
                testId="chart-survey-questions"
              >
                <IndexChart bars={questionBars(results.questions)} label="Índice por pregunta" />
              </ChartFigure>
              <ChartFigure
                title="Índice por canal"
                summary={channelsSummary(results.byChannel)}
                data={barsData('Canal', channelBars(results.byChannel))}
                testId="chart-survey-channels"
              >
                <IndexChart bars={channelBars(results.byChannel)} label="Índice por canal" />
              </ChartFigure>
              <ChartFigure
                title="Primera y segunda evaluación"
                summary={evaluationSummary(
                  results.firstEvaluation,
                  results.secondEvaluation,
                  results.evaluationDifference ?? null,
                )}
                data={barsData(
                  'Evaluación',
                  evaluationBars([results.firstEvaluation, results.secondEvaluation]),
                )}
                testId="chart-survey-evaluations"
              >
                <IndexChart
                  bars={evaluationBars([results.firstEvaluation, results.secondEvaluation])}
                  label="Índice por evaluación"
                />
              </ChartFigure>
            </Box>
          )}
          <BelowThreshold questions={results.questions} />
          <Paper component="section" aria-labelledby="free-text-title" sx={{ p: 2, mb: 3 }}>
            <Typography id="free-text-title" variant="h6" component="h3" gutterBottom>
              Respuestas abiertas
            </Typography>
            {results.freeTextAnswers.length === 0 ? (
              <Typography color="text.secondary">No hay respuestas abiertas en el periodo.</Typography>
            ) : (
              <List aria-labelledby="free-text-title">
                {results.freeTextAnswers.map((answer, index) => (
                  <ListItem key={index} divider disableGutters sx={{ display: 'block' }}>
                    <Typography variant="body2" color="text.secondary">
                      {formatDate(answer.answeredOn)} · {answer.questionText}
                    </Typography>
                    <Typography>{answer.text}</Typography>
                  </ListItem>
                ))}
              </List>
            )}
          </Paper>
        </>
      )}
    </Box>
  );
}

function BelowThreshold({
  questions,
}: {
  readonly questions: readonly {
    readonly questionId: string;
    readonly text: string;
    readonly belowThreshold: boolean;
    readonly improvementActionReference?: string | null;
  }[];
}) {
  const below = questions.filter((question) => question.belowThreshold);
  if (below.length === 0) return null;
  return (
    <Paper component="section" aria-labelledby="below-threshold-title" sx={{ p: 2, mb: 3 }}>
      <Typography id="below-threshold-title" variant="h6" component="h3" gutterBottom>
        Preguntas bajo el umbral
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        Formule una acción de mejora con origen «Encuesta de satisfacción» y esta referencia.
      </Typography>
      <List aria-labelledby="below-threshold-title">
        {below.map((question) => (
          <ListItem key={question.questionId} divider disableGutters sx={{ display: 'block' }}>
            <Typography>
              {question.questionId}. {question.text}
            </Typography>
            {question.improvementActionReference && (
              <Typography variant="body2">
                Referencia:{' '}
                <Box component="code" sx={{ fontFamily: 'monospace' }}>
                  {question.improvementActionReference}
                </Box>
              </Typography>
            )}
          </ListItem>
        ))}
      </List>
    </Paper>
  );
}
