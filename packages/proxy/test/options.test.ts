// createProxy refuses bad options at once, naming the option, instead of misbehaving later.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProxy, type ProxyOptions } from '@enterprise-center/proxy';

const valid: ProxyOptions = { upstream: 'https://ec.example.test', authorize: () => null };

describe('createProxy options', () => {
  it('accepts the minimal options and every documented one', () => {
    assert.equal(typeof createProxy(valid), 'function');
    const full = createProxy({
      ...valid,
      upstream: 'http://127.0.0.1:4010/gateway/',
      basePath: '/portal/ec/',
      allowedOrigins: ['https://partner.example', 'http://localhost:3000'],
      fetch: globalThis.fetch,
      timeout: 1,
      maxBodyBytes: 0,
      onAudit: () => {},
    });
    assert.equal(typeof full, 'function');
  });

  const invalid: Record<string, [Partial<ProxyOptions> | undefined, RegExp]> = {
    'no options': [undefined, /options are required/],
    'no upstream': [{ upstream: undefined }, /upstream must be an absolute http\(s\) URL/],
    'a relative upstream': [{ upstream: '/api' }, /upstream/],
    'an upstream of another scheme': [{ upstream: 'ftp://ec.example.test' }, /upstream/],
    'an upstream with a query': [{ upstream: 'https://ec.example.test/?a=1' }, /upstream/],
    'an upstream with credentials': [{ upstream: 'https://user:pw@ec.example.test' }, /upstream/],
    'no authorize': [{ authorize: undefined }, /authorize must be a function/],
    'a relative base path': [{ basePath: 'api/ec' }, /basePath must be a path like/],
    'a base path with a dot segment': [{ basePath: '/api/../ec' }, /basePath/],
    'a base path with an empty segment': [{ basePath: '/api//ec' }, /basePath/],
    'a base path with a query': [{ basePath: '/api?x' }, /basePath/],
    'allowedOrigins as a string': [
      { allowedOrigins: 'https://a.example' as never },
      /allowedOrigins must be an array/,
    ],
    'an allowed origin with a path': [
      { allowedOrigins: ['https://a.example/'] },
      /"https:\/\/a\.example\/" is not an origin/,
    ],
    'an allowed origin "*"': [{ allowedOrigins: ['*'] }, /"\*" is not an origin/],
    'the allowed origin "null"': [{ allowedOrigins: ['null'] }, /"null" is not an origin/],
    'a fetch that is not a function': [{ fetch: 'fetch' as never }, /fetch must be a function/],
    'a zero timeout': [{ timeout: 0 }, /timeout must be a number of milliseconds/],
    'a timeout beyond a timer': [{ timeout: 2 ** 31 }, /timeout/],
    'a timeout that is not a number': [{ timeout: '15000' as never }, /timeout/],
    'a negative body limit': [{ maxBodyBytes: -1 }, /maxBodyBytes must be a whole number/],
    'a fractional body limit': [{ maxBodyBytes: 1.5 }, /maxBodyBytes/],
    'an onAudit that is not a function': [
      { onAudit: console as never },
      /onAudit must be a function/,
    ],
  };
  for (const [name, [override, message]] of Object.entries(invalid))
    it(`throws a TypeError for ${name}`, () => {
      const options = override === undefined ? undefined : { ...valid, ...override };
      assert.throws(
        () => createProxy(options as ProxyOptions),
        (error: unknown) =>
          error instanceof TypeError &&
          /^createProxy: /.test(error.message) &&
          message.test(error.message),
      );
    });
});
