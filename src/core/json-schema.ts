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
  number: Number.isFinite,
  integer: Number.isInteger,
};

/** Up to `max` issues, in document order; [] when the value conforms. */
export function validate(root: JsonSchema, value: unknown, max = 20): SchemaIssue[] {
  const issues: SchemaIssue[] = [];

  const walk = (schema: JsonSchema, v: unknown, path: string, name: string): void => {
    if (issues.length >= max) return;
    // Only local references (`#/$defs/…`), as zod writes them.
    const {
      type,
      minLength = 0,
      maxLength = Infinity,
      minItems = 0,
      maxItems = Infinity,
      minimum = -Infinity,
      maximum = Infinity,
      ...s
    } = schema.$ref ? root.$defs![schema.$ref.slice('#/$defs/'.length)]! : schema;
    const join = (key: string) => (path ? `${path}.${key}` : key);
    const add = (message: string, at = path) => void (issues.length < max && issues.push({ path: at, message }));
    if (type && !typeOk[type]?.(v)) return add(`must be of type ${type}`);
    if (s.enum && !s.enum.includes(v)) return add(`must be one of: ${s.enum.join(', ')}`);
    if ('const' in s && v !== s.const) return add(`must be ${JSON.stringify(s.const)}`);
    if (typeof v === 'string') {
      if (v.length < minLength || v.length > maxLength) return add(`must have ${minLength} to ${maxLength} characters`);
      if (s.pattern && !new RegExp(s.pattern).test(v))
        return add(`must be ${s.description ?? `of the form ${s.pattern}`}`);
    }
    if (typeof v === 'number' && (v < minimum || v > maximum)) return add(`must be from ${minimum} to ${maximum}`);
    if (Array.isArray(v)) {
      if (v.length < minItems || v.length > maxItems) return add(`needs ${minItems} to ${maxItems} ${name}`);
      if (s.items) v.forEach((item, i) => walk(s.items!, item, `${path}[${i}]`, name));
    }
    if (isObject(v)) {
      const props = s.properties ?? {};
      for (const key of s.required ?? []) if (!Object.hasOwn(v, key)) add('is required', join(key));
      for (const key of Object.keys(v)) {
        const sub = Object.hasOwn(props, key) ? props[key] : s.additionalProperties;
        if (s.propertyNames) walk(s.propertyNames, key, join(key), key);
        if (sub === false) add(`unknown key "${key}"`);
        else if (sub && sub !== true) walk(sub, v[key], join(key), key);
      }
    }
  };
  walk(root, value, '', 'items');
  return issues;
}
