// Mapa de riesgos: the process's risks rated by the Función Pública guide (the note says which version) —
// the inherent and residual heat maps (zone and count in words in every cell, each with its table), the
// list of risks with their zones, last monitored quarter and materialisations, and, for the risk opened,
// its cause, consequence, controls, quarterly monitoring and materialisations with the steps each user may
// take. Coordinators register risks.
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql/generated';
import { ruleErrorOf } from '../../../logic/rule-errors';
import { useSession } from '../../../session/session';
import { HeatMap } from './HeatMap';
import { RiskPanel } from './RiskPanel';
import { RiskStepForm } from './RiskStepForm';
import {
  IMPACT_LABELS,
  mayManageRisks,
  PROBABILITY_LABELS,
  quarterText,
  RISK_ZONE_LABELS,
  ZONE_COLORS,
  type Zone,
} from './risk-logic';
import { PROBABILITY_FREQUENCY_CRITERIA } from '../../../../../src/domain/planning/risk-rating.js';

const RISK_MAP = graphql(`
  query RiskMapScreen {
    riskMap {
      methodNote
      inherentHeatMap {
        probability
        impact
        zone
        count
      }
      residualHeatMap {
        probability
        impact
        zone
        count
      }
      risks {
        id
        name
        cause
        consequence
        revision
        lastMonitoredQuarter
        inherent {
          probability
          probabilityPercent
          impact
          impactPercent
          zone
        }
        residual {
          probability
          probabilityPercent
          impact
          impactPercent
          zone
        }
        controls {
          id
          description
          responsible {
            id
            username
            fullName
          }
          type
          implementation
          documentation
          frequency
          evidence
          periodicity
          evidenceDescription
          weight
          residualAfter {
            zone
          }
        }
        monitorings {
          quarter
          controlsEffective
          observations
          evidence
          materializations
          monitoredAt
          residual {
            zone
          }
        }
        materializations {
          id
          occurredOn
          quarter
          description
          links {
            kind
            reference
          }
        }
      }
    }
  }
`);

const REGISTER_RISK = graphql(`
  mutation RiskRegister($input: RegisterRiskInput!) {
    registerRisk(input: $input) {
      id
      revision
    }
  }
`);

export function ZoneChip({ zone }: { readonly zone: Zone }) {
  const colors = ZONE_COLORS[zone];
  return (
    <Chip
      size="small"
      label={RISK_ZONE_LABELS[zone]}
      sx={{ bgcolor: colors.fill, color: colors.text, fontWeight: 600 }}
    />
  );
}

