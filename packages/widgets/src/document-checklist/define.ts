import { QiDocumentChecklist } from './document-checklist.js';
import { QiProvider } from '../provider/provider.js';
import { define } from '../shared/define.js';

define('qi-provider', QiProvider);
define('qi-document-checklist', QiDocumentChecklist);
export { QiDocumentChecklist };
