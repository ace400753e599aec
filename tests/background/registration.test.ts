import { describe, expect, it } from 'vitest';
import { registrationsFor } from '../../lib/hosts/registration';
import { provinces } from '../../lib/hosts/provinces';

describe('content-script registration', () => {
  it('registers one script per family over the granted hosts only', () => {
    const langson = provinces.find((p) => p.id === 'langson')!;
    const regs = registrationsFor(
      [...langson.hosts, { host: 'vpdt.langson.gov.vn', family: 'qlvb' }],
      (pattern) => pattern !== '*://dichvucong.langson.gov.vn/*',
    );
    expect(regs).toEqual([
      expect.objectContaining({ id: 'cchc-onestop', js: ['onestop.js'], matches: ['*://motcua.langson.gov.vn/*'] }),
      expect.objectContaining({
        id: 'cchc-qlvb',
        js: ['qlvb.js'],
        matches: ['*://ioffice.langson.gov.vn/*', '*://vpdt.langson.gov.vn/*'],
      }),
    ]);
  });
});
