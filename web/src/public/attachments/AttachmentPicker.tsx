// Attachments of a public form: the limits said beforehand, then each chosen file sent at once with its
// name, size, progress and state, and a button to take it off. A file the browser can already tell is
// too many or too big is refused without sending; the server's refusals (by content, not by name) are
// shown as it words them. Every outcome is also announced to screen readers.
import { Box, Button, LinearProgress, List, ListItem, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { VISUALLY_HIDDEN } from '../common/visually-hidden';
import { formatBytes, limitsText, refusalOf, type AttachmentLimits } from '../logic/attachment-limits';
import { PublicUploadSession, UploadRefused, type UploadedAttachment } from './upload-session';

type Upload =
  | { readonly state: 'sending'; readonly progress: number }
  | { readonly state: 'done'; readonly attachment: UploadedAttachment }
  | { readonly state: 'refused'; readonly message: string };

interface Item {
  readonly key: number;
  readonly name: string;
  readonly size: number;
  readonly upload: Upload;
}

export interface AttachmentsValue {
  readonly ids: readonly string[];
  readonly pending: boolean;
}

interface Props {
  /** The id of the button, so a refusal can move the cursor to it. */
  readonly id: string;
  readonly limits: AttachmentLimits;
  readonly onChange: (value: AttachmentsValue) => void;
  /** A refusal of the whole set (the server's, on attachmentIds). */
  readonly error?: string | undefined;
  readonly label?: string;
}

const CONNECTION_LOST = 'No fue posible enviar el archivo. Revise la conexión e intente de nuevo.';

function stateText(item: Item): string {
  switch (item.upload.state) {
    case 'sending':
      return `Enviando… ${Math.round(item.upload.progress * 100)} %`;
    case 'done':
      return 'Adjuntado';
    case 'refused':
      return `No adjuntado: ${item.upload.message}`;
  }
}

export function AttachmentPicker({ id, limits, onChange, error, label = 'Archivos adjuntos' }: Props) {
  const [items, setItems] = useState<readonly Item[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // One token per form, asked for with the first file.
  const session = useRef<PublicUploadSession | null>(null);
  const controllers = useRef(new Map<number, AbortController>());
  const nextKey = useRef(0);

  useEffect(() => {
    onChange({
      ids: items.flatMap((item) => (item.upload.state === 'done' ? [item.upload.attachment.id] : [])),
      pending: items.some((item) => item.upload.state === 'sending'),
    });
  }, [items, onChange]);

  // A form left behind stops its uploads.
  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  function update(key: number, upload: Upload) {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, upload } : item)));
  }

  async function send(key: number, file: File) {
    session.current ??= new PublicUploadSession();
    const controller = new AbortController();
    controllers.current.set(key, controller);
    try {
      const attachment = await session.current.upload(
        file,
        (progress) => update(key, { state: 'sending', progress }),
        controller.signal,
      );
      update(key, { state: 'done', attachment });
      setAnnouncement(`«${file.name}» adjuntado.`);
    } catch (failure) {
      if (controller.signal.aborted) return;
      const message = failure instanceof UploadRefused ? failure.message : CONNECTION_LOST;
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
    const keptSizes = items.filter((item) => item.upload.state !== 'refused').map((item) => item.size);
    const added: Item[] = [];
    const toSend: [number, File][] = [];
    for (const file of files) {
      const key = nextKey.current++;
      const refusal = refusalOf(file, keptSizes, limits);
      if (refusal) {
        added.push({ key, name: file.name, size: file.size, upload: { state: 'refused', message: refusal } });
        continue;
      }
      keptSizes.push(file.size);
      added.push({ key, name: file.name, size: file.size, upload: { state: 'sending', progress: 0 } });
      toSend.push([key, file]);
    }
    setItems((current) => [...current, ...added]);
    const refusals = added.flatMap((item) => (item.upload.state === 'refused' ? [item.upload.message] : []));
    setAnnouncement(
      refusals.length > 0
        ? refusals.join(' ')
        : `Enviando ${files.length === 1 ? 'el archivo' : 'los archivos'}…`,
    );
    for (const [key, file] of toSend) void send(key, file);
  }

  function remove(item: Item) {
    controllers.current.get(item.key)?.abort();
    setItems((current) => current.filter((each) => each.key !== item.key));
    setAnnouncement(`«${item.name}» quitado.`);
    // The row and its button are gone: the cursor goes back to where files are chosen.
    button.current?.focus();
  }

  const hintId = `${id}-limites`;
  const errorId = `${id}-error`;
  return (
    <Box component="fieldset" sx={{ border: 0, m: 0, p: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {label} <Typography component="span">(opcional)</Typography>
      </Typography>
      <Typography id={hintId} variant="body2" sx={{ mb: 1 }}>
        {limitsText(limits)} Cada archivo se envía al elegirlo.
      </Typography>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={choose}
        data-testid={`${id}-input`}
      />
      <Button
        id={id}
        ref={button}
        variant="outlined"
        onClick={() => input.current?.click()}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      >
        Elegir archivos
      </Button>
      {error && (
        <Typography id={errorId} color="error" variant="body2" sx={{ mt: 1 }}>
          {error}
        </Typography>
      )}
      {items.length > 0 && (
        <List aria-label={`${label} elegidos`} dense>
          {items.map((item) => (
            <ListItem
              key={item.key}
              disableGutters
              data-testid="attachment-item"
              sx={{ display: 'block', borderBottom: 1, borderColor: 'divider', py: 1 }}
            >
              <Stack
                direction="row"
                spacing={2}
                sx={{ alignItems: 'center', justifyContent: 'space-between' }}
              >
                <Box sx={{ minWidth: 0 }}>
                  <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{item.name}</Typography>
                  <Typography
                    variant="body2"
                    color={item.upload.state === 'refused' ? 'error' : 'text.secondary'}
                    data-testid="attachment-state"
                  >
                    {formatBytes(item.size)} · {stateText(item)}
                  </Typography>
                </Box>
                <Button
                  size="small"
                  onClick={() => remove(item)}
                  aria-label={`Quitar ${item.name}`}
                  sx={{ flexShrink: 0 }}
                >
                  Quitar
                </Button>
              </Stack>
              {item.upload.state === 'sending' && (
                <LinearProgress
                  variant="determinate"
                  value={Math.round(item.upload.progress * 100)}
                  aria-label={`Envío de ${item.name}`}
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
