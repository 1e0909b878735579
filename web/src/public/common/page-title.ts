// Each public page names itself in the browser's title bar and tab (WCAG 2.4.2), after the portal.
import { useEffect } from 'react';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Ventanilla virtual`;
  }, [title]);
}
