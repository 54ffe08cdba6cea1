/**
 * The one door for a config from outside (fetched JSON, the `config` property): size cap, JSON,
 * schema, cross-checks. Never throws; says where a hand-edited file went wrong.
 */
import { ConfigSchema, type Config } from './schema.ts';
import { checkConfig, type ConfigIssue } from './check-config.ts';
import { LIMITS } from './limits.ts';

export type { ConfigIssue };
export type ParseConfigResult =
  | { success: true; data: Config }
  | { success: false; error: string; issues: ConfigIssue[] };

const fail = (issues: ConfigIssue[]): ParseConfigResult => ({
  success: false,
  issues,
  error: issues
    .slice(0, 5)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ') + (issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''),
});

/** `['questions', 3, 'options']` → `questions[3].options` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Validates a config given as a JSON string or an object. */
export function parseConfig(input: unknown): ParseConfigResult {
  let value = input;
  try {
    const json = typeof input === 'string' ? input : JSON.stringify(input);
    if (json === undefined) return fail([{ path: '', message: 'config must be a JSON object' }]);
    if (json.length > LIMITS.configChars) {
      return fail([{ path: '', message: `config is too large (${json.length} characters, at most ${LIMITS.configChars})` }]);
    }
    if (typeof input === 'string') value = JSON.parse(input);
  } catch (error) {
    return fail([{ path: '', message: `config is not valid JSON (${error instanceof Error ? error.message : String(error)})` }]);
  }
  const parsed = ConfigSchema.safeParse(value);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
  }
  const issues = checkConfig(parsed.data);
  return issues.length ? fail(issues) : { success: true, data: parsed.data };
}
