// The look of the staff client: MUI's components in Spanish, with colours that keep WCAG 2.1 AA contrast
// (MinTIC Resolución 1519 de 2020) and focus rings that stay visible for keyboard users.
import { createTheme } from '@mui/material/styles';
import { esES } from '@mui/material/locale';
import { esES as dataGridEsES } from '@mui/x-data-grid/locales';
import { BRAND_PALETTE, BRAND_TYPOGRAPHY, FOCUS_RING } from './brand';

export const theme = createTheme(
  {
    palette: BRAND_PALETTE,
    typography: BRAND_TYPOGRAPHY,
    components: {
      MuiButtonBase: { defaultProps: { disableRipple: false } },
      MuiCssBaseline: { styleOverrides: { ':focus-visible': FOCUS_RING } },
    },
  },
  esES,
  dataGridEsES,
);
