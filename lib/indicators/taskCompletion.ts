import { completedOnTime } from '../tasks/completion';
import { defineIndicator } from './types';

export const taskCompletion = defineIndicator({
  key: 'direction.plan_task_completion_rate',
  area: 'direction',
  name: { vi: 'Tỷ lệ hoàn thành nhiệm vụ trong Kế hoạch CCHC', en: 'Plan tasks completed' },
  phrases: [
    'hoàn thành 100% nhiệm vụ đề ra trong Kế hoạch CCHC',
    'hoàn thành nhiệm vụ trong kế hoạch cải cách hành chính',
    'hoàn thành nhiệm vụ kế hoạch CCHC',
    'nhiệm vụ trong Kế hoạch CCHC',
  ],
  population: 'task',
  reads: ['status', 'deadline', 'doneAt', 'note', 'evidence'],
  formula: { numerator: 'plan tasks done by their deadline', denominator: 'plan tasks due' },
  marksEachItem: false,
  verdict: (t, ctx) => completedOnTime(t, ctx.today),
  explain: (_t, verdict) => ({ key: verdict ?? 'notDue' }),
  messages: {
    hit: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
    miss: { vi: 'Chưa hoàn thành đúng hạn', en: 'Not done on time' },
    unknown: { vi: 'Đã hoàn thành, không rõ ngày', en: 'Done, date unknown' },
    notDue: { vi: 'Chưa đến hạn hoặc không thuộc đơn vị', en: 'Not due yet, or not the unit’s' },
  },
});
