// The one hook every page names itself with, staff and public: it writes "<page> · <site>" to the
// document's title whenever the name changes (a case page once its radicado is known).
import { useEffect } from 'react';
import { documentTitle, STAFF_SITE } from '../logic/page-titles';

export function useDocumentTitle(page: string, site: string = STAFF_SITE): void {
  useEffect(() => {
    document.title = documentTitle(page, site);
  }, [page, site]);
}
