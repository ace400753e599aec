/** The toolbar badge: how many of my tasks are overdue or due today; empty when none. */
export function badgeText(dueCount: number): string {
  if (dueCount <= 0) return '';
  return dueCount > 99 ? '99+' : String(dueCount);
}
