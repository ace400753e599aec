/** Numbers the way Vietnamese reports print them: decimal comma. */
export const formatNumber = (n: number, digits: number): string => n.toFixed(digits).replace('.', ',');

export const formatPercent = (rate: number): string => `${formatNumber(rate * 100, 1)}%`;
