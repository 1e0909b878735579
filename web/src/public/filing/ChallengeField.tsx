// The proof of work of the filing form (ALTCHA, self-hosted: the challenge comes from GET
// /ventanilla/challenge, and no request leaves for anyone else). The widget is a checkbox "No soy un
// robot"; once solved, its payload is handed to the form, which sends it as `challenge`. A refusal of the
// challenge by the server (expired, already used) resets it so the citizen can solve it again.
import { Box, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { AltchaWidgetElement } from 'altcha/types/generic';
import type {} from 'altcha/types/react';

interface Props {
  readonly id: string;
  readonly onPayload: (payload: string | null) => void;
  readonly error?: string | undefined;
  /** Changes whenever the server refused the challenge: the widget starts over. */
  readonly resetKey: number;
}

interface StateChange {
  readonly state: string;
  readonly payload?: string;
}

export function ChallengeField({ id, onPayload, error, resetKey }: Props) {
  const [language, setLanguage] = useState<string | null>(null);
  const widget = useRef<AltchaWidgetElement>(null);

  useEffect(() => {
    let current = true;
    void import('./altcha-setup').then((module) => {
      if (current) setLanguage(module.ALTCHA_LANGUAGE);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    const element = widget.current;
    if (!element) return;
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<StateChange>).detail;
      onPayload(detail.state === 'verified' && detail.payload ? detail.payload : null);
    };
    element.addEventListener('statechange', listener);
    return () => element.removeEventListener('statechange', listener);
  }, [language, onPayload]);

  useEffect(() => {
    if (resetKey > 0) {
      widget.current?.reset();
      onPayload(null);
    }
  }, [resetKey, onPayload]);

  const errorId = `${id}-error`;
  return (
    <Box component="section" aria-labelledby={`${id}-titulo`}>
      <Typography id={`${id}-titulo`} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Verificación de seguridad
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        Marque la casilla: su navegador resuelve un cálculo corto que nos protege de envíos automáticos. No se
        comparte ningún dato con terceros.
      </Typography>
      {language === null ? (
        <Typography role="status">Cargando la verificación…</Typography>
      ) : (
        <Box id={id} aria-describedby={error ? errorId : undefined}>
          <altcha-widget
            ref={widget}
            challenge="/ventanilla/challenge"
            language={language}
            configuration={JSON.stringify({ hideFooter: true })}
          />
        </Box>
      )}
      {error && (
        <Typography id={errorId} color="error" variant="body2" sx={{ mt: 1 }}>
          {error}
        </Typography>
      )}
    </Box>
  );
}
