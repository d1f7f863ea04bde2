/** Reads a fetch Response body as UTF-8 text, giving up as soon as it passes `maxBytes`. */
export async function readLimitedText(
  response: Response,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return { ok: false, message: `response declares ${declared} bytes, the limit is ${maxBytes}` };
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return { ok: false, message: `response exceeds the limit of ${maxBytes} bytes` };
    }
    chunks.push(value);
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}
