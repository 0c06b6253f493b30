import { QiProvider } from './provider.js';
import { define } from '../shared/define.js';

define('qi-provider', QiProvider);
export { QiProvider };

declare global {
  interface HTMLElementTagNameMap {
    'qi-provider': QiProvider;
  }
}
