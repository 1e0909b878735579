// End to end over HTTP: the notice templates on a real app with a temporary SQLite directory, driven only
// through GraphQL — the shipped texts as version 1, an ADMIN's publication as version 2, the refusals
// (another role, a placeholder the key does not allow), the versions listed and the preview.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const TEMPLATE_FIELDS = `
  key label version subject body publishedAt publishedBy { username }
  placeholders { name description example required }`;
const TEMPLATES = `query { noticeTemplates { ${TEMPLATE_FIELDS} } }`;
const VERSIONS = `query ($key: NoticeTemplateKey!) { noticeTemplateVersions(key: $key) { ${TEMPLATE_FIELDS} } }`;
const PUBLISH = `
  mutation ($key: NoticeTemplateKey!, $subject: String!, $body: String!) {
    publishNoticeTemplate(key: $key, subject: $subject, body: $body) { ${TEMPLATE_FIELDS} }
  }`;
const PREVIEW = `
  query ($key: NoticeTemplateKey!, $subject: String!, $body: String!) {
    noticeTemplatePreview(key: $key, subject: $subject, body: $body) { subject text }
  }`;

const EXTENSION = {
  key: 'EXTENSION',
  subject: 'Ampliación del plazo de su solicitud {{radicado}}',
  body:
    'Respetado(a) {{nombre}}:\n\nNo es posible responder su solicitud {{radicado}} en el término inicial, ' +
    'por este motivo: {{motivo}}\n\nLe responderemos a más tardar el {{nuevaFechaVencimiento}} (parágrafo ' +
    'del artículo 14 de la Ley 1755 de 2015).\n\n{{nombreOficina}}',
};

describe('notice templates, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let coordinator: string;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({
      VENTANILLA_OFFICE_NAME: 'Oficina de Atención al Ciudadano',
    });
    admin = await ventanilla.login();
    ({ token: coordinator } = await ventanilla.userWithRoles(admin, 'coordinadora.plantillas', [
      'COORDINATOR',
    ]));
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('lists every template, each in the shipped text as version 1, with its placeholders described', async () => {
    const { noticeTemplates } = await ventanilla.ok(TEMPLATES, {}, coordinator);
    expect(noticeTemplates.map((template: { key: string }) => template.key)).toEqual([
      'ACKNOWLEDGMENT',
      'INFORMATION_REQUEST',
      'EXTENSION',
      'TRANSFER',
      'TRANSFER_COPY',
      'ANSWER',
      'TACIT_WITHDRAWAL',
      'TACIT_WITHDRAWAL_DECREE',
      'AFFILIATION_DECISION',
      'PRIORITY_ALERT',
      'ANSWER_LETTER',
      'DAILY_DIGEST',
    ]);
    const extension = noticeTemplates.find((template: { key: string }) => template.key === 'EXTENSION');
    expect(extension).toMatchObject({
      label: 'Aviso de prórroga (art. 14, parágrafo)',
      version: 1,
      publishedAt: null,
      publishedBy: null,
    });
    expect(extension.body).toContain('parágrafo del artículo 14 de la Ley 1755 de 2015');
    expect(extension.placeholders).toContainEqual({
      name: 'nuevaFechaVencimiento',
      description: 'Nueva fecha de vencimiento tras la prórroga (dd/mm/aaaa).',
      example: '16/04/2026',
      required: true,
    });
  });

  it('an administrator publishes version 2, which is then the one in force', async () => {
    const { publishNoticeTemplate } = await ventanilla.ok(PUBLISH, EXTENSION, admin);
    expect(publishNoticeTemplate).toMatchObject({
      key: 'EXTENSION',
      version: 2,
      subject: EXTENSION.subject,
      body: EXTENSION.body,
      publishedBy: { username: 'admin' },
    });
    expect(publishNoticeTemplate.publishedAt).toEqual(expect.any(String));
    const { noticeTemplates } = await ventanilla.ok(TEMPLATES, {}, coordinator);
    expect(noticeTemplates.find((template: { key: string }) => template.key === 'EXTENSION').version).toBe(2);
  });

  it('publishing the text in force again makes no new version', async () => {
    const { publishNoticeTemplate } = await ventanilla.ok(PUBLISH, EXTENSION, admin);
    expect(publishNoticeTemplate.version).toBe(2);
  });

  it('a coordinator may not publish a template', async () => {
    const response = await ventanilla.graphql(
      PUBLISH,
      { ...EXTENSION, subject: 'Prórroga {{radicado}}' },
      coordinator,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { noticeTemplateVersions } = await ventanilla.ok(VERSIONS, { key: 'EXTENSION' }, admin);
    expect(noticeTemplateVersions[0].subject).toBe(EXTENSION.subject);
  });

  it('a placeholder the template does not allow is refused, with the rule, the field and the placeholder', async () => {
    const response = await ventanilla.graphql(
      PUBLISH,
      { ...EXTENSION, body: `${EXTENSION.body}\n\nSu cédula: {{cedula}}` },
      admin,
    );
    const [error] = response.errors ?? [];
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'INVALID_TEMPLATE_PLACEHOLDER',
      field: 'body',
    });
    expect(error?.message).toContain('{{cedula}}');
  });

  it('a blank subject is refused on the subject', async () => {
    const response = await ventanilla.graphql(PUBLISH, { ...EXTENSION, subject: '  ' }, admin);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'TEMPLATE_SUBJECT_REQUIRED',
      field: 'subject',
    });
  });

  it('lists the versions, the newest first, down to the shipped text', async () => {
    const { noticeTemplateVersions } = await ventanilla.ok(VERSIONS, { key: 'EXTENSION' }, coordinator);
    expect(
      noticeTemplateVersions.map((version: { version: number; publishedBy: { username: string } | null }) => [
        version.version,
        version.publishedBy?.username ?? null,
      ]),
    ).toEqual([
      [2, 'admin'],
      [1, null],
    ]);
    const { noticeTemplateVersions: untouched } = await ventanilla.ok(
      VERSIONS,
      { key: 'TRANSFER' },
      coordinator,
    );
    expect(untouched.map((version: { version: number }) => version.version)).toEqual([1]);
  });

  it('previews a text with the sample values and the office named by the configuration', async () => {
    const { noticeTemplatePreview } = await ventanilla.ok(PREVIEW, EXTENSION, admin);
    expect(noticeTemplatePreview.subject).toBe('Ampliación del plazo de su solicitud PQRS-2026-000123');
    expect(noticeTemplatePreview.text).toContain('a más tardar el 16/04/2026');
    expect(noticeTemplatePreview.text).toContain('Respetado(a) Ana María Gómez:');
    expect(noticeTemplatePreview.text.endsWith('Oficina de Atención al Ciudadano')).toBe(true);
    const refused = await ventanilla.graphql(
      PREVIEW,
      { ...EXTENSION, subject: 'Prórroga {{#motivo}}' },
      admin,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      rule: 'INVALID_TEMPLATE_SYNTAX',
      field: 'subject',
    });
  });
});
