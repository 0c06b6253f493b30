'use client';
/** The React wrapper of `<qi-provider>` (`@lit/react`); importing it registers `qi-provider` only. */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { QiProvider } from '../provider/define.js';

export const QiProviderReact = createComponent({ tagName: 'qi-provider', elementClass: QiProvider, react: React });
