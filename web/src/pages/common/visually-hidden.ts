// Text for screen readers that is not drawn (live announcements): the usual clip pattern, which keeps the
// element in the accessibility tree, unlike display: none. Sizes in px: in sx a bare 1 means 100 %.
export const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  p: 0,
  m: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
