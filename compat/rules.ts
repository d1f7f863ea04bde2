/**
 * The compatibility rules: one stable id per kind of change, in the manner of buf's breaking rules and oasdiff's
 * checks. Each finding is judged for both mixed deployments: an old sender talking to a new receiver, and a new
 * sender talking to an old receiver.
 */

export const COMPAT_RULES = {
  'message-added': 'a message the previous spec did not have',
  'message-removed': 'a message of the previous spec is gone',
  'envelope-changed': 'the message travels in another envelope (messageType, JSON-RPC, HTTP)',
  'method-changed': 'the JSON-RPC method or messageType value of the message changed',
  'variant-added': 'a response variant (success, error) was added',
  'variant-removed': 'a response variant (success, error) was removed',
  'property-added-optional': 'a new optional property',
  'property-added-required': 'a new mandatory property',
  'property-removed': 'a property of the previous spec is gone',
  'property-renamed-likely':
    'a property removed and one added with the same type at the same position: likely a rename',
  'property-now-required': 'an optional property became mandatory',
  'property-now-optional': 'a mandatory property became optional',
  'type-narrowed': 'the property accepts fewer JSON types',
  'type-widened': 'the property accepts more JSON types',
  'type-changed': 'the property accepts other JSON types',
  'reference-changed': 'the property refers to another shared definition',
  'values-removed': 'enum or const values were removed, or a value restriction introduced',
  'values-added': 'enum values were added, or a value restriction lifted',
  'constraint-tightened': 'a length, range, item count, pattern or format restricts more',
  'constraint-relaxed': 'a length, range, item count, pattern or format restricts less',
  'object-closed': 'an object that accepted unlisted members now rejects them (additionalProperties: false)',
  'object-opened': 'an object that rejected unlisted members now accepts them',
  'schema-changed': 'a combination of schemas (oneOf, anyOf, allOf, not) changed; judged as breaking both ways',
} as const;

export type CompatRuleId = keyof typeof COMPAT_RULES;

export type CompatLevel = 'breaking' | 'warning' | 'info';
