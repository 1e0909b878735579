// Radicar: the citizen's filing form. Each field shows its own problem once it has been left or the form
// was sent; sending with problems announces how many, lists them as links, and moves the cursor to the
// first. The server's refusals land on the field they name. Once filed, the confirmation page shows the
// radicado and the access code (kept in this tab's history state, never in storage).
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  FormLabel,
  Link,
  List,
  ListItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../../graphql/generated';
import type { PqrsKind } from '../../graphql/generated/graphql';
import { RECEIVE_LIMITS } from '../../logic/receive-form';
import { ruleErrorOf } from '../../logic/rule-errors';
import { AttachmentPicker, type AttachmentsValue } from '../attachments/AttachmentPicker';
import { usePageTitle } from '../common/page-title';
import { ChallengeField } from '../filing/ChallengeField';
import { filingFieldId, focusFilingField } from '../filing/field-ids';
import { Honeypot } from '../filing/Honeypot';
import { KindChoice } from '../filing/KindChoice';
import { PersonSection } from '../filing/PersonSection';
import { PolicyConsent } from '../filing/PolicyConsent';
import { SubjectSuggestions } from '../filing/SubjectSuggestions';
import {
  EMPTY_FILING_DRAFT,
  filingFieldOf,
  filingInputOf,
  filingProblems,
  firstProblemField,
  FILING_FIELDS,
  isAnonymous,
  personTypesFor,
  withKind,
  withPersonType,
  type FilingDraft,
  type FilingField,
  type FilingProblems,
} from '../logic/filing-form';
import { usePortal } from '../portal';
import type { ConfirmationState } from './ConfirmationPage';

const SUBMIT_PUBLIC_PQRS = graphql(`
  mutation SubmitPublicPqrs($input: PublicPqrsInput!) {
    submitPublicPqrs(input: $input) {
      radicado
      accessCode
      dueDate
      termRunsFrom
      receivedAt
      kind
      termBusinessDays
      anonymous
    }
  }
`);

interface Refusal {
  readonly message: string;
  readonly field: FilingField | null;
}

function Section({
  id,
  title,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <Paper component="section" aria-labelledby={id} variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography id={id} variant="h6" component="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      <Stack spacing={2}>{children}</Stack>
    </Paper>
  );
}

