'use client';

import { memo, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { labelOfId, windowIndex, windowLabel } from './labels';
import { KEY_NAMES, MAX_TIME, windowTypeLabel, type StreamEvent, type WindowResult, type WindowsParams, type WindowsResult, type WindowType } from './model';
import styles from './windows.module.css';

interface TimelineProps {
  result: WindowsResult;
  params: WindowsParams;
  type: WindowType;
  /** The arrival-clock minute shown: events that have not arrived are faint, windows not yet emitted are open. */
  clock: number;
  selectedId: number | null;
  onSelect(id: number): void;
  /** A drag or a nudge: the event's new times (arrival never before the event). */
  onMove(id: number, eventTime: number, arrivalTime: number): void;
}

interface Drag {
  id: number;
  part: 'event' | 'arrival';
  startX: number;
  origin: number;
  value: number;
}

const EVENT_ROW = 18;
const WINDOW_ROW = 16;
const LEFT = 52;
const RIGHT = 16;
const TOP = 46;

const clampTime = (t: number) => Math.max(0, Math.min(MAX_TIME, t));

/**
 * Events by event time, one lane per key, with the shown type's windows under each lane. An event is
 * a dot at its event time with a tail to its arrival; a diamond when it was late for a window of this
 * type. Focus or hover an event to light up the windows it joins (and, dashed red, those it missed).
 * Drag the dot to change the event time, the tail's end to change the arrival; with the keyboard,
 * ←/→ nudge the event time and Shift+←/→ the arrival time; Enter selects the event for typing.
 */
export function Timeline({ result, params, type, clock, selectedId, onSelect, onMove }: TimelineProps) {
  const captionId = useId();
  const [hoverId, setHoverId] = useState<number | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(640);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const measure = () => setAvailable(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const typeResult = result.types[type];
  const index = windowIndex(typeResult);
  const live = useMemo(() => typeResult.windows.filter((w) => w.replacedBy === null), [typeResult]);
  const verdictOf = new Map(typeResult.verdicts.map((v) => [v.eventId, v]));

  const position = (e: StreamEvent) => {
    if (!drag || drag.id !== e.id) return { t: e.eventTime, a: e.arrivalTime };
    return drag.part === 'event' ? { t: drag.value, a: Math.max(e.arrivalTime, drag.value) } : { t: e.eventTime, a: Math.max(e.eventTime, drag.value) };
  };

  const times = [0, ...result.events.flatMap((e) => [e.eventTime, e.arrivalTime]), ...live.flatMap((w) => [w.start, w.end])];
  const xMin = Math.floor(Math.min(...times) / 5) * 5;
  const xMax = Math.ceil((Math.max(...times) + 1) / 5) * 5;
  // Fit the width available when a minute can stay at least 8 px wide; otherwise scroll sideways.
  const ppm = Math.max(8, Math.min(18, Math.floor((available - LEFT - RIGHT - 2) / (xMax - xMin))));
  const x = (t: number) => LEFT + (t - xMin) * ppm;

  const width = x(xMax) + RIGHT;

  const windowRows = type === 'sliding' ? Math.ceil(params.size / params.slide) : 1;
  const { lanes, stack, height } = useMemo(() => layoutLanes(result.events, windowRows), [result.events, windowRows]);
  const anchor = (px: number) => (px > width - 50 ? 'end' : px < LEFT + 30 ? 'start' : 'middle');

  const watermark = [...result.watermarks].reverse().find((s) => s.at <= clock)?.watermark ?? null;
  const hovered = hoverId ?? drag?.id ?? null;
  const hoveredVerdict = hovered === null ? null : verdictOf.get(hovered);
  const tickStep = xMax - xMin > 120 ? 20 : xMax - xMin > 60 ? 10 : 5;
  const ticks: number[] = [];
  for (let t = xMin; t <= xMax; t += tickStep) ticks.push(t);

  const pointerDown = (event: PointerEvent<SVGElement>, e: StreamEvent, part: Drag['part']) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const origin = part === 'event' ? e.eventTime : e.arrivalTime;
    setDrag({ id: e.id, part, startX: event.clientX, origin, value: origin });
  };
  const pointerMove = (event: PointerEvent<SVGElement>) => {
    if (!drag) return;
    const svg = event.currentTarget.ownerSVGElement;
    const scale = svg ? svg.getBoundingClientRect().width / width : 1;
    setDrag({ ...drag, value: clampTime(drag.origin + Math.round((event.clientX - drag.startX) / (ppm * (scale || 1)))) });
  };
  const pointerUp = (e: StreamEvent) => {
    if (!drag) return;
    const { part, value, origin } = drag;
    setDrag(null);
    if (value === origin) return onSelect(e.id);
    if (part === 'event') onMove(e.id, value, Math.max(e.arrivalTime, value));
    else onMove(e.id, e.eventTime, Math.max(e.eventTime, value));
  };
  const keyDown = (event: KeyboardEvent<SVGGElement>, e: StreamEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(e.id);
      return;
    }
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    if (event.shiftKey) {
      const arrival = clampTime(e.arrivalTime + step);
      if (arrival >= e.eventTime && arrival !== e.arrivalTime) onMove(e.id, e.eventTime, arrival);
    } else {
      const time = clampTime(e.eventTime + step);
      if (time !== e.eventTime) onMove(e.id, time, Math.max(e.arrivalTime, time));
    }
  };

  const scale: Scale = useMemo(() => ({ xMin, ppm }), [xMin, ppm]);
  const windowsTop = useMemo(() => new Map<string, number>(lanes.map((l) => [l.key, l.windowsTop])), [lanes]);
  const hoveredKey = hoveredVerdict ? result.events[hoveredVerdict.eventId - 1]?.key : undefined;
  const missed = hoveredVerdict && hoveredKey
    ? hoveredVerdict.late
        .filter((id) => !index.has(id) || index.get(id)!.replacedBy === null)
        .map((id) => index.get(id) ?? { id, key: hoveredKey, start: Number(id.split(':')[2]), end: Number(id.split(':')[2]) + params.size })
    : [];
  const joinedWindows = hoveredVerdict ? hoveredVerdict.joined.map((id) => index.get(id)).filter((w): w is WindowResult => Boolean(w)) : [];

  return (
    <figure className={styles.timelineFigure}>
      <figcaption id={captionId}>
        Timeline by event time (minutes), {windowTypeLabel[type].toLowerCase()} windows under each key. The events table under “Details” holds the same information.
      </figcaption>
      <div className={styles.timelineScroll} ref={scrollRef}>
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby={captionId} className={styles.timeline}>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={height - 6} stroke="var(--border)" />
              <text x={x(t)} y={12} textAnchor="middle" className={styles.axisText}>
                {t}
              </text>
            </g>
          ))}
          {watermark !== null && watermark >= xMin && watermark <= xMax && (
            <g data-watermark={watermark}>
              <line x1={x(watermark)} x2={x(watermark)} y1={TOP - 12} y2={height - 4} stroke="var(--focus)" strokeWidth={2} strokeDasharray="6 4" />
              <text x={x(watermark)} y={26} textAnchor={anchor(x(watermark))} className={styles.watermarkText}>
                watermark {watermark}
              </text>
            </g>
          )}
          {clock >= xMin && clock <= xMax && (
            <g>
              <line x1={x(clock)} x2={x(clock)} y1={TOP - 4} y2={height - 4} stroke="var(--muted)" strokeWidth={1.5} />
              <text x={x(clock)} y={40} textAnchor={anchor(x(clock))} className={styles.axisText}>
                now {clock}
              </text>
            </g>
          )}
          {lanes.map((lane) => (
            <g key={lane.key}>
              <text x={6} y={lane.top + EVENT_ROW / 2 + 4} className={styles.keyText}>
                {lane.key}
              </text>
              <line x1={LEFT} x2={width - RIGHT} y1={lane.top + EVENT_ROW / 2} y2={lane.top + EVENT_ROW / 2} stroke="var(--border)" />
            </g>
          ))}
          <g opacity={hovered !== null ? 0.45 : 1}>
            <WindowLayer windows={live} type={type} slide={params.slide} windowRows={windowRows} windowsTop={windowsTop} scale={scale} clock={clock} gap={params.gap} />
          </g>
          {joinedWindows.map((w) => (
            <WindowBox key={`joined-${w.id}`} window={w} type={type} slide={params.slide} windowRows={windowRows} top={windowsTop.get(w.key) ?? 0} scale={scale} clock={clock} gap={params.gap} mark="joined" />
          ))}
          {missed.map((w) => (
            <WindowBox key={`missed-${w.id}`} window={w} type={type} slide={params.slide} windowRows={windowRows} top={windowsTop.get(w.key) ?? 0} scale={scale} clock={clock} gap={params.gap} mark="missed" />
          ))}
          {result.events.map((e) => {
            const lane = lanes.find((l) => l.key === e.key)!;
            const { t, a } = position(e);
            const cy = lane.top + EVENT_ROW / 2 + (stack.get(e.id) ?? 0) * EVENT_ROW;
            const verdict = verdictOf.get(e.id);
            const late = Boolean(verdict && (verdict.late.length > 0 || verdict.behind || verdict.lost));
            const arrived = e.arrivalTime <= clock;
            const selected = selectedId === e.id;
            const cx = x(t);
            const joined = verdict ? verdict.joined.map((id) => labelOfId(id, index, params.size, params.gap)).join(', ') : '';
            const label = `Event ${e.id}, key ${e.key}, value ${e.value}: event time ${e.eventTime}, arrives at ${e.arrivalTime}${e.edited ? ', edited' : ''}. ${
              late ? (verdict!.lost ? 'Late for every window it belongs to: not counted. ' : 'Late for a window. ') : ''
            }Joins ${joined || 'no window'}.`;
            return (
              <g
                key={e.id}
                className={styles.event}
                role="button"
                tabIndex={0}
                aria-pressed={selected}
                aria-label={label}
                data-event={e.id}
                data-late={late}
                opacity={arrived ? 1 : 0.35}
                onFocus={() => setHoverId(e.id)}
                onBlur={() => setHoverId(null)}
                onMouseEnter={() => setHoverId(e.id)}
                onMouseLeave={() => setHoverId(null)}
                onKeyDown={(event) => keyDown(event, e)}
              >
                {a > t && <line x1={cx} x2={x(a)} y1={cy} y2={cy} stroke="var(--muted)" strokeWidth={1.5} />}
                <line
                  x1={x(a)}
                  x2={x(a)}
                  y1={cy - 6}
                  y2={cy + 6}
                  stroke="var(--muted)"
                  strokeWidth={3}
                  className={styles.handle}
                  onPointerDown={(event) => pointerDown(event, e, 'arrival')}
                  onPointerMove={pointerMove}
                  onPointerUp={() => pointerUp(e)}
                />
                <circle cx={cx} cy={cy} r={10} className={styles.ring} />
                {late ? (
                  <path d={`M ${cx} ${cy - 7} L ${cx + 7} ${cy} L ${cx} ${cy + 7} L ${cx - 7} ${cy} Z`} fill="var(--danger)" />
                ) : (
                  <circle cx={cx} cy={cy} r={6} fill="var(--accent)" />
                )}
                {e.edited && <circle cx={cx} cy={cy} r={8.5} fill="none" stroke="var(--text)" strokeWidth={1} strokeDasharray="2 2" />}
                {selected && <circle cx={cx} cy={cy} r={11} fill="none" stroke="var(--focus)" strokeWidth={2} />}
                <circle
                  cx={cx}
                  cy={cy}
                  r={10}
                  fill="transparent"
                  className={styles.handle}
                  onPointerDown={(event) => pointerDown(event, e, 'event')}
                  onPointerMove={pointerMove}
                  onPointerUp={() => pointerUp(e)}
                />
                <title>{label}</title>
              </g>
            );
          })}
        </svg>
      </div>
      <ul className={styles.legend} aria-label="Legend">
        <li>
          <span className={styles.swatchDot} aria-hidden="true" /> on time
        </li>
        <li>
          <span className={styles.swatchDiamond} aria-hidden="true" /> late for a {type} window
        </li>
        <li>
          <span className={styles.swatchTail} aria-hidden="true" /> delay until arrival
        </li>
        <li>
          <span className={styles.swatchOpen} aria-hidden="true" /> window still open at “now”
        </li>
        <li>
          <span className={styles.swatchClosed} aria-hidden="true" /> window emitted (count @ minute)
        </li>
        <li>
          <span className={styles.swatchWatermark} aria-hidden="true" /> watermark
        </li>
      </ul>
    </figure>
  );
}

