/**
 * PROVISIONAL STAND-IN for generated/dm/validators.ts.
 *
 * The generated validators (ajv standalone code from spec/schemas/dm/*.schema.json) are not on
 * main yet, so this module compiles schemas transcribed from the brief's contract with ajv at
 * load time. It exports the same two functions with the same result shape; when generated/
 * lands, this file becomes a re-export of generated/dm/validators.ts and is otherwise deleted.
 */
import { Ajv, type ErrorObject } from 'ajv';
import type { DmPackage1, DmPackage2, DmValidators, ValidationIssue, ValidationResult } from './types.ts';

const stringArray = { type: 'array', items: { type: 'string' } };

const package1Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    MOS: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['DDF', 'MOID', 'MIID'],
        properties: { DDF: { type: 'string' }, MOID: { type: 'string' }, MIID: stringArray },
      },
    },
    Alert: {
      type: 'object',
      additionalProperties: false,
      required: ['Items'],
      properties: {
        Items: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['AlertType', 'MIMEType', 'SourceURI', 'Mark', 'Data'],
            properties: {
              AlertType: { type: 'string' },
              MIMEType: { type: 'string' },
              SourceURI: { type: 'string' },
              Mark: { type: 'string' },
              Data: {},
            },
          },
        },
      },
    },
  },
};

const package2Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['Cmd'],
  properties: { Cmd: { type: 'array', items: stringArray } },
};

const ajv = new Ajv({ allErrors: true, strict: true });

function toIssue(error: ErrorObject): ValidationIssue {
  return { path: error.instancePath, rule: error.keyword, message: error.message ?? error.keyword };
}

function validatorFor<T>(schema: object): (x: unknown) => ValidationResult<T> {
  const check = ajv.compile<T>(schema);
  return (x) => (check(x) ? { ok: true, value: x } : { ok: false, issues: (check.errors ?? []).map(toIssue) });
}

export const validateDmPackage1 = validatorFor<DmPackage1>(package1Schema);
export const validateDmPackage2 = validatorFor<DmPackage2>(package2Schema);
export const dmValidators: DmValidators = { validateDmPackage1, validateDmPackage2 };
