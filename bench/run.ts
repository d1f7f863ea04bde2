import { benchValidators } from './validators.ts';

// `npm run bench`: each benchmark returns its report; keep the whole run to a few seconds.
console.log(await benchValidators());
