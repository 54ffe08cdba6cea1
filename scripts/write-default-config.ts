// Writes the built-in config as JSON (dist/default-config.json) for a consultancy to copy and
// edit. `$schema` points at the JSON Schema next to it, so an editor checks the copy as it is
// typed (copy dist/config.schema.json along, or point `$schema` at the installed package's).
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { defaultConfig } from '../src/content/report-2011.ts';

export const defaultConfigJson = () =>
  JSON.stringify({ $schema: './config.schema.json', ...defaultConfig }, null, 2) + '\n';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(new URL('../dist/default-config.json', import.meta.url), defaultConfigJson());
}
