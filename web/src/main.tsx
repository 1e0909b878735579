// The web client: the Ventanilla virtual's public pages under /ventanilla (no session, no login screen)
// and, everywhere else, the staff client (the login screen until there is a session). Each part is
// downloaded only when opened: a citizen's browser never loads the staff screens, their data grid or
// their charts.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';

const PublicApp = lazy(() => import('./public/PublicApp'));
const StaffApp = lazy(() => import('./app-routes').then((module) => ({ default: module.StaffApp })));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <Suspense fallback={<p role="status">Cargando…</p>}>
        <Routes>
          <Route path="/ventanilla/*" element={<PublicApp />} />
          <Route path="*" element={<StaffApp />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  </StrictMode>,
);
