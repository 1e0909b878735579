// A record's data as a description list: each fact's name and value, read in pairs by screen readers.
import { Box } from '@mui/material';
import type { ReactNode } from 'react';

export function Facts({
  facts,
  testId,
}: {
  readonly facts: readonly (readonly [string, ReactNode])[];
  readonly testId?: string;
}) {
  return (
    <Box
      component="dl"
      data-testid={testId}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(160px, max-content) 1fr' },
        columnGap: 3,
        rowGap: 1,
        m: 0,
        '& dt': { fontWeight: 600 },
        '& dd': { m: 0 },
      }}
    >
      {facts.map(([name, value]) => (
        <Box key={name} sx={{ display: 'contents' }}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </Box>
      ))}
    </Box>
  );
}
