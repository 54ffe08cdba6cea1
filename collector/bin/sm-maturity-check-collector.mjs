#!/usr/bin/env node
// The collector is TypeScript run through tsx (a dependency), so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
