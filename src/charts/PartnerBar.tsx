import type { PartnerBar as Bar } from './layoutPartnerBars';
import { chartTheme } from './chartTheme';
import { markAttrs } from './markAttrs';
import type { TweenRef } from './useTweenedMarks';

/** Fill pattern of the part of a partner's bar reached only via a group: lighter, hatched. */
export function ViaHatch({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        patternUnits="userSpaceOnUse"
        width={5}
        height={5}
        patternTransform="rotate(45)"
      >
        <rect width={5} height={5} fill={chartTheme.partnerVia} />
        <line x1={0} y1={0} x2={0} y2={5} stroke={chartTheme.partner} strokeWidth={1.6} />
      </pattern>
    </defs>
  );
}

/**
 * A partner's bar: the hatched part for activities reaching it only through a group, the solid
 * part for those naming it, and an outline when it is the selected country.
 */
export function PartnerBar({
  bar: b,
  goal,
  tween,
  hatchId,
}: {
  bar: Bar;
  goal: readonly number[];
  tween: TweenRef;
  hatchId: string;
}) {
  return (
    <>
      {markAttrs.via(goal, goal).width > 0 ? (
        <rect
          ref={tween(b.id, markAttrs.via)}
          {...markAttrs.via(goal, goal)}
          y={b.y}
          height={b.h}
          fill={`url(#${hatchId})`}
        />
      ) : null}
      <rect
        ref={tween(b.id, markAttrs.direct)}
        x={b.x}
        y={b.y}
        {...markAttrs.direct(goal)}
        height={b.h}
        fill={b.selected ? chartTheme.partnerSelected : chartTheme.partner}
      />
      {b.selected ? (
        <rect
          ref={tween(b.id, markAttrs.outline)}
          className="chart-selected-outline"
          x={b.x - 0.75}
          y={b.y - 0.75}
          {...markAttrs.outline(goal)}
          height={b.h + 1.5}
        />
      ) : null}
    </>
  );
}
