/** A rect drawn from `[x, y, width, height]` (a tweened frame entry); negative sizes read as 0. */
export function TweenedRect({
  geom,
  fill,
  className,
}: {
  readonly geom: readonly number[];
  readonly fill: string;
  readonly className?: string | undefined;
}) {
  const [x = 0, y = 0, w = 0, h = 0] = geom;
  return (
    <rect
      x={x}
      y={y}
      width={Math.max(0, w)}
      height={Math.max(0, h)}
      fill={fill}
      className={className}
    />
  );
}
