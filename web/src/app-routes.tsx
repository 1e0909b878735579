// The staff client (its theme and session) and its screens with who may open them. Each screen is its own
// module under pages/. main.tsx loads this module only outside /ventanilla.
import { CssBaseline, ThemeProvider } from '@mui/material';
import type { ReactElement } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AppLayout } from './layout/AppLayout';
import { useDocumentTitle } from './layout/use-document-title';
import { INBOX_PATH, landingPathOf, MY_WORK_PATH } from './logic/my-work';
import { staffPageTitle } from './logic/page-titles';
import { mayUse, type Screen } from './logic/roles';
import { AuditPage } from './pages/AuditPage';
import { CasePage } from './pages/CasePage';
import { AffiliationsPage } from './pages/AffiliationsPage';
import { AffiliationDetailPage } from './pages/affiliations/AffiliationDetailPage';
import { AffiliationIntakePage } from './pages/affiliations/AffiliationIntakePage';
import { FaqPage } from './pages/FaqPage';
import { FaqEntryDetailPage } from './pages/faq/FaqEntryDetailPage';
import { ImprovementActionsPage } from './pages/ImprovementActionsPage';
import { ImprovementActionDetailPage } from './pages/improvement-actions/ImprovementActionDetailPage';
import { PlanningPage } from './pages/PlanningPage';
import { SurveysPage } from './pages/SurveysPage';
import { DashboardPage } from './pages/DashboardPage';
import { InboxPage } from './pages/InboxPage';
import { LoginPage } from './pages/LoginPage';
import { MailReviewPage } from './pages/MailReviewPage';
import { MyWorkPage } from './pages/MyWorkPage';
import { FAILED_NOTICES_PATH, FailedNoticesPage } from './pages/FailedNoticesPage';
import { NoticeTemplatesPage } from './pages/NoticeTemplatesPage';
import { BusinessCalendarPage } from './pages/BusinessCalendarPage';
import { ReceivePage } from './pages/ReceivePage';
import { ReportsPage } from './pages/ReportsPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { UsersPage } from './pages/UsersPage';
import { DatesProvider } from './pages/common/DatesProvider';
import { SessionProvider, useSession } from './session/session';
import { theme } from './theme';

function Allowed({ screen, children }: { readonly screen: Screen; readonly children: ReactElement }) {
  const { user } = useSession();
  return user && mayUse(user.roles, screen) ? children : <Navigate to="/" replace />;
}

/** The staff client: its theme, its dates in Spanish, the session, and the login screen until there is one. */
export function StaffApp() {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <DatesProvider>
        <SessionProvider>
          <AppRoutes />
        </SessionProvider>
      </DatesProvider>
    </ThemeProvider>
  );
}

export function AppRoutes() {
  const { user } = useSession();
  const { pathname } = useLocation();
  // Every screen is named here, from its path, so none is left as "Ventanilla" alone.
  useDocumentTitle(
    !user ? 'Iniciar sesión' : user.mustChangePassword ? 'Cambiar contraseña' : staffPageTitle(pathname),
  );
  if (!user) return <LoginPage />;
  // A temporary password opens nothing but its change.
  if (user.mustChangePassword) return <ChangePasswordPage temporary />;
  return (
    <Routes>
      <Route element={<AppLayout />}>
        {/* Agents and coordinators land on Mi trabajo, the others on the Bandeja. */}
        <Route index element={<Navigate to={landingPathOf(user.roles)} replace />} />
        <Route
          path={MY_WORK_PATH}
          element={
            <Allowed screen="myWork">
              <MyWorkPage />
            </Allowed>
          }
        />
        <Route
          path="/correo-por-revisar"
          element={
            <Allowed screen="mailReview">
              <MailReviewPage />
            </Allowed>
          }
        />
        <Route
          path={INBOX_PATH}
          element={
            <Allowed screen="inbox">
              <InboxPage />
            </Allowed>
          }
        />
        <Route
          path="/casos/:radicado"
          element={
            <Allowed screen="inbox">
              <CasePage />
            </Allowed>
          }
        />
        <Route
          path="/radicar"
          element={
            <Allowed screen="receive">
              <ReceivePage />
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
        <Route
          path="/afiliaciones"
          element={
            <Allowed screen="affiliations">
              <AffiliationsPage />
            </Allowed>
          }
        />
        <Route
          path="/afiliaciones/nueva"
          element={
            <Allowed screen="affiliations">
              <AffiliationIntakePage />
            </Allowed>
          }
        />
        <Route
          path="/afiliaciones/:id"
          element={
            <Allowed screen="affiliations">
              <AffiliationDetailPage />
            </Allowed>
          }
        />
        <Route
          path="/acciones"
          element={
            <Allowed screen="improvementActions">
              <ImprovementActionsPage />
            </Allowed>
          }
        />
        <Route
          path="/acciones/:id"
          element={
            <Allowed screen="improvementActions">
              <ImprovementActionDetailPage />
            </Allowed>
          }
        />
        <Route
          path="/planeacion/*"
          element={
            <Allowed screen="planning">
              <PlanningPage />
            </Allowed>
          }
        />
        <Route
          path="/encuestas"
          element={
            <Allowed screen="surveys">
              <SurveysPage />
            </Allowed>
          }
        />
        <Route
          path="/preguntas-frecuentes"
          element={
            <Allowed screen="faq">
              <FaqPage />
            </Allowed>
          }
        />
        <Route
          path="/preguntas-frecuentes/:id"
          element={
            <Allowed screen="faq">
              <FaqEntryDetailPage />
            </Allowed>
          }
        />
        <Route
          path="/auditoria"
          element={
            <Allowed screen="audit">
              <AuditPage />
            </Allowed>
          }
        />
        <Route
          path={FAILED_NOTICES_PATH}
          element={
            <Allowed screen="inbox">
              <FailedNoticesPage />
            </Allowed>
          }
        />
        <Route
          path="/plantillas-de-avisos"
          element={
            <Allowed screen="noticeTemplates">
              <NoticeTemplatesPage />
            </Allowed>
          }
        />
        <Route
          path="/calendario"
          element={
            <Allowed screen="calendar">
              <BusinessCalendarPage />
            </Allowed>
          }
        />
        <Route
          path="/usuarios"
          element={
            <Allowed screen="users">
              <UsersPage />
            </Allowed>
          }
        />
        <Route path="/contrasena" element={<ChangePasswordPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
