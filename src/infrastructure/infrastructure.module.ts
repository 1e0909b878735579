// Wires the adapters of every port: the event store and read model store opened beforehand from the
// configuration (storage-engines.ts: SQLite, KurrentDB or MongoDB), the embedded stores of accounts and
// personal data and the projections; closes everything on shutdown. (The first administrator is the
// identity module's.)
import {
  Global,
  Inject,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { AggregateCommandExecutor } from '../engine/commands/command-executor.js';
import { ReadYourWrites } from '../engine/commands/read-your-writes.js';
import { RunCommandHandler } from '../engine/commands/run-command.handler.js';
import { VENTANILLA_CONFIG } from '../config/config-token.js';
import type { VentanillaConfig } from '../config/configuration.js';
import type { BusinessCalendar } from '../domain/shared/business-calendar.js';
import { CALENDAR_RECORD, CalendarRecord } from '../features/business-calendar/calendar-record.js';
import { EVENT_STORE, type EventStore } from '../engine/eventstore/event-store.js';
import { ACCESS_TOKEN_VERIFIER } from '../identity/auth.js';
import { AuthenticationService } from '../identity/authentication-service.js';
import { loadOrCreateJwtSecret, TokenService } from '../identity/token-service.js';
import { SqliteUserStore } from '../identity/sqlite-user-store.js';
import { USER_STORE, type UserStore } from '../identity/user-store.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../personal-data/personal-data-store.js';
import {
  loadOrCreateMasterKey,
  SqlitePersonalDataStore,
} from '../personal-data/sqlite-personal-data-store.js';
import { ProjectionRunner } from '../engine/projections/projection-runner.js';
import { APPLICATION_PROJECTIONS } from '../features/read-models.js';
import { READ_MODEL_STORE, type ReadModelStore } from '../engine/read-models/read-model-store.js';
import type { StorageEngines } from '../engine/storage-engines.js';
import { BUSINESS_CALENDAR, CLOCK, STORAGE_ENGINES } from '../engine/tokens.js';

export interface InfrastructureOptions {
  /**
   * The application's clock and the event store's recordedAt clock, one and the same: the real clock
   * by default; the demo seed passes a simulated one that it walks through a past year.
   */
  readonly clock?: () => Date;
  /**
   * Storage engines opened by the caller (tests, tools that wrap an adapter); by default they are opened
   * from the configuration. Either way the application closes them on shutdown.
   */
  readonly engines?: StorageEngines;
}

/** What the module is built with: the options, and the storage engines already opened and answering. */
export interface InfrastructureSetup extends InfrastructureOptions {
  readonly engines: StorageEngines;
}

@Global()
@Module({})
export class InfrastructureModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    @Inject(PERSONAL_DATA_STORE) private readonly personalData: PersonalDataStore,
    @Inject(USER_STORE) private readonly users: UserStore,
  ) {}

  static register(config: VentanillaConfig, options: InfrastructureSetup): DynamicModule {
    mkdirSync(config.dataDir, { recursive: true });
    const clock = options.clock ?? (() => new Date());
    const providers = [
      { provide: VENTANILLA_CONFIG, useValue: config },
      { provide: CLOCK, useValue: clock },
      // The calendar as recorded facts (src/features/business-calendar): seeded from the configured days.
      { provide: CALENDAR_RECORD, useFactory: () => new CalendarRecord(config.extraNonWorkingDays) },
      {
        provide: BUSINESS_CALENDAR,
        useFactory: (record: CalendarRecord) => (version?: string) => record.calendar(version),
        inject: [CALENDAR_RECORD],
      },
      { provide: STORAGE_ENGINES, useValue: options.engines },
      { provide: EVENT_STORE, useValue: options.engines.eventStore.store },
      { provide: READ_MODEL_STORE, useValue: options.engines.readModels.store },
      {
        provide: PERSONAL_DATA_STORE,
        useFactory: () =>
          SqlitePersonalDataStore.open({
            dataDir: config.dataDir,
            masterKey: loadOrCreateMasterKey(config.dataDir, config.masterKey ?? undefined),
          }),
      },
      { provide: USER_STORE, useFactory: () => SqliteUserStore.open({ dataDir: config.dataDir }) },
      {
        provide: TokenService,
        useFactory: () =>
          new TokenService(
            loadOrCreateJwtSecret(config.dataDir, config.jwtSecret ?? undefined),
            config.tokenTtl,
          ),
      },
      // The account is checked on every request too, so a deactivated user is out before the token expires.
      { provide: ACCESS_TOKEN_VERIFIER, useExisting: AuthenticationService },
      {
        provide: AuthenticationService,
        useFactory: (users: UserStore, tokens: TokenService) => new AuthenticationService(users, tokens),
        inject: [USER_STORE, TokenService],
      },
      {
        provide: AggregateCommandExecutor,
        useFactory: (store: EventStore, calendar: (version?: string) => BusinessCalendar) =>
          new AggregateCommandExecutor(store, calendar, {
            lateEntryWindowBusinessDays: config.lateEntryWindowBusinessDays,
            anonymousPqrsKinds: config.publicPortal.anonymousKinds,
            answerReviewKinds: config.mail.reviewKinds,
            filingHours: config.filingHours,
          }),
        inject: [EVENT_STORE, BUSINESS_CALENDAR],
      },
      {
        provide: ProjectionRunner,
        useFactory: (store: EventStore, readModels: ReadModelStore) =>
          new ProjectionRunner(store, readModels, APPLICATION_PROJECTIONS, {
            logger: new Logger('Proyecciones'),
          }),
        inject: [EVENT_STORE, READ_MODEL_STORE],
      },
      ReadYourWrites,
    ];
    // The one command handler of the application; each feature brings its look-ups.
    const handlers = [RunCommandHandler];
    return {
      module: InfrastructureModule,
      providers: [...providers, ...handlers],
      // The handler too: start-up work that runs before the command bus knows it (InterruptedReceipts).
      exports: [
        ...providers.map((provider) => ('provide' in provider ? provider.provide : provider)),
        ...handlers,
      ],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.projections.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.projections.stop();
    await Promise.all([
      this.eventStore.close(),
      this.readModels.close(),
      this.personalData.close(),
      this.users.close(),
    ]);
  }
}
