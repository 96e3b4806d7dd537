/** Shallow copies of objects with some members left out, for views and optional members. */

/** A shallow copy of an object without some of its members (for views that drop members). */
export function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const dropped: PropertyKey[] = keys
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !dropped.includes(key))
  ) as Omit<T, K>
}

/** A shallow copy without the members that are undefined, so that absent members stay absent. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, member]) => member !== undefined)
  ) as Partial<T>
}
