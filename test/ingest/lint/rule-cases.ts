/**
 * One case per lint rule: a small spec, in the seed CRs' style, on which the rule fires at a known
 * place, and the same spec corrected (or otherwise just short of the rule) on which it must not.
 */
import type { RuleId } from '../../../ingest/rules.ts';
import {
  clientAppRegistration,
  cr,
  jsonRpcSection,
  REGISTRATION_REQUEST_PARAMS,
  REGISTRATION_RESPONSE_PARAMS,
  type SpecFixture,
} from '../fixtures.ts';

export interface RuleCase {
  fires: SpecFixture;
  /** The finding's place: the first character of the `occurrence`-th `needle` in `file` (a CR, or extensions/<name>). */
  at: { needle: string; occurrence?: number; file?: string };
  quiet: SpecFixture;
}

export const CR_FILE = '100_case.txt';
const one = (text: string): SpecFixture => ({ crs: { [CR_FILE]: text } });

const REQUEST_SCHEMA = `{
"title": "AOI Client Registration request",
"type": "object",
"properties": {
"messageType": {
"type": "string",
"enum": ["aoiClientRegistrationReq"]
},
"deviceNumber": {
"type": "string"
}
},
"required": ["messageType", "deviceNumber"]
}`;

const REQUEST_EXAMPLE = `{
"messageType": "aoiClientRegistrationReq",
"deviceNumber": "5465465416846865465"
}`;

