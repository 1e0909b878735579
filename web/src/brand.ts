// What the staff client and the public pages share of their look: the office's colours (each keeping WCAG
// 2.1 AA contrast, MinTIC Resolución 1519 de 2020), the type, and the colour of the keyboard's focus ring.
export const BRAND_PALETTE = {
  primary: { main: '#0b4f8a' },
  secondary: { main: '#6a1b9a' },
  success: { main: '#1b5e20' },
  warning: { main: '#8a4b00' },
  error: { main: '#b3261e' },
  background: { default: '#f5f7fa' },
} as const;

export const BRAND_TYPOGRAPHY = {
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
} as const;

/** The focus ring: thick and amber, offset from what it marks. */
export const FOCUS_RING = { outline: '3px solid #f9a825', outlineOffset: '2px' } as const;