interface Scale {
  xMin: number;
  ppm: number;
}

type BoxWindow = Pick<WindowResult, 'id' | 'key' | 'start' | 'end'> & Partial<WindowResult>;

interface BoxProps {
  window: BoxWindow;
  type: WindowType;
  slide: number;
  windowRows: number;
  /** Top of the key's window rows. */
  top: number;
  scale: Scale;
  clock: number;
  gap: number;
  /** Drawn over the plain layer: a window the focused event joins, or one it arrived too late for. */
  mark?: 'joined' | 'missed';
}

/**
 * One window as a bar: solid once its first result is out by the arrival clock, dashed while open.
 * Sliding windows overlap, so each takes the row of its start modulo the overlap.
 */
function WindowBox({ window: w, type, slide, windowRows, top, scale, clock, gap, mark }: BoxProps) {
  const x = (t: number) => LEFT + (t - scale.xMin) * scale.ppm;
  const row = type === 'sliding' ? (((w.start / slide) % windowRows) + windowRows) % windowRows : 0;
  const y = top + row * WINDOW_ROW;
  const first = w.emissions?.[0];
  const emitted = Boolean(first && first.at <= clock);
  const boxWidth = (w.end - w.start) * scale.ppm;
  const exists = w.count !== undefined;
  const text = !exists || mark === 'missed' ? '' : boxWidth >= 46 && first ? `${w.count} @${first.at}` : boxWidth >= 14 ? String(w.count) : '';
  const label = w.type ? windowLabel(w as WindowResult, gap) : `[${w.start}, ${w.end})`;
  const title = exists
    ? `${label}, key ${w.key}: count ${w.count}, sum ${w.sum}; closes when the watermark reaches ${w.closesAt}; ${first ? `first result at arrival minute ${first.at}` : 'no result yet'}`
    : `${label}: closed before this event arrived`;
  return (
    <g className={styles.window} data-window={w.id} data-mark={mark}>
      <rect
        x={x(w.start) + 1}
        y={y}
        width={Math.max(2, boxWidth - 2)}
        height={WINDOW_ROW - 4}
        rx={3}
        fill={mark === 'missed' ? 'none' : emitted ? 'var(--accent-soft)' : 'var(--bg)'}
        stroke={mark === 'missed' ? 'var(--danger)' : mark === 'joined' ? 'var(--focus)' : 'var(--accent)'}
        strokeWidth={mark ? 2.5 : 1}
        strokeDasharray={mark === 'missed' || !emitted ? '4 3' : undefined}
      />
      {text && (
        <text x={x(w.start) + 4} y={y + WINDOW_ROW - 7} className={styles.windowText}>
          {text}
        </text>
      )}
      <title>{title}</title>
    </g>
  );
}

