// The checklist of support documents: each with its state in words, its file (to download) and where it
// rests, or why it was rejected, who checked it and when; while the application is in review, each may be
// registered (received and accepted: the file itself, or where it rests when it is on paper) or rejected
// with a reason. Registering again a document already accepted asks first: it replaces what was
// accepted.
import { Box, Button, Chip, List, ListItem, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { SupportDocumentState } from '../../graphql/generated/graphql';
import { reRegistrationConfirmation } from '../../logic/affiliation-actions';
import { documentLabel, SUPPORT_DOCUMENT_STATE_LABELS } from '../../logic/affiliations';
import type { AttachmentView } from '../../logic/attachments';
import { formatInstant } from '../../logic/report-periods';
import type { RuleError } from '../../logic/rule-errors';
import { AttachmentList } from '../common/AttachmentList';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { StepForm } from '../steps/StepForm';

export interface ChecklistDocument {
  readonly documentType: string;
  readonly state: SupportDocumentState;
  readonly evidenceReference: string | null;
  /** The document's file, when it was attached. */
  readonly attachment: AttachmentView | null;
  readonly rejectionReason: string | null;
  readonly checkedAt: string | null;
  readonly checkedBy: string | null;
}

const STATE_COLOURS = { PENDING: 'default', ACCEPTED: 'success', REJECTED: 'error' } as const;

type Open = { readonly documentType: string; readonly step: 'submit' | 'reject' } | null;

export function DocumentChecklist({
  documents,
  mayReview,
  onSubmit,
  onReject,
}: {
  readonly documents: readonly ChecklistDocument[];
  readonly mayReview: boolean;
  readonly onSubmit: (
    documentType: string,
    evidenceReference: string,
    attachmentId: string | null,
  ) => Promise<RuleError | null>;
  readonly onReject: (documentType: string, reason: string) => Promise<RuleError | null>;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [reRegistering, setReRegistering] = useState<string | null>(null);
  return (
    <List aria-label="Lista de documentos requeridos" disablePadding>
      {documents.map((document) => {
        const label = documentLabel(document.documentType);
        const isOpen = (step: 'submit' | 'reject') =>
          open?.documentType === document.documentType && open.step === step;
        return (
          <ListItem
            key={document.documentType}
            divider
            disableGutters
            sx={{ display: 'block', py: 1.5 }}
            data-testid={`document-${document.documentType}`}
          >
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
              <Typography variant="h6" component="h3" sx={{ flexGrow: 1, fontSize: '1rem' }}>
                {label}
              </Typography>
              <Chip
                label={SUPPORT_DOCUMENT_STATE_LABELS[document.state]}
                color={STATE_COLOURS[document.state]}
                variant={document.state === 'PENDING' ? 'outlined' : 'filled'}
                size="small"
              />
            </Stack>
            <Box sx={{ color: 'text.secondary', fontSize: '0.875rem', mt: 0.5 }}>
              {document.state === 'ACCEPTED' && document.evidenceReference && (
                <Typography variant="body2">Reposa en: {document.evidenceReference}</Typography>
              )}
              {document.state === 'ACCEPTED' && document.attachment && (
                <AttachmentList
                  attachments={[document.attachment]}
                  label={`Archivo de ${label}`}
                  testId={`document-file-${document.documentType}`}
                />
              )}
              {document.state === 'REJECTED' && document.rejectionReason && (
                <Typography variant="body2">Motivo del rechazo: {document.rejectionReason}</Typography>
              )}
              {document.checkedAt && (
                <Typography variant="body2">
                  Revisado por {document.checkedBy ?? 'un funcionario'} el {formatInstant(document.checkedAt)}
                </Typography>
              )}
            </Box>
            {mayReview && open?.documentType !== document.documentType && (
              <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                <Button
                  size="small"
                  variant="outlined"
                  aria-label={`Registrar: ${label}`}
                  onClick={() =>
                    // Replacing what was accepted asks first; a pending or rejected one opens its form.
                    document.state === 'ACCEPTED'
                      ? setReRegistering(document.documentType)
                      : setOpen({ documentType: document.documentType, step: 'submit' })
                  }
                >
                  Registrar
                </Button>
                <Button
                  size="small"
                  color="error"
                  aria-label={`Rechazar: ${label}`}
                  onClick={() => setOpen({ documentType: document.documentType, step: 'reject' })}
                >
                  Rechazar
                </Button>
              </Stack>
            )}
            {reRegistering === document.documentType && (
              <ConfirmDialog
                open
                {...reRegistrationConfirmation(label)}
                onCancel={() => setReRegistering(null)}
                onConfirm={() => {
                  setReRegistering(null);
                  setOpen({ documentType: document.documentType, step: 'submit' });
                }}
              />
            )}
            {mayReview && isOpen('submit') && (
              <StepForm
                title={`Registrar ${label}`}
                fields={[
                  {
                    name: 'evidenceReference',
                    label: 'Dónde reposa',
                    requiredMessage:
                      'Adjunte el archivo del documento o indique dónde reposa (referencia del archivo o expediente).',
                    helperText: 'Id del gestor documental o carpeta física; opcional si adjunta el archivo.',
                    optionalWithFile: true,
                  },
                ]}
                attachments={{
                  label: 'Archivo del documento',
                  multiple: false,
                  first: true,
                  field: 'input.attachmentId',
                  helperText: 'Se envía al elegirlo.',
                }}
                submitLabel="Registrar documento"
                onCancel={() => setOpen(null)}
                onSubmit={async ({ evidenceReference = '' }, [attachmentId]) => {
                  const refusal = await onSubmit(
                    document.documentType,
                    evidenceReference,
                    attachmentId ?? null,
                  );
                  if (refusal === null) setOpen(null);
                  return refusal;
                }}
              />
            )}
            {mayReview && isOpen('reject') && (
              <StepForm
                title={`Rechazar ${label}`}
                fields={[
                  {
                    name: 'reason',
                    label: 'Motivo del rechazo',
                    requiredMessage: 'Indique por qué se rechaza el documento.',
                  },
                ]}
                submitLabel="Rechazar documento"
                onCancel={() => setOpen(null)}
                onSubmit={async ({ reason = '' }) => {
                  const refusal = await onReject(document.documentType, reason);
                  if (refusal === null) setOpen(null);
                  return refusal;
                }}
              />
            )}
          </ListItem>
        );
      })}
    </List>
  );
}
