/**
 * Renders an offending value inside a problem message: strings in double quotes (`"XYZ"`),
 * other values as short JSON (`42`, `null`, `an array`, `an object`).
 */
export function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}
