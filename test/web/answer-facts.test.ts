// What the case page and the history say of a verbal answer (Decreto 1166 de 2016) and of a complete
// denial of access (Ley 1712 de 2014, arts. 18, 19, 21 and 28).
import { answerFactLines } from '../../web/src/logic/access-denial-form.js';
import { eventDetail } from '../../web/src/logic/case-timeline.js';

describe('the case page, on the answer', () => {
  it('says a verbal answer was given by phone, notified in the act, its text the written record', () => {
    expect(answerFactLines({ accessDecision: null, verbalAnswer: 'PHONE' })).toEqual([
      [
        'Forma de la respuesta',
        'Verbal, por teléfono (Decreto 1166 de 2016): notificada en el acto; el texto de la respuesta es su constancia escrita.',
      ],
    ]);
  });

  it('lists a partial grant complete: the exception, the norm, the harm and the public version', () => {
    expect(
      answerFactLines({
        accessDecision: 'PARTIALLY_GRANTED',
        accessException: 'RESERVED',
        accessDenialProvision: 'Ley 1712 de 2014, art. 19 b',
        accessDenialHarm: 'Expondría los turnos de vigilancia.',
        publicVersionDelivered: true,
        verbalAnswer: null,
      }),
    ).toEqual([
      ['Excepción invocada', 'Información reservada (Ley 1712 de 2014, art. 19)'],
      ['Norma que establece la excepción', 'Ley 1712 de 2014, art. 19 b'],
      ['Daño argumentado (art. 28)', 'Expondría los turnos de vigilancia.'],
      ['Versión pública del resto (art. 21)', 'Entregada'],
    ]);
  });

  it('says «No registrado» of what a denial recorded before these facts did not record', () => {
    expect(answerFactLines({ accessDecision: 'DENIED' }).map(([, value]) => value)).toEqual([
      'No registrado',
      'No registrado',
      'No registrado',
      'No registrado',
    ]);
    expect(answerFactLines({ accessDecision: 'GRANTED', verbalAnswer: null })).toEqual([]);
  });
});

describe('the history, on the answer', () => {
  it('tells a verbal answer and the exception a denial invoked', () => {
    expect(
      eventDetail('Answered', {
        onTime: true,
        dueDate: '2026-04-16',
        answer: 'Se explicó.',
        verbalAnswer: 'IN_PERSON',
      }),
    ).toBe(
      'A tiempo (vencía el 16/04/2026). Respuesta dada verbalmente (en persona), notificada en el acto; el texto es su constancia escrita. Se explicó.',
    );
    expect(
      eventDetail('Answered', {
        accessDecision: 'DENIED',
        accessException: 'CLASSIFIED',
        publicVersionDelivered: false,
        answer: 'No.',
      }),
    ).toBe('Niega el acceso. Excepción: información clasificada (art. 18); sin versión pública. No.');
  });
});
