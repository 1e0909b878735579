// A case as its petitioner may see it: status in words, when it was received and when it is due (the
// extended date with its reason, a transfer), the office's request while it waits for information, the
// answer with its attachments once answered, the documents the citizen sent, and the public history —
// no staff names, no internal notes.
import { Alert, Box, Link, List, ListItem, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { formatDate, formatInstant } from '../../logic/report-periods';
import { formatBytes } from '../logic/attachment-limits';
import { attachmentHref, type CaseCredentials, type PublicCaseView } from './public-case';
import { Fact } from '../common/Fact';

type Attachment = PublicCaseView['attachments'][number];

export function AttachmentLinks({
  attachments,
  credentials,
  label,
}: {
  readonly attachments: readonly Attachment[];
  readonly credentials: CaseCredentials;
  readonly label: string;
}) {
  return (
    <List dense aria-label={label}>
      {attachments.map((attachment) => (
        <ListItem key={attachment.id} disableGutters>
          <Link
            href={attachmentHref(attachment.id, credentials)}
            download={attachment.fileName}
            data-testid="attachment-download"
          >
            {attachment.fileName}
          </Link>
          <Typography component="span" variant="body2" sx={{ ml: 1 }}>
            ({formatBytes(attachment.size)})
          </Typography>
        </ListItem>
      ))}
    </List>
  );
}

export function CaseDetails({
  found,
  credentials,
  children,
}: {
  readonly found: PublicCaseView;
  readonly credentials: CaseCredentials;
  /** The form to provide information, when the office asked for it. */
  readonly children?: ReactNode;
}) {
  const answerFiles = found.attachments.filter((attachment) => attachment.source === 'ANSWER');
  const citizenFiles = found.attachments.filter((attachment) => attachment.source !== 'ANSWER');
  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <Box component="dl" sx={{ m: 0 }}>
          <Fact label="Radicado">{found.radicado}</Fact>
          <Fact label="Tipo de solicitud">{found.kindLabel}</Fact>
          <Fact label="Estado" testId="case-status">
            {found.statusLabel}
          </Fact>
          <Fact label="Recibida el">{`${formatInstant(found.receivedAt)} (hora de Bogotá)`}</Fact>
          {found.termRunsFrom && (
            <Fact label="El término corre desde" testId="case-term-runs-from">
              {formatDate(found.termRunsFrom)}
            </Fact>
          )}
          {found.extendedDueDate ? (
            <>
              <Fact label="Vencimiento inicial">{formatDate(found.originalDueDate)}</Fact>
              <Fact label="Plazo ampliado hasta" testId="case-extended-due-date">
                {formatDate(found.extendedDueDate)}
              </Fact>
              {found.extensionReason && <Fact label="Motivo de la ampliación">{found.extensionReason}</Fact>}
            </>
          ) : (
            <Fact label="Fecha de vencimiento" testId="case-due-date">
              {formatDate(found.dueDate ?? found.originalDueDate)}
            </Fact>
          )}
          {found.transferredTo && (
            <Fact label="Trasladada por competencia a" testId="case-transferred-to">
              {found.transferredTo}
            </Fact>
          )}
        </Box>
      </Paper>

      {found.awaitingInformation && (
        <Box component="section" aria-labelledby="informacion-solicitada">
          <Typography id="informacion-solicitada" variant="h6" component="h3" gutterBottom>
            Necesitamos más información
          </Typography>
          <Alert severity="info" icon={false} sx={{ mb: 2 }}>
            <Typography sx={{ whiteSpace: 'pre-line' }} data-testid="information-request">
              {found.informationRequest}
            </Typography>
          </Alert>
          <Typography variant="body2" sx={{ mb: 2 }}>
            Mientras tanto el plazo para responderle está suspendido y vuelve a contar cuando recibamos lo que
            falta.{' '}
            {found.completeBy
              ? `Tiene hasta el ${formatDate(found.completeBy)} para aportarlo; después la oficina puede decretar el desistimiento de su solicitud mediante un acto motivado que se le notifica, y usted podrá presentarla de nuevo (Ley 1755 de 2015, artículo 17).`
              : 'Si no lo aporta en un mes, la solicitud se entenderá desistida (Ley 1755 de 2015, artículo 17).'}
          </Typography>
          {children}
        </Box>
      )}

      {found.answer !== null && found.answer !== undefined && (
        <Box component="section" aria-labelledby="respuesta">
          <Typography id="respuesta" variant="h6" component="h3" gutterBottom>
            Respuesta
          </Typography>
          {found.answeredAt && (
            <Typography variant="body2" sx={{ mb: 1 }}>
              Respondida el {formatInstant(found.answeredAt)} (hora de Bogotá).
            </Typography>
          )}
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Typography sx={{ whiteSpace: 'pre-line' }} data-testid="case-answer">
              {found.answer}
            </Typography>
          </Paper>
          {answerFiles.length > 0 && (
            <>
              <Typography sx={{ fontWeight: 600, mt: 2 }}>Documentos de la respuesta</Typography>
              <AttachmentLinks
                attachments={answerFiles}
                credentials={credentials}
                label="Documentos de la respuesta"
              />
            </>
          )}
        </Box>
      )}

      {citizenFiles.length > 0 && (
        <Box component="section" aria-labelledby="sus-documentos">
          <Typography id="sus-documentos" variant="h6" component="h3" gutterBottom>
            Documentos que usted envió
          </Typography>
          <AttachmentLinks
            attachments={citizenFiles}
            credentials={credentials}
            label="Documentos que usted envió"
          />
        </Box>
      )}

      <Box component="section" aria-labelledby="historial">
        <Typography id="historial" variant="h6" component="h3" gutterBottom>
          Historial
        </Typography>
        <Box component="ol" sx={{ pl: 3, m: 0 }} data-testid="case-history">
          {found.history.map((step, index) => (
            <Typography component="li" key={`${step.at}-${index}`} sx={{ py: 0.5 }}>
              {formatInstant(step.at)} — {step.label}
            </Typography>
          ))}
        </Box>
      </Box>
    </Stack>
  );
}
