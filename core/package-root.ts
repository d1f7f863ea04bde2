import { fileURLToPath } from 'node:url';

/**
 * The omaspec checkout or installed package, with a trailing separator. Files that are not compiled (package.json,
 * handlebars templates, the runtime sources the generator copies, spec/) are read from here, so that they resolve
 * the same from the sources (core/*.ts) and from the precompiled build one level deeper (dist/core/*.js).
 */
export const PACKAGE_ROOT = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../' : '../../', import.meta.url));
