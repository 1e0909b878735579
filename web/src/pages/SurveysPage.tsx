// Encuestas: recording a response to an active satisfaction survey (its questions drawn by kind), for
// the roles that record them, and the results of an instrument for a period with their charts.
import { Typography } from '@mui/material';
import { mayAsk } from '../logic/domain-permissions';
import { useSession } from '../session/session';
import { RecordResponseForm } from './surveys/RecordResponseForm';
import { SurveyResultsSection } from './surveys/SurveyResultsSection';

export function SurveysPage() {
  const { user } = useSession();
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Encuestas
      </Typography>
      {mayAsk(user?.roles ?? [], 'AnswerSurvey') && <RecordResponseForm />}
      <SurveyResultsSection />
    </>
  );
}
