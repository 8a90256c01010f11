#!/usr/bin/env node
// passend-check: runs the TypeScript CLI through tsx (a runtime dependency), no build step needed.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
