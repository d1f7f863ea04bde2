/** AOI-1 request builders (CR 002 10.1.1/10.1.2, CR 000 10.1.5/10.1.6) for probes and tests. */
export const registration = (deviceNumber = '5465465416846865465') => ({
  messageType: 'aoiClientRegistrationReq',
  deviceNumber,
});

export const deregistration = (clientID: string) => ({ messageType: 'aoiClientDeregistrationReq', clientID });

export const appRegistration = (id: string | number, clientID: string, tokenSeed?: string) => ({
  jsonrpc: '2.0',
  id,
  method: 'clientAppRegistrationReq',
  params: tokenSeed === undefined ? { clientID } : { clientID, tokenSeed },
});

export const appDeregistration = (id: string | number, clientID: string, clientAppToken: string) => ({
  jsonrpc: '2.0',
  id,
  method: 'clientAppDeregistrationReq',
  params: { clientID, clientAppToken },
});
