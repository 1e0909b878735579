// The files a record holds, each with its name, kind, size, the step it came with (for a case's files),
// its SHA-256 — shortened on screen, whole in the tooltip and in what screen readers read — and a button
// that downloads it with the session's token. A refused download (an auditor on personal files, a file
// erased with its owner's data) says why in the server's words.
import { Alert, Box, Button, List, ListItem, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import type { AttachmentSource } from '../../graphql/generated/graphql';
import {
  ATTACHMENT_SOURCE_LABELS,
  fileKindOf,
  formatFileSize,
  shortSha256,
  type AttachmentView,
} from '../../logic/attachments';
import { labelOf } from '../../logic/pqrs-labels';
import { formatInstant } from '../../logic/report-periods';
import { AttachmentTransferError, downloadAttachment } from './attachment-transfer';

export interface ListedAttachment extends AttachmentView {
  readonly source?: AttachmentSource;
  readonly addedAt?: string;
}

/** The SHA-256 shortened, with the whole value in the tooltip and as the element's description. */
export function Sha256Text({ sha256 }: { readonly sha256: string }) {
  return (
    <Typography variant="body2" component="span" sx={{ display: 'inline' }}>
      SHA-256:{' '}
      <Tooltip title={sha256} describeChild>
        <Box
          component="span"
          tabIndex={0}
          data-testid="attachment-sha256"
          data-sha256={sha256}
          sx={{ fontFamily: 'monospace', cursor: 'help', overflowWrap: 'anywhere' }}
        >
          {shortSha256(sha256)}
        </Box>
      </Tooltip>
    </Typography>
  );
}

export function AttachmentList({
  attachments,
  label,
  emptyText,
  testId = 'attachment-list',
}: {
  readonly attachments: readonly ListedAttachment[];
  /** The list's accessible name, e.g. "Archivos del caso". */
  readonly label: string;
  /** Said when there is no file; nothing is drawn when absent. */
  readonly emptyText?: string;
  readonly testId?: string;
}) {
  const [downloading, setDownloading] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function download(attachment: ListedAttachment) {
    setFailure(null);
    setDownloading(attachment.id);
    try {
      await downloadAttachment(attachment.id, attachment.fileName);
    } catch (error) {
      setFailure(
        error instanceof AttachmentTransferError
          ? error.message
          : `No fue posible descargar «${attachment.fileName}».`,
      );
    } finally {
      setDownloading(null);
    }
  }

  if (attachments.length === 0)
    return emptyText ? (
      <Typography color="text.secondary" data-testid={testId}>
        {emptyText}
      </Typography>
    ) : null;
  return (
    <Box data-testid={testId}>
      {failure && (
        <Alert severity="error" onClose={() => setFailure(null)} sx={{ mb: 1 }}>
          {failure}
        </Alert>
      )}
      <List aria-label={label} disablePadding>
        {attachments.map((attachment) => {
          const details = [
            fileKindOf(attachment.mediaType),
            formatFileSize(attachment.size),
            ...(attachment.source ? [labelOf(ATTACHMENT_SOURCE_LABELS, attachment.source)] : []),
            ...(attachment.addedAt ? [formatInstant(attachment.addedAt)] : []),
          ];
          return (
            <ListItem
              key={attachment.id}
              divider
              disableGutters
              data-testid="attachment-item"
              sx={{ display: 'flex', gap: 2, alignItems: 'center', justifyContent: 'space-between' }}
            >
              <Box sx={{ minWidth: 0 }}>
                <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }} data-testid="attachment-name">
                  {attachment.fileName}
                </Typography>
                <Typography variant="body2" color="text.secondary" data-testid="attachment-details">
                  {details.join(' · ')}
                </Typography>
                <Sha256Text sha256={attachment.sha256} />
              </Box>
              <Button
                size="small"
                variant="outlined"
                onClick={() => void download(attachment)}
                disabled={downloading === attachment.id}
                aria-label={`Descargar «${attachment.fileName}»`}
                sx={{ flexShrink: 0 }}
              >
                {downloading === attachment.id ? 'Descargando…' : 'Descargar'}
              </Button>
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
}
