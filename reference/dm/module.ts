import type { ModuleHost, ServerModule } from '../module.ts';
import { createDmRoutes, type DmRoutesOptions } from './routes.ts';
import { openInMemoryDmStore, SqliteDmStore } from './sqlite-store.ts';
import type { DmStore, DmStoreLimits } from './store.ts';
import { dmValidators } from './validators.ts';

export const DM_PATH = '/dm';

/** OMA DM 2.0 limits (body bytes, OMADM-DevID length, commands per Package#2, rounds and seconds per session). */
export interface DmOptions extends Pick<
  DmRoutesOptions,
  'maxBodyBytes' | 'maxDevIdLength' | 'maxCommandsPerPackage' | 'maxRounds' | 'maxSessionSeconds'
> {
  /** Per-device bounds of what the store keeps (queued commands, data resources, sessions of history). */
  storeLimits?: Partial<DmStoreLimits>;
  /** Where the DM state is kept; default the server's store worker (a private in-memory database without one). */
  store?: DmStore;
}

export interface DmModule extends ServerModule {
  /** Per-device state and the operator's command queue. */
  readonly store: DmStore;
}

/**
 * Wires the OMA DM 2.0 binding into a server: Package#1/#3 at `POST /dm` and the data area under `/dm/data/` on
 * its router, per-device state and command queue in its store.
 */
export function mountDm(host: ModuleHost, options: DmOptions = {}): DmModule {
  const { store: given, storeLimits, ...limits } = options;
  const store =
    given ??
    (host.storeWorker
      ? new SqliteDmStore(host.storeWorker, { limits: storeLimits })
      : openInMemoryDmStore({ limits: storeLimits }));
  host.router.mount(
    DM_PATH,
    createDmRoutes({
      ...limits,
      basePath: DM_PATH,
      store,
      validators: dmValidators,
      jsonLimits: host.jsonLimits,
      onError: host.logError,
    }),
  );
  // The store holds no timers or handles of its own: the server closes the store worker or Redis it shares.
  return { store, close: async () => {} };
}
