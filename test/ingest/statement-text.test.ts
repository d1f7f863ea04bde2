import { describe, expect, it } from 'vitest';
import { directionOf, messageTypeIn, referencesIn } from '../../ingest/statement-text.ts';

const loc = { file: '100_a.txt', line: 21, col: 1 };

describe('referencesIn', () => {
  it('reads a reference in a sentence about the response as the response, after a request list', () => {
    const [ref] = referencesIn(
      'The AOI Server replies with a Client Application Token Refresh response carrying “code”, “message” and “clientAppToken” as for 10.1.5.',
      loc,
      'request',
    );
    expect(ref).toMatchObject({ names: ['code', 'message', 'clientAppToken'], section: '10.1.5', side: 'response' });
  });

  it('keeps the request side for a sentence that names the request', () => {
    const [ref] = referencesIn(
      '“params” member including the same “clientID” and “clientAppToken” parameters as the Client Application Deregistration request.',
      loc,
      'request',
    );
    expect(ref).toMatchObject({ names: ['clientID', 'clientAppToken'], side: 'request', fromSide: 'request' });
  });
});

describe('messageTypeIn', () => {
  it.each([
    [
      'the AOI Client may send an AOI Client Keep-Alive request with “messageType” set to ‘aoiClientKeepAliveReq’',
      'aoiClientKeepAliveReq',
      'request',
    ],
    [
      'The AOI Server returns an AOI Client Keep-Alive response, “messageType” set to ‘aoiClientKeepAliveRes’, with …',
      'aoiClientKeepAliveRes',
      'response',
    ],
    ['The server answers with a Ping response whose "messageType" is set to "pong"', 'pong', 'response'],
  ])('reads %s', (text, name, kind) => {
    expect(messageTypeIn(text)).toEqual({ name, kind });
  });

  it('finds nothing in a sentence without a messageType value', () => {
    expect(messageTypeIn('The “messageType” element identifies the message.')).toBeUndefined();
  });
});

describe('directionOf', () => {
  const dm = {
    id: 'dm',
    title: 'DM',
    transport: 'http',
    client: 'DM Client',
    server: 'DM Server',
    sections: [],
  } as never;
  it.each([
    [
      'The Server Notice is sent by the DM Server with the MIME type "application/vnd.oma.dm.notice+json".',
      'serverToClient',
    ],
    ['The DM Server sends the Server Notice.', 'serverToClient'],
    ['The notice is pushed to the DM Client.', 'serverToClient'],
    [
      'The Device Status is sent by the DM Client with the MIME type "application/vnd.oma.dm.status+json".',
      'clientToServer',
    ],
    ['The elements of the Device Status are:', 'clientToServer'],
  ])('reads "%s" as %s', (intent, direction) => {
    expect(directionOf('request', intent, dm)).toBe(direction);
  });
});
