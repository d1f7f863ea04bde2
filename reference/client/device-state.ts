import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What an AOI Client keeps (8.1.1: its clientID; 8.1.5: token ↔ Client Application mapping). */
export interface DeviceState {
  clientID?: string;
  applications: { applicationName: string; clientAppToken: string; tokenSeed?: string }[];
}

export interface DeviceStateStore {
  load(): Promise<DeviceState>;
  save(state: DeviceState): Promise<void>;
}

export class MemoryDeviceState implements DeviceStateStore {
  private state: DeviceState = { applications: [] };
  async load(): Promise<DeviceState> {
    return structuredClone(this.state);
  }
  async save(state: DeviceState): Promise<void> {
    this.state = structuredClone(state);
  }
}

/** JSON file, replaced atomically (write to a temporary file, then rename). */
export class JsonFileDeviceState implements DeviceStateStore {
  constructor(private readonly path: string) {}

  async load(): Promise<DeviceState> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as DeviceState;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { applications: [] };
      throw error;
    }
  }

  async save(state: DeviceState): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.tmp`;
    await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
    await rename(temporary, this.path);
  }
}
