import { QiObligationTracker } from './obligation-tracker.js';
import { QiProvider } from '../provider/provider.js';
import { define } from '../shared/define.js';

define('qi-provider', QiProvider);
define('qi-obligation-tracker', QiObligationTracker);
export { QiObligationTracker };

declare global {
  /** `document.createElement('qi-obligation-tracker')` and `querySelector('qi-obligation-tracker')` are typed by this entry alone. */
  interface HTMLElementTagNameMap {
    'qi-provider': QiProvider;
    'qi-obligation-tracker': QiObligationTracker;
  }
}
