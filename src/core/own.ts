/**
 * The one way core code reads a record by an id from a config or from outside: own keys only.
 * Ids may be named like `Object.prototype` members (`constructor`, `valueOf`); plain indexing
 * would then read an inherited function for a missing key (the '(−NaN since …)').
 */
export const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string | undefined): T | undefined =>
  record !== undefined && key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
