// The risk opened on the map: its cause and consequence, inherent and residual rating, its controls (with
// owner, attributes, periodicity, evidence and the zone each leaves), its quarterly monitoring and its
// materialisations with what shows them; and the steps the user may take on it.
import {
  Box,
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
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql/generated';
import type { RiskMapScreenQuery, Role } from '../../../graphql/generated/graphql';
import { formatDate, formatInstant, todayInBogota } from '../../../logic/report-periods';
import { ruleErrorOf, type RuleError } from '../../../logic/rule-errors';
import { ZoneChip } from './RiskMapScreen';
import { RiskStepForm } from './RiskStepForm';
import {
  CONTROL_DOCUMENTATION_LABELS,
  CONTROL_EVIDENCE_LABELS,
  CONTROL_FREQUENCY_LABELS,
  CONTROL_IMPLEMENTATION_LABELS,
  CONTROL_PERIODICITY_LABELS,
  CONTROL_TYPE_LABELS,
  IMPACT_LABELS,
  linkText,
  mayManageRisks,
  mayRecordMaterialization,
  PROBABILITY_LABELS,
  quarterText,
  ratingPercent,
  recentQuarters,
  RISK_INDICATOR_NAMES,
} from './risk-logic';

type RiskView = RiskMapScreenQuery['riskMap']['risks'][number];

const RISK_STAFF = graphql(`
  query RiskControlResponsibles {
    users {
      id
      username
      fullName
      roles
      active
    }
  }
`);

const RISK_ACTIONS = graphql(`
  query RiskMaterializationActions {
    improvementActions(first: 100) {
      nodes {
        id
        problem
        status
      }
    }
  }
`);

const ADD_CONTROL = graphql(`
  mutation RiskAddControl($riskId: ID!, $expectedRevision: Int, $input: AddRiskControlInput!) {
    addRiskControl(riskId: $riskId, expectedRevision: $expectedRevision, input: $input) {
      id
      revision
    }
  }
`);

const RECORD_MONITORING = graphql(`
  mutation RiskRecordMonitoring($riskId: ID!, $expectedRevision: Int, $input: RecordRiskMonitoringInput!) {
    recordRiskMonitoring(riskId: $riskId, expectedRevision: $expectedRevision, input: $input) {
      id
      revision
    }
  }
`);

const RECORD_MATERIALIZATION = graphql(`
  mutation RiskRecordMaterialization(
    $riskId: ID!
    $expectedRevision: Int
    $input: RecordRiskMaterializationInput!
  ) {
    recordRiskMaterialization(riskId: $riskId, expectedRevision: $expectedRevision, input: $input) {
      id
      revision
    }
  }
`);

const options = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export function RiskPanel({
  risk,
  roles,
  onChanged,
}: {
  readonly risk: RiskView;
  readonly roles: readonly Role[];
  readonly onChanged: () => void;
}) {
  const manager = mayManageRisks(roles);
  const recorder = mayRecordMaterialization(roles);
  const [{ data: staff }] = useQuery({ query: RISK_STAFF, pause: !manager });
  const [{ data: actions }] = useQuery({ query: RISK_ACTIONS, pause: !recorder });
  const [, addControl] = useMutation(ADD_CONTROL);
  const [, recordMonitoring] = useMutation(RECORD_MONITORING);
  const [, recordMaterialization] = useMutation(RECORD_MATERIALIZATION);
  const today = todayInBogota(new Date());
  const responsibles = (staff?.users ?? []).filter(
    (user) => user.active && user.roles.some((role) => role !== 'AUDITOR'),
  );
  const titleId = `risk-${risk.id}-title`;

  return (
    <Paper component="section" aria-labelledby={titleId} sx={{ p: 2, mb: 3 }} data-testid="risk-panel">
      <Typography id={titleId} variant="h6" component="h3" gutterBottom>
        {risk.name}
      </Typography>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 1, m: 0 }}
      >
        <Typography component="dt" sx={{ fontWeight: 600 }}>
          Causa
        </Typography>
        <Typography component="dd" sx={{ m: 0 }}>
          {risk.cause}
        </Typography>
        <Typography component="dt" sx={{ fontWeight: 600 }}>
          Consecuencia
        </Typography>
        <Typography component="dd" sx={{ m: 0 }}>
          {risk.consequence}
        </Typography>
        <Typography component="dt" sx={{ fontWeight: 600 }}>
          Riesgo inherente
        </Typography>
        <Box component="dd" sx={{ m: 0 }}>
          {PROBABILITY_LABELS[risk.inherent.probability]} ({ratingPercent(risk.inherent.probabilityPercent)})
          × {IMPACT_LABELS[risk.inherent.impact]} ({ratingPercent(risk.inherent.impactPercent)}):{' '}
          <ZoneChip zone={risk.inherent.zone} />
        </Box>
        <Typography component="dt" sx={{ fontWeight: 600 }}>
          Riesgo residual
        </Typography>
        <Box component="dd" sx={{ m: 0 }} data-testid="risk-residual">
          {PROBABILITY_LABELS[risk.residual.probability]} ({ratingPercent(risk.residual.probabilityPercent)})
          × {IMPACT_LABELS[risk.residual.impact]} ({ratingPercent(risk.residual.impactPercent)}):{' '}
          <ZoneChip zone={risk.residual.zone} />
        </Box>
      </Box>

      <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600, mt: 2 }}>
        Controles
      </Typography>
      {risk.controls.length === 0 ? (
        <Typography color="text.secondary">Sin controles: el residual es el inherente.</Typography>
      ) : (
        <TableContainer tabIndex={0} role="region" aria-label={`Controles del riesgo ${risk.name}`}>
          <Table size="small" aria-label={`Controles del riesgo ${risk.name}`}>
            <TableHead>
              <TableRow>
                <TableCell>Control</TableCell>
                <TableCell>Responsable</TableCell>
                <TableCell>Tipo e implementación</TableCell>
                <TableCell align="right">Peso</TableCell>
                <TableCell>Periodicidad</TableCell>
                <TableCell>Documentación, frecuencia y evidencia</TableCell>
                <TableCell>Registro que deja</TableCell>
                <TableCell>Zona tras el control</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {risk.controls.map((control) => (
                <TableRow key={control.id} data-testid="risk-control">
                  <TableCell>{control.description}</TableCell>
                  <TableCell>
                    {control.responsible
                      ? control.responsible.fullName || control.responsible.username
                      : 'Usuario no disponible'}
                  </TableCell>
                  <TableCell>
                    {CONTROL_TYPE_LABELS[control.type]},{' '}
                    {CONTROL_IMPLEMENTATION_LABELS[control.implementation].toLowerCase()}
                  </TableCell>
                  <TableCell align="right">{control.weight} %</TableCell>
                  <TableCell>{CONTROL_PERIODICITY_LABELS[control.periodicity]}</TableCell>
                  <TableCell>
                    {CONTROL_DOCUMENTATION_LABELS[control.documentation]} ·{' '}
                    {CONTROL_FREQUENCY_LABELS[control.frequency]} ·{' '}
                    {CONTROL_EVIDENCE_LABELS[control.evidence]}
                  </TableCell>
                  <TableCell>{control.evidenceDescription}</TableCell>
                  <TableCell>
                    <ZoneChip zone={control.residualAfter.zone} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600, mt: 2 }}>
        Monitoreo trimestral
      </Typography>
      {risk.monitorings.length === 0 ? (
        <Typography color="text.secondary">Sin monitoreos.</Typography>
      ) : (
        <TableContainer tabIndex={0} role="region" aria-label={`Monitoreo del riesgo ${risk.name}`}>
          <Table size="small" aria-label={`Monitoreo del riesgo ${risk.name}`}>
            <TableHead>
              <TableRow>
                <TableCell>Trimestre</TableCell>
                <TableCell>Controles efectivos</TableCell>
                <TableCell>Zona residual</TableCell>
                <TableCell align="right">Materializaciones</TableCell>
                <TableCell>Observaciones</TableCell>
                <TableCell>Evidencia</TableCell>
                <TableCell>Registrado</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {risk.monitorings.map((monitoring) => (
                <TableRow key={monitoring.quarter} data-testid="risk-monitoring">
                  <TableCell>{quarterText(monitoring.quarter)}</TableCell>
                  <TableCell>{monitoring.controlsEffective ? 'Sí' : 'No'}</TableCell>
                  <TableCell>
                    <ZoneChip zone={monitoring.residual.zone} />
                  </TableCell>
                  <TableCell align="right">{monitoring.materializations}</TableCell>
                  <TableCell>{monitoring.observations}</TableCell>
                  <TableCell>{monitoring.evidence}</TableCell>
                  <TableCell>{formatInstant(monitoring.monitoredAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600, mt: 2 }}>
        Materializaciones
      </Typography>
      {risk.materializations.length === 0 ? (
        <Typography color="text.secondary">No se ha materializado.</Typography>
      ) : (
        <Box component="ul" sx={{ pl: 3, my: 0 }}>
          {risk.materializations.map((materialization) => (
            <li key={materialization.id} data-testid="risk-materialization">
              {formatDate(materialization.occurredOn)}: {materialization.description} — la muestran{' '}
              {materialization.links.map(linkText).join('; ')}
            </li>
          ))}
        </Box>
      )}

      <Stack spacing={3} sx={{ mt: 3, maxWidth: 760 }}>
        {manager && (
          <RiskStepForm
            title="Agregar un control"
            submitLabel="Agregar el control"
            fields={[
              {
                name: 'description',
                label: 'Control',
                kind: 'multiline',
                requiredMessage: 'Describa el control.',
              },
              {
                name: 'responsibleId',
                label: 'Responsable del control',
                kind: 'select',
                requiredMessage: 'Elija el responsable.',
                options: responsibles.map((user) => ({
                  value: user.id,
                  label: user.fullName || user.username,
                })),
              },
              {
                name: 'type',
                label: 'Tipo',
                kind: 'select',
                requiredMessage: 'Elija el tipo.',
                helperText: 'Preventivo y detectivo bajan la probabilidad; correctivo, el impacto.',
                options: options(CONTROL_TYPE_LABELS),
              },
              {
                name: 'implementation',
                label: 'Implementación',
                kind: 'select',
                requiredMessage: 'Elija la implementación.',
                options: options(CONTROL_IMPLEMENTATION_LABELS),
              },
              {
                name: 'documentation',
                label: 'Documentación',
                kind: 'select',
                initial: 'DOCUMENTED',
                requiredMessage: 'Elija la documentación.',
                options: options(CONTROL_DOCUMENTATION_LABELS),
              },
              {
                name: 'frequency',
                label: 'Frecuencia',
                kind: 'select',
                initial: 'CONTINUOUS',
                requiredMessage: 'Elija la frecuencia.',
                options: options(CONTROL_FREQUENCY_LABELS),
              },
              {
                name: 'evidence',
                label: 'Evidencia',
                kind: 'select',
                initial: 'RECORDED',
                requiredMessage: 'Elija si deja registro.',
                options: options(CONTROL_EVIDENCE_LABELS),
              },
              {
                name: 'periodicity',
                label: 'Periodicidad',
                kind: 'select',
                requiredMessage: 'Elija la periodicidad.',
                options: options(CONTROL_PERIODICITY_LABELS),
              },
              {
                name: 'evidenceDescription',
                label: 'Registro que deja el control',
                kind: 'text',
                requiredMessage: 'Indique qué registro deja el control.',
              },
            ]}
            onSubmit={async (values) => {
              const value = (name: string) => values[name] ?? '';
              const result = await addControl({
                riskId: risk.id,
                expectedRevision: risk.revision,
                input: {
                  description: value('description'),
                  responsibleId: value('responsibleId'),
                  type: value('type') as never,
                  implementation: value('implementation') as never,
                  documentation: value('documentation') as never,
                  frequency: value('frequency') as never,
                  evidence: value('evidence') as never,
                  periodicity: value('periodicity') as never,
                  evidenceDescription: value('evidenceDescription'),
                },
              });
              return done(ruleErrorOf(result.error, 'No fue posible agregar el control.'), onChanged);
            }}
          />
        )}
        {manager && (
          <RiskStepForm
            title="Registrar el monitoreo de un trimestre"
            submitLabel="Registrar el monitoreo"
            fields={[
              {
                name: 'quarter',
                label: 'Trimestre',
                kind: 'select',
                initial: recentQuarters(today)[1],
                requiredMessage: 'Elija el trimestre.',
                helperText: 'Un monitoreo por trimestre.',
                options: recentQuarters(today).map((quarter) => ({
                  value: quarter,
                  label: quarterText(quarter),
                })),
              },
              {
                name: 'controlsEffective',
                label: '¿Los controles fueron efectivos en el trimestre?',
                kind: 'yesNo',
                requiredMessage: 'Indique si los controles fueron efectivos.',
              },
              {
                name: 'observations',
                label: 'Observaciones',
                kind: 'multiline',
                requiredMessage: 'Escriba las observaciones.',
              },
              {
                name: 'evidence',
                label: 'Evidencia revisada',
                kind: 'text',
                requiredMessage: 'Indique la evidencia.',
              },
            ]}
            onSubmit={async (values) => {
              const result = await recordMonitoring({
                riskId: risk.id,
                expectedRevision: risk.revision,
                input: {
                  quarter: values['quarter'] ?? '',
                  controlsEffective: values['controlsEffective'] === 'yes',
                  observations: values['observations'] ?? '',
                  evidence: values['evidence'] ?? '',
                },
              });
              return done(ruleErrorOf(result.error, 'No fue posible registrar el monitoreo.'), onChanged);
            }}
          />
        )}
        {recorder && (
          <RiskStepForm
            title="Registrar una materialización"
            submitLabel="Registrar la materialización"
            fields={[
              {
                name: 'occurredOn',
                label: 'Fecha en que se materializó',
                kind: 'date',
                initial: today,
                requiredMessage: 'Indique la fecha.',
              },
              {
                name: 'description',
                label: 'Cómo se materializó',
                kind: 'multiline',
                requiredMessage: 'Describa la materialización.',
              },
              {
                name: 'pqrs',
                label: 'Radicado de la PQRS que la muestra',
                kind: 'text',
                helperText: 'PQRS-AAAA-NNNNNN. Indique al menos una PQRS, acción de mejora o indicador.',
              },
              {
                name: 'action',
                label: 'Acción de mejora que la muestra',
                kind: 'select',
                options: [
                  { value: '', label: 'Ninguna' },
                  ...(actions?.improvementActions.nodes ?? []).map((action) => ({
                    value: action.id,
                    label: action.problem,
                  })),
                ],
              },
              {
                name: 'indicator',
                label: 'Indicador que la muestra',
                kind: 'select',
                options: [{ value: '', label: 'Ninguno' }, ...options(RISK_INDICATOR_NAMES)],
              },
            ]}
            onSubmit={async (values) => {
              const links = [
                { field: 'pqrs', kind: 'PQRS' as const, reference: (values['pqrs'] ?? '').trim() },
                { field: 'action', kind: 'IMPROVEMENT_ACTION' as const, reference: values['action'] ?? '' },
                { field: 'indicator', kind: 'INDICATOR' as const, reference: values['indicator'] ?? '' },
              ].filter((link) => link.reference !== '');
              const result = await recordMaterialization({
                riskId: risk.id,
                expectedRevision: risk.revision,
                input: {
                  occurredOn: values['occurredOn'] ?? '',
                  description: values['description'] ?? '',
                  links: links.map(({ kind, reference }) => ({ kind, reference })),
                },
              });
              const refusal = ruleErrorOf(result.error, 'No fue posible registrar la materialización.');
              // The server names a link by its place in the list sent: put its message next to that field.
              const place = /^(?:input\.)?links\.(\d+)\./.exec(refusal?.field ?? '');
              const blamed = place ? links[Number(place[1])]?.field : undefined;
              return done(refusal && blamed ? { ...refusal, field: blamed } : refusal, onChanged);
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

function done(refusal: RuleError | null, onChanged: () => void): RuleError | null {
  if (refusal === null) onChanged();
  return refusal;
}
