/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 */
export * from './common/jsonrpc.ts';
export * from './common/validation.ts';
export * from './common/dispatch.ts';
export * from './common/requests.ts';
export * from './aoi1/types.ts';
export * from './aoi1/validators.ts';
export * from './aoi1/handlers.ts';
export * from './aoi1/dispatcher.ts';
export * from './clientApp/types.ts';
export * from './clientApp/validators.ts';
export * from './clientApp/handlers.ts';
export * from './clientApp/dispatcher.ts';
export * from './dm/types.ts';
export * from './dm/validators.ts';
export * from './dm/handlers.ts';
export * from './notify/types.ts';
export * from './notify/validators.ts';
export * from './notify/handlers.ts';
export * from './registry.ts';
