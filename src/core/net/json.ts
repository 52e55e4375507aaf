/** The non-empty string at `field` of a JSON object, or undefined when the body is not one or lacks it. */
export function stringField(body: string, field: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const value = (parsed as Record<string, unknown>)[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
