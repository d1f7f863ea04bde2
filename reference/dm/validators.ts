/** The generated Package#1/#2/#3 validators (ahead-of-time compiled), as the binding's default dependency. */
import { validateDmPackage1, validateDmPackage2, validateDmPackage3 } from '../../generated/dm/validators.ts';
import type { DmValidators } from './types.ts';

export const dmValidators: DmValidators = { validateDmPackage1, validateDmPackage2, validateDmPackage3 };
