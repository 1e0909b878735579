// Plantillas de avisos (ADMIN): every notice's template in force with its version and who published it;
// one opened to edit its subject and text beside the help on its placeholders (which the law requires),
// previewed with sample values as the recipient would read it, and published as the next version (the
// notices asked for from then on use it; each notice keeps the version it used). Its versions listed,
// newest first, each one's text at hand to start again from.
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  List,
  ListItemButton,
  ListItemText,
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
import { useClient, useQuery } from 'urql';
import type { NoticeTemplatesQuery } from '../graphql/generated/graphql';
import { templateTextProblems, templateVersionText, type TemplateField } from '../logic/notice-templates';
import { messageForField, ruleErrorOf, type RuleError } from '../logic/rule-errors';
import {
  NOTICE_TEMPLATE_PREVIEW,
  NOTICE_TEMPLATE_VERSIONS,
  NOTICE_TEMPLATES,
  PUBLISH_NOTICE_TEMPLATE,
} from './notices/notice-templates-operations';
import { SuccessMessage } from './common/SuccessMessage';

type Template = NoticeTemplatesQuery['noticeTemplates'][number];

export function NoticeTemplatesPage() {
  const [{ data, fetching, error }, reload] = useQuery({ query: NOTICE_TEMPLATES });
  const [selected, setSelected] = useState<Template['key'] | null>(null);
  const [published, setPublished] = useState<string | null>(null);
  const templates = data?.noticeTemplates ?? [];
  const current = templates.find((template) => template.key === selected) ?? null;
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Plantillas de avisos
      </Typography>
      <Typography sx={{ mb: 2 }}>
        Los textos de los avisos que exige la ley, del oficio de respuesta y del resumen diario. Cada
        publicación es una versión nueva; cada aviso guarda la versión con que se escribió.
      </Typography>
      <Box role="status" aria-live="polite">
        {published && (
          <SuccessMessage inLiveRegion onClose={() => setPublished(null)} sx={{ mb: 2 }}>
            {published}
          </SuccessMessage>
        )}
      </Box>
      {error && <Alert severity="error">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
      {fetching && !data && <CircularProgress aria-label="Cargando las plantillas" />}
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 2fr)' },
          alignItems: 'start',
        }}
      >
        {templates.length > 0 && (
          <Paper component="section" aria-labelledby="templates-list-title" sx={{ p: 2 }}>
            <Typography id="templates-list-title" variant="h5" component="h2" gutterBottom>
              Plantillas
            </Typography>
            <List aria-label="Plantillas de avisos" data-testid="notice-templates">
              {templates.map((template) => (
                <ListItemButton
                  key={template.key}
                  selected={template.key === selected}
                  onClick={() => {
                    setPublished(null);
                    setSelected(template.key);
                  }}
                >
                  <ListItemText primary={template.label} secondary={templateVersionText(template)} />
                </ListItemButton>
              ))}
            </List>
          </Paper>
        )}
        {current && (
          <TemplateEditor
            key={`${current.key}-${current.version}`}
            template={current}
            onPublished={(version) => {
              setPublished(`Plantilla «${current.label}» publicada: versión ${version}.`);
              reload({ requestPolicy: 'network-only' });
            }}
          />
        )}
      </Box>
    </>
  );
}

