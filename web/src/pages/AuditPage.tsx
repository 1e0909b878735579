// Auditoría (auditors and administrators): search the event log by case, type, who and when; replay a
// case to any recorded instant; verify the audit trail and a downloaded report. Read only: nothing on
// this screen changes anything. The search and the case replayed live in the URL, so links can be shared;
// all but the petitioner, a person's name or document, which stays on the screen.
import { Box, Divider, Typography } from '@mui/material';
import { useCallback, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { auditSearchFromParams, paramsWithAuditSearch, REPLAY_PARAM, type AuditSearch } from '../logic/audit';
import { AuditEventsGrid } from './audit/AuditEventsGrid';
import { AuditSearchForm } from './audit/AuditSearchForm';
import { CaseReplay } from './audit/CaseReplay';
import { PersonalDataAccessLog } from './audit/PersonalDataAccessLog';
import { useStaff } from './audit/staff';
import { useSession } from '../session/session';
import { mayFindEventsByPetitioner } from '../logic/person-search';
import { AuditTrailVerification, ReportVerification } from './audit/Verifications';

export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const { user } = useSession();
  const [petitioner, setPetitioner] = useState('');
  const search: AuditSearch = { ...auditSearchFromParams(params), petitioner };
  const replayed = params.get(REPLAY_PARAM) ?? '';
  const { staff, names } = useStaff();
  const replayHeading = useRef<HTMLHeadingElement>(null);

  const searchFor = (next: AuditSearch) => {
    setPetitioner(next.petitioner.trim());
    setParams((current) => paramsWithAuditSearch(next, current));
  };
  const replay = useCallback(
    (radicado: string) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (radicado === '') next.delete(REPLAY_PARAM);
        else next.set(REPLAY_PARAM, radicado);
        return next;
      }),
    [setParams],
  );
  const replayFromSearch = useCallback(
    (radicado: string) => {
      replay(radicado);
      // Chosen from a row of the search, further up: take the reader to the replay.
      replayHeading.current?.focus();
      replayHeading.current?.scrollIntoView({ block: 'start' });
    },
    [replay],
  );

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Auditoría
      </Typography>
      <Typography sx={{ mb: 3 }}>
        Consulta de solo lectura del registro de eventos: nada de lo que se hace en esta pantalla cambia un
        caso ni el registro.
      </Typography>

      <Box component="section" aria-labelledby="audit-search-title" sx={{ mb: 4 }}>
        <Typography id="audit-search-title" variant="h5" component="h2" gutterBottom>
          Registro de eventos
        </Typography>
        <AuditSearchForm
          key={`${paramsWithAuditSearch(search).toString()}|${petitioner}`}
          search={search}
          staff={staff}
          petitionerSearch={mayFindEventsByPetitioner(user?.roles ?? [])}
          onSearch={searchFor}
        />
        <AuditEventsGrid search={search} names={names} onReplay={replayFromSearch} />
      </Box>

      <Divider sx={{ mb: 3 }} />
      <Box component="section" aria-labelledby="audit-replay-title" sx={{ mb: 4 }}>
        <Typography
          id="audit-replay-title"
          ref={replayHeading}
          tabIndex={-1}
          // Below the sticky bar when scrolled to from the search.
          sx={{ scrollMarginTop: 96 }}
          variant="h5"
          component="h2"
          gutterBottom
        >
          Reproducir un caso
        </Typography>
        <Typography sx={{ mb: 2 }}>
          Cargue el historial de un caso y mueva el control deslizante (o use las flechas del teclado) para
          verlo tal como estaba en cada instante registrado.
        </Typography>
        <CaseReplay key={replayed} radicado={replayed} names={names} onRadicadoChange={replay} />
      </Box>

      <Divider sx={{ mb: 3 }} />
      <Box component="section" aria-labelledby="audit-access-title" sx={{ mb: 4 }}>
        <Typography id="audit-access-title" variant="h5" component="h2" gutterBottom>
          Accesos a datos personales
        </Typography>
        <Typography sx={{ mb: 2 }}>
          Quién vio datos personales completos, de quién, cuándo y por qué. Las vistas enmascaradas no se
          registran: no muestran los datos.
        </Typography>
        <PersonalDataAccessLog staff={staff} />
      </Box>

      <Divider sx={{ mb: 3 }} />
      <Box component="section" aria-labelledby="audit-verification-title">
        <Typography id="audit-verification-title" variant="h5" component="h2" gutterBottom>
          Verificaciones
        </Typography>
        <AuditTrailVerification />
        <ReportVerification />
      </Box>
    </>
  );
}
