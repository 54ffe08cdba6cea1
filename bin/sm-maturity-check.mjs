#!/usr/bin/env node
// The widget package's command line: `sm-maturity-check validate FILE`.
import { validateFile } from './validate.mjs';

const [command, file, ...rest] = process.argv.slice(2);
if (command === 'validate' && file && !rest.length) {
  process.exitCode = validateFile(file);
} else {
  console.error(
    'usage: sm-maturity-check validate FILE\n  checks a config file; exit 0 when valid, 1 with every issue',
  );
  process.exitCode = 2;
}
