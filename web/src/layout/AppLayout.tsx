// The frame of every screen: a skip link, the bar with the screens the role may use, the user's name and
// role always visible, and logout; the office's outbox warning above every screen.
import { AppBar, Box, Button, Chip, Container, Stack, Toolbar, Typography } from '@mui/material';
import { NavLink, Outlet } from 'react-router-dom';
import { mayUse, ROLE_LABELS, type Screen } from '../logic/roles';
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
  { screen: 'mailReview', path: '/correo-por-revisar', label: 'Correo por revisar' },
  { screen: 'dashboard', path: '/tablero', label: 'Tablero' },
  { screen: 'reports', path: '/informes', label: 'Informes' },
  { screen: 'audit', path: '/auditoria', label: 'Auditoría' },
  { screen: 'noticeTemplates', path: '/plantillas-de-avisos', label: 'Plantillas de avisos' },
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
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="p" sx={{ fontWeight: 700 }}>
            Ventanilla
          </Typography>
          <Stack component="nav" aria-label="Principal" direction="row" spacing={1} sx={{ flexGrow: 1 }}>
            {NAVIGATION.filter((item) => mayUse(user.roles, item.screen)).map((item) => (
              <Button
                key={item.path}
                component={NavLink}
                to={item.path}
                color="inherit"
                sx={{ '&.active': { textDecoration: 'underline', textUnderlineOffset: 6 } }}
              >
                {item.label}
              </Button>
            ))}
          </Stack>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} aria-label="Sesión">
            <Typography component="span" data-testid="session-user">
              {user.fullName ?? user.username}
            </Typography>
            <Chip
              label={ROLE_LABELS[role]}
              size="small"
              sx={{ bgcolor: 'common.white', color: 'primary.main', fontWeight: 600 }}
              data-testid="session-role"
            />
            <Button color="inherit" component={NavLink} to="/contrasena">
              Cambiar contraseña
            </Button>
            <Button color="inherit" variant="outlined" onClick={logout}>
              Cerrar sesión
            </Button>
          </Stack>
        </Toolbar>
      </AppBar>
      <Container component="main" id="contenido" tabIndex={-1} maxWidth="xl" sx={{ py: 3 }}>
        <OutboxBanner />
        <Outlet />
      </Container>
    </>
  );
}