function TemplateEditor({
  template,
  onPublished,
}: {
  readonly template: Template;
  readonly onPublished: (version: number) => void;
}) {
  const client = useClient();
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [checked, setChecked] = useState(false);
  const [refusal, setRefusal] = useState<RuleError | null>(null);
  const [preview, setPreview] = useState<{ subject: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [versions] = useQuery({
    query: NOTICE_TEMPLATE_VERSIONS,
    variables: { key: template.key },
    requestPolicy: 'network-only',
  });
  const problems = templateTextProblems(subject, body, template.placeholders);
  const errorOf = (field: TemplateField) =>
    messageForField(field, checked ? problems[field] : undefined, refusal);
  const general = refusal && refusal.field !== 'subject' && refusal.field !== 'body' ? refusal.message : null;
  const unchanged = subject === template.subject && body === template.body;

  async function run(step: 'preview' | 'publish') {
    setChecked(true);
    setRefusal(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const variables = { key: template.key, subject, body };
      if (step === 'preview') {
        const result = await client
          .query(NOTICE_TEMPLATE_PREVIEW, variables, { requestPolicy: 'network-only' })
          .toPromise();
        const refused = ruleErrorOf(result.error, 'No fue posible ver el aviso.');
        if (refused) setRefusal(refused);
        else if (result.data) setPreview(result.data.noticeTemplatePreview);
        return;
      }
      const result = await client.mutation(PUBLISH_NOTICE_TEMPLATE, variables).toPromise();
      const refused = ruleErrorOf(result.error, 'No fue posible publicar la plantilla.');
      if (refused) setRefusal(refused);
      else if (result.data) onPublished(result.data.publishNoticeTemplate.version);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack spacing={2}>
      <Paper component="section" aria-labelledby="template-editor-title" sx={{ p: 2 }}>
        <Typography id="template-editor-title" variant="h5" component="h2" gutterBottom>
          {template.label}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }} data-testid="template-version">
          {templateVersionText(template)}
        </Typography>
        <Stack spacing={2}>
          {general && <Alert severity="error">{general}</Alert>}
          <TextField
            label="Asunto"
            required
            value={subject}
            onChange={(event) => setSubject(event.target.value)}
            error={Boolean(errorOf('subject'))}
            helperText={errorOf('subject')}
          />
          <TextField
            label="Texto"
            required
            multiline
            minRows={10}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            error={Boolean(errorOf('body'))}
            helperText={errorOf('body') ?? 'Los datos se escriben entre llaves dobles: {{radicado}}.'}
            slotProps={{ htmlInput: { style: { fontFamily: 'monospace' } } }}
          />
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button variant="outlined" onClick={() => void run('preview')} disabled={busy}>
              Vista previa
            </Button>
            <Button variant="contained" onClick={() => void run('publish')} disabled={busy || unchanged}>
              Publicar
            </Button>
            <Button
              onClick={() => {
                setSubject(template.subject);
                setBody(template.body);
                setRefusal(null);
              }}
              disabled={busy || unchanged}
            >
              Descartar cambios
            </Button>
          </Stack>
        </Stack>
      </Paper>
      {preview && (
        <Paper
          component="section"
          aria-labelledby="template-preview-title"
          sx={{ p: 2 }}
          data-testid="template-preview"
        >
          <Typography id="template-preview-title" variant="h6" component="h3" gutterBottom>
            Vista previa con datos de muestra
          </Typography>
          <Typography sx={{ fontWeight: 600, mb: 1 }}>{preview.subject}</Typography>
          <Typography component="div" sx={{ whiteSpace: 'pre-wrap' }}>
            {preview.text}
          </Typography>
        </Paper>
      )}
      <Paper component="section" aria-labelledby="template-placeholders-title" sx={{ p: 2 }}>
        <Typography id="template-placeholders-title" variant="h6" component="h3" gutterBottom>
          Datos que puede usar
        </Typography>
        <Table size="small" aria-labelledby="template-placeholders-title">
          <TableHead>
            <TableRow>
              <TableCell>Dato</TableCell>
              <TableCell>Qué es</TableCell>
              <TableCell>Ejemplo</TableCell>
              <TableCell>Obligatorio</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {template.placeholders.map((placeholder) => (
              <TableRow key={placeholder.name}>
                <TableCell sx={{ fontFamily: 'monospace' }}>{`{{${placeholder.name}}}`}</TableCell>
                <TableCell>{placeholder.description}</TableCell>
                <TableCell>{placeholder.example}</TableCell>
                <TableCell>{placeholder.required ? 'Sí' : 'No'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      <Paper component="section" aria-labelledby="template-versions-title" sx={{ p: 2 }}>
        <Typography id="template-versions-title" variant="h6" component="h3" gutterBottom>
          Versiones
        </Typography>
        {versions.error && <Alert severity="error">{versions.error.message}</Alert>}
        <List aria-labelledby="template-versions-title" data-testid="template-versions">
          {(versions.data?.noticeTemplateVersions ?? []).map((version) => (
            <Box
              component="li"
              key={version.version}
              sx={{ listStyle: 'none', py: 1, borderBottom: 1, borderColor: 'divider' }}
            >
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
                <Typography>{templateVersionText(version)}</Typography>
                {version.version === template.version && <Chip size="small" label="Vigente" />}
                <Button
                  size="small"
                  onClick={() => {
                    setSubject(version.subject);
                    setBody(version.body);
                    setRefusal(null);
                  }}
                  aria-label={`Usar el texto de la versión ${version.version}`}
                >
                  Usar este texto
                </Button>
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {version.subject}
              </Typography>
            </Box>
          ))}
        </List>
      </Paper>
    </Stack>
  );
}
