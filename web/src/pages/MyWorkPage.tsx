// Mi trabajo: where agents and coordinators land after signing in. Their open cases, what is overdue
// first, then due soon, awaiting the petitioner and the rest, in business days; coordinators and
// administrators also see the team's overdue cases by assignee.
import { Alert, Box, CircularProgress, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../graphql/generated';
import { casesCount, INBOX_PATH, MY_WORK_GROUPS } from '../logic/my-work';
import { formatDate } from '../logic/report-periods';
import { TeamOverdue } from './my-work/TeamOverdue';
import { WorkCaseTable } from './my-work/WorkCaseTable';

const MY_WORK = graphql(`
  query MyWork {
    myWork {
      today
      overdue {
        ...MyWorkGroupFields
      }
      dueSoon {
        ...MyWorkGroupFields
      }
      awaitingInformation {
        ...MyWorkGroupFields
      }
      onTime {
        ...MyWorkGroupFields
      }
      priorityAlerts {
        ...MyWorkGroupFields
      }
      teamOverdue {
        assigneeId
        assignee {
          id
          username
          fullName
        }
        count
        oldest {
          ...MyWorkCaseFields
        }
        cases {
          ...MyWorkCaseFields
        }
      }
    }
  }

  fragment MyWorkGroupFields on MyWorkGroup {
    count
    cases {
      ...MyWorkCaseFields
    }
  }

  fragment MyWorkCaseFields on MyWorkCase {
    pqrs {
      radicado
      kind
      subject
      dueDate
      trafficLight
      businessDaysLeft
    }
    businessDaysOverdue
    tacitWithdrawalFrom
  }
`);

export function MyWorkPage() {
  const [{ data, fetching, error }] = useQuery({ query: MY_WORK });
  const work = data?.myWork;
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Mi trabajo
      </Typography>
      {error && <Alert severity="error">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
      {fetching && !work && <CircularProgress aria-label="Cargando sus casos" />}
      {work && (
        <>
          <Typography sx={{ mb: 2 }}>
            Sus casos abiertos al {formatDate(work.today)}, con los términos en días hábiles. Todos los casos
            están en la{' '}
            <Link component={RouterLink} to={INBOX_PATH}>
              Bandeja
            </Link>
            .
          </Typography>
          {work.priorityAlerts && work.priorityAlerts.count > 0 && (
            <Box component="section" aria-labelledby="grupo-alertas">
              <Alert severity="error" sx={{ mb: 1 }}>
                <Typography variant="h5" component="h2" id="grupo-alertas">
                  Alertas por riesgo para la vida o la integridad ({casesCount(work.priorityAlerts.count)})
                </Typography>
                Ley 1755 de 2015, art. 20: adopte de inmediato las medidas de urgencia que el caso requiera.
              </Alert>
              <WorkCaseTable
                caption="Casos abiertos con alerta a la coordinación, por vencimiento"
                count={work.priorityAlerts.count}
                cases={work.priorityAlerts.cases}
                empty="No hay alertas."
              />
            </Box>
          )}
          {MY_WORK_GROUPS.map((group) => {
            const list = work[group.key];
            const headingId = `grupo-${group.key}`;
            return (
              <Box component="section" key={group.key} aria-labelledby={headingId}>
                <Typography variant="h5" component="h2" id={headingId} gutterBottom>
                  {group.title} ({casesCount(list.count)})
                </Typography>
                <WorkCaseTable
                  caption={group.caption}
                  count={list.count}
                  cases={list.cases}
                  empty={group.empty}
                />
              </Box>
            );
          })}
          {work.teamOverdue && <TeamOverdue groups={work.teamOverdue} />}
        </>
      )}
    </>
  );
}
