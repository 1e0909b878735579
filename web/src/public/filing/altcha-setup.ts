// The ALTCHA widget (a web component), loaded only by the filing form and only when the server asks for
// the proof of work. The "external" build is used so the Content-Security-Policy stays as it is: its
// styles come as a stylesheet of our own origin and its workers as script files of our own origin
// (script-src 'self'), where the default build injects styles and starts workers from blob: URLs. Only
// the WebCrypto algorithms are registered (PBKDF2 and SHA): the WebAssembly ones would need
// 'wasm-unsafe-eval'. The texts are ours, in Spanish and addressing the citizen as "usted".
import 'altcha/external';
import 'altcha/altcha.css';
import Pbkdf2Worker from 'altcha/workers/pbkdf2?worker';
import ShaWorker from 'altcha/workers/sha?worker';

export const ALTCHA_LANGUAGE = 'es-co';

for (const algorithm of ['PBKDF2/SHA-256', 'PBKDF2/SHA-384', 'PBKDF2/SHA-512'])
  globalThis.$altcha.algorithms.set(algorithm, () => new Pbkdf2Worker());
for (const algorithm of ['SHA-256', 'SHA-384', 'SHA-512'])
  globalThis.$altcha.algorithms.set(algorithm, () => new ShaWorker());

globalThis.$altcha.i18n.set(ALTCHA_LANGUAGE, {
  ariaLinkLabel: 'ALTCHA (sitio web oficial)',
  enterCode: 'Escriba el código',
  enterCodeAria: 'Escriba el código que escucha. Oprima la barra espaciadora para oír el audio.',
  enterCodeFromImage: 'Para continuar, escriba el código de la imagen.',
  error: 'La verificación falló. Intente de nuevo en unos minutos.',
  expired: 'La verificación venció. Hágala de nuevo.',
  footer: '',
  getAudioChallenge: 'Oír un código de audio',
  label: 'No soy un robot',
  loading: 'Cargando…',
  reload: 'Volver a cargar',
  verify: 'Verificar',
  verificationRequired: 'Falta la verificación.',
  verified: 'Verificado',
  verifying: 'Verificando…',
  waitAlert: 'Verificando… espere un momento.',
  cancel: 'Cancelar',
});
