'use client';
/**
 * The React wrapper of `<qi-obligation-tracker>` alone (`@lit/react`): importing it registers `qi-obligation-tracker` and `qi-provider`, and no
 * other widget, so a page pays for this widget only. `'use client'`: in a React Server Components tree (Next.js App
 * Router) it renders on the client.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { QiObligationTracker } from '../obligation-tracker/define.js';
import type { ObligationResult } from '@qazindustry/productivity-calculator/core';
import { resultEvents } from './events.js';

export { QiProviderReact } from './provider.js';

export const QiObligationTrackerReact = createComponent({
  tagName: 'qi-obligation-tracker',
  elementClass: QiObligationTracker,
  react: React,
  events: resultEvents<ObligationResult>(),
});
