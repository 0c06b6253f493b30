import { QiEligibilityChecker } from './eligibility-checker.js';
import { QiProvider } from '../provider/provider.js';
import { define } from '../shared/define.js';

define('qi-provider', QiProvider);
define('qi-eligibility-checker', QiEligibilityChecker);
export { QiEligibilityChecker };