/** Every live window of the shown type; drawn once per result, clock and size, not on every hover. */
const WindowLayer = memo(function WindowLayer({
  windows,
  windowsTop,
  ...rest
}: Omit<BoxProps, 'window' | 'top' | 'mark'> & { windows: WindowResult[]; windowsTop: Map<string, number> }) {
  return (
    <>
      {windows.map((w) => (
        <WindowBox key={w.id} window={w} top={windowsTop.get(w.key) ?? 0} {...rest} />
      ))}
    </>
  );
});

/** One lane per key: rows for events that share a minute, then the window rows. */
function layoutLanes(events: readonly StreamEvent[], windowRows: number) {
  const keys = KEY_NAMES.filter((k) => events.some((e) => e.key === k));
  const stack = new Map<number, number>();
  const rowsByKey = new Map<string, number>();
  const seenAt = new Map<string, number>();
  for (const e of [...events].sort((a, b) => a.id - b.id)) {
    const spot = `${e.key}@${e.eventTime}`;
    const level = seenAt.get(spot) ?? 0;
    seenAt.set(spot, level + 1);
    stack.set(e.id, level);
    rowsByKey.set(e.key, Math.max(rowsByKey.get(e.key) ?? 1, level + 1));
  }
  let y = TOP;
  const lanes = keys.map((key) => {
    const top = y;
    const windowsTop = top + (rowsByKey.get(key) ?? 1) * EVENT_ROW + 6;
    y = windowsTop + windowRows * WINDOW_ROW + 14;
    return { key: key, top, windowsTop };
  });
  return { lanes, stack, height: y };
}