/** CR 002 10.1.1: the request as a messageType schema and an example of it. */
function registration(edit: { schema?: [string, string]; example?: [string, string] } = {}): string {
  const schema = edit.schema ? replaceOnce(REQUEST_SCHEMA, ...edit.schema) : REQUEST_SCHEMA;
  const example = edit.example ? replaceOnce(REQUEST_EXAMPLE, ...edit.example) : REQUEST_EXAMPLE;
  return cr(
    'This CR introduces the AOI Client Registration over WebSockets.',
    '10.1.1 AOI Client Registration',
    'Whenever an AOI Client wants to perform the AOI Client Registration it firstly establishes a websocket with the AOI Server and then issues an AOI Client Registration request, encoded according to the following JSON schema: ',
    schema,
    'Example:',
    example,
  );
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture edit: no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** CR 002 10.1.1: success and error responses as messageType schemas; `errorCode` is the error's code schema. */
function registrationResponses(errorCode: string): string {
  const response = (kind: string, code: string) => `{
"title": "AOI Client Registration ${kind} response",
"type": "object",
"properties": {
"messageType": { "type": "string", "enum": ["aoiClientRegistrationRes"] },
"code": ${code},
"desc": { "type": "string" }
},
"required": ["messageType", "code", "desc"]
}`;
  return cr(
    'This CR introduces the AOI Client Registration responses.',
    '10.1.1 AOI Client Registration',
    'Upon successful registration the AOI Server returns an AOI Client Registration success response encoded according to the following JSON schema:',
    response('success', '{ "type": "integer", "enum": [200] }'),
    'Upon unsuccessful registration the AOI Server returns an AOI Client Registration error response encoded according to the following JSON schema:',
    response('error', errorCode),
  );
}

const jsonRpcCr = (request = REGISTRATION_REQUEST_PARAMS, response = REGISTRATION_RESPONSE_PARAMS) =>
  cr(
    'This CR is proposed to add the Client Application Registration into section 10.',
    ...clientAppRegistration(request, response),
  );

const DECISION_SUCCESS_200 = `decisions:
  - id: D1
    title: Success is 200
    rationale: r
    resolves: []
    actions:
      - patch: { message: aoi1/clientAppRegistrationRes, variant: success, property: code, schema: { const: 200 } }
`;

const extension = (name: string) => `id: test
status: provisional
rationale: A message no CR defines yet.
messages:
  - interface: aoi1
    name: ${name}
    envelope: messageType
    kind: request
    direction: clientToServer
    title: A provisional message
    variants:
      - role: request
        properties:
          messageType:
            schema: { type: string, const: ${name} }
            required: true
            description: The message type.
`;

const procedure = (...prose: string[]) =>
  cr('This contribution describes procedures of the AOI Client.', '8.1.1 AOI Client Registration', ...prose);

/** CR 000-style 10.1.6 on top of CR 000's 10.1.5: its result is stated as the same parameters as the response `title` names. */
/** On top of CR 000's 10.1.5, a JSON-RPC status query added as section `section` ("Change 1:  Add Following Section"). */
const statusQueryAddedAs = (section: string): SpecFixture => ({
  crs: {
    '099_base.txt': jsonRpcCr(),
    [CR_FILE]: cr(
      'This CR adds the Client Application Status Query.',
      'Change 1:  Add Following Section',
      ...jsonRpcSection({
        section,
        title: 'Client Application Status Query',
        method: 'clientAppStatusReq',
        request: ['· “clientID”: mandatory, string'],
        response: ['· “code”: mandatory, integer', '· “message”: mandatory, string'],
      }),
    ),
  },
});

const deregistration = (title: string): SpecFixture => ({
  crs: {
    '099_base.txt': jsonRpcCr(),
    [CR_FILE]: cr(
      'This CR adds the Client Application Deregistration.',
      '10.1.6 Client Application Deregistration',
      'Then it issues an Client Application Deregistration request, encoded as a JSON-RPC 2.0 [JSON-RPC] request object, with:',
      '· “method” member set to “clientAppDeregistrationReq”',
      '·  “params” member including the following parameter:',
      '·  “clientID” : mandatory, string',
      'Then the AOI Server returns a response encoded as a JSON-RPC 2.0 [JSON-RPC] response object.',
      `The result contains the same “code” and “message” parameters as the ${title} response.`,
    ),
  },
});

/** The registration request section of CR 002 under another section number. */
const renumbered = (heading: string) => registration().replace('10.1.1 AOI Client Registration', heading);

/** Cases the reader once missed (found in review), kept as regression tests: the rule fires at `at`. */
export const FIXED_READER_BUGS: { rule: RuleId; bug: string; fires: SpecFixture; at: RuleCase['at'] }[] = [
  {
    rule: 'example-value-mismatch',
    bug: 'extract.ts exampleTarget() returned no message when the example\'s "messageType" names none the section defines, so an example contradicting the schema right above it became an inferred message "aoiClientRegisterReq" (inferred-schema) instead of an example-value-mismatch',
    fires: one(registration({ example: ['"aoiClientRegistrationReq"', '"aoiClientRegisterReq"'] })),
    at: { needle: '"aoiClientRegisterReq"' },
  },
  {
    rule: 'example-value-mismatch',
    bug: 'examples.ts contradictions() reported only type, enum, const, required and additionalProperties errors: an example breaking a pattern or a maximum was written as a golden case with verdict valid, which `omaspec validate` and the generated validator then rejected',
    fires: one(
      registration({
        schema: [
          '"deviceNumber": {\n"type": "string"\n}',
          '"deviceNumber": {\n"type": "string",\n"pattern": "^[0-9]{8}$"\n}',
        ],
      }),
    ),
    at: { needle: '"5465465416846865465"' },
  },
  {
    rule: 'unread-prose',
    bug: 'extract.ts readListItem()/unreadItem(): a bullet of the request parameter list that names a parameter of that list but is no parameter was neither used nor reported, because the request message is only added when the list is flushed (messages is still empty)',
    fires: one(
      jsonRpcCr([...REGISTRATION_REQUEST_PARAMS, '· The “tokenSeed” is generated by the Client Application.']),
    ),
    at: { needle: 'The “tokenSeed” is generated' },
  },
  {
    rule: 'unresolved-reference',
    bug: 'extract.ts readListItem(): a reference written as a bullet of the result list ("· the same “code” and “message” parameters as the … response") was only looked for in member bullets; as a plain bullet it was neither read nor reported',
    fires: one(
      jsonRpcCr(REGISTRATION_REQUEST_PARAMS, [
        '· the same “code” and “message” parameters as the AOI Client Deregistration response',
      ]),
    ),
    at: { needle: 'the same “code”' },
  },
];

export const RULE_CASES: Record<RuleId, RuleCase> = {
  'json-smart-quotes': {
    fires: one(
      registration({ example: ['"deviceNumber": "5465465416846865465"', '“deviceNumber”: “5465465416846865465”'] }),
    ),
    at: { needle: '“deviceNumber”' },
    quiet: one(registration()),
  },
  'json-mismatched-quotes': {
    fires: one(registration({ example: ['"5465465416846865465"', '“5465465416846865465“'] })),
    at: { needle: '“5465465416846865465“' },
    quiet: one(registration({ example: ['"5465465416846865465"', '“5465465416846865465”'] })),
  },
  'json-unquoted-key': {
    fires: one(registration({ example: ['"deviceNumber":', 'deviceNumber:'] })),
    at: { needle: 'deviceNumber:' },
    quiet: one(registration()),
  },
  'json-trailing-comma': {
    fires: one(registration({ example: ['"5465465416846865465"\n', '"5465465416846865465",\n'] })),
    at: { needle: ',\n}' },
    quiet: one(registration()),
  },
  'json-missing-comma': {
    fires: one(registration({ example: ['"aoiClientRegistrationReq",', '"aoiClientRegistrationReq"'] })),
    at: { needle: '"deviceNumber": "5465' },
    quiet: one(registration()),
  },
  'json-stray-semicolon': {
    fires: one(registration({ example: ['"aoiClientRegistrationReq",', '"aoiClientRegistrationReq";'] })),
    at: { needle: ';\n"deviceNumber"' },
    quiet: one(registration()),
  },
  'json-placeholder': {
    fires: one(registration({ example: ['"5465465416846865465"', 'msisdn'] })),
    at: { needle: 'msisdn' },
    quiet: one(registration({ example: ['"5465465416846865465"', '"msisdn"'] })),
  },
  'json-string-linebreak': {
    fires: one(registration({ example: ['"5465465416846865465"', '"54654654\n16846865465"'] })),
    at: { needle: '\n16846865465"' },
    quiet: one(registration()),
  },
  'json-unrepairable': {
    fires: one(registration({ example: ['"5465465416846865465"', '@5465465416846865465'] })),
    at: { needle: '@5465' },
    quiet: one(registration({ example: ['"5465465416846865465"', '5465465416846865465'] })),
  },
  'schema-legacy-keyword': {
    fires: one(
      registration({
        schema: [
          '"deviceNumber": {\n"type": "string"\n}',
          '"deviceNumber": {\n"type": "string"\n},\n"retries": {\n"type": "integer",\n"minimum": 0,\n"exclusiveMinimum": true\n}',
        ],
      }),
    ),
    at: { needle: '"exclusiveMinimum": true' },
    quiet: one(
      registration({
        schema: [
          '"deviceNumber": {\n"type": "string"\n}',
          '"deviceNumber": {\n"type": "string"\n},\n"retries": {\n"type": "integer",\n"exclusiveMinimum": 0\n}',
        ],
      }),
    ),
  },
  'schema-draft03-required': {
    fires: one(
      registration({
        schema: ['"deviceNumber": {\n"type": "string"\n}', '"deviceNumber": {\n"type": "string",\n"required": true\n}'],
      }),
    ),
    at: { needle: '"required": true' },
    quiet: one(registration()),
  },
  'schema-keyword-case': {
    fires: one(registration({ schema: ['"type": "object"', '"Type": "object"'] })),
    at: { needle: '"Type"' },
    quiet: one(registration()),
  },
  'schema-unresolved-ref': {
    fires: one(
      registration({ schema: ['"deviceNumber": {\n"type": "string"\n}', '"deviceNumber": {\n"$ref": "tbd"\n}'] }),
    ),
    at: { needle: '"tbd"' },
    quiet: one(registration()),
  },
  'schema-invalid-keyword': {
    fires: one(
      registration({ schema: ['"deviceNumber": {\n"type": "string"\n}', '"deviceNumber": {\n"type": "strng"\n}'] }),
    ),
    at: { needle: '"type": "strng"' },
    quiet: one(
      registration({
        schema: [
          '"deviceNumber": {\n"type": "string"\n}',
          '"deviceNumber": {\n"type": "string",\n"pattern": "^[0-9]+$"\n}',
        ],
      }),
    ),
  },
  'string-whitespace': {
    fires: one(registration({ schema: ['["aoiClientRegistrationReq"]', '[" aoiClientRegistrationReq"]'] })),
    at: { needle: '" aoiClientRegistrationReq"' },
    quiet: one(registration()),
  },
  'example-missing-mandatory': {
    fires: one(registration({ example: [',\n"deviceNumber": "5465465416846865465"', ''] })),
    at: { needle: '{\n"messageType"', occurrence: 2 },
    quiet: one(
      registration({
        schema: ['"required": ["messageType", "deviceNumber"]', '"required": ["messageType"]'],
        example: [',\n"deviceNumber": "5465465416846865465"', ''],
      }),
    ),
  },
  'example-unlisted-parameter': {
    fires: one(
      registration({ example: ['"5465465416846865465"', '"5465465416846865465",\n"imei": "356938035643809"'] }),
    ),
    at: { needle: '"imei"' },
    quiet: one(registration()),
  },
  'example-type-mismatch': {
    fires: one(registration({ example: ['"5465465416846865465"', '5465'] })),
    at: { needle: '5465\n}' },
    quiet: one(registration()),
  },
  'example-name-case': {
    fires: one(registration({ example: ['"deviceNumber"', '"DeviceNumber"'] })),
    at: { needle: '"DeviceNumber"' },
    quiet: one(registration()),
  },
  'example-value-mismatch': {
    fires: one(
      registration({
        schema: [
          '"deviceNumber": {\n"type": "string"\n}',
          '"deviceNumber": {\n"type": "string"\n},\n"deviceType": {\n"type": "string",\n"enum": ["phone", "tablet"]\n}',
        ],
        example: ['"5465465416846865465"', '"5465465416846865465",\n"deviceType": "watch"'],
      }),
    ),
    at: { needle: '"watch"' },
    quiet: one(
      registration({
        schema: [
          '"deviceNumber": {\n"type": "string"\n}',
          '"deviceNumber": {\n"type": "string"\n},\n"deviceType": {\n"type": "string",\n"enum": ["phone", "tablet"]\n}',
        ],
        example: ['"5465465416846865465"', '"5465465416846865465",\n"deviceType": "tablet"'],
      }),
    ),
  },
  'naming-inconsistent-case': {
    fires: one(
      registration({ schema: ['"deviceNumber": {', '"ClientLabel": { "type": "string" },\n"deviceNumber": {'] }),
    ),
    at: { needle: '"ClientLabel"' },
    quiet: one(
      registration({ schema: ['"deviceNumber": {', '"clientLabel": { "type": "string" },\n"deviceNumber": {'] }),
    ),
  },
  'empty-section': {
    fires: one(
      `${registration()}10.1.3 Notification Channel Activation\n\n10.1.4 Notification Channel Deactivation\nThe AOI Client closes the channel.\n`,
    ),
    at: { needle: '10.1.3' },
    quiet: {
      crs: {
        [CR_FILE]: `${registration()}10.1.3 Notification Channel Activation\n\n10.1.4 Notification Channel Deactivation\nThe AOI Client closes the channel.\n`,
        '101_fills.txt': cr(
          'This CR fills the Notification Channel Activation.',
          '10.1.3 Notification Channel Activation',
          'The AOI Client issues a Notification Channel Activation request.',
        ),
      },
    },
  },
  'figure-missing': {
    fires: one(procedure('The AOI Client registers as the figure shows.', ' Figure 1 - AOI Client Registration')),
    at: { needle: 'Figure 1' },
    quiet: one(procedure('The AOI Client registers as Figure 1 - AOI Client Registration shows.')),
  },
  typo: {
    fires: one(
      procedure(...registrationProse('The registration of a second AOI Client needs a new Regsitration request.')),
    ),
    at: { needle: 'Regsitration' },
    quiet: one(
      procedure(...registrationProse('The registration of a second AOI Client needs a new registration request.')),
    ),
  },
  terminology: {
    fires: one(
      procedure(
        'The Client Application registers.',
        'A Client Application may register twice.',
        'Each Client Application gets a token.',
        'The Application Client stores it.',
      ),
    ),
    at: { needle: 'Application Client' },
    quiet: one(
      procedure(
        'The Client Application registers.',
        'A Client Application may register twice.',
        'The Application Client stores it.',
      ),
    ),
  },
  'encoding-damage': {
    fires: one(procedure('The AOI Client SHALL store the AOI Client ID.\uFFFD')),
    at: { needle: '\uFFFD' },
    quiet: one(procedure('The AOI Client SHALL store the AOI Client ID.')),
  },
  'ambiguous-responses': {
    fires: one(registrationResponses('{ "type": "integer" }')),
    at: { needle: '{\n"title": "AOI Client Registration error response"' },
    quiet: one(registrationResponses('{ "type": "integer", "enum": [400, 503] }')),
  },
  'mixed-envelopes': {
    fires: { crs: { '100_messagetype.txt': registration(), [CR_FILE]: jsonRpcCr() } },
    at: { needle: 'clientAppRegistrationReq”' },
    quiet: one(jsonRpcCr()),
  },
  'impossible-mandatory': {
    fires: one(
      jsonRpcCr(REGISTRATION_REQUEST_PARAMS, [
        '· “code”: mandatory, integer',
        '· “message”: mandatory, string',
        '· “clientAppToken”: mandatory, string',
      ]),
    ),
    at: { needle: '“clientAppToken”: mandatory' },
    quiet: one(jsonRpcCr()),
  },
  'duplicate-parameter': {
    fires: one(
      jsonRpcCr([
        '·  “clientID” : mandatory, string',
        '· “tokenSeed” : optional, string',
        '· “clientID” : optional, string',
      ]),
    ),
    at: { needle: '“clientID” : optional' },
    quiet: one(jsonRpcCr()),
  },
  'type-conflict': {
    // The example settles "code" as an integer, so the string declaration is the defect.
    fires: {
      crs: {
        '100_messagetype.txt': registrationResponses('{ "type": "string" }'),
        [CR_FILE]: cr(
          'This CR is proposed to add the Client Application Registration into section 10.',
          ...clientAppRegistration(
            REGISTRATION_REQUEST_PARAMS,
            ['· “code”: mandatory, integer', '· “message”: mandatory, string'],
            { responseExample: '{ "jsonrpc": "2.0", "id": "1", "result": { "code": 200, "message": "OK" } }' },
          ),
        ),
      },
    },
    at: { needle: '"code": { "type": "string" }', file: '100_messagetype.txt' },
    quiet: {
      crs: {
        '100_messagetype.txt': registrationResponses('{ "type": "integer", "enum": [400] }'),
        [CR_FILE]: jsonRpcCr(REGISTRATION_REQUEST_PARAMS, [
          '· “code”: mandatory, integer',
          '· “message”: mandatory, string',
        ]),
      },
    },
  },
  'type-reuse': {
    // "desc" is a string in the messageType responses and an integer in the JSON-RPC request; no example has it.
    fires: {
      crs: {
        '100_messagetype.txt': registrationResponses('{ "type": "integer", "enum": [400] }'),
        [CR_FILE]: jsonRpcCr([...REGISTRATION_REQUEST_PARAMS, '· “desc”: optional, integer']),
      },
    },
    at: { needle: '“desc”: optional, integer' },
    quiet: {
      crs: {
        '100_messagetype.txt': registrationResponses('{ "type": "integer", "enum": [400] }'),
        [CR_FILE]: jsonRpcCr([...REGISTRATION_REQUEST_PARAMS, '· “desc”: optional, string']),
      },
    },
  },
  'decision-over-change': {
    // D1 makes the success code 200; the later CR lets it also be 201: the decision holds, reported at the sentence.
    fires: {
      crs: {
        [CR_FILE]: jsonRpcCr(),
        '101_amend.txt': cr(
          'This CR lets the Client Application Registration succeed with 201.',
          'Change 1: Change Following Section',
          '10.1.5 Client Application Registration',
          'The “code” element of the success response may also take the value 201.',
        ),
      },
      decisions: DECISION_SUCCESS_200,
    },
    at: { needle: 'The “code” element of the success response may also', file: '101_amend.txt' },
    quiet: { crs: { [CR_FILE]: jsonRpcCr() }, decisions: DECISION_SUCCESS_200 },
  },
  'extension-superseded': {
    fires: { crs: { [CR_FILE]: registration() }, extensions: { 'ext.yaml': extension('aoiClientRegistrationReq') } },
    at: { needle: 'interface: aoi1', file: 'extensions/ext.yaml' },
    quiet: {
      crs: { [CR_FILE]: registration() },
      extensions: { 'ext.yaml': extension('notificationChannelActivationReq') },
    },
  },
  'unapplied-change': {
    fires: {
      crs: {
        '099_base.txt': jsonRpcCr(),
        [CR_FILE]: cr(
          'This CR makes the App ID optional.',
          'Change 1:  Change Following Section',
          '10.1.5 Client Application Registration',
          'The “appID” parameter becomes optional.',
        ),
      },
    },
    at: { needle: 'The “appID” parameter' },
    quiet: {
      crs: {
        '099_base.txt': jsonRpcCr(),
        [CR_FILE]: cr(
          'This CR makes the Token Seed optional.',
          'Change 1:  Change Following Section',
          '10.1.5 Client Application Registration',
          'The “tokenSeed” parameter becomes optional.',
        ),
      },
    },
  },
  'unknown-type': {
    fires: one(jsonRpcCr(['·  “clientID” : mandatory, strnig', '· “tokenSeed” : optional, string'])),
    at: { needle: 'strnig' },
    quiet: one(jsonRpcCr()),
  },
  'schema-not-strict': {
    // "items" on a string: valid JSON Schema, but ajv's strict mode (the generated validators) refuses it.
    fires: one(
      registration({ schema: ['"type": "string"\n}', '"type": "string",\n"items": { "type": "string" }\n}'] }),
    ),
    at: { needle: '{\n"title": "AOI Client Registration request"' },
    quiet: one(registration()),
  },
  'unread-constraint': {
    fires: one(
      jsonRpcCr([
        '·  “clientID” : mandatory, string, must not exceed sixty-four characters',
        '· “tokenSeed” : optional, string',
      ]),
    ),
    at: { needle: 'must not exceed' },
    quiet: one(
      jsonRpcCr(['·  “clientID” : mandatory, string, up to 64 characters', '· “tokenSeed” : optional, string']),
    ),
  },
  'unmapped-section': {
    fires: one(renumbered('8.1.1 AOI Client Registration')),
    at: { needle: '8.1.1' },
    quiet: one(registration()),
  },
  'section-joined': {
    fires: one(renumbered('10.2 AOI Client Registration')),
    at: { needle: '10.2 AOI' },
    quiet: one(registration()),
  },
  'section-taken': {
    fires: statusQueryAddedAs('10.1.5'),
    at: { needle: '10.1.5' },
    quiet: statusQueryAddedAs('10.1.30'),
  },
  'inferred-schema': {
    fires: one(
      cr(
        'This CR introduces the AOI Client Registration over WebSockets.',
        '10.1.1 AOI Client Registration',
        'Example:',
        REQUEST_EXAMPLE,
      ),
    ),
    at: { needle: REQUEST_EXAMPLE },
    quiet: one(registration()),
  },
  'unread-prose': {
    fires: one(
      jsonRpcCr(REGISTRATION_REQUEST_PARAMS, [
        ...REGISTRATION_RESPONSE_PARAMS,
        '· The “clientID” of the request is not echoed.',
      ]),
    ),
    at: { needle: 'The “clientID” of the request' },
    quiet: one(jsonRpcCr()),
  },
  'unresolved-reference': {
    fires: deregistration('AOI Client Deregistration'),
    at: { needle: 'The result contains the same' },
    quiet: deregistration('Client Application Registration'),
  },
  'unread-line': {
    fires: one(
      cr(
        'This CR illustrates the Notification Channel Activation.',
        '10.1.3 Notification Channel Activation',
        'Example:',
        '{\n"clientID": "aoi123456789"\n}',
      ),
    ),
    at: { needle: '{\n"clientID"' },
    quiet: one(
      cr(
        'This CR illustrates the Notification Channel Activation.',
        '10.1.3 Notification Channel Activation',
        'The AOI Client activates a notification channel.',
      ),
    ),
  },
  'missing-response': {
    fires: one(jsonRpcCr(REGISTRATION_REQUEST_PARAMS, [])),
    at: { needle: 'clientAppRegistrationReq”' },
    quiet: one(jsonRpcCr()),
  },
  'compat-understated': {
    fires: { crs: { '099_base.txt': registration(), [CR_FILE]: withImei('none') }, published: 1 },
    at: { needle: '2 Impact on Backward Compatibility' },
    quiet: {
      crs: { '099_base.txt': registration(), [CR_FILE]: withImei('The new mandatory “imei” breaks old AOI Clients.') },
      published: 1,
    },
  },
  'unstated-presence': {
    fires: one(jsonRpcCr(['·  “clientID” : mandatory, string', '· “tokenSeed” : string'])),
    at: { needle: '“tokenSeed” : string' },
    quiet: one(jsonRpcCr()),
  },
};

/** CR 002 10.1.1 restated with a new mandatory "imei" member, its section 2 saying `impact`. */
function withImei(impact: string): string {
  const text = registration({
    schema: ['"required": ["messageType", "deviceNumber"]', '"required": ["messageType", "deviceNumber", "imei"]'],
    example: ['"deviceNumber": "5465465416846865465"', '"deviceNumber": "5465465416846865465",\n"imei": "35"'],
  });
  return replaceOnce(
    replaceOnce(
      text,
      '"deviceNumber": {\n"type": "string"\n}',
      '"deviceNumber": {\n"type": "string"\n},\n"imei": {\n"type": "string"\n}',
    ),
    'Compatibility\n\nnone\n',
    `Compatibility\n\n${impact}\n`,
  );
}

/** Prose using "registration" often enough for the typo rule to take it as the CRs' spelling. */
function registrationProse(last: string): string[] {
  return [
    'The registration informs the AOI Server.',
    'After registration the AOI Client stores its ID.',
    'A failed registration is retried.',
    'The registration result is kept.',
    'Every registration is logged.',
    last,
  ];
}
