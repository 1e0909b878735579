// The case's data and the standing of its term: a description list (read in pairs by screen readers),
// with the semáforo and the business days left in words, never by colour alone. An anonymous filing
// names no one: it says so where the petitioner would be.
import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import type { CaseDetailQuery } from '../../graphql/generated/graphql';
import { termStanding, type TermTone } from '../../logic/business-days';
import {
  ACCESS_DECISION_BY_THE_ANSWER,
  ANSWER_CHANNEL_LABELS,
  labelOf,
  PERSON_TYPE_LABELS,
  PQRS_CHANNEL_LABELS,
  PQRS_KIND_LABELS,
  PQRS_STATUS_LABELS,
  PRIORITY_REASON_LABELS,
} from '../../logic/pqrs-labels';
import {
  ACCESS_DENIAL_GROUND_LABELS,
  ACCESS_DENIAL_GROUND_NOT_RECORDED,
} from '../../../../src/domain/pqrs/labels.js';
import { LATE_ENTRY_FLAG, lateEntrySentence } from '../../logic/late-entries';
import { answerFactLines } from '../../logic/access-denial-form';
import { radicationRows } from '../../logic/filing-hours';
import { formatDate, formatInstant, todayInBogota } from '../../logic/report-periods';
import { claimInProcessSentence } from '../../logic/claim-in-process';
import { lawFactsOf, negativeSilenceFlag } from '../../logic/law-facts';
import { ERASED_NOTE, MASKED_NOTE, mayReveal } from '../../logic/personal-data';
import { trafficLightDisplay } from '../../logic/traffic-light';
import { useSession } from '../../session/session';
import { RevealPersonalData, type RevealedPerson } from '../common/RevealPersonalData';
import { meritEvaluationLine, priorityGroupsOf } from '../../logic/priority';

export type CaseDetail = CaseDetailQuery['pqrs'];

const TONE_COLOURS: Readonly<Record<TermTone, 'success' | 'warning' | 'error' | 'secondary' | 'default'>> = {
  onTime: 'success',
  dueSoon: 'warning',
  overdue: 'error',
  suspended: 'secondary',
  ended: 'default',
};

