// Old requests name their campaign in free text ("Feria Zipaquirá 2026", "Jornada en Zipaquirá"): each
// name, with how many requests carry it, can be mapped to a campaign of the plan, so those requests count
// for it. The old events are never rewritten: the mapping is a fact of its own on the campaign.
import {
  Alert,
  Button,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { campaignChoiceLabel } from '../../../logic/campaign-plan';
import { ruleErrorOf } from '../../../logic/rule-errors';
import { CAMPAIGN_MAP_NAME, LEGACY_CAMPAIGN_NAMES } from './campaign-operations';

export function LegacyCampaignNames({ mayMap }: { readonly mayMap: boolean }) {
  const [{ data }, refresh] = useQuery({ query: LEGACY_CAMPAIGN_NAMES, requestPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<Readonly<Record<string, string>>>({});
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [{ fetching }, mapName] = useMutation(CAMPAIGN_MAP_NAME);
  const names = data?.legacyCampaignNames ?? [];
  if (names.length === 0) return null;
  const campaigns = data?.campaigns ?? [];
  const nameOf = (id: string | null) => campaigns.find((campaign) => campaign.id === id)?.name ?? null;

  async function map(legacyName: string) {
    const id = chosen[legacyName];
    if (!id) return;
    const result = await mapName({ id, legacyName });
    const refusal = ruleErrorOf(result.error, 'No fue posible asociar el nombre.');
    setMessage(
      refusal
        ? { severity: 'error', text: refusal.message }
        : { severity: 'success', text: `«${legacyName}» cuenta ahora para «${nameOf(id)}».` },
    );
    if (!refusal) refresh({ requestPolicy: 'network-only' });
  }

  return (
    <Paper component="section" aria-labelledby="legacy-names-title" sx={{ p: 2, mt: 3 }}>
      <Typography id="legacy-names-title" variant="h5" component="h2" gutterBottom>
        Nombres de campaña de solicitudes anteriores
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        Antes del plan, la campaña se escribía a mano. Asocie cada nombre a una campaña del plan para que sus
        solicitudes cuenten para ella; las solicitudes no se modifican.
      </Typography>
      {message && (
        <Alert severity={message.severity} role="status" sx={{ mb: 2 }}>
          {message.text}
        </Alert>
      )}
      <Table size="small" aria-labelledby="legacy-names-title">
        <TableHead>
          <TableRow>
            <TableCell>Nombre escrito</TableCell>
            <TableCell align="right">Solicitudes</TableCell>
            <TableCell>Campaña del plan</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {names.map((legacy) => (
            <TableRow key={legacy.name}>
              <TableCell>{legacy.name}</TableCell>
              <TableCell align="right">{legacy.applications}</TableCell>
              <TableCell>
                {legacy.campaignId !== null || !mayMap ? (
                  (nameOf(legacy.campaignId ?? null) ?? 'Sin asociar')
                ) : (
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <TextField
                      select
                      size="small"
                      label={`Campaña para «${legacy.name}»`}
                      value={chosen[legacy.name] ?? ''}
                      onChange={(event) => setChosen({ ...chosen, [legacy.name]: event.target.value })}
                      sx={{ minWidth: 320 }}
                    >
                      {campaigns.map((campaign) => (
                        <MenuItem key={campaign.id} value={campaign.id}>
                          {campaignChoiceLabel(campaign)}
                        </MenuItem>
                      ))}
                    </TextField>
                    <Button
                      variant="outlined"
                      disabled={fetching || !chosen[legacy.name]}
                      onClick={() => void map(legacy.name)}
                    >
                      Asociar
                    </Button>
                  </Stack>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
