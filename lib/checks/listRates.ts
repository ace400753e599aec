import type { Dossier, Finding } from '../schema/facts';
import { dossierOnTime } from './dossier';
import { rateFinding, share } from './rates';
import type { CheckContext } from './types';

export function eResultRate(ds: readonly Dossier[], ctx: CheckContext): Finding {
  const s = share(ds, (d) => (d.resolved ? d.eResult : null));
  return rateFinding(ctx, 'eResultRate', 'procedure.e_result_rate', 'Tỷ lệ hồ sơ đã giải quyết có kết quả điện tử', 'hồ sơ', s);
}

export function dataReuseRate(ds: readonly Dossier[], ctx: CheckContext): Finding {
  const s = share(ds, (d) => d.dataReuse);
  return rateFinding(ctx, 'dataReuseRate', 'procedure.data_reuse_rate', 'Tỷ lệ hồ sơ tái sử dụng dữ liệu số hóa', 'hồ sơ', s);
}

export function onTimeRate(ds: readonly Dossier[], ctx: CheckContext): Finding {
  const s = share(ds, (d) => dossierOnTime(d, ctx.today));
  return rateFinding(ctx, 'onTimeRate', 'procedure.on_time_rate', 'Tỷ lệ hồ sơ đúng hạn và còn trong hạn', 'hồ sơ', s);
}

export function digitizationRate(ds: readonly Dossier[], ctx: CheckContext): Finding {
  const s = share(ds, (d) => d.digitized);
  return rateFinding(ctx, 'digitizationRate', 'procedure.digitization_rate', 'Tỷ lệ hồ sơ được số hóa thành phần', 'hồ sơ', s);
}

/** Satisfied or very satisfied among the ratings given (indicators.json's count). */
export function satisfactionRate(ds: readonly Dossier[], ctx: CheckContext): Finding {
  const s = share(ds, (d) => (d.rating === null ? null : d.rating !== 'dissatisfied'));
  return rateFinding(ctx, 'satisfactionRate', 'procedure.satisfaction_rate', 'Tỷ lệ đánh giá hài lòng', 'lượt đánh giá', s);
}

/** The list's rates against the targets, shown above the list. */
export function listRates(ds: readonly Dossier[], ctx: CheckContext): Finding[] {
  return [eResultRate, dataReuseRate, onTimeRate, digitizationRate, satisfactionRate].map((rate) => rate(ds, ctx));
}
