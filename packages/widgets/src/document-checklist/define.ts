import { QiDocumentChecklist } from './document-checklist.js';
import { QiProvider } from '../provider/provider.js';
import { define } from '../shared/define.js';

define('qi-provider', QiProvider);
define('qi-document-checklist', QiDocumentChecklist);
export { QiDocumentChecklist };

declare global {
  /** `document.createElement('qi-document-checklist')` and `querySelector('qi-document-checklist')` are typed by this entry alone. */
  interface HTMLElementTagNameMap {
    'qi-provider': QiProvider;
    'qi-document-checklist': QiDocumentChecklist;
  }
}
