import { describe, expect, it } from 'vitest';
import { defaultTargets, procedureEResult, procedureFullOnline } from '../../lib/checks';
import type { Procedure } from '../../lib/schema/facts';

const ctx = { targets: defaultTargets(), today: '2026-05-20' };
const p: Procedure = {
  code: '1.000253', name: 'Cấp bản sao trích lục hộ tịch', level: 'Cấp Xã', field: 'Hộ tịch', onlineLevel: 'full',
  submissionChannels: ['online'], processingDays: 1, eResult: true, onlinePayment: true,
};

describe('procedure checks', () => {
  it('procedureFullOnline: pass when toàn trình, fail when partial or none, na when not shown', () => {
    expect(procedureFullOnline(p, ctx)).toMatchObject({ id: 'procedureFullOnline:1.000253', status: 'pass', indicator: 'procedure.full_online_procedure_rate' });
    expect(procedureFullOnline({ ...p, onlineLevel: 'partial' }, ctx).status).toBe('fail');
    expect(procedureFullOnline({ ...p, onlineLevel: 'none' }, ctx).message).toBe('Thủ tục chưa cung cấp dịch vụ công trực tuyến');
    expect(procedureFullOnline({ ...p, onlineLevel: null }, ctx).status).toBe('na');
  });
  it('procedureEResult: by the e-result flag; subject "procedure" when the code is unknown', () => {
    expect(procedureEResult(p, ctx).status).toBe('pass');
    expect(procedureEResult({ ...p, eResult: false }, ctx)).toMatchObject({ status: 'fail', target: 100 });
    expect(procedureEResult({ ...p, code: null, eResult: null }, ctx)).toMatchObject({ id: 'procedureEResult:procedure', status: 'na' });
  });
});
