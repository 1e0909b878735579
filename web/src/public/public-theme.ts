// The look of the public pages: the staff client's colours (they keep WCAG 2.1 AA contrast), MUI in
// Spanish and a focus ring that stays visible; without the data grid's texts, which these pages never load.
import { createTheme } from '@mui/material/styles';
import { esES } from '@mui/material/locale';
import { BRAND_PALETTE, BRAND_TYPOGRAPHY, FOCUS_RING } from '../brand';

export const publicTheme = createTheme(
  {
    palette: { ...BRAND_PALETTE, text: { secondary: 'rgba(0, 0, 0, 0.7)' } },
    typography: BRAND_TYPOGRAPHY,
    components: {
      // No ripples: the keyboard's focus ripple pulses without end (motion nobody asked for) and is too faint
      // to count as a focus indicator. Radio buttons and check boxes hide their input, so their focus ring
      // is drawn on the visible box instead.
      MuiButtonBase: {
        defaultProps: { disableRipple: true },
        styleOverrides: {
          root: {
            '&.Mui-focusVisible': { ...FOCUS_RING, boxShadow: '0 0 0 2px #1a1a1a' },
          },
        },
      },
      MuiCssBaseline: {
        styleOverrides: {
          // Two tones, so the ring shows on the white page and on the blue bar alike.
          ':focus-visible': { ...FOCUS_RING, boxShadow: '0 0 0 2px #1a1a1a' },
          // Links are told apart from text by more than their colour (WCAG 1.4.1).
          'a:not(.MuiButtonBase-root)': { textDecoration: 'underline' },
        },
      },
    },
  },
  esES,
);
