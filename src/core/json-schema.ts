/**
 * Checks a value against the subset of JSON Schema that zod's `toJSONSchema` makes of our config
 * schema: type, properties/required/additionalProperties, propertyNames, items, min/max items and
 * length, pattern, minimum/maximum, enum, const and local `$ref`s. Reads only; never throws.
 */
export interface JsonSchema {
  $id?: string;
  $schema?: string;
  title?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  enum?: readonly unknown[];
  const?: unknown;
}

export interface SchemaIssue {
  /** Where, as a hand-editor reads it: `questions[3].options`. */
  path: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeOk: Record<string, (v: unknown) => boolean> = {
  object: isObject,
  array: Array.isArray,
  string: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  integer: Number.isInteger,
};
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Up to `max` issues, in document order; [] when the value conforms. */
export function validate(root: JsonSchema, value: unknown, max = 20): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const regexes = new Map<string, RegExp>();

  const walk = (schema: JsonSchema, v: unknown, path: string, name: string): void => {
    if (issues.length >= max) return;
    const s = schema.$ref ? (root.$defs?.[schema.$ref.replace('#/$defs/', '')] ?? {}) : schema;
    const add = (message: string) => void issues.push({ path, message });
    if (s.type && !typeOk[s.type]?.(v)) return add(v === undefined ? 'is required' : `must be ${s.type === 'integer' ? 'a whole number' : `a${/^[aeiou]/.test(s.type) ? 'n' : ''} ${s.type}`}`);
    if (s.enum && !s.enum.includes(v)) return add(`must be one of: ${s.enum.join(', ')}`);
    if ('const' in s && v !== s.const) return add(`must be ${JSON.stringify(s.const)}`);
    if (typeof v === 'string') {
      if (v.length < (s.minLength ?? 0)) return add(s.minLength === 1 ? 'must not be empty' : `must be at least ${s.minLength} characters`);
      if (v.length > (s.maxLength ?? Infinity)) return add(`must be at most ${s.maxLength} characters`);
      if (s.pattern) {
        const regex = regexes.get(s.pattern) ?? new RegExp(s.pattern);
        regexes.set(s.pattern, regex);
        if (!regex.test(v)) return add(`must be ${s.description ?? `of the form ${s.pattern}`}`);
      }
    }
    if (typeof v === 'number' && (v < (s.minimum ?? -Infinity) || v > (s.maximum ?? Infinity))) {
      return add(`must be from ${s.minimum ?? '−∞'} to ${s.maximum ?? '∞'}`);
    }
    if (Array.isArray(v)) {
      if (v.length < (s.minItems ?? 0)) return add(`needs at least ${s.minItems} ${name}`);
      if (v.length > (s.maxItems ?? Infinity)) return add(`allows at most ${s.maxItems} ${name}`);
      if (s.items) v.forEach((item, i) => walk(s.items as JsonSchema, item, `${path}[${i}]`, name));
    }
    if (isObject(v)) {
      const props = s.properties ?? {};
      for (const key of s.required ?? []) if (!Object.hasOwn(v, key)) walk(props[key] ?? {}, undefined, join(path, key), key);
      for (const key of Object.keys(v)) {
        const at = join(path, key);
        if (s.propertyNames) walk(s.propertyNames, key, at, key);
        const sub = Object.hasOwn(props, key) ? props[key] : s.additionalProperties;
        if (sub === false) add(`unknown key "${key}"`);
        else if (sub && sub !== true) walk(sub, v[key], at, key);
      }
    }
  };
  walk(root, value, '', 'items');
  return issues;
}