function Facts({
  facts,
  testId,
}: {
  readonly facts: readonly (readonly [string, ReactNode])[];
  readonly testId: string;
}) {
  return (
    <Box
      component="dl"
      data-testid={testId}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(10rem, max-content) 1fr' },
        gap: 1,
        m: 0,
      }}
    >
      {facts.map(([name, value], index) => (
        <Box key={`${index}-${name}`} sx={{ display: 'contents' }}>
          <Typography component="dt" sx={{ fontWeight: 600 }}>
            {name}
          </Typography>
          <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** The status, the semáforo and the days left, under the case's title. */
export function CaseStanding({ pqrs }: { readonly pqrs: CaseDetail }) {
  const standing = termStanding(pqrs.status, pqrs.businessDaysLeft, pqrs.trafficLight);
  const light = trafficLightDisplay(pqrs.trafficLight);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
      <Chip label={`Estado: ${labelOf(PQRS_STATUS_LABELS, pqrs.status)}`} data-testid="case-status" />
      {pqrs.anonymous && <Chip label="Anónima" variant="outlined" data-testid="case-anonymous" />}
      {pqrs.negativeSilence && (
        <Chip
          label={negativeSilenceFlag(pqrs)}
          color="error"
          variant="outlined"
          data-testid="case-negative-silence"
        />
      )}
      {pqrs.positiveSilence && (
        <Chip
          label="Silencio positivo: copias debidas"
          color="warning"
          variant="outlined"
          data-testid="case-positive-silence"
        />
      )}
      {light && (
        <Chip
          label={`Semáforo: ${light.label}`}
          color={light.colour}
          title={light.description}
          data-testid="case-traffic-light"
        />
      )}
      <Chip
        label={standing.text}
        color={TONE_COLOURS[standing.tone]}
        variant="outlined"
        data-testid="case-days-left"
      />
    </Stack>
  );
}

type Person = NonNullable<CaseDetail['petitioner']> | RevealedPerson;

/** Who filed: nobody named for an anonymous filing; else the person type, the person and the answer channel. */
function filerFacts(
  pqrs: CaseDetail,
  petitioner: Person | null,
  masking: ReactNode,
): (readonly [string, ReactNode])[] {
  if (pqrs.anonymous || petitioner === null)
    return [['Peticionario', 'Anónima: la radicación no identifica a nadie']];
  return [
    ['Tipo de persona', labelOf(PERSON_TYPE_LABELS, pqrs.personType)],
    ...petitionerFacts(petitioner, masking),
    [
      'Medio de respuesta',
      pqrs.answerChannel ? labelOf(ANSWER_CHANNEL_LABELS, pqrs.answerChannel) : 'No lo indicó',
    ],
  ];
}

function petitionerFacts(petitioner: Person, masking: ReactNode): (readonly [string, ReactNode])[] {
  if (petitioner.erased) return [['Peticionario', ERASED_NOTE]];
  return [
    ...(petitioner.masked ? ([['Datos personales', masking]] as const) : []),
    ['Peticionario', petitioner.name ?? '—'],
    ['Documento', [petitioner.documentType, petitioner.documentNumber].filter(Boolean).join(' ') || '—'],
    ...(petitioner.email ? ([['Correo electrónico', petitioner.email]] as const) : []),
    ...(petitioner.phone ? ([['Teléfono', petitioner.phone]] as const) : []),
    ...(petitioner.address ? ([['Dirección', petitioner.address]] as const) : []),
  ];
}

export function CaseSummary({ pqrs }: { readonly pqrs: CaseDetail }) {
  const { user } = useSession();
  // A reveal shows the person in full on this page only; the next visit asks (and records) again.
  const [revealed, setRevealed] = useState<RevealedPerson | null>(null);
  const petitioner = revealed ?? pqrs.petitioner;
  const masking = (
    <>
      {MASKED_NOTE}
      {petitioner &&
        mayReveal(user?.roles ?? []) &&
        petitioner.version !== null &&
        petitioner.version !== undefined && (
          <RevealPersonalData
            personId={petitioner.id}
            version={petitioner.version}
            reference={pqrs.radicado}
            onRevealed={setRevealed}
          />
        )}
    </>
  );
  const standing = termStanding(pqrs.status, pqrs.businessDaysLeft, pqrs.trafficLight);
  const assignee = pqrs.assignee
    ? `${pqrs.assignee.fullName ?? pqrs.assignee.username} (${pqrs.assignee.username})`
    : 'Sin asignar';
  const facts: (readonly [string, ReactNode])[] = [
    ['Tipo', labelOf(PQRS_KIND_LABELS, pqrs.kind)],
    ['Canal', labelOf(PQRS_CHANNEL_LABELS, pqrs.channel)],
    ['Estado', labelOf(PQRS_STATUS_LABELS, pqrs.status)],
    ['Asunto', pqrs.subject],
    ['Descripción', pqrs.description],
    ...filerFacts(pqrs, petitioner, masking),
    ['Asignado a', assignee],
    ['Dependencia', pqrs.dependency ?? '—'],
    ['Radicada', formatInstant(pqrs.receivedAt)],
    [
      'Atención prioritaria',
      pqrs.priority.length > 0
        ? priorityGroupsOf(pqrs.priority)
            .map(
              ({ law, reasons }) =>
                `${law}: ${reasons.map((reason) => labelOf(PRIORITY_REASON_LABELS, reason)).join('; ')}`,
            )
            .join(' — ')
        : 'No',
    ],
    ...(pqrs.priorityAlertRaisedAt
      ? ([
          [
            'Alerta a la coordinación',
            `Riesgo para la vida o la integridad: alerta enviada el ${formatInstant(pqrs.priorityAlertRaisedAt)}; adopte de inmediato las medidas de urgencia (art. 20).`,
          ],
        ] as const)
      : []),
    ...(pqrs.priorityProof
      ? ([
          [
            'Prueba sumaria (art. 20)',
            pqrs.priorityProof.proofGiven
              ? [
                  pqrs.priorityProof.proofSummary,
                  pqrs.priorityProof.proofAttachments.length > 0
                    ? `${pqrs.priorityProof.proofAttachments.length} archivo(s) de la radicación`
                    : null,
                ]
                  .filter(Boolean)
                  .join('; ')
              : 'No se aportó: puede requerirse al peticionario (art. 17).',
          ],
        ] as const)
      : []),
    ...(pqrs.kind === 'DENUNCIATION' && pqrs.anonymous
      ? ([
          [
            'Evaluación de mérito (Ley 962 de 2005, art. 81)',
            pqrs.meritEvaluation
              ? `${meritEvaluationLine(pqrs.meritEvaluation)} ${pqrs.meritEvaluation.motivation}`
              : 'Pendiente: se evalúa si los hechos están probados sumariamente o son identificables.',
          ],
        ] as const)
      : []),
  ];
  const claimInProcess = claimInProcessSentence(pqrs, todayInBogota(new Date()));
  const term: (readonly [string, ReactNode])[] = [
    ['Fecha de vencimiento', formatDate(pqrs.dueDate)],
    ...radicationRows(pqrs),
    ['Días hábiles', standing.text],
    ['Vencimiento máximo con prórroga', formatDate(pqrs.maxDueDate)],
    ...(pqrs.extendedOn
      ? ([['Prórroga', `Concedida el ${formatDate(pqrs.extendedOn)} (una sola por petición)`]] as const)
      : []),
    ...(pqrs.answeredAt
      ? ([
          [
            'Respondida',
            `${formatInstant(pqrs.answeredAt)}${pqrs.answeredOnTime === null ? '' : pqrs.answeredOnTime ? ', a tiempo' : ', fuera de término'}`,
          ],
        ] as const)
      : []),
    ...(pqrs.accessDecision
      ? ([['Decisión sobre el acceso', labelOf(ACCESS_DECISION_BY_THE_ANSWER, pqrs.accessDecision)]] as const)
      : []),
    // A denial, total or partial, with its legal ground; one recorded before grounds were says so.
    ...(pqrs.accessDecision === 'DENIED' || pqrs.accessDecision === 'PARTIALLY_GRANTED'
      ? ([
          [
            'Fundamento legal',
            pqrs.accessDenialGround
              ? labelOf(ACCESS_DENIAL_GROUND_LABELS, pqrs.accessDenialGround)
              : ACCESS_DENIAL_GROUND_NOT_RECORDED,
          ],
          ...(pqrs.accessDenialDetail ? ([['Cómo se aplica', pqrs.accessDenialDetail]] as const) : []),
        ] as const)
      : []),
    ...answerFactLines(pqrs),
    ...(pqrs.transferredTo
      ? ([
          [
            'Trasladada a',
            pqrs.transferredLate
              ? `${pqrs.transferredTo} (traslado extemporáneo: después de los 5 días hábiles del art. 21 de la Ley 1755 de 2015)`
              : pqrs.transferredTo,
          ],
        ] as const)
      : []),
    // Answered by a joint answer to more than ten equal petitions (art. 22), published on the public page.
    ...(pqrs.jointAnswerId
      ? ([
          [
            'Respuesta conjunta',
            'Respondida con una respuesta conjunta a más de diez peticiones análogas (art. 22 de la Ley 1437 de 2011), publicada en «Respuestas conjuntas» de la Ventanilla virtual.',
          ],
        ] as const)
      : []),
    // A habeas data reclamo: whether and when its data were marked "reclamo en trámite" (Ley 1581, art. 15).
    ...(claimInProcess === null
      ? []
      : ([
          ['Reclamo en trámite', <span data-testid="case-claim-in-process">{claimInProcess}</span>],
        ] as const)),
    // Art. 17 (the window, the act of a tacit withdrawal, a new filing) and administrative silence.
    ...lawFactsOf(pqrs),
    // Facts dated earlier than the late-entry window allows, each with its gap and its reason.
    ...pqrs.lateEntries.map(
      (entry) =>
        [LATE_ENTRY_FLAG, <span data-testid="case-late-entry">{lateEntrySentence(entry)}</span>] as const,
    ),
  ];
  return (
    <Stack spacing={2}>
      <Paper component="section" aria-labelledby="case-data-title" sx={{ p: 2 }}>
        <Typography id="case-data-title" variant="h5" component="h2" gutterBottom>
          Datos del caso
        </Typography>
        <Facts facts={facts} testId="case-data" />
      </Paper>
      <Paper component="section" aria-labelledby="case-term-title" sx={{ p: 2 }}>
        <Typography id="case-term-title" variant="h5" component="h2" gutterBottom>
          Término
        </Typography>
        <Facts facts={term} testId="case-term" />
      </Paper>
    </Stack>
  );
}
