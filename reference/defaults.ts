/**
 * Where the reference server listens and keeps its data unless told otherwise. A module of its own so that the
 * clients' CLIs (`client`, `dm-client`) can name the server's address without loading the server.
 */
/** Where the AOI module serves AOI-1 over WebSocket. */
export const AOI_PATH = '/aoi';
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 7800;
export const DEFAULT_DATA_DIR = './data';
