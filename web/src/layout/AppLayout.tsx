// The frame of every screen: a skip link, the bar with the screens the role may use, the user's name and
// role always visible, and logout; the office's outbox warning above every screen.
import { AppBar, Box, Button, Chip, Container, Stack, Toolbar, Typography } from '@mui/material';
import { NavLink, Outlet } from 'react-router-dom';
import { FOCUS_RING } from '../brand';
import { mayUse, ROLE_LABELS, type Screen } from '../logic/roles';
import { headerUserName } from '../logic/session-header';
import { useSession } from '../session/session';
import { OutboxBanner } from './OutboxBanner';

const NAVIGATION: readonly { readonly screen: Screen; readonly path: string; readonly label: string }[] = [
  { screen: 'myWork', path: '/mi-trabajo', label: 'Mi trabajo' },
  { screen: 'inbox', path: '/bandeja', label: 'Bandeja' },
  { screen: 'receive', path: '/radicar', label: 'Radicar' },
  { screen: 'affiliations', path: '/afiliaciones', label: 'Afiliaciones' },
  { screen: 'improvementActions', path: '/acciones', label: 'Acciones de mejora' },
  { screen: 'surveys', path: '/encuestas', label: 'Encuestas' },
  { screen: 'faq', path: '/preguntas-frecuentes', label: 'Preguntas frecuentes' },
  { screen: 'planning', path: '/planeacion', label: 'Planeación' },
  { screen: 'mailReview', path: '/correo-por-revisar', label: 'Correo por revisar' },
  { screen: 'dashboard', path: '/tablero', label: 'Tablero' },
  { screen: 'reports', path: '/informes', label: 'Informes' },
  { screen: 'audit', path: '/auditoria', label: 'Auditoría' },
  { screen: 'noticeTemplates', path: '/plantillas-de-avisos', label: 'Plantillas de avisos' },
  { screen: 'calendar', path: '/calendario', label: 'Calendario' },
  { screen: 'users', path: '/usuarios', label: 'Usuarios' },
];

export function AppLayout() {
  const { user, role, logout } = useSession();
  if (!user || !role) return null;
  return (
    <>
      <Box
        component="a"
        href="#contenido"
        sx={{
          position: 'absolute',
          left: -9999,
          '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 },
        }}
      >
        Saltar al contenido
      </Box>
      <AppBar position="sticky" component="header">
        {/* Dense, so the screens below keep the height for their rows (the Bandeja shows ten at 1366×768);
            every control on the blue bar shows the amber focus ring, which MUI's buttons drop for their
            faint ripple (WCAG 2.4.7). */}
        <Toolbar
          variant="dense"
          sx={{
            columnGap: 2,
            rowGap: 0.5,
            py: 0.5,
            flexWrap: 'wrap',
            '& .MuiButtonBase-root.Mui-focusVisible, & a:focus-visible': FOCUS_RING,
          }}
        >
          <Typography variant="h6" component="p" sx={{ fontWeight: 700 }}>
            Ventanilla
          </Typography>
          {/* The screens take a row of their own under the name and the session (CSS order only: the
              keyboard still reaches them before the session's buttons). */}
          <Stack
            component="nav"
            aria-label="Principal"
            direction="row"
            sx={{ order: 3, flexBasis: '100%', flexWrap: 'wrap', columnGap: 0.25, ml: -1 }}
          >
            {NAVIGATION.filter((item) => mayUse(user.roles, item.screen)).map((item) => (
              <Button
                key={item.path}
                component={NavLink}
                to={item.path}
                color="inherit"
                size="small"
                sx={{
                  textTransform: 'none',
                  fontSize: '0.9rem',
                  '&.active': { textDecoration: 'underline', textUnderlineOffset: 6 },
                }}
              >
                {item.label}
              </Button>
            ))}
          </Stack>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', ml: 'auto' }} aria-label="Sesión">
            <Typography component="span" data-testid="session-user">
              {headerUserName(user, ROLE_LABELS[role])}
            </Typography>
            <Chip
              label={ROLE_LABELS[role]}
              size="small"
              sx={{ bgcolor: 'common.white', color: 'primary.main', fontWeight: 600 }}
              data-testid="session-role"
            />
            <Button color="inherit" size="small" component={NavLink} to="/contrasena">
              Cambiar contraseña
            </Button>
            <Button color="inherit" size="small" variant="outlined" onClick={logout}>
              Cerrar sesión
            </Button>
          </Stack>
        </Toolbar>
      </AppBar>
      <Container component="main" id="contenido" tabIndex={-1} maxWidth="xl" sx={{ pt: 2, pb: 3 }}>
        <OutboxBanner />
        <Outlet />
      </Container>
    </>
  );
}
