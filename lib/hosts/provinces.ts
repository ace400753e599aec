import type { PortalHost } from '../schema/settings';

/**
 * Systems a province runs, offered on the first-run screen so a person picks
 * their province instead of typing host names. Host names follow each
 * province's published pattern (dichvucong.<tỉnh>.gov.vn for the provincial
 * portal, motcua.<tỉnh>.gov.vn for VNPT iGate one-stop staff pages,
 * ioffice.<tỉnh>.gov.vn or vpdt.<tỉnh>.gov.vn for the document system); a
 * person can add any other.
 */
export interface ProvinceSystems {
  id: string;
  name: string;
  hosts: PortalHost[];
}

const standard = (id: string, name: string): ProvinceSystems => ({
  id,
  name,
  hosts: [
    { host: `dichvucong.${id}.gov.vn`, family: 'dvc' },
    { host: `motcua.${id}.gov.vn`, family: 'onestop' },
    { host: `ioffice.${id}.gov.vn`, family: 'qlvb' },
    { host: `vpdt.${id}.gov.vn`, family: 'qlvb' },
  ],
});

export const provinces: ProvinceSystems[] = [
  standard('langson', 'Lạng Sơn'),
  standard('caobang', 'Cao Bằng'),
  standard('bacninh', 'Bắc Ninh'),
  standard('thainguyen', 'Thái Nguyên'),
  standard('quangninh', 'Quảng Ninh'),
  standard('hanoi', 'Hà Nội'),
  standard('haiphong', 'Hải Phòng'),
  standard('nghean', 'Nghệ An'),
  standard('hue', 'Huế'),
  standard('danang', 'Đà Nẵng'),
  standard('khanhhoa', 'Khánh Hòa'),
  standard('lamdong', 'Lâm Đồng'),
  standard('dongnai', 'Đồng Nai'),
  standard('hochiminhcity', 'Thành phố Hồ Chí Minh'),
  standard('cantho', 'Cần Thơ'),
  standard('angiang', 'An Giang'),
];

/** The name of the province the profile names by its id; null for none or an unknown id. */
export const provinceName = (id: string | null): string | null => provinces.find((p) => p.id === id)?.name ?? null;

export const matchPatternOf = (host: string): string => `*://${host}/*`;

/**
 * The national portal: granted at install, the only host in the manifest. Its
 * hosts are named one by one: a wildcard would let any subdomain anyone can
 * set up under it report as the national portal.
 */
export const NATIONAL_PORTAL_HOSTS: readonly PortalHost[] = [{ host: 'dichvucong.gov.vn', family: 'dvc' }];
export const NATIONAL_PORTAL_MATCHES = NATIONAL_PORTAL_HOSTS.map((h) => matchPatternOf(h.host));
