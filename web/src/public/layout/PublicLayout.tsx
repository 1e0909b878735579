// The frame of every public page: a skip link, the portal's name and its destinations (the current
// one marked by more than colour), the page in <main>, and the entity in the footer. After moving from
// one page to another, the cursor goes to the new page's heading, as a screen reader user expects.
import { AppBar, Box, Button, Container, Stack, Toolbar, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { PortalGate, usePortalIfLoaded } from '../portal';

const DESTINATIONS: readonly { readonly path: string; readonly label: string }[] = [
  { path: '/ventanilla', label: 'Inicio' },
  { path: '/ventanilla/radicar', label: 'Radicar' },
  { path: '/ventanilla/consulta', label: 'Consultar' },
  { path: '/ventanilla/preguntas', label: 'Preguntas frecuentes' },
  { path: '/ventanilla/transparencia', label: 'Transparencia' },
  { path: '/ventanilla/respuestas-conjuntas', label: 'Respuestas conjuntas' },
];

export function PublicLayout() {
  const portal = usePortalIfLoaded();
  const { pathname } = useLocation();
  const firstPage = useRef(true);

  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    document.querySelector<HTMLElement>('#contenido h1')?.focus();
  }, [pathname]);

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Box
        component="a"
        href="#contenido"
        sx={{
          position: 'absolute',
          left: -9999,
          '&:focus': {
            left: 8,
            top: 8,
            zIndex: 2000,
            bgcolor: 'background.paper',
            color: 'primary.main',
            p: 1,
          },
        }}
      >
        Saltar al contenido
      </Box>
      <AppBar position="static" component="header" elevation={0}>
        <Toolbar sx={{ flexWrap: 'wrap', columnGap: 2, rowGap: 1, py: 1 }}>
          <Box sx={{ flexGrow: 1, minWidth: 200 }}>
            <Typography component="p" variant="h6" sx={{ fontWeight: 700, lineHeight: 1.2 }}>
              Ventanilla virtual
            </Typography>
            {portal && (
              <Typography component="p" variant="body2">
                {portal.entityName} · {portal.officeName}
              </Typography>
            )}
          </Box>
          <Stack
            component="nav"
            aria-label="Ventanilla virtual"
            direction="row"
            sx={{ flexWrap: 'wrap', columnGap: 1 }}
          >
            {DESTINATIONS.map((destination) => (
              <Button
                key={destination.path}
                component={NavLink}
                to={destination.path}
                end
                color="inherit"
                sx={{
                  textTransform: 'none',
                  fontSize: '1rem',
                  '&.active': { textDecoration: 'underline', textUnderlineOffset: 6, fontWeight: 700 },
                }}
              >
                {destination.label}
              </Button>
            ))}
          </Stack>
        </Toolbar>
      </AppBar>
      <Container component="main" id="contenido" tabIndex={-1} maxWidth="md" sx={{ py: 3, flexGrow: 1 }}>
        <PortalGate>
          <Outlet />
        </PortalGate>
      </Container>
      <Box
        component="footer"
        sx={{ bgcolor: 'background.paper', borderTop: 1, borderColor: 'divider', py: 2 }}
      >
        <Container maxWidth="md">
          <Typography variant="body2">
            {portal ? `${portal.entityName} — ${portal.officeName}. ` : ''}
            Canal electrónico para peticiones, quejas, reclamos, sugerencias y denuncias (Ley 1755 de 2015 y
            Ley 1474 de 2011, artículo 76).
          </Typography>
        </Container>
      </Box>
    </Box>
  );
}
