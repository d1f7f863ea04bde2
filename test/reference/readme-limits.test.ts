import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AOI_LIMITS } from '../../reference/aoi/service.ts';
import { DEFAULT_HTTP_LIMITS } from '../../reference/http/connection-limits.ts';
import { DEFAULT_JSON_LIMITS } from '../../reference/limits/json-depth.ts';
import { DEFAULT_DELIVERY_OPTIONS } from '../../reference/notify/delivery.ts';
import { DEFAULT_SUBMISSION_LIMITS } from '../../reference/notify/http.ts';
import { DEFAULT_SUBMISSION_OPTIONS } from '../../reference/notify/service.ts';
import { DEFAULT_SOCKET_LIMITS } from '../../reference/ws/socket-endpoint.ts';
import { DEFAULT_STORE_LIMITS } from '../../reference/store/store-worker.ts';
import { DM_LIMIT_FLAGS, DM_STORE_LIMIT_FLAGS } from '../../cli/serve-dm.ts';
import { DEFAULT_DM_STORE_LIMITS } from '../../reference/dm/store.ts';
import { STORE_LIMIT_FLAGS } from '../../cli/serve-store.ts';

const readme = (path: string) => readFileSync(new URL(`../../reference/${path}`, import.meta.url), 'utf8');
const limitsSection = readme('README.md').split('## Limits and security')[1] ?? '';
const notifyOptions = readme('notify/README.md').split('## Library and options')[1] ?? '';

describe('the README states every limit', () => {
  it.each([
    ['httpLimits', DEFAULT_HTTP_LIMITS, limitsSection],
    ['aoi.socketLimits', DEFAULT_SOCKET_LIMITS, limitsSection],
    ['jsonLimits', DEFAULT_JSON_LIMITS, limitsSection],
    ['aoi', DEFAULT_AOI_LIMITS, limitsSection],
    // DmOptions has no defaults object; the flag table has every one of its keys (it is checked against the type).
    ['dm', DM_LIMIT_FLAGS, limitsSection],
    ['dm.storeLimits', DEFAULT_DM_STORE_LIMITS, limitsSection],
    ['storeLimits', DEFAULT_STORE_LIMITS, limitsSection],
    ['notifications (submission)', DEFAULT_SUBMISSION_LIMITS, notifyOptions],
    ['notifications (queue)', DEFAULT_SUBMISSION_OPTIONS, notifyOptions],
    ['notifications (delivery)', DEFAULT_DELIVERY_OPTIONS, notifyOptions],
  ])('names each option of %s', (_, defaults, section) => {
    // As `name` or qualified, `httpLimits.name`.
    const missing = Object.keys(defaults).filter((name) => !new RegExp(`\`([\\w.]+\\.)?${name}\``).test(section));
    expect(missing).toEqual([]);
  });

  it.each([
    ['dm', DM_LIMIT_FLAGS],
    ['dm.storeLimits', DM_STORE_LIMIT_FLAGS],
    ['storeLimits', STORE_LIMIT_FLAGS],
  ])('gives the serve flag of each option of %s', (_, flags) => {
    const missing = Object.values(flags).filter((flag) => !limitsSection.includes(`\`--${flag}`));
    expect(missing).toEqual([]);
  });
});
