// The outgoing-mail port for every feature: SMTP when VENTANILLA_SMTP_URL is set, otherwise none.
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { VENTANILLA_CONFIG } from '../config/config-token.js';
import type { VentanillaConfig } from '../config/configuration.js';
import { MAILER, type Mailer } from './mailer.js';
import { NO_MAILER, SmtpMailer } from './smtp-mailer.js';

@Global()
@Module({
  providers: [
    {
      provide: MAILER,
      inject: [VENTANILLA_CONFIG],
      useFactory: (config: VentanillaConfig): Mailer =>
        config.mail.smtpUrl === null ? NO_MAILER : new SmtpMailer(config.mail.smtpUrl, config.mail.from),
    },
  ],
  exports: [MAILER],
})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(MAILER) private readonly mailer: Mailer) {}

  onApplicationShutdown(): void {
    if (this.mailer instanceof SmtpMailer) this.mailer.close();
  }
}
