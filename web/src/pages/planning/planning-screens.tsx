// The screen of each Planeación page, by its path segment (logic/planning-pages.ts names them).
import type { ReactElement } from 'react';

export const PLANNING_SCREENS: Readonly<Record<string, () => ReactElement>> = {};
