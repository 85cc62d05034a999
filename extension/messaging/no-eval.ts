import { z } from 'zod';

/**
 * Extension pages and the background run under a CSP without eval and with Trusted Types. zod
 * would otherwise probe `new Function('')` to compile fast parsers, which the policy refuses and
 * reports as a violation; jitless parsing gives the same results without it. Imported first by
 * every entrypoint that validates.
 */
z.config({ jitless: true });
