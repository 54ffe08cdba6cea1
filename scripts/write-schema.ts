// dist/config.schema.json, generated from the zod schema so the two never disagree.
import { writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { ConfigSchema } from '../src/core/schema.ts';

const schema = toJSONSchema(ConfigSchema, { unrepresentable: 'any', io: 'input' });
const out = { ...schema, $id: 'https://unpkg.com/sm-maturity-check/dist/config.schema.json', title: 'sm-maturity-check config' };
writeFileSync(new URL('../dist/config.schema.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
