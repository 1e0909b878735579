// The lines of the printed constancia de radicación.
import { legalTermText, petitionerText, receiptLines } from '../../web/src/logic/filing-receipt.js';

describe('the constancia de radicación', () => {
  it('states the radicado, the instant in Bogotá, the kind in Spanish, the subject, the legal term and the due date', () => {
    expect(
      receiptLines({
        entityName: 'Corporación pública departamental de Cundinamarca',
        officeName: 'Oficina de Atención al Cliente',
        radicado: 'PQRS-2026-000042',
        receivedAt: '2026-03-13T15:00:00.000Z',
        kind: 'INFORMATION_REQUEST',
        subject: 'Copia del contrato',
        dueDate: '2026-03-30',
        termBusinessDays: 10,
        legalBasis: 'Ley 1755 de 2015, artículo 14',
        channel: 'PHONE',
        petitioner: { erased: false, name: 'Ana Pérez', documentType: 'CC', documentNumber: '52123456' },
        receivedByName: 'Laura Gómez',
      }),
    ).toEqual([
      { label: 'Número de radicado', value: 'PQRS-2026-000042' },
      { label: 'Fecha y hora de radicación', value: '13/03/2026 10:00 (hora de Bogotá)' },
      { label: 'Tipo de solicitud', value: 'Solicitud de información o documentos' },
      { label: 'Peticionario', value: 'Ana Pérez, Cédula de ciudadanía 52123456' },
      { label: 'Canal de recepción', value: 'Telefónico' },
      { label: 'Recibida por', value: 'Laura Gómez' },
      { label: 'Asunto', value: 'Copia del contrato' },
      { label: 'Término legal para responder', value: '10 días hábiles (Ley 1755 de 2015, artículo 14)' },
      { label: 'Fecha de vencimiento', value: '30/03/2026' },
    ]);
  });

  it('for a petition made in person prints what Decreto 1166 de 2016 asks besides: the reasons, the documents, and that it was verbal', () => {
    const lines = receiptLines({
      entityName: 'Corporación pública departamental de Cundinamarca',
      officeName: 'Oficina de Atención al Cliente',
      radicado: 'PQRS-2026-000977',
      // Thursday 24 December 2026 at 11:35 in Bogotá: 16:35 UTC.
      receivedAt: '2026-12-24T16:35:00.000Z',
      kind: 'PETITION',
      subject: 'Revisión de la factura de noviembre',
      // 15 business days from 28 December (Christmas and New Year skipped; Reyes moved to 11 January 2027).
      dueDate: '2027-01-19',
      termBusinessDays: 15,
      legalBasis: 'Ley 1755 de 2015, artículo 14',
      channel: 'IN_PERSON',
      petitioner: {
        erased: false,
        name: 'Ana Pérez',
        documentType: 'CC',
        documentNumber: '52123456',
        email: 'ana.perez@correo.example',
        address: 'Calle 10 # 5-20, Zipaquirá',
      },
      receivedByName: 'Laura Gómez',
      verbal: true,
      reasons: 'El consumo facturado triplica el de los meses anteriores sin cambio de hábitos.',
      documents: ['Factura noviembre.pdf', 'Foto del medidor.jpg'],
    });
    expect(lines).toEqual([
      { label: 'Número de radicado', value: 'PQRS-2026-000977' },
      { label: 'Fecha y hora de radicación', value: '24/12/2026 11:35 (hora de Bogotá)' },
      { label: 'Tipo de solicitud', value: 'Petición' },
      { label: 'Peticionario', value: 'Ana Pérez, Cédula de ciudadanía 52123456' },
      { label: 'Canal de recepción', value: 'Presencial' },
      { label: 'Recibida por', value: 'Laura Gómez' },
      { label: 'Asunto', value: 'Revisión de la factura de noviembre' },
      { label: 'Dirección de notificación', value: 'Calle 10 # 5-20, Zipaquirá; ana.perez@correo.example' },
      {
        label: 'Razones en que se fundamenta',
        value: 'El consumo facturado triplica el de los meses anteriores sin cambio de hábitos.',
      },
      { label: 'Documentos que se anexan', value: 'Factura noviembre.pdf; Foto del medidor.jpg' },
      {
        label: 'Forma de presentación',
        value:
          'Verbal: se deja constancia expresa de que esta petición se presentó de forma verbal (Decreto 1166 de 2016).',
      },
      { label: 'Término legal para responder', value: '15 días hábiles (Ley 1755 de 2015, artículo 14)' },
      { label: 'Fecha de vencimiento', value: '19/01/2027' },
    ]);
  });

  it('names an anonymous petitioner, an erased one, and a masked one as the server masked them', () => {
    expect(petitionerText(null)).toBe('Anónimo');
    expect(petitionerText({ erased: true, name: null, documentType: null, documentNumber: null })).toBe(
      'Datos suprimidos a solicitud del titular',
    );
    expect(
      petitionerText({ erased: false, name: 'A. P.', documentType: 'CC', documentNumber: '****3456' }),
    ).toBe('A. P., Cédula de ciudadanía ****3456');
  });

  it('says "día hábil" in the singular for a term of one day', () => {
    expect(legalTermText(1, 'Norma')).toBe('1 día hábil (Norma)');
    expect(legalTermText(30, 'Norma')).toBe('30 días hábiles (Norma)');
  });
});
