// The Ventanilla virtual: the citizens' pages under /ventanilla, with no session. Loaded on its own
// (main.tsx imports it lazily), so a citizen's browser never downloads the staff screens, their data grid
// or their charts. Its GraphQL client sends no token, whoever else is signed in on this browser.
import { CssBaseline, ThemeProvider } from '@mui/material';
import { useMemo } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Provider as GraphQLProvider } from 'urql';
import { createGraphQLClient } from '../graphql/client';
import { PublicLayout } from './layout/PublicLayout';
import { ConfirmationPage } from './pages/ConfirmationPage';
import { FaqPage } from './pages/FaqPage';
import { FilingPage } from './pages/FilingPage';
import { JointAnswersPage } from './pages/JointAnswersPage';
import { LandingPage } from './pages/LandingPage';
import { TrackingPage } from './pages/TrackingPage';
import { TransparencyPage } from './pages/TransparencyPage';
import { PortalProvider } from './portal';
import { publicTheme } from './public-theme';

export default function PublicApp() {
  const client = useMemo(
    () =>
      createGraphQLClient(
        () => null,
        () => undefined,
      ),
    [],
  );
  return (
    <ThemeProvider theme={publicTheme}>
      <CssBaseline />
      <GraphQLProvider value={client}>
        <PortalProvider>
          <Routes>
            <Route element={<PublicLayout />}>
              <Route index element={<LandingPage />} />
              <Route path="radicar" element={<FilingPage />} />
              <Route path="radicado" element={<ConfirmationPage />} />
              <Route path="consulta" element={<TrackingPage />} />
              <Route path="preguntas" element={<FaqPage />} />
              <Route path="transparencia" element={<TransparencyPage />} />
              <Route path="respuestas-conjuntas" element={<JointAnswersPage />} />
              <Route path="*" element={<Navigate to="/ventanilla" replace />} />
            </Route>
          </Routes>
        </PortalProvider>
      </GraphQLProvider>
    </ThemeProvider>
  );
}
