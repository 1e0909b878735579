// Planeación: the process's plan and controls — plan de acción, campañas y medios, capacitación, mapa de
// riesgos, revisión por la dirección — one tab each, each tab a page of its own (/planeacion/<página>).
import { Box, Tab, Tabs, Typography } from '@mui/material';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { PLANNING_PAGES } from '../logic/planning-pages';
import { PLANNING_SCREENS } from './planning/planning-screens';

export function PlanningPage() {
  const { pathname } = useLocation();
  const current = PLANNING_PAGES.find((page) => pathname.startsWith(`/planeacion/${page.segment}`));
  const first = PLANNING_PAGES[0];
  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        Planeación
      </Typography>
      <Tabs
        component="nav"
        aria-label="Páginas de planeación"
        value={current?.segment ?? false}
        variant="scrollable"
        allowScrollButtonsMobile
        sx={{ mb: 2 }}
      >
        {PLANNING_PAGES.map((page) => (
          <Tab
            key={page.segment}
            value={page.segment}
            label={page.label}
            component={Link}
            to={`/planeacion/${page.segment}`}
            aria-current={current?.segment === page.segment ? 'page' : undefined}
          />
        ))}
      </Tabs>
      <Routes>
        {first && <Route index element={<Navigate to={first.segment} replace />} />}
        {PLANNING_PAGES.map((page) => {
          const Screen = PLANNING_SCREENS[page.segment];
          return Screen ? <Route key={page.segment} path={`${page.segment}/*`} element={<Screen />} /> : null;
        })}
      </Routes>
    </Box>
  );
}
