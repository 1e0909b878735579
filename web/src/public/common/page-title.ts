// Each public page names itself in the browser's title bar and tab (WCAG 2.4.2), after the portal.
import { useDocumentTitle } from '../../layout/use-document-title';
import { PUBLIC_SITE } from '../../logic/page-titles';

export function usePageTitle(title: string): void {
  useDocumentTitle(title, PUBLIC_SITE);
}
