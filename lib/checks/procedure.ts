import type { Finding, Procedure } from '../schema/facts';
import { finding } from './finding';
import type { CheckContext } from './types';

const subjectOf = (p: Procedure): string => p.code ?? 'procedure';

/** Nghị định 42/2022/NĐ-CP: an eligible procedure should be offered fully online (toàn trình). */
export function procedureFullOnline(p: Procedure, ctx: CheckContext): Finding {
  const f = (status: 'pass' | 'fail' | 'na', message: string) =>
    finding(ctx, 'procedureFullOnline', subjectOf(p), 'procedure.full_online_procedure_rate', status, message);
  switch (p.onlineLevel) {
    case 'full':
      return f('pass', 'Thủ tục được cung cấp dịch vụ công trực tuyến toàn trình');
    case 'partial':
      return f('fail', 'Thủ tục mới cung cấp dịch vụ công trực tuyến một phần, chưa toàn trình');
    case 'none':
      return f('fail', 'Thủ tục chưa cung cấp dịch vụ công trực tuyến');
    case null:
      return f('na', 'Trang không ghi mức độ dịch vụ công trực tuyến của thủ tục');
  }
}

export function procedureEResult(p: Procedure, ctx: CheckContext): Finding {
  const f = (status: 'pass' | 'fail' | 'na', message: string) =>
    finding(ctx, 'procedureEResult', subjectOf(p), 'procedure.e_result_rate', status, message);
  if (p.eResult === null) return f('na', 'Trang không ghi thủ tục có trả kết quả điện tử hay không');
  return p.eResult ? f('pass', 'Thủ tục có trả kết quả điện tử') : f('fail', 'Thủ tục chưa trả kết quả điện tử');
}
