import type { ReactNode } from 'react';

/** Small SVG pieces shared by the scenes; colours come from CSS so both themes work. */
/** A labelled box; `labelTop` puts the text at the top, leaving the lower half for tokens. */
export function Box(props: { x: number; y: number; w: number; h: number; label: string; sub?: string; active?: boolean; tone?: 'store' | 'proc' | 'warn'; labelTop?: boolean }) {
  const { x, y, w, h, label, sub, active, tone = 'proc', labelTop } = props;
  const labelY = labelTop ? y + 18 : y + (sub ? h / 2 - 4 : h / 2 + 5);
  return (
    <g className={`anim-box anim-box-${tone}${active ? ' anim-active' : ''}`}>
      <rect x={x} y={y} width={w} height={h} rx={tone === 'store' ? 14 : 6} />
      <text x={x + w / 2} y={labelY} textAnchor="middle" className="anim-label">
        {label}
      </text>
      {sub && (
        <text x={x + w / 2} y={labelY + 15} textAnchor="middle" className="anim-sub">
          {sub}
        </text>
      )}
    </g>
  );
}

/** Arrow heads are defined once per scene (ids must be unique on a page that shows several scenes). */
export function Arrow({ from, to, marker, dashed }: { from: [number, number]; to: [number, number]; marker: string; dashed?: boolean }) {
  return <line className={`anim-arrow${dashed ? ' anim-dashed' : ''}`} x1={from[0]} y1={from[1]} x2={to[0]} y2={to[1]} markerEnd={`url(#${marker})`} />;
}

/** A token (an event, a record, a crate) that glides between positions as the step changes. */
export function Token(props: { x: number; y: number; visible?: boolean; shape?: 'dot' | 'crate' | 'record'; label?: string; tone?: 'ok' | 'dup' | 'plain' }) {
  const { x, y, visible = true, shape = 'dot', label, tone = 'plain' } = props;
  return (
    <g className={`anim-token anim-token-${tone}`} style={{ transform: `translate(${x}px, ${y}px)`, opacity: visible ? 1 : 0 }}>
      {shape === 'dot' && <circle r={7} />}
      {shape === 'crate' && <rect x={-22} y={-14} width={44} height={28} rx={3} />}
      {shape === 'record' && <rect x={-30} y={-11} width={60} height={22} rx={11} />}
      {label && (
        <text textAnchor="middle" y={4} className="anim-token-label">
          {label}
        </text>
      )}
    </g>
  );
}

export function Note({ x, y, children, anchor = 'start' }: { x: number; y: number; children: ReactNode; anchor?: 'start' | 'middle' | 'end' }) {
  return (
    <text x={x} y={y} textAnchor={anchor} className="anim-note">
      {children}
    </text>
  );
}

export function Defs({ marker }: { marker: string }) {
  return (
    <defs>
      <marker id={marker} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 z" className="anim-arrowhead" />
      </marker>
    </defs>
  );
}
