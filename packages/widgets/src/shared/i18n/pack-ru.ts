/** Everything one language needs, loaded as one chunk: the SDK's texts and the widgets' words. */
export { default as sdk } from '@qazindustry/productivity-calculator/i18n/ru';
export { default as ui } from './ru.js';
