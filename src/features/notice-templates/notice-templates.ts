// The templates as the notices use them: the version in force of each key (the shipped defaults are
// version 1), any past version by its number (a notice names the version it was made from), and the
// rendering of one with the notice's values.
import {
  DEFAULT_TEMPLATE_VERSION,
  DEFAULT_TEMPLATES,
  TEMPLATE_LABELS,
  TEMPLATE_PLACEHOLDERS,
  type TemplatePlaceholder,
} from '../../domain/notice-template/index.js';
import {
  TEMPLATE_KEYS,
  type TemplateKey,
  type TemplateUsed,
} from '../../domain/notifications/notice-kinds.js';
import type { Instant } from '../../domain/shared/time.js';
import { NotFound } from '../../engine/application-errors.js';
import { readModelsProvider } from '../../engine/commands/read-your-writes.js';
import type { ReadModelReader } from '../../engine/read-models/read-model-store.js';
import {
  NOTICE_TEMPLATE_VERSIONS_COLLECTION,
  noticeTemplateVersionId,
  noticeTemplateVersionsProjection,
  type NoticeTemplateVersionDocument,
} from './read-models/notice-template-versions-projection.js';
import { renderTemplateTexts, type RenderedNotice } from './template-renderer.js';

/** One version of a template. */
export interface Template {
  readonly key: TemplateKey;
  readonly version: number;
  readonly subject: string;
  readonly body: string;
  /** Null for the shipped defaults (version 1). */
  readonly publishedAt: Instant | null;
  /** The staff account's id; null for the shipped defaults. */
  readonly publishedBy: string | null;
}

export const NOTICE_TEMPLATE_READ_MODELS = Symbol('NoticeTemplateReadModels');
export const noticeTemplateReadModels = readModelsProvider(NOTICE_TEMPLATE_READ_MODELS, [
  noticeTemplateVersionsProjection,
]);

/**
 * Built by the module's factory, not by decorators: the PQRS feature imports this class, and the
 * configuration module reaches the PQRS feature, so nothing here may need the configuration's token
 * while the modules are still loading.
 */
export class NoticeTemplates {
  constructor(
    private readonly readModels: ReadModelReader,
    /** The entity's and office's names every template may print. */
    private readonly office: { readonly entityName: string; readonly officeName: string },
  ) {}

  /** The version in force: the last published, or the shipped defaults. */
  async current(key: TemplateKey): Promise<Template> {
    const [latest] = await this.readModels.find<NoticeTemplateVersionDocument>(
      NOTICE_TEMPLATE_VERSIONS_COLLECTION,
      { key },
      { sort: [{ field: 'version', direction: 'desc' }], limit: 1 },
    );
    return latest === undefined ? defaultTemplate(key) : templateOf(latest);
  }

  /** A version by its number (1: the shipped defaults). */
  async version(key: TemplateKey, version: number): Promise<Template> {
    if (version === DEFAULT_TEMPLATE_VERSION) return defaultTemplate(key);
    const document = await this.readModels.get<NoticeTemplateVersionDocument>(
      NOTICE_TEMPLATE_VERSIONS_COLLECTION,
      noticeTemplateVersionId(key, version),
    );
    if (document === null)
      throw new NotFound(`La plantilla ${TEMPLATE_LABELS[key]} no tiene versión ${version}.`);
    return templateOf(document);
  }

  /** Every version of a template, the newest first, down to the shipped defaults. */
  async versions(key: TemplateKey): Promise<Template[]> {
    const published = await this.readModels.find<NoticeTemplateVersionDocument>(
      NOTICE_TEMPLATE_VERSIONS_COLLECTION,
      { key },
      { sort: [{ field: 'version', direction: 'desc' }] },
    );
    return [...published.map(templateOf), defaultTemplate(key)];
  }

  /** The version in force of every template, in the order of TEMPLATE_KEYS. */
  all(): Promise<Template[]> {
    return Promise.all(TEMPLATE_KEYS.map((key) => this.current(key)));
  }

  /**
   * The subject (one line) and text of a notice. The entity's and office's names come from the
   * configuration unless the values give them; a placeholder without a value reads empty (a section
   * over it is left out).
   */
  render(
    template: Pick<Template, 'subject' | 'body'>,
    values: Readonly<Record<string, string>>,
  ): RenderedNotice {
    return renderTemplateTexts(template, {
      nombreEntidad: this.office.entityName,
      nombreOficina: this.office.officeName,
      ...values,
    });
  }

  /** A notice's subject and text from the version it recorded, never from today's. */
  async renderVersion(used: TemplateUsed, values: Readonly<Record<string, string>>): Promise<RenderedNotice> {
    return this.render(await this.version(used.key, used.version), values);
  }

  placeholders(key: TemplateKey): readonly TemplatePlaceholder[] {
    return TEMPLATE_PLACEHOLDERS[key];
  }
}

/** What a notice records of the template it was made from. */
export function templateUsed(template: Pick<Template, 'key' | 'version'>): TemplateUsed {
  return { key: template.key, version: template.version };
}

function defaultTemplate(key: TemplateKey): Template {
  return {
    key,
    version: DEFAULT_TEMPLATE_VERSION,
    ...DEFAULT_TEMPLATES[key],
    publishedAt: null,
    publishedBy: null,
  };
}

function templateOf(document: NoticeTemplateVersionDocument): Template {
  const { key, version, subject, body, publishedAt, publishedBy } = document;
  return { key, version, subject, body, publishedAt, publishedBy };
}
