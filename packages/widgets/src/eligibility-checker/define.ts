import { QiEligibilityChecker } from './eligibility-checker.js';
import { QiProvider } from '../provider/provider.js';
import { define } from '../shared/define.js';

define('qi-provider', QiProvider);
define('qi-eligibility-checker', QiEligibilityChecker);
export { QiEligibilityChecker };

declare global {
  /** `document.createElement('qi-eligibility-checker')` and `querySelector('qi-eligibility-checker')` are typed by this entry alone. */
  interface HTMLElementTagNameMap {
    'qi-provider': QiProvider;
    'qi-eligibility-checker': QiEligibilityChecker;
  }
}
