/** Complete answers to any config, for property tests that need a finished check. */
import fc from 'fast-check';
import type { Answers } from '../../src/core/answers.ts';
import type { Config } from '../../src/core/schema.ts';

/** An option per single/scale question; per multiple question the exclusive option or some of the others. */
export const completeArb = (config: Config): fc.Arbitrary<Answers> =>
  fc
    .tuple(
      ...config.questions.map((q) => {
        const ids = q.options.map((o) => o.id);
        if (q.type !== 'multiple') return fc.constantFrom<string | string[]>(...ids);
        const exclusive = q.options.filter((o) => o.exclusive).map((o) => [o.id]);
        const others = q.options.filter((o) => !o.exclusive).map((o) => o.id);
        return fc.oneof(fc.constantFrom(...exclusive), fc.subarray(others, { minLength: 1 }));
      }),
    )
    .map((values) => Object.fromEntries(config.questions.map((q, i) => [q.id, values[i]!])));
