import type { ModuleHost, ServerModule } from '../module.ts';
import { createDmRoutes, type DmRoutesOptions } from './routes.ts';
import { DmStore, openInMemoryDmStore } from './store.ts';
import { dmValidators } from './validators.ts';

export const DM_PATH = '/dm';

/** OMA DM 2.0 limits (body bytes, OMADM-DevID length, JSON depth, commands per Package#2, rounds and seconds per session). */
export type DmOptions = Pick<
  DmRoutesOptions,
  'maxBodyBytes' | 'maxDevIdLength' | 'maxJsonDepth' | 'maxCommandsPerPackage' | 'maxRounds' | 'maxSessionSeconds'
>;

export interface DmModule extends ServerModule {
  /** Per-device state and the operator's command queue. */
  readonly store: DmStore;
}

/**
 * Wires the OMA DM 2.0 binding into a server: Package#1/#3 at `POST /dm` and the data area under `/dm/data/` on its router, per-device state and
 * command queue in its database (a private in-memory one without it).
 */
export function mountDm(host: ModuleHost, options: DmOptions = {}): DmModule {
  const store = host.database ? new DmStore(host.database) : openInMemoryDmStore();
  host.router.mount(
    DM_PATH,
    createDmRoutes({ ...options, basePath: DM_PATH, store, validators: dmValidators, onError: host.logError }),
  );
  // The store holds no timers or handles of its own: the server closes the database it shares.
  return { store, close: async () => {} };
}
