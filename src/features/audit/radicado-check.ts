// A cross-check of the audit walk: every radicado the counters issued (RadicadoIssued in radicado-<year>)
// has its case, a stream pqrs-<radicado> holding its Received. A case stream deleted whole leaves its
// stream chain nothing to find; its radicado, still counted, gives it away.
import { PQRS_STREAM_PREFIX, pqrsStreamOf } from '../../domain/pqrs/events.js';
import { RADICADO_STREAM_PREFIX } from '../../domain/radicado/events.js';
import { eventPlace, type AuditFinding, type LogCheck } from '../../engine/eventstore/audit-verifier.js';
import { UnusableStreamError, type RecordedEvent } from '../../engine/eventstore/event-store.js';

export function radicadoCheck(): LogCheck {
  const issued = new Map<string, RecordedEvent>();
  const received = new Set<string>();
  return {
    observe(event) {
      if (event.stream.startsWith(RADICADO_STREAM_PREFIX) && event.type === 'RadicadoIssued') {
        const radicado = (event.data as { radicado?: unknown } | null)?.radicado;
        if (typeof radicado === 'string') issued.set(radicado, event);
      } else if (event.stream.startsWith(PQRS_STREAM_PREFIX) && event.type === 'Received') {
        received.add(event.stream.slice(PQRS_STREAM_PREFIX.length));
      }
    },
    async finish(store) {
      const findings: AuditFinding[] = [];
      for (const [radicado, issue] of issued) {
        if (received.has(radicado)) continue;
        // A receipt issues its radicado, then writes its case: one walked in between has its case by now.
        // A case stream deleted on the server and scavenged reads as unusable: it has no case either.
        const caseEvents = await store.readStream(pqrsStreamOf(radicado)).catch((error: unknown) => {
          if (error instanceof UnusableStreamError) return [];
          throw error;
        });
        if (caseEvents.some((event) => event.type === 'Received')) continue;
        findings.push({
          kind: 'RADICADO_WITHOUT_CASE',
          description:
            `Radicado sin caso: ${radicado} fue emitido (${eventPlace(issue)}), pero el registro no tiene su ` +
            `caso: falta el flujo ${pqrsStreamOf(radicado)} con su evento Received.`,
          stream: pqrsStreamOf(radicado),
        });
      }
      return findings;
    },
  };
}
