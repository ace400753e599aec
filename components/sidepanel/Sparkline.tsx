/** A small trend line of monthly rates, with the target as a dashed line; months without data leave a gap. */
export function Sparkline({ points, target, label }: { points: (number | null)[]; target: number | null; label: string }) {
  const w = 120;
  const h = 32;
  const x = (i: number) => (points.length < 2 ? w / 2 : (i * (w - 4)) / (points.length - 1) + 2);
  const y = (rate: number) => h - 2 - rate * (h - 4);
  const segments: string[] = [];
  let path = '';
  points.forEach((p, i) => {
    if (p === null) {
      if (path) segments.push(path);
      path = '';
      return;
    }
    path += `${path ? 'L' : 'M'}${x(i).toFixed(1)},${y(p).toFixed(1)}`;
  });
  if (path) segments.push(path);
  return (
    <svg width={w} height={h} role="img" aria-label={label} viewBox={`0 0 ${w} ${h}`}>
      {target !== null && <line x1={0} x2={w} y1={y(target / 100)} y2={y(target / 100)} stroke="#5a5f6a" strokeDasharray="3 3" strokeWidth={1} />}
      {segments.map((d) => (
        <path key={d} d={d} fill="none" stroke="#0b3d91" strokeWidth={2} />
      ))}
      {points.map((p, i) => p !== null && <circle key={i} cx={x(i)} cy={y(p)} r={2.2} fill="#0b3d91" />)}
    </svg>
  );
}
