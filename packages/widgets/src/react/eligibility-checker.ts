'use client';
/**
 * The React wrapper of `<qi-eligibility-checker>` alone (`@lit/react`): importing it registers `qi-eligibility-checker` and `qi-provider`, and no
 * other widget, so a page pays for this widget only. `'use client'`: in a React Server Components tree (Next.js App
 * Router) it renders on the client.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { QiEligibilityChecker } from '../eligibility-checker/define.js';
import type { EligibilityResult } from '@qazindustry/productivity-calculator/core';
import { resultEvents } from './events.js';

export { QiProviderReact } from './provider.js';

export const QiEligibilityCheckerReact = createComponent({
  tagName: 'qi-eligibility-checker',
  elementClass: QiEligibilityChecker,
  react: React,
  events: resultEvents<EligibilityResult>(),
});
