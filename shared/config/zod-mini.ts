/**
 * zod for code on a Lambda's path: 'zod/mini' (the same validation as full zod, about a third of its
 * size in a bundle, issue #13). Mini loads no locale, so its default messages would read "Invalid
 * input"; the English locale gives the messages full zod gives, which config errors show the user.
 * Import it as `import * as z from` this file and never re-export the namespace: a namespace object
 * keeps every export of zod/mini in the bundle, all locales included (~360 KB). Full zod stays for
 * code no function bundles (infra, CLI, local run, bench); test/infra/function-bundles checks it.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
