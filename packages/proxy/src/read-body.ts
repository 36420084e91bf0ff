/**
 * The request's body as text, or `undefined` when it is larger than `limit` bytes: refused by
 * its `Content-Length` before reading, and counted while reading, so a streamed body without
 * a length (or with a false one) is cut off as soon as it passes the limit.
 */
export const readBody = async (request: Request, limit: number): Promise<string | undefined> => {
  if (Number(request.headers.get('content-length')) > limit) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
};
