// The Transparencia page over HTTP, anonymously: the office's issued semester Informe de PQRS and access
// report are listed with their hashes (the latest issue of a period first, the earlier ones still
// reachable), the access figures as printed, the PDF the very bytes issued, and the period's dataset a CSV
// without any name, document, e-mail or free text the cases were filed with. What is not published, an
// unknown id and a malformed one all answer the same neutral 404; the routes count against a rate limit.
import { parse } from 'csv-parse/sync';
import { createHash, randomUUID } from 'node:crypto';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const ISSUE = `
  mutation ($kind: ReportKind!, $from: Date!, $to: Date!, $format: ReportFormat!, $asOf: DateTime) {
    report(kind: $kind, from: $from, to: $to, format: $format, asOf: $asOf) {
      id contentHash fileSha256 fileName
    }
  }`;

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;

/** What the cases were filed with that must never reach the public page. */
const PETITIONERS = [
  {
    kind: 'PETITION',
    day: '2026-02-02',
    name: 'Ana Lucía Gómez Restrepo',
    document: '52987654',
    email: 'ana.gomez@correo.example',
    subject: 'Copia del contrato de arrendamiento de la calle 45',
    description: 'Vivo en la carrera 12 # 34-56 y pido copia del contrato.',
  },
  {
    kind: 'INFORMATION_REQUEST',
    day: '2026-03-03',
    name: 'Jorge Eliécer Patiño Vargas',
    document: '79123456',
    email: 'jorge.patino@correo.example',
    subject: 'Actas de la junta directiva de 2025',
    description: 'Solicito las actas; mi teléfono es 3105551234.',
  },
  {
    kind: 'COMPLAINT',
    day: '2026-04-06',
    name: 'María Fernanda Rojas Díaz',
    document: '1020304050',
    email: 'maria.rojas@correo.example',
    subject: '=HYPERLINK("http://example.invalid")',
    description: 'Me atendieron mal en la sede norte.',
  },
] as const;

/** 1 July 2026, 00:00 in Bogotá: the first semester closed. */
const AFTER_FIRST_SEMESTER = '2026-07-01T05:00:00Z';

