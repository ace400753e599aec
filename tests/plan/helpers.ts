import { planText } from '../fixtures/plans';

export const fixture = (name: string): string => planText(name);
