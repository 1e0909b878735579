// The daily digest's scheduler: on each business day at VENTANILLA_DIGEST_TIME (Bogotá), each active
// agent and coordinator with an e-mail address gets their digest, recorded on `digest-<date>` through the
// one command path. The log, not memory, says who has had today's: after a restart a digest due today and
// not yet sent goes out (catch-up), one already sent does not, and a past day's is never sent.
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import { DIGEST_TEMPLATE_KEY, type RecordDigestSent } from '../../domain/digest/index.js';
import { DEFAULT_TEMPLATE_VERSION } from '../../domain/notice-template/index.js';
import type { BusinessCalendar } from '../../domain/shared/business-calendar.js';
import { bogotaDateOf, spanishDate, type CalendarDate } from '../../domain/shared/time.js';
import { deterministicId } from '../../engine/commands/command-executor.js';
import { ReadYourWrites } from '../../engine/commands/read-your-writes.js';
import { RunCommand } from '../../engine/commands/run-command.js';
import { BUSINESS_CALENDAR, CLOCK } from '../../engine/tokens.js';
import { USER_STORE, type UserAccount, type UserStore } from '../../identity/user-store.js';
import { MAILER, MailNotSent, messageIdOf, type Mailer } from '../../mail/mailer.js';
import {
  NOTICE_TEMPLATE_PROJECTIONS,
  NoticeTemplates,
  templateUsed,
  type Template,
} from '../notice-templates/index.js';
import { casesProjection, MyWorkQueries } from '../pqrs/index.js';
import {
  DAILY_DIGEST,
  DIGEST_NOT_SENT_YET,
  digestDay,
  type DigestLookUpData,
  type DigestToSend,
} from './commands.js';
import { DIGEST_CASES_PER_LIST, digestValuesOf, type TeamOverdueOfAssignee } from './digest-mail.js';

/** The longest wait between two looks at the clock. */
const RECHECK_MS = 60_000;
/** The shortest: a clock held still just before the hour (a test's) is not polled in a busy loop. */
const MIN_RECHECK_MS = 1_000;
const BOGOTA_OFFSET = '-05:00';

/** The instant a day's digest is due: `HH:MM` on that day in Bogotá (UTC-5 all year). */
export function digestDueAt(date: CalendarDate, time: string): Date {
  return new Date(`${date}T${time}:00.000${BOGOTA_OFFSET}`);
}

/** Who gets a digest: an active agent or coordinator with an address to send it to. */
export function isDigestRecipient(account: UserAccount): account is UserAccount & { email: string } {
  return (
    account.active &&
    account.email !== null &&
    (account.roles.includes('AGENT') || account.roles.includes('COORDINATOR'))
  );
}

