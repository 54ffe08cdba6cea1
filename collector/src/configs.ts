/** The configs a collector accepts: the built-in one plus files, each through the widget's validator. */
import { readFileSync } from 'node:fs';
import { defaultConfig, parseConfig, type Config } from 'sm-maturity-check/core';
import { configKey } from './payload.ts';

export function loadConfigs(files: readonly string[]): Map<string, Config> {
  const configs = new Map<string, Config>([[configKey(defaultConfig.id, defaultConfig.version), defaultConfig]]);
  for (const file of files) {
    const parsed = parseConfig(readFileSync(file, 'utf8'));
    if (!parsed.success) {
      const lines = parsed.issues.map((i) => `  ${i.path || '(config)'}: ${i.message}`).join('\n');
      throw new Error(`${file} is not a valid config:\n${lines}`);
    }
    configs.set(configKey(parsed.data.id, parsed.data.version), parsed.data);
  }
  return configs;
}
