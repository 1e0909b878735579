// Campañas y medios: the year's marketing and media plan — each campaign, fair, visit or dissemination
// action with its kind, municipality, dates, channels and media, budget, and once recorded its
// attendance, actual cost and results — with the requests it brought and the cost per affiliation
// (actual cost ÷ approved affiliations), the same by municipality, and the old free-text names to map.
import {
  Alert,
  Box,
  Button,
  MenuItem,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { CampaignChannel, CampaignKind } from '../../../graphql/generated/graphql';
import {
  CAMPAIGN_CHANNEL_LABELS,
  CAMPAIGN_KIND_LABELS,
  campaignDays,
  formatPesos,
  pesosOrDash,
} from '../../../logic/campaign-plan';
import { mayAsk } from '../../../logic/domain-permissions';
import { todayInBogota } from '../../../logic/report-periods';
import { useSession } from '../../../session/session';
import { CAMPAIGN_PLAN } from './campaign-operations';
import { CampaignResultForm } from './CampaignResultForm';
import { LegacyCampaignNames } from './LegacyCampaignNames';
import { PlanCampaignForm } from './PlanCampaignForm';

/** A plan added to a year with none yet must appear (no Campaign typename to invalidate). */
const PLAN_CONTEXT = { additionalTypenames: ['Campaign'] };

interface ResultTarget {
  readonly id: string;
  readonly name: string;
  readonly revision: number;
}

export function CampaignsScreen() {
  const { user } = useSession();
  const roles = user?.roles ?? [];
  const today = todayInBogota(new Date());
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [planning, setPlanning] = useState(false);
  const [resultFor, setResultFor] = useState<ResultTarget | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, error, fetching }, refresh] = useQuery({
    query: CAMPAIGN_PLAN,
    variables: { filter: { year } },
    context: PLAN_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const mayPlan = mayAsk(roles, 'PlanCampaign');
  const mayRecord = mayAsk(roles, 'RecordCampaignResult');
  const rows = data?.campaignStatistics.byCampaign ?? [];
  const municipalities = data?.campaignStatistics.byMunicipality ?? [];

  return (
    <Box>
      <Typography variant="h5" component="h2" gutterBottom>
        Plan de mercadeo y medios
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <TextField
          select
          size="small"
          label="Año del plan"
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
          sx={{ minWidth: 140 }}
        >
          {[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((option) => (
            <MenuItem key={option} value={option}>
              {option}
            </MenuItem>
          ))}
        </TextField>
        {mayPlan && !planning && (
          <Button variant="contained" onClick={() => setPlanning(true)}>
            Planear una campaña
          </Button>
        )}
      </Box>
      {notice && (
        <Alert severity="success" role="status" sx={{ mb: 2 }} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {planning && (
        <PlanCampaignForm
          onClose={() => setPlanning(false)}
          onPlanned={(campaign) => {
            setNotice(`Campaña planeada: «${campaign.name}» (${campaign.year}).`);
            setPlanning(false);
            setYear(campaign.year);
            refresh({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {resultFor && (
        <CampaignResultForm
          key={resultFor.id}
          campaign={resultFor}
          onDone={(recorded) => {
            if (recorded) setNotice(`Resultado registrado para «${resultFor.name}».`);
            setResultFor(null);
            refresh({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.graphQLErrors[0]?.message ?? 'No fue posible consultar el plan de campañas.'}
        </Alert>
      )}
      {fetching && !data && <Typography>Consultando el plan de campañas…</Typography>}

      <Paper component="section" aria-labelledby="campaigns-table-title" sx={{ p: 2, overflowX: 'auto' }}>
        <Typography id="campaigns-table-title" variant="h6" component="h3" gutterBottom>
          Campañas, ferias, visitas y acciones de difusión de {year}
        </Typography>
        {data && rows.length === 0 ? (
          <Typography>No hay campañas planeadas para {year}.</Typography>
        ) : (
          <Table size="small" aria-labelledby="campaigns-table-title">
            <TableHead>
              <TableRow>
                <TableCell>Campaña</TableCell>
                <TableCell>Tipo</TableCell>
                <TableCell>Municipio</TableCell>
                <TableCell>Fechas</TableCell>
                <TableCell>Canales y medios</TableCell>
                <TableCell align="right">Presupuesto</TableCell>
                <TableCell align="right">Costo ejecutado</TableCell>
                <TableCell align="right">Asistencia</TableCell>
                <TableCell align="right">Solicitudes</TableCell>
                <TableCell align="right">Afiliaciones aprobadas</TableCell>
                <TableCell align="right">Costo por afiliación</TableCell>
                {mayRecord && <TableCell>Resultado</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map(({ campaign, figures }) => (
                <TableRow key={campaign.id}>
                  <TableCell component="th" scope="row">
                    {campaign.name}
                    {campaign.mappedNames.length > 0 && (
                      <Typography variant="body2" color="text.secondary">
                        También: {campaign.mappedNames.join('; ')}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{CAMPAIGN_KIND_LABELS[campaign.kind as CampaignKind]}</TableCell>
                  <TableCell>{campaign.municipality.name}</TableCell>
                  <TableCell>{campaignDays(campaign.startDate, campaign.endDate)}</TableCell>
                  <TableCell>
                    {campaign.channels
                      .map((channel) => CAMPAIGN_CHANNEL_LABELS[channel as CampaignChannel])
                      .join(', ')}
                    {campaign.media && (
                      <Typography variant="body2" color="text.secondary">
                        {campaign.media}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right">{formatPesos(campaign.budget)}</TableCell>
                  <TableCell align="right">{pesosOrDash(campaign.actualCost)}</TableCell>
                  <TableCell align="right">{campaign.attendance ?? '—'}</TableCell>
                  <TableCell align="right">{figures.applications}</TableCell>
                  <TableCell align="right">{figures.approved}</TableCell>
                  <TableCell align="right">{pesosOrDash(figures.costPerAffiliation)}</TableCell>
                  {mayRecord && (
                    <TableCell>
                      {campaign.startDate <= today ? (
                        <Button
                          size="small"
                          onClick={() =>
                            setResultFor({
                              id: campaign.id,
                              name: campaign.name,
                              revision: campaign.revision,
                            })
                          }
                          aria-label={`${campaign.actualCost === null ? 'Registrar' : 'Corregir'} el resultado de ${campaign.name}`}
                        >
                          {campaign.actualCost === null ? 'Registrar' : 'Corregir'}
                        </Button>
                      ) : (
                        'Aún no empieza'
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>

      {municipalities.length > 0 && (
        <Paper
          component="section"
          aria-labelledby="municipalities-table-title"
          sx={{ p: 2, mt: 3, overflowX: 'auto' }}
        >
          <Typography id="municipalities-table-title" variant="h6" component="h3" gutterBottom>
            Por municipio
          </Typography>
          <Typography variant="body2" sx={{ mb: 1 }}>
            El costo por afiliación divide el costo ejecutado de las campañas con resultado entre las
            afiliaciones aprobadas de esas campañas.
          </Typography>
          <Table size="small" aria-labelledby="municipalities-table-title">
            <TableHead>
              <TableRow>
                <TableCell>Municipio</TableCell>
                <TableCell align="right">Campañas</TableCell>
                <TableCell align="right">Presupuesto</TableCell>
                <TableCell align="right">Costo ejecutado</TableCell>
                <TableCell align="right">Asistencia</TableCell>
                <TableCell align="right">Solicitudes</TableCell>
                <TableCell align="right">Afiliaciones aprobadas</TableCell>
                <TableCell align="right">Costo por afiliación</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {municipalities.map((row) => (
                <TableRow key={row.municipality.code}>
                  <TableCell component="th" scope="row">
                    {row.municipality.name}
                  </TableCell>
                  <TableCell align="right">{row.campaigns}</TableCell>
                  <TableCell align="right">{formatPesos(row.budget)}</TableCell>
                  <TableCell align="right">{formatPesos(row.actualCost)}</TableCell>
                  <TableCell align="right">{row.attendance}</TableCell>
                  <TableCell align="right">{row.applications}</TableCell>
                  <TableCell align="right">{row.approved}</TableCell>
                  <TableCell align="right">{pesosOrDash(row.costPerAffiliation)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}

      <LegacyCampaignNames mayMap={mayAsk(roles, 'MapCampaignName')} />
    </Box>
  );
}