@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Ventanilla');
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** One run at a time: a run still sending when the timer fires again is waited for, never doubled. */
  private turn: Promise<void> = Promise.resolve();
  /** The day whose digests all went out in this process: later looks that day read nothing. */
  private completedDate: CalendarDate | null = null;
  /** A recipient whose sending failed is named in the log once a day, not once a minute. */
  private readonly failuresLogged = new Set<string>();

  constructor(
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(MyWorkQueries) private readonly myWork: MyWorkQueries,
    @Inject(NoticeTemplates) private readonly templates: NoticeTemplates,
    @Inject(ReadYourWrites) private readonly readYourWrites: ReadYourWrites,
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(BUSINESS_CALENDAR) private readonly calendar: () => BusinessCalendar,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mail.digestTime === null) {
      this.logger.log('Resumen diario por correo apagado (VENTANILLA_DIGEST_TIME=off).');
      return;
    }
    if (!this.mailer.configured) {
      this.logger.warn(
        'Resumen diario por correo: no se envía ni se registra, porque no hay servidor de correo ' +
          '(VENTANILLA_SMTP_URL).',
      );
      return;
    }
    // At once: a digest due earlier today that was not sent (the server was down at the hour) goes now.
    // Not awaited (start-up does not wait on a mail server), but queued first: any later run follows it.
    void this.sendDue().then(() => this.schedule(this.nextLookIn()));
  }

  /** Before the stores close (they close on application shutdown, after every module is destroyed). */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.turn;
  }

  /**
   * Sends the digests due at this moment, if any (what the timer does at each look): none before the
   * hour, none on a day that is not a business day, none to whoever has had today's. Resolves once done.
   */
  sendDue(): Promise<void> {
    const run = this.turn.then(() => this.sendDueNow());
    this.turn = run.catch((error: unknown) => {
      this.logger.error(`Resumen diario: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.turn;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.sendDue().then(() => this.schedule(this.nextLookIn()));
    }, delayMs);
    // The scheduler never keeps the process alive on its own.
    this.timer.unref();
  }

  /** Until the hour when it is less than a minute away, otherwise a minute. */
  private nextLookIn(): number {
    const now = this.clock();
    const untilDue = digestDueAt(bogotaDateOf(now.toISOString()), this.config.mail.digestTime!).getTime();
    const wait = untilDue - now.getTime();
    return wait > 0 ? Math.max(MIN_RECHECK_MS, Math.min(wait, RECHECK_MS)) : RECHECK_MS;
  }

  private async sendDueNow(): Promise<void> {
    const time = this.config.mail.digestTime;
    if (this.stopped || time === null || !this.mailer.configured) return;
    const now = this.clock();
    const today = bogotaDateOf(now.toISOString());
    if (this.completedDate === today) return;
    if (!this.calendar().isBusinessDay(today)) return;
    if (now.getTime() < digestDueAt(today, time).getTime()) return;

    const recipients = (await this.users.list()).filter(isDigestRecipient);
    // After a restart the read models may still be applying the last events: the lists must show them,
    // and a DAILY_DIGEST version published just before the hour must be the one that writes the digests.
    await this.readYourWrites.caughtUpWithHead([casesProjection, ...NOTICE_TEMPLATE_PROJECTIONS]);
    // Read once per run, and only when a digest is actually made: every digest of a run is written from
    // the same version, the one in force at the run.
    let template: Promise<Template> | undefined;
    const templateInForce = () => (template ??= this.templates.current(DIGEST_TEMPLATE_KEY));
    let teamOverdue: Promise<readonly TeamOverdueOfAssignee[]> | undefined;
    const team = () => (teamOverdue ??= this.teamOverdue());
    let sent = 0;
    let pending = 0;
    for (const recipient of recipients) {
      if (this.stopped) return;
      const oversees = recipient.roles.includes('COORDINATOR');
      try {
        const { events } = await this.commands.execute(
          this.recordSending(today, recipient, () =>
            this.compose(today, recipient, templateInForce, oversees ? team : null),
          ),
        );
        sent += events.length;
      } catch (error) {
        pending++;
        this.noteFailure(today, recipient, error);
      }
    }
    if (pending === 0) {
      this.completedDate = today;
      if (sent > 0)
        this.logger.log(`Resumen diario del ${spanishDate(today)} enviado a ${sent} funcionarios.`);
    }
  }

  /** The command that records the sending; its look-ups send the message only if the domain accepts it. */
  private recordSending(
    date: CalendarDate,
    recipient: UserAccount,
    compose: () => Promise<DigestToSend>,
  ): RunCommand {
    const command: RecordDigestSent = {
      type: 'RecordDigestSent',
      data: {
        date,
        recipientAccountId: recipient.id,
        messageId: this.messageIdOf(date, recipient),
        serverResponse: DIGEST_NOT_SENT_YET,
        sentAt: this.clock().toISOString(),
        contents: { overdue: 0, dueSoon: 0, awaitingInformation: 0, teamOverdue: null },
        // Like the server's answer and the counts: replaced by the version that wrote the message.
        template: { key: DIGEST_TEMPLATE_KEY, version: DEFAULT_TEMPLATE_VERSION },
      },
    };
    const lookUpData: DigestLookUpData = { compose };
    return new RunCommand(
      digestDay,
      date,
      command,
      {
        actor: DAILY_DIGEST,
        correlationId: `resumen-diario-${date}`,
        // The same day and account make the same command: a sending recorded before is found as such.
        commandId: deterministicId(`daily-digest/${date}/${recipient.id}`),
      },
      { lookUpData },
    ) as RunCommand;
  }

  /** The same (date, account) gives the same Message-ID: a resend after a crash is the same message. */
  private messageIdOf(date: CalendarDate, recipient: UserAccount): string {
    return messageIdOf(`resumen-diario.${date}.${recipient.id}`, this.config.mail.messageIdDomain);
  }

  private async compose(
    date: CalendarDate,
    recipient: UserAccount & { email: string },
    templateInForce: () => Promise<Template>,
    teamOverdue: (() => Promise<readonly TeamOverdueOfAssignee[]>) | null,
  ): Promise<DigestToSend> {
    const own = await this.myWork.ofAssignee(recipient.id, DIGEST_CASES_PER_LIST);
    const { values, contents } = digestValuesOf({
      date,
      recipientName: recipient.fullName || recipient.username,
      own: own.groups,
      teamOverdue: teamOverdue === null ? null : await teamOverdue(),
      myWorkUrl: `${this.config.publicPortal.publicUrl}/mi-trabajo`,
      calendar: this.calendar(),
    });
    const template = await templateInForce();
    const { subject, text } = this.templates.render(template, values);
    return {
      mail: {
        messageId: this.messageIdOf(date, recipient),
        to: [recipient.email],
        subject,
        text: `${text}\n`,
        date: this.clock(),
      },
      contents,
      template: templateUsed(template),
    };
  }

  /** The office's overdue cases by assignee, each named as staff know them. */
  private async teamOverdue(): Promise<readonly TeamOverdueOfAssignee[]> {
    const groups = await this.myWork.teamOverdue(DIGEST_CASES_PER_LIST);
    const assignees = await this.users.findManyByIds(
      groups.flatMap(({ assigneeId }) => (assigneeId === null ? [] : [assigneeId])),
    );
    return groups.map((group) => {
      const assignee = group.assigneeId === null ? undefined : assignees.get(group.assigneeId);
      return {
        count: group.count,
        items: group.items,
        assigneeName:
          group.assigneeId === null ? null : (assignee?.fullName ?? assignee?.username ?? group.assigneeId),
      };
    });
  }

  private noteFailure(date: CalendarDate, recipient: UserAccount, error: unknown): void {
    const key = `${date}/${recipient.id}`;
    if (this.failuresLogged.has(key)) return;
    if (this.failuresLogged.size > 10_000) this.failuresLogged.clear();
    this.failuresLogged.add(key);
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.warn(
      `Resumen diario del ${spanishDate(date)} sin enviar a la cuenta ${recipient.id}` +
        `${error instanceof MailNotSent ? ' (el servidor de correo no lo recibió)' : ''}: ${reason}. ` +
        'Se intenta de nuevo cada minuto durante el día.',
    );
  }
}
