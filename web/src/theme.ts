// The look of the staff client: MUI's components in Spanish, with colours that keep WCAG 2.1 AA contrast
// (MinTIC Resolución 1519 de 2020) and focus rings that stay visible for keyboard users.
import { createTheme } from '@mui/material/styles';
import { esES } from '@mui/material/locale';
import { esES as dataGridEsES } from '@mui/x-data-grid/locales';

export const theme = createTheme(
  {
    palette: {
      primary: { main: '#0b4f8a' },
      secondary: { main: '#6a1b9a' },
      success: { main: '#1b5e20' },
      warning: { main: '#8a4b00' },
      error: { main: '#b3261e' },
      background: { default: '#f5f7fa' },
    },
    typography: { fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
    components: {
      MuiButtonBase: { defaultProps: { disableRipple: false } },
      MuiCssBaseline: {
        styleOverrides: { ':focus-visible': { outline: '3px solid #f9a825', outlineOffset: '2px' } },
      },
    },
  },
  esES,
  dataGridEsES,
);
