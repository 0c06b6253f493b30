'use client';
/**
 * The React wrapper of `<qi-next-steps>` alone (`@lit/react`): importing it registers `qi-next-steps` and `qi-provider`, and no
 * other widget, so a page pays for this widget only. `'use client'`: in a React Server Components tree (Next.js App
 * Router) it renders on the client.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { QiNextSteps } from '../next-steps/define.js';
import type { ServiceDeadlineResult } from '@qazindustry/productivity-calculator/core';
import { resultEvents } from './events.js';

export { QiProviderReact } from './provider.js';

export const QiNextStepsReact = createComponent({
  tagName: 'qi-next-steps',
  elementClass: QiNextSteps,
  react: React,
  events: resultEvents<ServiceDeadlineResult>(),
});