export function FilingPage() {
  usePageTitle('Radicar una solicitud');
  const portal = usePortal();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<FilingDraft>(EMPTY_FILING_DRAFT);
  const [left, setLeft] = useState<ReadonlySet<FilingField>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [attachments, setAttachments] = useState<AttachmentsValue>({ ids: [], pending: false });
  const [challenge, setChallenge] = useState<string | null>(null);
  const [challengeResets, setChallengeResets] = useState(0);
  const [{ fetching }, submit] = useMutation(SUBMIT_PUBLIC_PQRS);
  const general = useRef<HTMLDivElement>(null);

  const problems = filingProblems(draft, {
    kinds: portal.kinds,
    challengeMissing: portal.challengeRequired && challenge === null,
    uploadsPending: attachments.pending,
  });
  // The summary lists the problems as they were when the form was sent, until it is sent again: a list that
  // changed at every key would be announced again and again.
  const [summary, setSummary] = useState<FilingProblems | null>(null);
  const summaryFields = summary ? FILING_FIELDS.filter((field) => summary[field] !== undefined) : [];

  const messageOf = (field: FilingField): string | undefined =>
    ((attempted || left.has(field)) && problems[field]) ||
    (refusal?.field === field ? refusal.message : undefined);
  const leave = useCallback((field: FilingField) => setLeft((current) => new Set(current).add(field)), []);
  const change = (next: FilingDraft) => {
    setDraft(next);
    setRefusal(null);
  };
  const onAttachments = useCallback((value: AttachmentsValue) => setAttachments(value), []);
  const onChallenge = useCallback((payload: string | null) => setChallenge(payload), []);

  /** The props every text field shares: its id, its message and when it counts as visited. */
  const textProps = (field: FilingField) => {
    const message = messageOf(field);
    return {
      id: filingFieldId(field),
      error: Boolean(message),
      helperText: message,
      onBlur: () => leave(field),
    };
  };

  function togglePriority(reason: string, checked: boolean) {
    change({
      ...draft,
      priority: checked
        ? portal.priorityReasons
            .map((each) => each.value)
            .filter((each) => each === reason || draft.priority.includes(each))
        : draft.priority.filter((each) => each !== reason),
    });
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    // Not disabled while sending, so the keyboard's place is kept; a second press is ignored instead.
    if (fetching) return;
    setAttempted(true);
    setRefusal(null);
    const first = firstProblemField(problems);
    setSummary(first ? problems : null);
    if (first) {
      focusFilingField(first);
      return;
    }
    const result = await submit({
      input: filingInputOf(draft, attachments.ids, portal.challengeRequired ? challenge : null),
    });
    const filing = result.data?.submitPublicPqrs;
    if (filing) {
      const state: ConfirmationState = {
        filing,
        kindLabel: portal.kinds.find((each) => each.kind === filing.kind)?.label ?? filing.kind,
      };
      navigate('/ventanilla/radicado', { state });
      return;
    }
    const failure = ruleErrorOf(result.error, 'No fue posible radicar su solicitud. Intente de nuevo.');
    if (!failure) return;
    const field = filingFieldOf(failure.field);
    setRefusal({ message: failure.message, field });
    // A challenge the server refused (expired, already used) cannot be sent again.
    if (field === 'challenge') setChallengeResets((count) => count + 1);
    if (field) focusFilingField(field);
    else general.current?.focus();
  }

  const anonymous = isAnonymous(draft);
  return (
    <>
      <Typography variant="h4" component="h1" tabIndex={-1} gutterBottom>
        Radicar una solicitud
      </Typography>
      <Typography sx={{ mb: 1 }}>
        Cuéntenos qué necesita. Al terminar recibirá el número de radicado, un código de consulta y la fecha
        en que vence el plazo para responderle.
      </Typography>
      <Typography sx={{ mb: 3 }}>Los campos marcados con * son obligatorios.</Typography>

      <Stack component="form" noValidate onSubmit={send} spacing={3} aria-label="Radicar una solicitud">
        <Box role="alert">
          {summary && summaryFields.length > 0 && (
            <Alert severity="error" data-testid="problem-summary">
              <Typography sx={{ fontWeight: 600 }}>
                {summaryFields.length === 1
                  ? 'Hay un dato por corregir antes de radicar:'
                  : `Hay ${summaryFields.length} datos por corregir antes de radicar:`}
              </Typography>
              <List dense disablePadding sx={{ listStyle: 'disc', pl: 2 }}>
                {summaryFields.map((field) => (
                  <ListItem key={field} sx={{ display: 'list-item', p: 0 }}>
                    <Link
                      href={`#${filingFieldId(field)}`}
                      color="inherit"
                      onClick={(event) => {
                        event.preventDefault();
                        focusFilingField(field);
                      }}
                    >
                      {summary[field]}
                    </Link>
                  </ListItem>
                ))}
              </List>
            </Alert>
          )}
        </Box>
        {refusal && refusal.field === null && (
          <Alert severity="error" ref={general} tabIndex={-1} role="alert" data-testid="filing-refusal">
            {refusal.message}
          </Alert>
        )}

        <Section id="radicar-solicitud" title="Su solicitud">
          <KindChoice
            id={filingFieldId('kind')}
            kinds={portal.kinds}
            value={draft.kind}
            onChange={(kind: PqrsKind) => change(withKind(draft, portal.kinds, kind))}
            error={messageOf('kind')}
          />
          <TextField
            required
            label="Asunto"
            value={draft.subject}
            onChange={(event) => change({ ...draft, subject: event.target.value })}
            slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.subject } }}
            {...textProps('subject')}
            helperText={messageOf('subject') ?? 'En pocas palabras, de qué se trata.'}
          />
          <SubjectSuggestions subject={draft.subject} />
          <TextField
            required
            multiline
            minRows={5}
            label="Descripción"
            value={draft.description}
            onChange={(event) => change({ ...draft, description: event.target.value })}
            slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.description } }}
            {...textProps('description')}
            helperText={
              messageOf('description') ?? 'Los hechos, lo que pide y, si los conoce, fechas y lugares.'
            }
          />
          <FormGroup id={filingFieldId('priority')} role="group" aria-labelledby="radicar-prioridad">
            <FormLabel id="radicar-prioridad" sx={{ fontWeight: 600, color: 'text.primary' }}>
              Atención prioritaria (Ley 1755 de 2015, artículo 20), si aplica
            </FormLabel>
            {portal.priorityReasons.map((reason) => (
              <FormControlLabel
                key={reason.value}
                control={
                  <Checkbox
                    checked={draft.priority.includes(reason.value)}
                    onChange={(event) => togglePriority(reason.value, event.target.checked)}
                  />
                }
                label={reason.label}
              />
            ))}
            {messageOf('priority') && (
              <Typography color="error" variant="body2">
                {messageOf('priority')}
              </Typography>
            )}
            <Typography variant="body2" color="text.secondary">
              Los tres primeros motivos dan atención prioritaria (artículo 20); los demás, atención
              preferencial (Ley 1437 de 2011, artículo 5, numeral 6).
            </Typography>
          </FormGroup>
          {draft.priority.includes('FUNDAMENTAL_RIGHT_RISK') && (
            <>
              <TextField
                multiline
                minRows={2}
                label="Prueba sumaria del riesgo (qué documentos o hechos lo demuestran)"
                value={draft.priorityProof ?? ''}
                onChange={(event) => change({ ...draft, priorityProof: event.target.value })}
                slotProps={{ htmlInput: { maxLength: 5000 } }}
                helperText="Puede adjuntar los documentos más abajo (artículo 20: se prueba sumariamente)."
              />
              <FormControlLabel
                control={
                  <Checkbox
                    checked={draft.lifeOrIntegrityRisk ?? false}
                    onChange={(event) => change({ ...draft, lifeOrIntegrityRisk: event.target.checked })}
                  />
                }
                label="Está en riesgo inminente mi vida o mi integridad personal"
              />
            </>
          )}
        </Section>

        <Section id="radicar-persona" title="Sus datos">
          <PersonSection
            draft={draft}
            personTypes={personTypesFor(portal.kinds, draft.kind)}
            onPersonType={(personType) =>
              change(
                withPersonType(
                  draft,
                  personType,
                  portal.priorityReasons.map((each) => each.value),
                ),
              )
            }
            onPerson={(patch) => change({ ...draft, person: { ...draft.person, ...patch } })}
            onAnswerChannel={(answerChannel) => change({ ...draft, answerChannel })}
            messageOf={messageOf}
            onLeave={leave}
          />
          {!anonymous && draft.personType !== '' && (
            <PolicyConsent
              id={filingFieldId('dataProcessingConsent')}
              policyText={portal.policyText}
              policyVersion={portal.policyVersion}
              checked={draft.dataProcessingConsent}
              onChange={(dataProcessingConsent) => change({ ...draft, dataProcessingConsent })}
              error={messageOf('dataProcessingConsent')}
            />
          )}
        </Section>

        <Section id="radicar-adjuntos" title="Documentos de soporte">
          <AttachmentPicker
            id={filingFieldId('attachmentIds')}
            limits={portal}
            onChange={onAttachments}
            error={messageOf('attachmentIds')}
          />
        </Section>

        {portal.challengeRequired && (
          <ChallengeField
            id={filingFieldId('challenge')}
            onPayload={onChallenge}
            error={messageOf('challenge')}
            resetKey={challengeResets}
          />
        )}
        <Honeypot value={draft.website} onChange={(website) => change({ ...draft, website })} />

        <Box>
          <Button type="submit" variant="contained" size="large">
            {fetching ? 'Radicando…' : 'Radicar'}
          </Button>
        </Box>
      </Stack>
    </>
  );
}
