/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 */
export * from './common/jsonrpc.js';
export * from './common/validation.js';
export * from './common/dispatch.js';
export * from './common/requests.js';
export * from './aoi1/types.js';
export * from './aoi1/validators.js';
export * from './aoi1/handlers.js';
export * from './aoi1/dispatcher.js';
export * from './clientApp/types.js';
export * from './clientApp/validators.js';
export * from './clientApp/handlers.js';
export * from './clientApp/dispatcher.js';
export * from './dm/types.js';
export * from './dm/validators.js';
export * from './dm/handlers.js';
export * from './notify/types.js';
export * from './notify/validators.js';
export * from './notify/handlers.js';
export * from './registry.js';