export function RiskMapScreen() {
  const { user } = useSession();
  const roles = user?.roles ?? [];
  const manager = mayManageRisks(roles);
  const [openRiskId, setOpenRiskId] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: RISK_MAP });
  const [, registerRisk] = useMutation(REGISTER_RISK);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const map = data?.riskMap ?? null;
  const openRisk = map?.risks.find((risk) => risk.id === openRiskId) ?? null;

  return (
    <Box>
      <Typography variant="h5" component="h2" gutterBottom>
        Mapa de riesgos del proceso
      </Typography>
      {fetching && !data && <CircularProgress aria-label="Cargando el mapa de riesgos" />}
      {error && (
        <Alert severity="error">
          {error.graphQLErrors[0]?.message ?? 'No fue posible consultar el mapa de riesgos.'}
        </Alert>
      )}
      {map && (
        <>
          <Alert severity="info" sx={{ mb: 2 }} data-testid="risk-method-note">
            {map.methodNote}
          </Alert>
          <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ mb: 3 }}>
            <HeatMap id="inherent-heat-map" title="Mapa de calor inherente" cells={map.inherentHeatMap} />
            <HeatMap id="residual-heat-map" title="Mapa de calor residual" cells={map.residualHeatMap} />
          </Stack>

          <Paper component="section" aria-labelledby="risk-list-title" sx={{ p: 2, mb: 3 }}>
            <Typography id="risk-list-title" variant="h6" component="h3" gutterBottom>
              Riesgos del proceso ({map.risks.length})
            </Typography>
            {map.risks.length === 0 ? (
              <Typography color="text.secondary">Aún no hay riesgos registrados.</Typography>
            ) : (
              <TableContainer tabIndex={0} role="region" aria-labelledby="risk-list-title">
                <Table size="small" aria-labelledby="risk-list-title">
                  <TableHead>
                    <TableRow>
                      <TableCell>Riesgo</TableCell>
                      <TableCell>Probabilidad × impacto</TableCell>
                      <TableCell>Zona inherente</TableCell>
                      <TableCell align="right">Controles</TableCell>
                      <TableCell>Zona residual</TableCell>
                      <TableCell>Último monitoreo</TableCell>
                      <TableCell align="right">Materializaciones</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {map.risks.map((risk) => (
                      <TableRow key={risk.id} data-testid="risk-row" selected={risk.id === openRiskId}>
                        <TableCell>
                          <Button
                            variant="text"
                            onClick={() => setOpenRiskId(risk.id)}
                            aria-label={`Abrir el riesgo ${risk.name}`}
                            sx={{ textAlign: 'left', textTransform: 'none', p: 0 }}
                          >
                            {risk.name}
                          </Button>
                        </TableCell>
                        <TableCell>
                          {PROBABILITY_LABELS[risk.inherent.probability]} ×{' '}
                          {IMPACT_LABELS[risk.inherent.impact]}
                        </TableCell>
                        <TableCell>
                          <ZoneChip zone={risk.inherent.zone} />
                        </TableCell>
                        <TableCell align="right">{risk.controls.length}</TableCell>
                        <TableCell>
                          <ZoneChip zone={risk.residual.zone} />
                        </TableCell>
                        <TableCell>
                          {risk.lastMonitoredQuarter
                            ? quarterText(risk.lastMonitoredQuarter)
                            : 'Sin monitoreo'}
                        </TableCell>
                        <TableCell align="right">{risk.materializations.length}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
          </Paper>

          {openRisk && <RiskPanel key={openRisk.id} risk={openRisk} roles={roles} onChanged={reload} />}

          {manager && (
            <Paper
              component="section"
              aria-labelledby="register-risk-title"
              sx={{ p: 2, mb: 3, maxWidth: 760 }}
            >
              <Typography id="register-risk-title" variant="h6" component="h3" gutterBottom>
                Registrar un riesgo
              </Typography>
              <RiskStepForm
                title="Nuevo riesgo del proceso"
                submitLabel="Registrar el riesgo"
                fields={[
                  {
                    name: 'name',
                    label: 'Riesgo',
                    kind: 'text',
                    requiredMessage: 'Indique el nombre del riesgo.',
                  },
                  { name: 'cause', label: 'Causa', kind: 'multiline', requiredMessage: 'Indique la causa.' },
                  {
                    name: 'consequence',
                    label: 'Consecuencia',
                    kind: 'multiline',
                    requiredMessage: 'Indique la consecuencia.',
                  },
                  {
                    name: 'probability',
                    label: 'Probabilidad inherente',
                    kind: 'select',
                    requiredMessage: 'Elija la probabilidad.',
                    options: Object.entries(PROBABILITY_LABELS).map(([value, label]) => ({
                      value,
                      label: `${label}: ${PROBABILITY_FREQUENCY_CRITERIA[value as keyof typeof PROBABILITY_FREQUENCY_CRITERIA]}`,
                    })),
                  },
                  {
                    name: 'impact',
                    label: 'Impacto inherente',
                    kind: 'select',
                    requiredMessage: 'Elija el impacto.',
                    options: Object.entries(IMPACT_LABELS).map(([value, label]) => ({ value, label })),
                  },
                ]}
                onSubmit={async (values) => {
                  const result = await registerRisk({
                    input: {
                      name: values['name'] ?? '',
                      cause: values['cause'] ?? '',
                      consequence: values['consequence'] ?? '',
                      probability: values['probability'] as never,
                      impact: values['impact'] as never,
                    },
                  });
                  const refusal = ruleErrorOf(result.error, 'No fue posible registrar el riesgo.');
                  if (refusal === null) {
                    setOpenRiskId(result.data?.registerRisk.id ?? null);
                    reload();
                  }
                  return refusal;
                }}
              />
            </Paper>
          )}
        </>
      )}
    </Box>
  );
}
