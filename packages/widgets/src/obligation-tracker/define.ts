import { QiObligationTracker } from './obligation-tracker.js';
import { QiProvider } from '../provider/provider.js';
import { define } from '../shared/define.js';

define('qi-provider', QiProvider);
define('qi-obligation-tracker', QiObligationTracker);
export { QiObligationTracker };
