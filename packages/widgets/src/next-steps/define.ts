import { QiNextSteps } from './next-steps.js';
import { QiProvider } from '../provider/provider.js';
import { define } from '../shared/define.js';

define('qi-provider', QiProvider);
define('qi-next-steps', QiNextSteps);
export { QiNextSteps };

declare global {
  /** `document.createElement('qi-next-steps')` and `querySelector('qi-next-steps')` are typed by this entry alone. */
  interface HTMLElementTagNameMap {
    'qi-provider': QiProvider;
    'qi-next-steps': QiNextSteps;
  }
}
