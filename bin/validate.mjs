// `validate FILE`: the package's one config validator (parseConfig of the core) on the command
// line. Shared by `sm-maturity-check validate` and `sm-maturity-check-collector validate`.
import { readFileSync } from 'node:fs';
import { parseConfig } from 'sm-maturity-check/core';

/** Checks one config file; prints "valid" or every issue with its path. Returns the exit code. */
export function validateFile(file, out = console.log, err = console.error) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    err(`${file}: cannot read (${error.code ?? error.message})`);
    return 2;
  }
  const parsed = parseConfig(text);
  if (parsed.success) {
    out(`${file}: valid (${parsed.data.id}, version ${parsed.data.version})`);
    return 0;
  }
  err(`${file}: ${parsed.issues.length} issue${parsed.issues.length === 1 ? '' : 's'}`);
  for (const issue of parsed.issues) err(`  ${issue.path || '(config)'}: ${issue.message}`);
  return 1;
}
