// Respuestas conjuntas: the answers the office gave at once to more than ten equal petitions (art. 22 of
// Ley 1437 de 2011, sustituido por la Ley 1755 de 2015), published here and sent to each petitioner. Read
// from the server's plain route: no session, nothing to send. No radicados are shown.
import { Alert, Box, Paper, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Fact } from '../common/Fact';
import { usePageTitle } from '../common/page-title';

const JOINT_ANSWERS_URL = '/ventanilla/respuestas-conjuntas/publicadas';

interface PublishedJointAnswer {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly answer: string;
  /** dd/mm/aaaa, as the server gives it. */
  readonly publishedOn: string;
  readonly petitions: number;
}

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'loaded'; readonly answers: readonly PublishedJointAnswer[] };

export function JointAnswersPage() {
  usePageTitle('Respuestas conjuntas');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    const failed =
      'No fue posible consultar las respuestas publicadas. Revise su conexión e inténtelo de nuevo.';
    fetch(JOINT_ANSWERS_URL, { signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as {
          jointAnswers?: PublishedJointAnswer[];
          error?: { message?: string };
        };
        if (!response.ok || body.jointAnswers === undefined) {
          setLoaded({ state: 'failed', message: body.error?.message ?? failed });
          return;
        }
        setLoaded({ state: 'loaded', answers: body.jointAnswers });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ state: 'failed', message: failed });
      });
    return () => controller.abort();
  }, []);

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h4" component="h1" tabIndex={-1} gutterBottom>
          Respuestas conjuntas
        </Typography>
        <Typography>
          Cuando llegan más de diez peticiones análogas, la entidad puede darles una sola respuesta, que
          publica aquí y envía a cada peticionario (artículo 22 de la Ley 1437 de 2011, sustituido por la Ley
          1755 de 2015).
        </Typography>
      </Box>
      {loaded.state === 'loading' && (
        <Typography role="status">Consultando las respuestas publicadas…</Typography>
      )}
      {loaded.state === 'failed' && <Alert severity="error">{loaded.message}</Alert>}
      {loaded.state === 'loaded' && loaded.answers.length === 0 && (
        <Typography role="status">Aún no hay respuestas conjuntas publicadas.</Typography>
      )}
      {loaded.state === 'loaded' &&
        loaded.answers.map((answer) => (
          <Paper
            key={answer.id}
            component="section"
            variant="outlined"
            aria-labelledby={`respuesta-${answer.id}`}
            sx={{ p: { xs: 2, sm: 3 } }}
            data-testid="joint-answer"
          >
            <Typography variant="h5" component="h2" id={`respuesta-${answer.id}`} gutterBottom>
              {answer.title}
            </Typography>
            <Box component="dl" sx={{ m: 0 }}>
              <Fact label="Tipo">{answer.kind}</Fact>
              <Fact label="Publicada el">{answer.publishedOn}</Fact>
              <Fact label="Peticiones que responde">{answer.petitions}</Fact>
            </Box>
            <Typography sx={{ mt: 2, whiteSpace: 'pre-line' }}>{answer.answer}</Typography>
          </Paper>
        ))}
    </Stack>
  );
}
