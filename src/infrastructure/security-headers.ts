// The HTTP security headers of every answer (helmet): a Content-Security-Policy that fits the staff client
// as Vite builds it (its own scripts only; inline styles, which MUI's emotion injects at run time; data:
// images and fonts), no framing by any page (clickjacking), no Referer leaving the application (radicados
// travel in its paths), nosniff on every answer, report downloads included, and no X-Powered-By.
import type { INestApplication } from '@nestjs/common';
import helmet from 'helmet';

export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  // No upgrade-insecure-requests: offices serve Ventanilla over plain HTTP on their network too.
};

export function applySecurityHeaders(app: INestApplication): void {
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
}
