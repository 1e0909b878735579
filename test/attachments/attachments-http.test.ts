// The attachment routes over real HTTP on a real app (temporary data folder, files under it): staff upload
// and download with their token, the kind read from the content and never from the name, the limits refused
// in Spanish naming the file, who may download what, the public's upload session and its limits, and a file
// altered or erased on the server never served as if it were whole.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { ATTACHMENT_REGISTRY, type AttachmentRegistry } from '../../src/attachments/attachment-registry.js';
import { ATTACHMENT_STORE } from '../../src/attachments/attachment-store.js';
import type { FilesystemAttachmentStore } from '../../src/attachments/filesystem-attachment-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A small but well-formed PDF: what file-type reads is its `%PDF-` signature. */
function pdf(text: string, padding = 0): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% ${text}\n${'%'.repeat(padding)}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

/** A Windows executable's start: the MZ header pointing at a PE signature. */
function windowsExecutable(): Buffer {
  const bytes = Buffer.alloc(1024);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

describe('the attachment routes', () => {
  let ventanilla: VentanillaHarness;
  let base: string;
  let admin: string;
  let agent: string;
  let auditor: string;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({
      // Half a megabyte per file, so an oversized file is quick to send.
      VENTANILLA_ATTACHMENT_MAX_FILE_MB: '0.5',
      VENTANILLA_PUBLIC_RATE_SESSION: '3/1h',
      VENTANILLA_PUBLIC_RATE_UPLOAD: '4/1h',
    });
    base = ventanilla.url.replace(/\/graphql$/, '');
    admin = await ventanilla.login();
    agent = (await ventanilla.userWithRoles(admin, 'agente.adjuntos', ['AGENT'])).token;
    auditor = (await ventanilla.userWithRoles(admin, 'auditora.adjuntos', ['AUDITOR'])).token;
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  function upload(
    bytes: Uint8Array,
    fileName: string,
    headers: Record<string, string>,
    { clientType = 'application/pdf', field = 'file' } = {},
  ): Promise<Response> {
    const form = new FormData();
    form.append(field, new Blob([Uint8Array.from(bytes)], { type: clientType }), fileName);
    return fetch(`${base}/attachments`, { method: 'POST', headers, body: form });
  }

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  async function uploaded(bytes: Uint8Array, fileName: string, token = agent) {
    const response = await upload(bytes, fileName, bearer(token));
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; fileName: string; sha256: string; size: number };
  }

  const download = (id: string, headers: Record<string, string> = {}, query = '') =>
    fetch(`${base}/attachments/${id}${query}`, { headers });

  describe('staff', () => {
    it('upload a PDF and download the same bytes, with its name, kind and SHA-256 in the headers', async () => {
      const bytes = pdf('Respuesta al derecho de petición');
      const response = await upload(bytes, 'Respuesta año 2026.pdf', bearer(agent));

      expect(response.status).toBe(201);
      const file = (await response.json()) as Record<string, unknown>;
      expect(file).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        fileName: 'Respuesta año 2026.pdf',
        mediaType: 'application/pdf',
        size: bytes.length,
        sha256: sha256Hex(bytes),
      });

      const served = await download(String(file['id']), bearer(admin));
      expect(served.status).toBe(200);
      const body = Buffer.from(await served.arrayBuffer());
      expect(sha256Hex(body)).toBe(file['sha256']);
      expect(served.headers.get('x-content-sha256')).toBe(file['sha256']);
      expect(served.headers.get('content-type')).toBe('application/pdf');
      expect(served.headers.get('cache-control')).toBe('no-store');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(served.headers.get('content-disposition')).toBe(
        `attachment; filename="Respuesta a?o 2026.pdf"; filename*=UTF-8''Respuesta%20a%C3%B1o%202026.pdf`,
      );
    });

    it('the kind comes from the content: a PDF sent as a PNG named .png is a PDF', async () => {
      const file = await upload(pdf('un PDF con otro nombre'), 'foto.png', bearer(agent), {
        clientType: 'image/png',
      });
      expect(await file.json()).toMatchObject({ fileName: 'foto.png', mediaType: 'application/pdf' });
    });

    it('refuse a Windows executable renamed .pdf with 415, naming the file and the kinds accepted', async () => {
      const response = await upload(windowsExecutable(), 'factura.pdf', bearer(agent));

      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({
        code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
        message:
          'El contenido del archivo «factura.pdf» no es de un tipo aceptado: solo se reciben PDF, JPEG, PNG, ' +
          'Word (DOCX), Excel (XLSX) u OpenDocument (ODT), según su contenido y no según su nombre.',
        field: 'file',
      });
    });

    it('refuse a file over the size limit with 413, naming the file and the limit', async () => {
      const response = await upload(
        pdf('demasiado grande', 600 * 1024),
        'Expediente completo.pdf',
        bearer(agent),
      );

      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        code: 'ATTACHMENT_TOO_LARGE',
        message: 'El archivo «Expediente completo.pdf» supera el máximo de 512 KB por archivo.',
        field: 'file',
      });
    });

    it('refuse an empty file with 400, naming it', async () => {
      const response = await upload(new Uint8Array(0), 'vacío.pdf', bearer(agent));

      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        code: 'ATTACHMENT_EMPTY',
        message: 'El archivo «vacío.pdf» está vacío.',
        field: 'file',
      });
    });

    it('refuse a request without a file, or with the file in another field, with 400', async () => {
      const noFile = await fetch(`${base}/attachments`, {
        method: 'POST',
        headers: { ...bearer(agent), 'content-type': 'application/json' },
        body: '{}',
      });
      expect(noFile.status).toBe(400);
      expect(await noFile.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });

      const otherField = await upload(pdf('otro campo'), 'carta.pdf', bearer(agent), { field: 'documento' });
      expect(otherField.status).toBe(400);
      expect(await otherField.json()).toMatchObject({ code: 'BAD_REQUEST', field: 'file' });
    });

    it('an auditor may not upload, and may download no one’s personal data', async () => {
      const refusedUpload = await upload(pdf('auditoría'), 'acta.pdf', bearer(auditor));
      expect(refusedUpload.status).toBe(403);
      expect(await refusedUpload.json()).toMatchObject({ code: 'FORBIDDEN' });

      const registry = ventanilla.app.get<AttachmentRegistry>(ATTACHMENT_REGISTRY);
      const personal = await uploaded(pdf('cédula del peticionario'), 'cedula.pdf');
      const evidence = await uploaded(pdf('acta de verificación de eficacia'), 'acta.pdf');
      const unclaimed = await uploaded(pdf('aún sin trámite'), 'borrador.pdf');
      await registry.claim('persona-auditada', [personal.id], 'pqrs-2026-000001');
      await registry.claim(null, [evidence.id], 'improvement-action-1');

      const refused = await download(personal.id, bearer(auditor));
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({
        code: 'FORBIDDEN',
        message: expect.stringMatching(/^Este archivo hace parte de los datos personales de su titular/),
      });
      expect((await download(unclaimed.id, bearer(auditor))).status).toBe(403);
      expect((await download(evidence.id, bearer(auditor))).status).toBe(200);
      expect((await download(personal.id, bearer(agent))).status).toBe(200);
    });

    it('an unknown id and a malformed one answer the same 404', async () => {
      const unknown = await download('6f1c2d3e-4a5b-4c6d-8e7f-001122334455', bearer(admin));
      const malformed = await download('..%2F..%2Fmaster.key', bearer(admin));

      expect([unknown.status, malformed.status]).toEqual([404, 404]);
      const [first, second] = [await unknown.json(), await malformed.json()];
      expect(first).toEqual({
        code: 'NOT_FOUND',
        message: 'No se encontró el archivo solicitado con los datos indicados.',
      });
      expect(second).toEqual(first);
    });

    it('a file erased with its owner’s data answers 410', async () => {
      const file = await uploaded(pdf('datos de quien pidió la supresión'), 'soporte.pdf');
      const registry = ventanilla.app.get<AttachmentRegistry>(ATTACHMENT_REGISTRY);
      await registry.claim('persona-suprimida', [file.id], 'pqrs-2026-000002');
      await registry.eraseOwnedBy('persona-suprimida');

      const response = await download(file.id, bearer(admin));
      expect(response.status).toBe(410);
      expect(await response.json()).toEqual({
        code: 'ATTACHMENT_ERASED',
        message: 'El archivo fue borrado con los datos personales de su titular.',
      });
    });

    it('bytes altered on the server are not served: 409, saying so', async () => {
      const file = await uploaded(pdf('oficio original'), 'oficio.pdf');
      const store = ventanilla.app.get<FilesystemAttachmentStore>(ATTACHMENT_STORE);
      writeFileSync(store.pathOf(file.sha256), pdf('oficio cambiado a escondidas'));

      const response = await download(file.id, bearer(admin));
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({
        code: 'ATTACHMENT_ALTERED',
        message: expect.stringContaining('«oficio.pdf» no coincide con su huella SHA-256 registrada'),
      });
    });
  });

  describe('without a staff session', () => {
    it('an upload without a token, or with a forged one, is refused with 401', async () => {
      const none = await upload(pdf('sin sesión'), 'carta.pdf', {});
      expect(none.status).toBe(401);
      expect(await none.json()).toMatchObject({ code: 'UNAUTHENTICATED' });

      const forgedStaff = await upload(pdf('sesión falsa'), 'carta.pdf', bearer('no.es.un-token'));
      expect(forgedStaff.status).toBe(401);
      const forgedUpload = await upload(pdf('sesión de carga falsa'), 'carta.pdf', {
        'x-upload-token': admin,
      });
      expect(forgedUpload.status).toBe(401);
      expect(await forgedUpload.json()).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringContaining('sesión de carga'),
      });
    });

    it('a public upload session lets a citizen upload, as PUBLIC, but downloads nothing', async () => {
      const session = await fetch(`${base}/attachments/public-session`, { method: 'POST' });
      expect(session.status).toBe(201);
      const { token, expiresAt } = (await session.json()) as { token: string; expiresAt: string };
      const hoursLeft = (Date.parse(expiresAt) - Date.now()) / 3_600_000;
      expect(hoursLeft).toBeGreaterThan(1.9);
      expect(hoursLeft).toBeLessThanOrEqual(2);

      const bytes = pdf('queja del ciudadano');
      const response = await upload(bytes, 'mi queja.pdf', { 'x-upload-token': token });
      expect(response.status).toBe(201);
      const file = (await response.json()) as { id: string; sha256: string };
      expect(file.sha256).toBe(sha256Hex(bytes));
      // The upload is the public's: a citizen's filing may name it.
      const registry = ventanilla.app.get<AttachmentRegistry>(ATTACHMENT_REGISTRY);
      await expect(registry.forCommand([file.id], { kind: 'PUBLIC' })).resolves.toHaveLength(1);
      // The upload token is no staff session.
      expect((await download(file.id, bearer(token))).status).toBe(401);
    });

    it('a public download with a radicado and a code that do not open the file answers the same 404', async () => {
      const file = await uploaded(pdf('respuesta al ciudadano'), 'respuesta.pdf');
      const wrong = await download(file.id, {}, '?radicado=PQRS-2026-000001&code=ABCD-EFGH');
      const unknown = await download(
        '6f1c2d3e-4a5b-4c6d-8e7f-001122334455',
        {},
        '?radicado=PQRS-2026-000001&code=ABCD-EFGH',
      );

      expect([wrong.status, unknown.status]).toEqual([404, 404]);
      expect(await wrong.json()).toEqual(await unknown.json());
      const withoutCode = await download(file.id, {}, '?radicado=PQRS-2026-000001');
      expect(withoutCode.status).toBe(401);
    });

    it('upload sessions and public uploads are limited per address, with 429 and Retry-After', async () => {
      // Three sessions an hour in this configuration; the test above opened one.
      const sessions: Response[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        sessions.push(await fetch(`${base}/attachments/public-session`, { method: 'POST' }));
      }
      expect(sessions.map((session) => session.status)).toEqual([201, 201, 429]);
      const refused = sessions[2]!;
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await refused.json()).toEqual({
        code: 'TOO_MANY_REQUESTS',
        message: expect.stringMatching(
          /^Demasiadas solicitudes desde su conexión\. Intente de nuevo en \d+ minutos?\.$/,
        ),
        retryAfterSeconds: expect.any(Number),
      });

      // Four public uploads an hour: the test above made one, the forged token none.
      const { token } = (await sessions[0]!.json()) as { token: string };
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        statuses.push(
          (await upload(pdf(`anexo ${attempt}`), 'anexo.pdf', { 'x-upload-token': token })).status,
        );
      }
      expect(statuses).toEqual([201, 201, 201, 429]);
      // Staff are not counted.
      expect((await upload(pdf('funcionario'), 'oficio.pdf', bearer(agent))).status).toBe(201);
    });
  });
});
