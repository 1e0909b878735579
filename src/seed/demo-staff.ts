// The demo office's staff: a coordinator, a quality lead, two radicadores, agents in several dependencies
// and an auditor. Invented people; the usernames start with "demo." so nobody takes them for real accounts.
import type { PqrsKind } from '../domain/pqrs/events.js';
import type { DemoStaffMember, StaffKey } from './demo-plan.js';
import type { SeededRandom, Weighted } from './seeded-random.js';

export const COORDINATOR: StaffKey = 'coordinadora';
export const QUALITY_LEAD: StaffKey = 'calidad';
export const RECEPTIONISTS: readonly StaffKey[] = ['radicador1', 'radicadora2'];
export const AFFILIATION_AGENTS: readonly StaffKey[] = ['afiliaciones1', 'afiliaciones2'];

const ATENCION = 'Atención al Cliente';
const JURIDICA = 'Oficina Jurídica';
const SUBSIDIOS = 'Subdirección de Subsidios';
const FINANCIERA = 'Subdirección Financiera';
const DOCUMENTAL = 'Gestión Documental';
const AFILIACIONES = 'Subdirección de Afiliaciones';
const RECREACION = 'Recreación y Turismo';

export const DEMO_STAFF: readonly DemoStaffMember[] = [
  staff(COORDINATOR, 'demo.coordinadora', 'Marcela Ruiz Peñaloza', 'COORDINATOR', ATENCION),
  staff(QUALITY_LEAD, 'demo.calidad', 'Germán Alfonso Rincón', 'COORDINATOR', 'Planeación y Calidad'),
  staff('radicador1', 'demo.radicador1', 'Jhon Fredy Ávila Cruz', 'AGENT', ATENCION),
  staff('radicadora2', 'demo.radicadora2', 'Lina Marcela Cortés Niño', 'AGENT', ATENCION),
  staff('atencion1', 'demo.atencion1', 'Diana Carolina Pinzón', 'AGENT', ATENCION),
  staff('atencion2', 'demo.atencion2', 'Édgar Mauricio Salcedo', 'AGENT', ATENCION),
  staff('juridica', 'demo.juridica', 'Claudia Patricia Benavides', 'AGENT', JURIDICA),
  staff('subsidios', 'demo.subsidios', 'Wilson Arturo Galindo', 'AGENT', SUBSIDIOS),
  staff('financiera', 'demo.financiera', 'Adriana Lucía Montenegro', 'AGENT', FINANCIERA),
  staff('documental', 'demo.documental', 'Fabio Nelson Carrillo', 'AGENT', DOCUMENTAL),
  staff('afiliaciones1', 'demo.afiliaciones1', 'Sonia Esperanza Buitrago', 'AGENT', AFILIACIONES),
  staff('afiliaciones2', 'demo.afiliaciones2', 'Rubén Darío Velandia', 'AGENT', AFILIACIONES),
  staff('recreacion', 'demo.recreacion', 'Paola Andrea Villamil', 'AGENT', RECREACION),
  staff('auditora', 'demo.auditora', 'Martha Cecilia Urrego', 'AUDITOR', 'Control Interno'),
];

/** Which dependency tends to each kind of case. */
const DEPENDENCIES_BY_KIND: Readonly<Record<PqrsKind, Weighted<string>>> = {
  PETITION: [
    [ATENCION, 0.35],
    [SUBSIDIOS, 0.3],
    [AFILIACIONES, 0.15],
    [RECREACION, 0.1],
    [FINANCIERA, 0.1],
  ],
  INFORMATION_REQUEST: [
    [DOCUMENTAL, 0.6],
    [FINANCIERA, 0.2],
    [ATENCION, 0.2],
  ],
  CONSULTATION: [
    [JURIDICA, 0.5],
    [SUBSIDIOS, 0.3],
    [AFILIACIONES, 0.2],
  ],
  COMPLAINT: [
    [ATENCION, 0.7],
    [RECREACION, 0.3],
  ],
  CLAIM: [
    [FINANCIERA, 0.45],
    [SUBSIDIOS, 0.35],
    [RECREACION, 0.2],
  ],
  SUGGESTION: [
    [ATENCION, 0.8],
    [RECREACION, 0.2],
  ],
  DENUNCIATION: [[JURIDICA, 1]],
  INTERAUTHORITY: [
    [JURIDICA, 0.5],
    [DOCUMENTAL, 0.5],
  ],
  // Not dealt by the seed (KIND_SHARES): here so every kind has its dependency.
  HABEAS_DATA_CONSULTATION: [[JURIDICA, 1]],
  HABEAS_DATA_CLAIM: [[JURIDICA, 1]],
};

/** The agents of the dependency a case of this kind goes to (radicadores do not work cases). */
export function agentsFor(kind: PqrsKind, random: SeededRandom): StaffKey[] {
  const dependency = random.weighted(DEPENDENCIES_BY_KIND[kind]);
  return DEMO_STAFF.filter(
    (member) =>
      member.role === 'AGENT' && member.dependency === dependency && !RECEPTIONISTS.includes(member.key),
  ).map((member) => member.key);
}

/** Agents who carry out improvement actions. */
export const ACTION_RESPONSIBLES: readonly StaffKey[] = [
  'atencion1',
  'atencion2',
  'juridica',
  'subsidios',
  'financiera',
  'documental',
  'afiliaciones1',
];

function staff(
  key: StaffKey,
  username: string,
  fullName: string,
  role: DemoStaffMember['role'],
  dependency: string,
): DemoStaffMember {
  return { key, username, fullName, role, dependency };
}
