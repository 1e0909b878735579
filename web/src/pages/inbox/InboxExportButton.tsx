// "Exportar" on the Bandeja: the cases of the view as it is filtered and ordered, every page of them, as
// a CSV or an Excel workbook. GET /pqrs/export takes pqrsList's filter as query parameters and answers
// behind the session's token, so the file is fetched here and handed to the browser (as report files are).
import { Alert, Button, Menu, MenuItem, Stack } from '@mui/material';
import { useState } from 'react';
import { listArgumentsOf, type InboxView } from '../../logic/inbox-view';
import { currentToken } from '../../session/session';
import { saveBlob } from '../common/save-file';

const FORMATS = [
  { format: 'csv', label: 'CSV (separado por punto y coma)' },
  { format: 'xlsx', label: 'Excel (XLSX)' },
] as const;

/** The export's address for the view: its filter's fields and its order as query parameters. */
export function inboxExportUrl(view: InboxView, signedInUserId: string, format: string): string {
  const { filter, sort } = listArgumentsOf(view, signedInUserId);
  const params = new URLSearchParams({ format, sort });
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null) params.set(name, String(value));
  }
  return `/pqrs/export?${params.toString()}`;
}

/** The file name the server gives in Content-Disposition, or a plain one. */
function fileNameOf(response: Response, format: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? `bandeja.${format}`;
}

export function InboxExportButton({
  view,
  signedInUserId,
}: {
  readonly view: InboxView;
  readonly signedInUserId: string;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function download(format: string) {
    setAnchor(null);
    setBusy(true);
    setProblem(null);
    try {
      const token = currentToken();
      const response = await fetch(inboxExportUrl(view, signedInUserId, format), {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) {
        // The server names what is wrong (a view over the limit, a filter it refuses) in Spanish.
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setProblem(body?.error?.message ?? `No fue posible exportar la bandeja (error ${response.status}).`);
        return;
      }
      saveBlob(await response.blob(), fileNameOf(response, format));
    } catch {
      setProblem('No fue posible exportar la bandeja: revise la conexión e intente de nuevo.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack spacing={1} sx={{ mb: 2, alignItems: 'flex-end' }}>
      <Button
        variant="outlined"
        disabled={busy}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? 'inbox-export-menu' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {busy ? 'Exportando…' : 'Exportar'}
      </Button>
      <Menu id="inbox-export-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {FORMATS.map(({ format, label }) => (
          <MenuItem key={format} onClick={() => void download(format)}>
            {label}
          </MenuItem>
        ))}
      </Menu>
      {problem && (
        <Alert severity="error" onClose={() => setProblem(null)} sx={{ alignSelf: 'stretch' }}>
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
