// Informes: issue a report (kind, period, format, optional as-of) and download it; below, every report
// issued so far with its content hash, each downloadable again.
import { Typography } from '@mui/material';
import { useState } from 'react';
import { IssueReportForm } from './reports/IssueReportForm';
import { IssuedReportsGrid } from './reports/IssuedReportsGrid';

export function ReportsPage() {
  // Bumped after each issue so the list asks the server again and shows the new report.
  const [issuedCount, setIssuedCount] = useState(0);
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Informes
      </Typography>
      <IssueReportForm onIssued={() => setIssuedCount((count) => count + 1)} />
      <IssuedReportsGrid refreshKey={issuedCount} />
    </>
  );
}
