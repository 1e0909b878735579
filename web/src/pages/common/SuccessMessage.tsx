// A step's success, said where the person will see it: a status message screen readers announce
// (role="status", unless it already sits in a live region of its own), brought into view when it
// appears, since a long form leaves it above or below the screen the person was working on.
import { Alert, type AlertProps } from '@mui/material';
import { useEffect, useRef } from 'react';

export function SuccessMessage({
  inLiveRegion = false,
  ...props
}: Omit<AlertProps, 'severity' | 'role' | 'ref'> & {
  /** Inside an element that is already role="status": a second live region would say it twice. */
  readonly inLiveRegion?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    ref.current?.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
  }, []);
  return <Alert ref={ref} severity="success" role={inLiveRegion ? undefined : 'status'} {...props} />;
}
