import edition2022 from './2022/index.js';
import edition2025 from './2025-442/index.js';
import type { Edition } from './types.js';

/** The editions this SDK knows, oldest first. An edition applies from its start until the next one starts. */
export const EDITIONS: readonly Edition[] = Object.freeze([edition2022, edition2025]);