describe('the Transparencia page', () => {
  let ventanilla: VentanillaHarness;
  let coordinator: { id: string; token: string };
  let auditor: { id: string; token: string };
  const radicados: string[] = [];
  let firstPqrs: { id: string; contentHash: string; fileSha256: string; fileName: string };
  let latestPqrs: typeof firstPqrs;
  let access: typeof firstPqrs;
  let notPublished: { id: string; why: string }[];
  /** The server's clock: each fact is recorded on the day it happened, as a report as of July reads them. */
  let now = new Date('2026-01-15T15:00:00Z');

  const get = (path: string) => fetch(ventanilla.url.replace(/\/graphql$/, path));
  /** Each issue a minute after the previous one, as the office would issue them. */
  const issue = async (variables: Record<string, unknown>, token = coordinator.token) => {
    now = new Date(now.getTime() + 60_000);
    return (
      await ventanilla.ok(
        ISSUE,
        { from: '2026-01-01', to: '2026-06-30', format: 'PDF', asOf: AFTER_FIRST_SEMESTER, ...variables },
        token,
      )
    ).report as typeof firstPqrs;
  };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start(
      { VENTANILLA_PUBLIC_RATE_FAQ: '40/10m' },
      undefined,
      undefined,
      () => now,
    );
    const admin = await ventanilla.login();
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora', ['COORDINATOR']);
    auditor = await ventanilla.userWithRoles(admin, 'auditora', ['AUDITOR']);
    for (const filed of PETITIONERS) {
      now = new Date(`${filed.day}T15:00:00Z`);
      const { receivePqrs } = await ventanilla.ok(
        RECEIVE,
        {
          input: {
            kind: filed.kind,
            channel: 'WEB',
            subject: filed.subject,
            description: filed.description,
            petitioner: {
              name: filed.name,
              documentType: 'CC',
              documentNumber: filed.document,
              email: filed.email,
              phone: null,
              address: null,
            },
            receivedAt: `${filed.day}T10:00:00-05:00`,
          },
        },
        coordinator.token,
      );
      radicados.push(receivePqrs.radicado);
    }
    now = new Date('2026-03-10T21:00:00Z');
    await ventanilla.ok(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Se entregan las actas.", answeredAt: "2026-03-10T16:00:00-05:00", accessDecision: GRANTED) { radicado } }`,
      { r: radicados[1] },
      coordinator.token,
    );

    now = new Date('2026-07-02T15:00:00Z');
    firstPqrs = await issue({ kind: 'PQRS' });
    latestPqrs = await issue({ kind: 'PQRS', asOf: '2026-07-02T05:00:00Z' });
    access = await issue({ kind: 'ACCESS_TO_INFORMATION' });
    notPublished = [
      { id: (await issue({ kind: 'PQRS', format: 'CSV' })).id, why: 'not the PDF' },
      { id: (await issue({ kind: 'PQRS' }, auditor.token)).id, why: "an auditor's check" },
      { id: (await issue({ kind: 'PQRS', to: '2026-03-31' })).id, why: 'a quarter, not a semester' },
      { id: (await issue({ kind: 'PQRS', asOf: '2026-06-15T05:00:00Z' })).id, why: 'cut before the end' },
      { id: (await issue({ kind: 'SATISFACTION' })).id, why: 'a kind not published' },
    ];
  });

  afterAll(async () => {
    await ventanilla?.stop();
  });

  it('lists the latest issue of each period with its hashes, the earlier issue still reachable', async () => {
    const response = await get('/ventanilla/transparencia/informes');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const { reports } = (await response.json()) as { reports: any[] };
    expect(reports.map((report) => [report.kind, report.id])).toEqual([
      ['ACCESS_TO_INFORMATION', access.id],
      ['PQRS', latestPqrs.id],
    ]);
    const pqrs = reports[1];
    expect(pqrs).toMatchObject({
      title: 'Informe de PQRS',
      periodName: 'Primer semestre de 2026',
      from: '2026-01-01',
      to: '2026-06-30',
      contentHash: latestPqrs.contentHash,
      fileSha256: latestPqrs.fileSha256,
      datasetUrl: `/ventanilla/transparencia/informes/${latestPqrs.id}/datos.csv`,
    });
    expect(pqrs.issuedOn).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(pqrs.earlierIssues).toEqual([
      expect.objectContaining({
        id: firstPqrs.id,
        contentHash: firstPqrs.contentHash,
        fileSha256: firstPqrs.fileSha256,
      }),
    ]);
    for (const { id } of notPublished) expect(JSON.stringify(reports)).not.toContain(id);
    for (const filed of PETITIONERS) {
      for (const personal of [filed.name, filed.document, filed.email, filed.subject]) {
        expect(JSON.stringify(reports)).not.toContain(personal);
      }
    }
  });

  it('shows the access report figures as the report prints them', async () => {
    const { reports } = (await (await get('/ventanilla/transparencia/informes')).json()) as {
      reports: any[];
    };
    const figures = new Map(
      (reports[0].figures as { label: string; value: string }[]).map((figure) => [
        figure.label,
        figure.value,
      ]),
    );
    expect(figures.get('Solicitudes de información recibidas')).toBe('1');
    expect(figures.get('Trasladadas a otra entidad')).toBe('0');
    expect(figures.get('Respondidas')).toBe('1');
    expect(figures.get('Acceso concedido')).toBe('1');
    expect(figures.get('Acceso negado')).toBe('0');
    expect(figures.get('Tiempo promedio de respuesta (días hábiles)')).toMatch(/^\d+,\d$/);
    expect(reports[1].figures).toEqual([]);
  });

  it('hands out the issued PDF, byte for byte, of the latest issue and of the earlier one', async () => {
    for (const issued of [latestPqrs, firstPqrs, access]) {
      const response = await get(`/ventanilla/transparencia/informes/${issued.id}/informe.pdf`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect(response.headers.get('content-disposition')).toContain(issued.fileName);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(issued.fileSha256);
    }
  });

  it('gives the period dataset as CSV without petitioner data or free text, the same bytes each time', async () => {
    const path = `/ventanilla/transparencia/informes/${latestPqrs.id}/datos.csv`;
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await first.arrayBuffer());
    const again = Buffer.from(await (await get(path)).arrayBuffer());
    expect(again.equals(bytes)).toBe(true);
    // The earlier issue's cut (a day before, nothing recorded in between) generates the same bytes afresh.
    const earlier = await get(`/ventanilla/transparencia/informes/${firstPqrs.id}/datos.csv`);
    expect(Buffer.from(await earlier.arrayBuffer()).equals(bytes)).toBe(true);

    const rows = parse(bytes, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row['Radicado'])).toEqual([...radicados].sort());
    expect(Object.keys(rows[0]!)).toEqual([
      'Radicado',
      'Tipo',
      'Canal',
      'Dependencia',
      'Fecha de radicación',
      'Fecha de vencimiento',
      'Fecha de respuesta',
      'Estado al corte',
      'Días hábiles de respuesta',
      'Respondida a tiempo',
      'Vencida sin respuesta al corte',
    ]);
    const answered = rows.find((row) => row['Radicado'] === radicados[1])!;
    expect(answered).toMatchObject({
      'Fecha de radicación': '03/03/2026',
      'Fecha de respuesta': '10/03/2026',
    });

    const text = bytes.toString('utf8');
    for (const filed of PETITIONERS) {
      for (const personal of [filed.name, filed.document, filed.email, filed.subject, filed.description]) {
        expect(text).not.toContain(personal);
      }
    }
    expect(text).not.toContain('HYPERLINK');
  });

  it('answers one neutral 404 for an unknown, malformed or unpublished id', async () => {
    const paths = [
      `/ventanilla/transparencia/informes/${randomUUID()}/informe.pdf`,
      `/ventanilla/transparencia/informes/${randomUUID()}/datos.csv`,
      '/ventanilla/transparencia/informes/no-es-un-id/informe.pdf',
      `/ventanilla/transparencia/informes/${access.id}/datos.csv`,
      ...notPublished.map(({ id }) => `/ventanilla/transparencia/informes/${id}/informe.pdf`),
    ];
    for (const path of paths) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(await response.json()).toEqual({
        error: { code: 'NOT_FOUND', message: 'No encontramos ese informe entre los publicados.' },
      });
    }
  });

  it('counts every request against the public reading limit', async () => {
    let refused: Response | null = null;
    for (let request = 0; request <= 40 && refused === null; request += 1) {
      const response = await get('/ventanilla/transparencia/informes');
      if (response.status === 429) refused = response;
    }
    expect(refused).not.toBeNull();
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused!.json()) as { error: { message: string } }).error.message).toMatch(
      /^Demasiadas solicitudes/,
    );
    const pdf = await get(`/ventanilla/transparencia/informes/${latestPqrs.id}/informe.pdf`);
    expect(pdf.status).toBe(429);
  });
});
