// The constancia de radicación read back from its PDF: what was filed, when (Bogotá time), the legal term
// and due date as dd/mm/aaaa, the attached files with their hashes, the access code and how to follow the
// case; the same filing gives the same bytes.
import { renderConstancia, fileSize } from '../../src/public-channel/constancia.js';
import type { ConstanciaView } from '../../src/public-channel/public-cases.js';
import { extractPdf } from '../support/pdf-text.js';

const FILING: ConstanciaView = {
  entityName: 'Corporación Pública de Atención Ciudadana',
  officeName: 'Oficina de Atención al Cliente',
  radicado: 'PQRS-2026-000042',
  accessCode: 'k7mqp2xw9rtb4hcz',
  kindLabel: 'Petición',
  termBusinessDays: 15,
  // 2 March 2026, 09:05 in Bogotá (UTC-5).
  receivedAt: '2026-03-02T14:05:30.000Z',
  dueDate: '2026-03-24',
  // Filed Monday 2 March 2026 in office hours: day 1 is Tuesday 3.
  termRunsFrom: '2026-03-03',
  subject: 'Solicitud de copia del contrato de afiliación',
  personTypeLabel: 'Persona natural',
  anonymous: false,
  petitioner: { name: 'Ana Lucía Pérez Őrsi', document: 'CC •••456' },
  channelLabel: 'Página web',
  receivedBy: 'Ventanilla virtual',
  answerChannelLabel: 'Correo electrónico',
  attachments: [
    {
      fileName: 'cédula-ampliada.pdf',
      size: 245_760,
      sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    },
    {
      fileName: 'factura marzo.png',
      size: 3_250_000,
      sha256: '60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752',
    },
  ],
  policyVersion: 'texto-3f2a9c1b7d4e',
  trackingUrl: 'https://ventanilla.example.gov.co/ventanilla/consulta',
};

/** The PDF's text as one line, runs joined by spaces and whitespace collapsed. */
async function textOf(bytes: Buffer): Promise<string> {
  const { pages } = await extractPdf(bytes);
  return pages.flat().join(' ').replace(/\s+/g, ' ');
}

describe('the constancia de radicación', () => {
  it('is a PDF', async () => {
    const bytes = await renderConstancia(FILING);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('prints the entity, the radicado, when it was filed in Colombian time, and the legal basis', async () => {
    const text = await textOf(await renderConstancia(FILING));
    expect(text).toContain('Corporación Pública de Atención Ciudadana');
    expect(text).toContain('Oficina de Atención al Cliente');
    expect(text).toContain('Constancia de radicación');
    expect(text).toContain('PQRS-2026-000042');
    expect(text).toContain('02/03/2026 09:05 (hora de Colombia)');
    expect(text).toContain('Ley 1755 de 2015');
  });

  it('prints the kind, its legal term in business days and the due date as dd/mm/aaaa', async () => {
    const text = await textOf(await renderConstancia(FILING));
    expect(text).toContain('Petición');
    expect(text).toContain('15 días hábiles');
    expect(text).toContain('Fecha de vencimiento 24/03/2026');
  });

  it('tells the petitioner from which day the term runs (art. 54, Ley 1437 de 2011)', async () => {
    const text = await textOf(await renderConstancia(FILING));
    expect(text).toContain('El término corre desde 03/03/2026');
  });

  it('says nothing of it for a case filed before the day was recorded', async () => {
    const text = await textOf(await renderConstancia({ ...FILING, termRunsFrom: null }));
    expect(text).not.toContain('El término corre desde');
    expect(text).toContain('Fecha de vencimiento 24/03/2026');
  });

  it('prints the subject, the person type and the answer channel', async () => {
    const text = await textOf(await renderConstancia(FILING));
    expect(text).toContain('Solicitud de copia del contrato de afiliación');
    expect(text).toContain('Tipo de persona Persona natural');
    expect(text).toContain('Canal de respuesta Correo electrónico');
    expect(text).toContain('política versión texto-3f2a9c1b7d4e');
  });

  it('names the petitioner, the channel and who received it (Decreto 1166 de 2016)', async () => {
    const text = await textOf(await renderConstancia(FILING));
    expect(text).toContain('Peticionario Ana Lucía Pérez Őrsi, CC •••456');
    expect(text).toContain('Canal de recepción Página web');
    expect(text).toContain('Recibida por Ventanilla virtual');
  });

  it('lists each attached file with its size and SHA-256', async () => {
    const text = await textOf(await renderConstancia(FILING));
    expect(text).toContain('cédula-ampliada.pdf');
    expect(text).toContain('240,0 KB');
    expect(text).toContain('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
    expect(text).toContain('factura marzo.png');
    expect(text).toContain('3,1 MB');
    expect(text).toContain('60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752');
  });

  it('prints the access code grouped, with the warning to keep it private, and where to follow the case', async () => {
    const text = await textOf(await renderConstancia(FILING));
    expect(text).toContain('K7MQ-P2XW-9RTB-4HCZ');
    expect(text).toContain('Guarde este código y no lo comparta');
    expect(text).toContain('https://ventanilla.example.gov.co/ventanilla/consulta');
  });

  it('says an anonymous filing is anonymous and is followed only on the tracking page', async () => {
    const anonymous: ConstanciaView = {
      ...FILING,
      kindLabel: 'Denuncia',
      anonymous: true,
      personTypeLabel: 'Anónimo',
      petitioner: null,
      answerChannelLabel: null,
      attachments: [],
      policyVersion: null,
    };
    const text = await textOf(await renderConstancia(anonymous));
    expect(text).toContain('Tipo de persona Anónima');
    expect(text).toContain('Solo en la página de consulta (radicación anónima)');
    expect(text).toContain('Sin archivos adjuntos.');
    expect(text).toContain('Peticionario Anónimo');
    expect(text).not.toContain('Tratamiento de datos personales');
  });

  it('prints every character the embedded DejaVu draws as itself, and one it lacks as a visible "?"', async () => {
    const text = await textOf(
      await renderConstancia({ ...FILING, subject: 'Queja por Őrsi — Łódź, Ωμέγα 日本 “servicio”' }),
    );
    expect(text).toContain('Queja por Őrsi — Łódź, Ωμέγα ?? “servicio”');
  });

  it('gives the same bytes for the same filing, dated at its radicación', async () => {
    const first = await renderConstancia(FILING);
    const second = await renderConstancia(FILING);
    expect(second.equals(first)).toBe(true);
    const { info } = await extractPdf(first);
    expect(info['CreationDate']).toBe('D:20260302140530Z');
    expect(info['Producer']).toBe('Ventanilla');
  });
});

describe('a file size on the constancia', () => {
  it('reads as a file browser shows it, with es-CO decimals', () => {
    expect(fileSize(1)).toBe('1 byte');
    expect(fileSize(512)).toBe('512 bytes');
    expect(fileSize(1536)).toBe('1,5 KB');
    expect(fileSize(10 * 1024 * 1024)).toBe('10,0 MB');
  });
});
