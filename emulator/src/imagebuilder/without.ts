/** A shallow copy of an object without some of its members (for views that drop members). */
export function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const dropped: PropertyKey[] = keys
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !dropped.includes(key))
  ) as Omit<T, K>
}
