// The notice templates part of the gateway: staff read the templates in force and their versions; an
// ADMIN previews a text with sample values and publishes it as the next version, on the one command path.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  checkTemplate,
  NOTICE_TEMPLATE_COMMAND_ROLES,
  OFFICE_PLACEHOLDERS,
  sampleValuesOf,
  TEMPLATE_LABELS,
  TEMPLATE_PLACEHOLDERS,
  type NoticeTemplateCommand,
} from '../../../domain/notice-template/index.js';
import { DomainRuleViolation } from '../../../engine/application-errors.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import { RunCommand } from '../../../engine/commands/run-command.js';
import { ALL_ROLES, Origin, Roles } from '../../../identity/auth.js';
import { UserRef } from '../../../identity/graphql/identity.types.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import { noticeTemplate } from '../commands.js';
import { NoticeTemplates, type Template } from '../notice-templates.js';
import {
  NoticeTemplateKeyArgs,
  NoticeTemplateTextArgs,
  NoticeTemplateVersionArgs,
} from './notice-templates.inputs.js';
import { NoticeTemplate, NoticeTemplatePreview } from './notice-templates.types.js';

const STAFF = ALL_ROLES;

@Resolver(() => NoticeTemplate)
export class NoticeTemplatesResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(NoticeTemplates) private readonly templates: NoticeTemplates,
    @Inject(USER_STORE) private readonly users: UserStore,
  ) {}

  @Query(() => [NoticeTemplate], { description: 'Las plantillas de avisos, cada una en su versión vigente.' })
  @Roles(...STAFF)
  async noticeTemplates(): Promise<NoticeTemplate[]> {
    return (await this.templates.all()).map(toGraphQL);
  }

  @Query(() => [NoticeTemplate], {
    description: 'Las versiones de una plantilla, de la más reciente a la 1 (el texto de fábrica).',
  })
  @Roles(...STAFF)
  async noticeTemplateVersions(@Args() { key }: NoticeTemplateKeyArgs): Promise<NoticeTemplate[]> {
    return (await this.templates.versions(key)).map(toGraphQL);
  }

  @Query(() => NoticeTemplate, {
    description: 'Una versión de una plantilla, la que nombra un aviso enviado.',
  })
  @Roles(...STAFF)
  async noticeTemplateVersion(@Args() { key, version }: NoticeTemplateVersionArgs): Promise<NoticeTemplate> {
    return toGraphQL(await this.templates.version(key, version));
  }

  @Query(() => NoticeTemplatePreview, {
    description:
      'Un texto de plantilla con los valores de muestra, como lo leería el destinatario; se rechaza igual que al publicarlo.',
  })
  @Roles(...NOTICE_TEMPLATE_COMMAND_ROLES.PublishNoticeTemplate)
  noticeTemplatePreview(@Args() { key, subject, body }: NoticeTemplateTextArgs): NoticeTemplatePreview {
    const refused = checkTemplate(key, subject, body);
    if (refused !== null) throw new DomainRuleViolation(refused);
    // The office's names as the notices will print them (the configuration's), the rest from the samples.
    const samples = Object.entries(sampleValuesOf(key)).filter(
      ([name]) => !(OFFICE_PLACEHOLDERS as readonly string[]).includes(name),
    );
    return this.templates.render({ subject, body }, Object.fromEntries(samples));
  }

  @Mutation(() => NoticeTemplate, {
    description:
      'Publica una versión nueva de la plantilla: los avisos que se pidan desde ahora la usan. Publicar el texto vigente no crea versión.',
  })
  @Roles(...NOTICE_TEMPLATE_COMMAND_ROLES.PublishNoticeTemplate)
  async publishNoticeTemplate(
    @Args() { key, subject, body }: NoticeTemplateTextArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<NoticeTemplate> {
    const command: NoticeTemplateCommand = { type: 'PublishNoticeTemplate', data: { key, subject, body } };
    await this.commands.execute(new RunCommand(noticeTemplate, key, command, origin));
    return toGraphQL(await this.templates.current(key));
  }

  @ResolveField(() => UserRef, { nullable: true })
  async publishedBy(@Parent() template: NoticeTemplate): Promise<UserRef | null> {
    if (template.publishedById === null) return null;
    const user = await this.users.findById(template.publishedById);
    return user ? { id: user.id, username: user.username, fullName: user.fullName } : null;
  }
}

function toGraphQL(template: Template): NoticeTemplate {
  return {
    key: template.key,
    label: TEMPLATE_LABELS[template.key],
    version: template.version,
    subject: template.subject,
    body: template.body,
    placeholders: TEMPLATE_PLACEHOLDERS[template.key],
    publishedAt: template.publishedAt,
    publishedById: template.publishedBy,
  };
}
