// FAQ suggestions for a case only above the relevance threshold, measured on the demo FAQ: a case the FAQ
// answers gets its entry; a case that shares one common word with an entry ("solicito") gets none. The
// Ventanilla virtual suggests from the subject a citizen is writing by the same function and threshold.
import type { FaqEntryDocument } from '../../src/features/faq/read-models/faq-entries-projection.js';
import { buildFaqIndex, suggestionsIn } from '../../src/features/faq/read-models/faq-search.js';
import { FAQ_TEXTS } from '../../src/seed/demo-texts.js';

const demoFaq = buildFaqIndex(
  FAQ_TEXTS.map((text, index): FaqEntryDocument => ({
    id: `faq-${index}`,
    question: text.question,
    answer: text.answer,
    category: text.category,
    categoryKey: text.category.toLowerCase(),
    tags: [...text.tags],
    linkedRadicados: [],
    status: 'PUBLISHED',
    version: 1,
    createdAt: '2026-01-05T14:00:00.000Z',
    createdBy: 'u1',
    updatedAt: '2026-01-05T14:00:00.000Z',
    updatedBy: 'u1',
    publishedAt: '2026-01-05T14:00:00.000Z',
    publishedBy: 'u1',
    retiredAt: null,
    retiredReason: null,
    revision: 1,
    lastPosition: index + 1,
    searchText: '',
  })),
);

function questionsFor(subject: string, description: string, threshold?: number): string[] {
  return suggestionsIn(demoFaq, { radicado: 'PQRS-2026-000001', subject, description }, 5, threshold).map(
    (hit) => hit.entry.question,
  );
}

describe('FAQ suggestions for a case', () => {
  it('suggest the entry that answers a related case', () => {
    expect(
      questionsFor(
        'Cuota monetaria no pagada en marzo',
        'No recibí la cuota monetaria de marzo aunque mi empleador está al día con los aportes; solicito el pago.',
      ),
    ).toEqual(['¿Cuándo se paga la cuota monetaria?']);
    expect(
      questionsFor(
        'Reprogramación de reserva en el centro recreativo de Girardot',
        'Solicito cambiar la fecha de mi reserva en el centro recreativo de Girardot.',
      )[0],
    ).toBe('¿Cómo reservo en los centros recreativos?');
  });

  it('suggest nothing for an unrelated case that shares only a common word with an entry', () => {
    const subject = 'Copia de contratos celebrados en marzo';
    const description =
      'En ejercicio del derecho de acceso a la información pública, solicito copia de los contratos celebrados por la corporación en marzo.';
    // Without the threshold, "solicito" alone brings up the certificate's entry…
    expect(questionsFor(subject, description, 0)).toContain('¿Cómo solicito el certificado de afiliación?');
    // …which is no answer to this case.
    expect(questionsFor(subject, description)).toEqual([]);
    expect(questionsFor('Ruido de vecinos en el parque', 'Los vecinos hacen ruido de noche.')).toEqual([]);
  });
});

/** What the filing form suggests for a subject being written: no radicado and no description yet. */
function questionsForSubject(subject: string, threshold?: number): string[] {
  return suggestionsIn(demoFaq, { radicado: null, subject, description: '' }, 3, threshold).map(
    (hit) => hit.entry.question,
  );
}

describe('FAQ suggestions for the subject a citizen is writing', () => {
  it('suggest the entry that answers a related subject', () => {
    expect(questionsForSubject('No me han pagado la cuota monetaria')[0]).toBe(
      '¿Cuándo se paga la cuota monetaria?',
    );
    expect(questionsForSubject('Certificado de afiliación')[0]).toBe(
      '¿Cómo solicito el certificado de afiliación?',
    );
  });

  it('suggest nothing for an unrelated subject that shares only a common word with an entry', () => {
    const subject = 'Ruido de vecinos en el parque de la sede';
    // Without the threshold, "sede" alone brings up the certificate's entry…
    expect(questionsForSubject(subject, 0)).toContain('¿Cómo solicito el certificado de afiliación?');
    expect(questionsForSubject(subject)).toEqual([]);
  });
});
