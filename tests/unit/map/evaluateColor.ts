import {
  createExpression,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';

/** `fill-color` as the style spec defines it: a colour, data-driven, feature state allowed. */
const COLOR_SPEC: StylePropertySpecification = {
  type: 'color',
  'property-type': 'data-driven',
  expression: { interpolated: false, parameters: ['zoom', 'feature', 'feature-state'] },
  transition: true,
  overridable: false,
};

/**
 * The colour MapLibre's own evaluator makes of `expression` (an expression or a plain CSS colour)
 * for a feature with `state`, printed as MapLibre prints colours so that results compare.
 */
export function evaluateColor(expression: unknown, state: Record<string, unknown> = {}): string {
  const parsed = createExpression(expression, 'fill-color', COLOR_SPEC);
  if (parsed.result !== 'success')
    throw new Error(`not a valid colour expression: ${JSON.stringify(expression)}`);
  return String(parsed.value.evaluate({ zoom: 2 }, { type: 1, properties: {} }, state));
}
