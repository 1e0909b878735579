// The portal's opening page: what a citizen may file here, each kind in plain words with its legal term
// and whether it may be anonymous, and the three ways on: file, follow a case, read the FAQ. Its last
// paragraph is the one the entity's home page links to (Ley 1474 de 2011, art. 76).
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { usePageTitle } from '../common/page-title';
import { businessDaysText } from '../logic/filing-texts';
import { usePortal } from '../portal';

export function LandingPage() {
  const portal = usePortal();
  usePageTitle('Inicio');
  return (
    <Stack spacing={4}>
      <Box>
        <Typography variant="h4" component="h1" tabIndex={-1} gutterBottom>
          Ventanilla virtual: {portal.officeName}
        </Typography>
        <Typography sx={{ mb: 2 }}>
          Presente aquí sus peticiones, quejas, reclamos, sugerencias y denuncias ante {portal.entityName}, a
          cualquier hora y sin crear una cuenta. Al radicar recibe un número de radicado y un código de
          consulta con los que puede seguir su caso, aportar lo que le pidamos y leer la respuesta.
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <Button component={RouterLink} to="/ventanilla/radicar" variant="contained" size="large">
            Radicar una solicitud
          </Button>
          <Button component={RouterLink} to="/ventanilla/consulta" variant="outlined" size="large">
            Consultar mi solicitud
          </Button>
          <Button component={RouterLink} to="/ventanilla/preguntas" variant="outlined" size="large">
            Preguntas frecuentes
          </Button>
        </Stack>
      </Box>

      <Box component="section" aria-labelledby="que-puede-presentar">
        <Typography id="que-puede-presentar" variant="h5" component="h2" gutterBottom>
          Qué puede presentar
        </Typography>
        <Typography sx={{ mb: 2 }}>
          Los plazos se cuentan en días hábiles (de lunes a viernes, sin festivos) desde el día siguiente a la
          radicación, como lo manda la Ley 1755 de 2015.
        </Typography>
        <Stack component="ul" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {portal.kinds.map((kind) => (
            <Card component="li" key={kind.kind} variant="outlined">
              <CardContent>
                <Typography variant="h6" component="h3">
                  {kind.label}
                </Typography>
                <Typography sx={{ my: 1 }}>{kind.explanation}</Typography>
                <Typography variant="body2">
                  <strong>Plazo de respuesta:</strong> {businessDaysText(kind.termBusinessDays)}.
                  {kind.anonymousAllowed ? ' Puede presentarse de forma anónima.' : ''}
                </Typography>
              </CardContent>
            </Card>
          ))}
        </Stack>
      </Box>

      <Box component="section" aria-labelledby="sobre-el-canal">
        <Typography id="sobre-el-canal" variant="h5" component="h2" gutterBottom>
          Sobre este canal
        </Typography>
        <Typography>
          {portal.entityName} enlaza esta Ventanilla virtual desde su página principal para que cualquier
          persona presente quejas, sugerencias, reclamos y denuncias, también de forma anónima cuando la ley
          lo permite (Ley 1474 de 2011, artículo 76). Las peticiones pueden presentarse por cualquier medio
          (Ley 1755 de 2015); esta ventanilla es el medio electrónico, y la atención presencial sigue abierta.
        </Typography>
      </Box>
    </Stack>
  );
}
