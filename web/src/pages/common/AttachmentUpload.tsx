// Files a staff form takes (a letter, a scanned document, evidence): a labelled file field — the
// browser's own, so keyboard and screen readers work as everywhere — and each chosen file sent at once,
// listed with its name, size and state in words, and a button to take it off. The server sniffs each
// file's content and refuses in Spanish, naming the file and the rule; that is shown as it is, on the
// file's row and to screen readers. The form hears the ids of the files kept and whether any is on its way.
import {
  Box,
  Button,
  FormHelperText,
  FormLabel,
  LinearProgress,
  List,
  ListItem,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import {
  acceptedKindsText,
  CONNECTION_LOST,
  formatFileSize,
  uploadStateText,
  uploadsValueOf,
  withChosen,
  type UploadItem,
  type UploadState,
  type UploadsValue,
} from '../../logic/attachments';
import { AttachmentTransferError, uploadAttachment } from './attachment-transfer';
import { VISUALLY_HIDDEN } from '../../public/common/visually-hidden';

interface Props {
  /** The file field's id, so a refusal can move the cursor to it. */
  readonly id: string;
  readonly label: string;
  /** Several files (the default), or one: a new choice then replaces the previous file. */
  readonly multiple?: boolean;
  readonly onChange: (value: UploadsValue) => void;
  /** A problem of the whole set: the form's (files still on their way) or the server's on attachmentIds. */
  readonly error?: string | undefined;
  /** Said under the label, after the accepted kinds. */
  readonly helperText?: string;
  readonly disabled?: boolean;
}

export function AttachmentUpload({
  id,
  label,
  multiple = true,
  onChange,
  error,
  helperText,
  disabled = false,
}: Props) {
  const [items, setItems] = useState<readonly UploadItem[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const controllers = useRef(new Map<number, AbortController>());
  const nextKey = useRef(0);
  // Held in a ref: a form that passes a new function on each render must not make this report again.
  const report = useRef(onChange);
  report.current = onChange;

  useEffect(() => {
    report.current(uploadsValueOf(items));
  }, [items]);

  // A form left behind stops its uploads.
  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  function update(key: number, upload: UploadState) {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, upload } : item)));
  }

  async function send(key: number, file: File) {
    const controller = new AbortController();
    controllers.current.set(key, controller);
    try {
      const attachment = await uploadAttachment(
        file,
        (fraction) => update(key, { state: 'sending', fraction }),
        controller.signal,
      );
      update(key, { state: 'done', attachment });
      setAnnouncement(`«${file.name}» adjuntado.`);
    } catch (failure) {
      if (controller.signal.aborted) return;
      const message = failure instanceof AttachmentTransferError ? failure.message : CONNECTION_LOST;
      update(key, { state: 'refused', message });
      setAnnouncement(message);
    } finally {
      controllers.current.delete(key);
    }
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    // The same file may be chosen again after removing it.
    event.target.value = '';
    if (files.length === 0) return;
    const chosen = files.map((file): UploadItem => ({
      key: nextKey.current++,
      name: file.name,
      size: file.size,
      upload: { state: 'sending', fraction: 0 },
    }));
    if (!multiple) controllers.current.forEach((controller) => controller.abort());
    setItems((current) => withChosen(current, chosen, multiple));
    setAnnouncement(
      files.length === 1 ? `Enviando «${files[0]!.name}»…` : `Enviando ${files.length} archivos…`,
    );
    const kept = multiple ? chosen : chosen.slice(-1);
    const sent = multiple ? files : files.slice(-1);
    kept.forEach((item, index) => void send(item.key, sent[index]!));
  }

  function remove(item: UploadItem) {
    controllers.current.get(item.key)?.abort();
    setItems((current) => current.filter((each) => each.key !== item.key));
    setAnnouncement(`«${item.name}» quitado.`);
    // The row and its button are gone: the cursor goes back to where files are chosen.
    input.current?.focus();
  }

  const hintId = `${id}-ayuda`;
  const errorId = `${id}-error`;
  return (
    <Box data-testid={`${id}-upload`}>
      <FormLabel htmlFor={id} error={Boolean(error)} sx={{ display: 'block', mb: 0.5 }}>
        {label} (opcional)
      </FormLabel>
      <Typography id={hintId} variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {acceptedKindsText()} {helperText ?? (multiple ? 'Cada archivo se envía al elegirlo.' : '')}
      </Typography>
      <Box
        component="input"
        ref={input}
        id={id}
        type="file"
        multiple={multiple}
        disabled={disabled}
        onChange={choose}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        sx={{
          font: 'inherit',
          maxWidth: '100%',
          '&::file-selector-button': {
            font: 'inherit',
            mr: 1.5,
            px: 2,
            py: 0.75,
            borderRadius: 1,
            border: 1,
            borderColor: 'primary.main',
            color: 'primary.main',
            bgcolor: 'background.paper',
            cursor: 'pointer',
          },
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      />
      {error && (
        <FormHelperText id={errorId} error>
          {error}
        </FormHelperText>
      )}
      {items.length > 0 && (
        <List aria-label={`${label}: archivos elegidos`} dense disablePadding sx={{ mt: 1 }}>
          {items.map((item) => (
            <ListItem
              key={item.key}
              disableGutters
              data-testid="upload-item"
              sx={{ display: 'block', borderBottom: 1, borderColor: 'divider', py: 1 }}
            >
              <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', justifyContent: 'space-between' }}>
                <Box sx={{ minWidth: 0 }}>
                  <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{item.name}</Typography>
                  <Typography
                    variant="body2"
                    color={item.upload.state === 'refused' ? 'error' : 'text.secondary'}
                    data-testid="upload-state"
                  >
                    {formatFileSize(item.size)} · {uploadStateText(item.upload)}
                  </Typography>
                </Box>
                <Button
                  size="small"
                  onClick={() => remove(item)}
                  disabled={disabled}
                  aria-label={`Quitar «${item.name}»`}
                  sx={{ flexShrink: 0 }}
                >
                  Quitar
                </Button>
              </Box>
              {item.upload.state === 'sending' && (
                <LinearProgress
                  variant="determinate"
                  value={Math.round(item.upload.fraction * 100)}
                  aria-label={`Envío de «${item.name}»`}
                  sx={{ mt: 1 }}
                />
              )}
            </ListItem>
          ))}
        </List>
      )}
      <Box role="status" aria-live="polite" sx={VISUALLY_HIDDEN}>
        {announcement}
      </Box>
    </Box>
  );
}
