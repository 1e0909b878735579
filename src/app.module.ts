// The application: infrastructure chosen by configuration, the CQRS buses, the GraphQL gateway and
// the feature modules. Every operation passes the role guard and the input validation pipe.
import { MailModule } from './mail/mail.module.js';
import { NotificationsModule } from './features/notifications/notifications.module.js';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TerminusModule } from '@nestjs/terminus';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { VentanillaConfig } from './config/configuration.js';
import { RolesGuard } from './identity/auth.js';
import {
  formatGraphQLError,
  GraphQLErrorPassThrough,
  tooManyRequestsStatus,
} from './graphql/error-format.js';
import { InputValidationPipe } from './graphql/input-validation.pipe.js';
import { queryLimitRules, queryParseOptions } from './graphql/query-limits.js';
import { QueryLimitsPlugin } from './graphql/query-limits.plugin.js';
import { ExecutionGuardInterceptor } from './graphql/execution-guard.interceptor.js';
import { noteOwnResolvers } from './graphql/own-resolvers.js';
import { AffiliationsModule } from './features/affiliations/affiliations.module.js';
import { AuditModule } from './features/audit/audit.module.js';
import { FaqModule } from './features/faq/faq.module.js';
import { JointAnswersModule } from './features/joint-answers/joint-answers.module.js';
import { NoticeTemplatesModule } from './features/notice-templates/notice-templates.module.js';
import { BusinessCalendarModule } from './features/business-calendar/business-calendar.module.js';
import { HealthController } from './health/health.controller.js';
import { ImprovementActionsModule } from './features/improvement-actions/improvement-actions.module.js';
import { IndicatorsModule } from './features/indicators/indicators.module.js';
import { InfrastructureModule, type InfrastructureSetup } from './infrastructure/infrastructure.module.js';
import { PqrsModule } from './features/pqrs/pqrs.module.js';
import { ReportsModule } from './features/reports/reports.module.js';
import { SurveysModule } from './features/surveys/surveys.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { PersonalDataModule } from './personal-data/personal-data.module.js';
import { HabeasDataModule } from './features/habeas-data/habeas-data.module.js';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { PublicChannelModule } from './public-channel/public-channel.module.js';
import { MailIntakeModule } from './features/mail-intake/mail-intake.module.js';
import { DigestModule } from './features/digest/digest.module.js';
import { PlanningModule } from './features/planning/planning.module.js';
import { MetricsModule } from './infrastructure/metrics/metrics.module.js';
import { BackupModule } from './operations/backup/index.js';

@Module({})
export class AppModule {
  static register(config: VentanillaConfig, options: InfrastructureSetup): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.register(config, options),
        CqrsModule.forRoot(),
        TerminusModule.forRoot({ errorLogStyle: 'pretty' }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          // Introspection answers a signed-in session only (QueryLimitsPlugin); the web client's codegen
          // reads the committed schema file.
          introspection: true,
          includeStacktraceInErrorResponses: false,
          context: ({ req }: { req: unknown }) => ({ req }),
          formatError: formatGraphQLError,
          plugins: [tooManyRequestsStatus],
          // Nest would reset every execution error's status to 200, the 429 of a throttled sign-in included.
          preserveHttpStatusForExecutionErrors: false,
          // Limits on what one request may ask (src/graphql/query-limits.ts).
          parseOptions: queryParseOptions(),
          validationRules: queryLimitRules(),
          transformResolvers: noteOwnResolvers,
          // The execution guard runs before @ResolveField look-ups too, not only before root fields.
          fieldResolverEnhancers: ['interceptors'],
        }),
        // Features: each brings its look-ups, read models and queries, and its part of the schema; their
        // commands all run through the one handler the infrastructure module provides.
        IdentityModule,
        PersonalDataModule,
        AttachmentsModule,
        MailModule,
        NotificationsModule,
        PqrsModule,
        AuditModule,
        SurveysModule,
        ImprovementActionsModule,
        AffiliationsModule,
        FaqModule,
        JointAnswersModule,
        NoticeTemplatesModule,
        BusinessCalendarModule,
        IndicatorsModule,
        ReportsModule,
        HabeasDataModule,
        PublicChannelModule,
        MailIntakeModule,
        DigestModule,
        PlanningModule,
        // Prometheus metrics: GET /metrics for an ADMIN, and VENTANILLA_METRICS_PORT on 127.0.0.1.
        MetricsModule,
        // Scheduled backups (VENTANILLA_BACKUP_CRON), each recorded in the log as BackupTaken.
        BackupModule,
        // The staff web client, when it has been built (`npm run build:web`).
        ...(existsSync(join(config.webDir, 'index.html'))
          ? [
              ServeStaticModule.forRoot({
                rootPath: config.webDir,
                // Every other /ventanilla/* path is the public pages' client-side route: the client answers it.
                exclude: [
                  '/graphql',
                  '/health',
                  '/health/{*path}',
                  '/metrics',
                  '/reports/{*path}',
                  '/pqrs/export',
                  '/attachments',
                  '/attachments/{*path}',
                  '/ventanilla/challenge',
                  '/ventanilla/constancia.pdf',
                  '/ventanilla/transparencia/informes',
                  '/ventanilla/transparencia/informes/{*path}',
                ],
              }),
            ]
          : []),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLErrorPassThrough },
        { provide: APP_INTERCEPTOR, useClass: ExecutionGuardInterceptor },
        QueryLimitsPlugin,
      ],
    };
  }
}
