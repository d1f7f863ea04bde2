import {
  clientAppFields as F,
  clientAppPlaceholders as P,
  type ClientAppRegistrationReq,
  type ClientAppRegistrationRes,
} from '../../generated/clientApp/types.ts';
import { assembled, optionalMember, readText } from '../members.ts';
import { AoiRequestError, type AoiClient } from './aoi-client.ts';
import type { DeviceState, DeviceStateStore } from './device-state.ts';

/**
 * The AOI Client procedures (CR 003 8.1.1, CR 001 8.1.5) on top of the AOI-1 transport: registers
 * with the AOI Server when needed, stores the clientID and the token ↔ application mapping, and
 * re-registers once when the server no longer knows the stored clientID (401).
 * reference/client/client-app-handlers.ts serves its 9.3.1 API through the generated clientApp dispatcher.
 */
export class AoiDevice {
  constructor(
    private readonly client: AoiClient,
    private readonly deviceNumber: string,
    private readonly state: DeviceStateStore,
  ) {
    client.onReconnect(() => void this.rebind().catch(() => {}));
  }

  /**
   * After a reconnect the server routes server-initiated messages to the connection that last
   * proved ownership of the clientID (reference/README.md). AOI-1 has no dedicated message for that
   * yet (Notification Channel Activation, 10.1.3, is empty in the CRs), so the device repeats its
   * seeded registrations, which are idempotent (same seed → same token) and carry the clientID.
   */
  async rebind(): Promise<void> {
    const { clientID, applications } = await this.state.load();
    if (!clientID) return;
    for (const application of applications) {
      if (application.tokenSeed !== undefined) await this.client.registerApplication(clientID, application.tokenSeed);
    }
  }

  /** The stored clientID, registering first when there is none (8.1.1). */
  async ensureRegistered(): Promise<string> {
    const state = await this.state.load();
    if (state.clientID) return state.clientID;
    return this.register(state);
  }

  /** 9.3.1: what the AOI Client answers a Client Application; never throws. */
  async answerClientApplication(request: ClientAppRegistrationReq): Promise<ClientAppRegistrationRes> {
    const [req, res] = [F.clientAppRegistrationReq, F.clientAppRegistrationRes];
    const answer = (code: number, desc: string, members: object = {}) =>
      assembled<ClientAppRegistrationRes>(
        { messageType: 'clientAppRegistrationRes', [res.code]: code, [res.desc]: desc, ...members },
        P.clientAppRegistrationRes,
      );
    const applicationName = readText(request, req, 'applicationName') ?? '';
    if (applicationName.length === 0) return answer(400, 'Bad Request: applicationName is empty');
    try {
      const { clientAppToken, aoiServerUrl } = await this.registerApplication(
        applicationName,
        readText(request, req, 'tokenSeed'),
      );
      return answer(200, 'OK', {
        [res.clientAppToken]: clientAppToken,
        ...optionalMember(res, 'aoiServerUrl', aoiServerUrl),
      });
    } catch (error) {
      const code = error instanceof AoiRequestError && error.status >= 400 && error.status <= 599 ? error.status : 503;
      return answer(code, code === 503 ? 'Service Unavailable' : (error as AoiRequestError).desc);
    }
  }

  async registerApplication(
    applicationName: string,
    tokenSeed?: string,
  ): Promise<{ clientAppToken: string; aoiServerUrl?: string }> {
    const registered = await this.withClientId((clientID) => this.client.registerApplication(clientID, tokenSeed));
    const state = await this.state.load();
    state.applications = state.applications.filter((a) => a.applicationName !== applicationName);
    state.applications.push({
      applicationName,
      clientAppToken: registered.clientAppToken,
      ...(tokenSeed !== undefined && { tokenSeed }),
    });
    await this.state.save(state);
    return registered;
  }

  async deregisterApplication(applicationName: string): Promise<void> {
    const state = await this.state.load();
    const application = state.applications.find((a) => a.applicationName === applicationName);
    if (!application || !state.clientID)
      throw new AoiRequestError(400, `no application named ${applicationName}`, 'rejected');
    await this.client.deregisterApplication(state.clientID, application.clientAppToken);
    state.applications = state.applications.filter((a) => a !== application);
    await this.state.save(state);
  }

  async deregister(): Promise<void> {
    const state = await this.state.load();
    if (state.clientID) await this.client.deregisterClient(state.clientID);
    await this.state.save({ applications: [] });
  }

  async tokenOf(applicationName: string): Promise<string | undefined> {
    return (await this.state.load()).applications.find((a) => a.applicationName === applicationName)?.clientAppToken;
  }

  private async register(state: DeviceState): Promise<string> {
    const clientID = await this.client.registerClient(this.deviceNumber);
    // A new clientID starts without applications: the old mappings belonged to the old one.
    await this.state.save({ clientID, applications: state.clientID === undefined ? state.applications : [] });
    return clientID;
  }

  /** Runs `work` with the clientID; on 401 registers anew (8.1.1) and tries once more. */
  private async withClientId<T>(work: (clientID: string) => Promise<T>): Promise<T> {
    const clientID = await this.ensureRegistered();
    try {
      return await work(clientID);
    } catch (error) {
      if (!(error instanceof AoiRequestError) || error.status !== 401) throw error;
      return work(await this.register(await this.state.load()));
    }
  }
}
