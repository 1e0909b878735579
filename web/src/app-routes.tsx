// The screens and who may open them. Each screen is its own module under pages/.
import type { ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AppLayout } from './layout/AppLayout';
import { mayUse, type Screen } from './logic/roles';
import { DashboardPage } from './pages/DashboardPage';
import { InboxPage } from './pages/InboxPage';
import { LoginPage } from './pages/LoginPage';
import { ReportsPage } from './pages/ReportsPage';
import { useSession } from './session/session';

function Allowed({ screen, children }: { readonly screen: Screen; readonly children: ReactElement }) {
  const { user } = useSession();
  return user && mayUse(user.roles, screen) ? children : <Navigate to="/" replace />;
}

export function AppRoutes() {
  const { user } = useSession();
  if (!user) return <LoginPage />;
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route
          index
          element={
            <Allowed screen="inbox">
              <InboxPage />
            </Allowed>
          }
        />
        <Route
          path="/tablero"
          element={
            <Allowed screen="dashboard">
              <DashboardPage />
            </Allowed>
          }
        />
        <Route
          path="/informes"
          element={
            <Allowed screen="reports">
              <ReportsPage />
            </Allowed>
          }
        />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
