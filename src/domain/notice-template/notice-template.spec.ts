import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import type { TemplateKey } from '../notifications/notice-kinds.js';
import type { NoticeTemplateCommand } from './commands.js';
import { noticeTemplateDecider, type NoticeTemplateState } from './decide.js';
import { DEFAULT_TEMPLATES } from './default-templates.js';
import { noticeTemplateStreamOf, type NoticeTemplateEvent, type TemplateVersionPublished } from './events.js';

const given = deciderSpecification<NoticeTemplateCommand, NoticeTemplateEvent, NoticeTemplateState>(
  noticeTemplateDecider,
);
const NOW = '2026-03-13T15:00:00.000Z';
const asAdmin: DecisionContext = {
  now: NOW,
  actor: { id: 'user-admin', role: 'ADMIN' },
  calendar: createBusinessCalendar(),
};
const as = (role: DecisionContext['actor']['role']): DecisionContext => ({
  ...asAdmin,
  actor: { id: `user-${role}`, role },
});

const EXTENSION_BODY =
  'Su solicitud {{radicado}} se responderá a más tardar el {{nuevaFechaVencimiento}}. Motivo: {{motivo}}';
const publish = (
  subject: string,
  body: string = EXTENSION_BODY,
  key: TemplateKey = 'EXTENSION',
): NoticeTemplateCommand => ({ type: 'PublishNoticeTemplate', data: { key, subject, body } });
const published = (version: number, subject: string, body = EXTENSION_BODY): TemplateVersionPublished => ({
  type: 'TemplateVersionPublished',
  data: { key: 'EXTENSION', version, subject, body, publishedAt: NOW },
});

describe('when only the shipped defaults are in force (version 1)', () => {
  it('an administrator publishes version 2', () => {
    given([])
      .when(publish('Prórroga del radicado {{radicado}}'), asAdmin)
      .then([published(2, 'Prórroga del radicado {{radicado}}')]);
  });

  it('publishing the default text again publishes nothing', () => {
    given([])
      .when(publish(DEFAULT_TEMPLATES.EXTENSION.subject, DEFAULT_TEMPLATES.EXTENSION.body), asAdmin)
      .thenNothingHappens();
  });

  it.each(['COORDINATOR', 'AGENT', 'AUDITOR', 'CITIZEN', 'SYSTEM'] as const)(
    'a %s may not publish a template',
    (role) => {
      const refusal = given([])
        .when(publish('Prórroga {{radicado}}'), as(role))
        .thenRefuses('ROLE_NOT_ALLOWED');
      expect(refusal.message).toMatch(/no puede publicar plantillas de avisos\.$/);
    },
  );

  it('a key that is no template is refused on the key', () => {
    given([])
      .when(
        {
          type: 'PublishNoticeTemplate',
          data: { key: 'WELCOME' as TemplateKey, subject: 'Hola', body: 'Hola' },
        },
        asAdmin,
      )
      .thenRefuses('INVALID_TEMPLATE_KEY', 'key');
  });
});

describe('when a version has been published', () => {
  const history = [published(2, 'Prórroga {{radicado}}')];

  it('the next publication is version 3', () => {
    given(history)
      .when(publish('Ampliación del plazo: {{radicado}}'), asAdmin)
      .then([published(3, 'Ampliación del plazo: {{radicado}}')]);
  });

  it('publishing the text in force again publishes nothing', () => {
    given(history).when(publish('Prórroga {{radicado}}'), asAdmin).thenNothingHappens();
  });

  it('the same text with other line endings and outer blanks is the same text', () => {
    given(history)
      .when(publish('  Prórroga {{radicado}} ', `\r\n${EXTENSION_BODY}\r\n`), asAdmin)
      .thenNothingHappens();
  });

  it('going back to the defaults is a new version, not version 1', () => {
    given(history)
      .when(publish(DEFAULT_TEMPLATES.EXTENSION.subject, DEFAULT_TEMPLATES.EXTENSION.body), asAdmin)
      .then([published(3, DEFAULT_TEMPLATES.EXTENSION.subject, DEFAULT_TEMPLATES.EXTENSION.body)]);
  });

  it("another key's text is refused on this key's stream", () => {
    given(history)
      .when(
        publish(
          'Recibimos {{radicado}}',
          'Radicado {{radicado}}, vence {{fechaVencimiento}}',
          'ACKNOWLEDGMENT',
        ),
        asAdmin,
      )
      .thenRefuses('TEMPLATE_KEY_MISMATCH', 'key');
  });
});

describe('the text of a template', () => {
  it('a blank subject is refused on the subject', () => {
    given([]).when(publish('   '), asAdmin).thenRefuses('TEMPLATE_SUBJECT_REQUIRED', 'subject');
  });

  it('a blank body is refused on the body', () => {
    given([]).when(publish('Prórroga', ' \n '), asAdmin).thenRefuses('TEMPLATE_BODY_REQUIRED', 'body');
  });

  it('a placeholder the key does not allow is refused, naming it, on its field', () => {
    const inBody = given([])
      .when(publish('Prórroga', `${EXTENSION_BODY} Su número de afiliado: {{numeroAfiliado}}`), asAdmin)
      .thenRefuses('INVALID_TEMPLATE_PLACEHOLDER', 'body');
    expect(inBody.message).toContain('{{numeroAfiliado}}');
    expect(inBody.message).toContain('{{nuevaFechaVencimiento}}');
    const inSubject = given([])
      .when(publish('Prórroga para {{cedula}}'), asAdmin)
      .thenRefuses('INVALID_TEMPLATE_PLACEHOLDER', 'subject');
    expect(inSubject.message).toContain('{{cedula}}');
  });

  it('a section over a placeholder the key does not allow is refused too', () => {
    given([])
      .when(publish('Prórroga', `${EXTENSION_BODY}{{#codigoAcceso}}x{{/codigoAcceso}}`), asAdmin)
      .thenRefuses('INVALID_TEMPLATE_PLACEHOLDER', 'body');
  });

  it('a body without a placeholder the key requires is refused, naming it', () => {
    const refusal = given([])
      .when(
        publish('Prórroga', 'Su solicitud {{radicado}} se responderá más tarde. Motivo: {{motivo}}'),
        asAdmin,
      )
      .thenRefuses('TEMPLATE_PLACEHOLDER_REQUIRED', 'body');
    expect(refusal.message).toContain('{{nuevaFechaVencimiento}}');
  });

  it('a subject on two lines is refused', () => {
    given([])
      .when(publish('Prórroga\n{{radicado}}'), asAdmin)
      .thenRefuses('INVALID_TEMPLATE_SUBJECT', 'subject');
  });

  it('a body longer than the limit is refused', () => {
    given([])
      .when(publish('Prórroga', `${EXTENSION_BODY}${'x'.repeat(20_000)}`), asAdmin)
      .thenRefuses('INVALID_TEMPLATE_LENGTH', 'body');
  });

  it('a tag never closed is refused as malformed', () => {
    given([])
      .when(publish('Prórroga', `${EXTENSION_BODY} {{motivo`), asAdmin)
      .thenRefuses('INVALID_TEMPLATE_SYNTAX', 'body');
  });

  it('each template keeps its versions in a stream of its own', () => {
    expect(noticeTemplateStreamOf('EXTENSION')).toBe('notice-template-EXTENSION');
  });
});
