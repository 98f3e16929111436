/**
 * The widgets' props reader (`src/widgets/kit/props.ts`): settings written as the simulator's URL
 * writes them read to the same settings `parseSimulatorParams` gives, and a mistake fails with the
 * component's name and the prop at fault.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { z } from 'astro/zod';
import { optionalCategoryIds } from '~/engine/categories';
import { parseSimulatorParams } from '~/engine/params';
import { browserSchema, consentSchema, gpcSchema, policySchema, readProps } from '~/widgets/kit/props';

describe('consentSchema', () => {
  test('reads none, all and a comma list into categories, in category order', () => {
    expect(consentSchema.parse('none')).toEqual([]);
    expect(consentSchema.parse('')).toEqual([]);
    expect(consentSchema.parse('all')).toEqual(optionalCategoryIds);
    expect(consentSchema.parse(' Analytics , preferences,necessary')).toEqual(['preferences', 'analytics']);
  });

  test('refuses an item that is not a category, naming what it expects', () => {
    const result = consentSchema.safeParse('preferences,marketing');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/expected "none", "all" or a comma list of preferences/);
  });

  test('gives what the URL contract gives for any list of categories', () => {
    fc.assert(
      fc.property(fc.subarray([...optionalCategoryIds]), fc.boolean(), (granted, shuffle) => {
        const written = (shuffle ? [...granted].reverse() : granted).join(',');
        const url = parseSimulatorParams(new URLSearchParams({ consent: written }), []);
        expect(consentSchema.parse(written)).toEqual(url.settings.consent);
      }),
    );
  });
});

describe('browser, policy and GPC', () => {
  test('take the URL contract’s words and defaults', () => {
    expect(browserSchema.parse('blocks')).toBe('blocks-third-party-cookies');
    expect(browserSchema.parse(undefined)).toBe('allows-third-party-cookies');
    expect(policySchema.parse(undefined)).toBe('maximal');
    expect(gpcSchema.parse(undefined)).toBe(false);
    expect(browserSchema.safeParse('partitions').success).toBe(false);
  });
});

describe('readProps', () => {
  const schema = z.strictObject({ consent: consentSchema, browser: browserSchema });

  test('ignores the scoping attributes Astro adds, and reads the rest', () => {
    expect(readProps('Panel', schema, { consent: 'all', 'data-astro-cid-abc': '' })).toEqual({
      consent: optionalCategoryIds,
      browser: 'allows-third-party-cookies',
    });
  });

  test('fails with the component’s name and the prop at fault', () => {
    expect(() => readProps('Panel', schema, { consent: 'everything' })).toThrow(
      /<Panel> has wrong props:[\s\S]*consent/,
    );
    expect(() => readProps('Panel', schema, { consent: 'all', colour: 'red' })).toThrow(/<Panel>[\s\S]*colour/);
  });
});
