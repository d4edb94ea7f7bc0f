/**
 * The leaves that differ between two settings objects, as `path: old → new` lines for the audit log
 * (`flags.hbGdl.value: 11 → 10.5`). Arrays are compared as a whole.
 */
export function settingChanges(before: unknown, after: unknown, path = ''): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => settingChanges(before[k], after[k], path ? `${path}.${k}` : k));
  }
  const a = JSON.stringify(before);
  const b = JSON.stringify(after);
  return a === b ? [] : [`${path}: ${a ?? '-'} → ${b ?? '-'}`];
}
