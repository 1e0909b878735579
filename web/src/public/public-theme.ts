// The look of the public pages: the staff client's colours (they keep WCAG 2.1 AA contrast), MUI in
// Spanish and a focus ring that stays visible; without the data grid's texts, which these pages never load.
import { createTheme } from '@mui/material/styles';
import { esES } from '@mui/material/locale';

export const publicTheme = createTheme(
  {
    palette: {
      primary: { main: '#0b4f8a' },
      secondary: { main: '#6a1b9a' },
      success: { main: '#1b5e20' },
      warning: { main: '#8a4b00' },
      error: { main: '#b3261e' },
      background: { default: '#f5f7fa' },
      text: { secondary: 'rgba(0, 0, 0, 0.7)' },
    },
    typography: { fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
    components: {
      // No ripples: the keyboard's focus ripple pulses without end (motion nobody asked for) and is too faint
      // to count as a focus indicator. Radio buttons and check boxes hide their input, so their focus ring
      // is drawn on the visible box instead.
      MuiButtonBase: {
        defaultProps: { disableRipple: true },
        styleOverrides: {
          root: {
            '&.Mui-focusVisible': {
              outline: '3px solid #f9a825',
              outlineOffset: '2px',
              boxShadow: '0 0 0 2px #1a1a1a',
            },
          },
        },
      },
      MuiCssBaseline: {
        styleOverrides: {
          // Two tones, so the ring shows on the white page and on the blue bar alike.
          ':focus-visible': {
            outline: '3px solid #f9a825',
            outlineOffset: '2px',
            boxShadow: '0 0 0 2px #1a1a1a',
          },
          // Links are told apart from text by more than their colour (WCAG 1.4.1).
          'a:not(.MuiButtonBase-root)': { textDecoration: 'underline' },
        },
      },
    },
  },
  esES,
);
