/**
 * The one door for a config from outside (fetched JSON, the `config` property): size cap, a clean
 * JSON copy, the generated JSON Schema, then the cross-checks. Never throws; says where a
 * hand-edited file went wrong, e.g. `questions[3].options: needs 2 to 12 options`.
 */
import type { Config } from './schema.ts';
import { configSchema } from './config-schema.gen.ts';
import { validate, type SchemaIssue } from './json-schema.ts';
import { checkConfig } from './check-config.ts';
import { LIMITS } from './limits.ts';
import { fillLanguages } from './languages.ts';

export type ConfigIssue = SchemaIssue;
export type ParseConfigResult =
  { success: true; data: Config } | { success: false; error: string; issues: ConfigIssue[] };

const fail = (issues: ConfigIssue[]): ParseConfigResult => ({
  success: false,
  issues,
  error:
    issues
      .slice(0, 5)
      .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
      .join('; ') + (issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''),
});

/** Validates a config given as a JSON string or an object; the data returned is a fresh copy. */
export function parseConfig(input: unknown): ParseConfigResult {
  let value: unknown;
  try {
    // Re-parsing an object's JSON drops getters, prototypes and shared references, so what is
    // checked is exactly what is used, and the host cannot change it afterwards.
    const json = typeof input === 'string' ? input : JSON.stringify(input);
    if (typeof json !== 'string') return fail([{ path: '', message: 'config must be a JSON object' }]);
    if (json.length > LIMITS.configChars) {
      return fail([
        { path: '', message: `config is too large (${json.length} characters, at most ${LIMITS.configChars})` },
      ]);
    }
    value = fillLanguages(JSON.parse(json));
  } catch (error) {
    return fail([{ path: '', message: `config is not valid JSON (${(error as Error)?.message ?? error})` }]);
  }
  const issues = validate(configSchema, value);
  if (issues.length) return fail(issues);
  const config = value as Config;
  const more = checkConfig(config);
  return more.length ? fail(more) : { success: true, data: config };
}
