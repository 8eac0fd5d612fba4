#!/usr/bin/env node
// Entry for `npx jobnudge`: loads the TypeScript CLI through tsx so no build step is needed after `npm ci`.
import { register } from 'tsx/esm/api';

// The CLI only talks to the embedded store on loopback, so the SDK's notice about future Node
// versions says nothing actionable here (the Lambdas run on Node 24); the user may still opt in.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
