import { useEffect, useState } from 'react';
import { todayInVietnam } from '@/lib/time/dates';

/** Today in Asia/Ho_Chi_Minh, refreshed each minute so a panel left open all day moves on. */
export function useToday(): string {
  const [today, setToday] = useState(todayInVietnam);
  useEffect(() => {
    const timer = setInterval(() => setToday(todayInVietnam()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
