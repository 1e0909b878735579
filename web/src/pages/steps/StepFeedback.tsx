// What came of a step, said where the step was taken: done (a status message) or refused in the
// server's words (an alert, announced at once).
import { Alert } from '@mui/material';
import { SuccessMessage } from '../common/SuccessMessage';

export interface Feedback<Place extends string> {
  readonly place: Place;
  readonly kind: 'success' | 'error';
  readonly message: string;
}

export function StepFeedback<Place extends string>({
  feedback,
  place,
}: {
  readonly feedback: Feedback<Place> | null;
  readonly place: Place;
}) {
  if (feedback === null || feedback.place !== place) return null;
  return feedback.kind === 'success' ? (
    <SuccessMessage sx={{ my: 2 }}>{feedback.message}</SuccessMessage>
  ) : (
    <Alert severity="error" sx={{ my: 2 }}>
      {feedback.message}
    </Alert>
  );
}
