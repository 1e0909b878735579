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
