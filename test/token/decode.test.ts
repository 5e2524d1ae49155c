import {expect} from '@open-wc/testing';
import {SignJWT, UnsecuredJWT, base64url, generateKeyPair, type JWTPayload} from 'jose';
import {
  MAX_TIMER_DELAY,
  decodeToken,
  nextRefreshDelay,
  tokenTiming,
} from '../../src/token/decode.js';

const NOW = Date.UTC(2026, 10, 18, 14, 30, 0);
const s = (ms: number) => Math.floor(ms / 1000);

const SUB = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

async function signed(claims: Record<string, unknown>, header: Record<string, unknown> = {}) {
  const {privateKey} = await generateKeyPair('EdDSA', {crv: 'Ed25519'});
  return new SignJWT(claims)
    .setProtectedHeader({alg: 'EdDSA', kid: 'key-1', typ: 'JWT', ...header})
    .sign(privateKey);
}

describe('token/decode', () => {
  it('reads header, times, group scope, restrictions and issuer of a signed token', async () => {
    const token = await signed({
      aud: 'splay',
      iss: 'https://token.nanostream.cloud',
      sub: 'AB12c',
      iat: s(NOW),
      nbf: s(NOW) + 60,
      exp: s(NOW) + 3 * 3600,
      groupid: 'group-1',
      streams: ['AB12c-aaaaa', 'AB12c-bbbbb'],
      domain: 'example.com',
      ip: ['203.0.113.7', '198.51.100.0/24'],
      user: 'viewer-7',
      tag: 'premiere',
      revocable: true,
    });
    const d = decodeToken(`  ${token}\n`)!;
    expect(d.token).to.equal(token);
    expect(d.algorithm).to.equal('EdDSA');
    expect(d.keyId).to.equal('key-1');
    expect(d.issuer).to.equal('https://token.nanostream.cloud');
    expect(d.subject).to.equal('AB12c');
    expect(d.validFrom!.getTime()).to.equal((s(NOW) + 60) * 1000);
    expect(d.validUntil!.getTime()).to.equal((s(NOW) + 3 * 3600) * 1000);
    expect(d.scope).to.deep.equal({
      kind: 'group',
      groupId: 'group-1',
      streams: ['AB12c-aaaaa', 'AB12c-bbbbb'],
    });
    expect(d.restrictions).to.deep.equal({
      domain: 'example.com',
      ip: ['203.0.113.7', '198.51.100.0/24'],
      user: 'viewer-7',
      tag: 'premiere',
      cust: undefined,
    });
    expect(d.revocable).to.equal(true);
  });

  it('decodes a current token: EdDSA with key id nano_x25519, issuer nanocosmos, a UUID subject and cust', async () => {
    const token = await signed(
      {
        aud: 'splay',
        iss: 'nanocosmos',
        sub: SUB,
        iat: s(NOW),
        nbf: s(NOW),
        exp: s(NOW) + 3600,
        streams: ['AB12c-aaaaa'],
        cust: 'order-4711',
      },
      {kid: 'nano_x25519'},
    );
    const d = decodeToken(token)!;
    expect(d.algorithm).to.equal('EdDSA');
    expect(d.keyId).to.equal('nano_x25519');
    expect(d.issuer).to.equal('nanocosmos');
    expect(d.subject).to.equal(SUB);
    expect(d.scope).to.deep.equal({kind: 'streams', streams: ['AB12c-aaaaa']});
    expect(d.restrictions.cust).to.equal('order-4711');
    expect(tokenTiming(d, NOW).validity).to.equal('valid');
    // A numeric cust is shown as written; one of another type is left out.
    expect(decodeToken(await signed({cust: 42}))!.restrictions.cust).to.equal('42');
    expect(decodeToken(await signed({cust: {a: 1}}))!.restrictions.cust).to.equal(undefined);
    expect(decodeToken(await signed({streams: ['X-1']}))!.restrictions.cust).to.equal(undefined);
  });

  it('decodes an older RS256 token with key id nanocosmos just as well', async () => {
    const {privateKey} = await generateKeyPair('RS256');
    const token = await new SignJWT({
      aud: 'splay',
      iss: 'nanocosmos',
      iat: s(NOW) - 7200,
      nbf: s(NOW) - 7200,
      exp: s(NOW) - 3600,
      orgawide: true,
    })
      .setProtectedHeader({alg: 'RS256', kid: 'nanocosmos', typ: 'JWT'})
      .sign(privateKey);
    const d = decodeToken(token)!;
    expect(d, 'an RS256 token did not decode').to.exist;
    expect(d.algorithm).to.equal('RS256');
    expect(d.keyId).to.equal('nanocosmos');
    expect(d.issuer).to.equal('nanocosmos');
    expect(d.subject).to.equal(undefined);
    expect(d.scope).to.deep.equal({kind: 'organisation'});
    expect(d.validUntil!.getTime()).to.equal((s(NOW) - 3600) * 1000);
    expect(tokenTiming(d, NOW).validity).to.equal('expired');
  });

  it('tells streams, organisation-wide and unknown scopes apart, and takes one IP as a list', async () => {
    expect(decodeToken(await signed({streams: ['X-1']}))!.scope).to.deep.equal({
      kind: 'streams',
      streams: ['X-1'],
    });
    expect(decodeToken(await signed({orgawide: true}))!.scope).to.deep.equal({
      kind: 'organisation',
    });
    const bare = decodeToken(await signed({ip: '10.0.0.1', iat: s(NOW)}))!;
    expect(bare.scope).to.deep.equal({kind: 'unknown'});
    expect(bare.restrictions.ip).to.deep.equal(['10.0.0.1']);
    // Without nbf, the token is valid from its issue time.
    expect(bare.validFrom!.getTime()).to.equal(s(NOW) * 1000);
    expect(bare.validUntil).to.equal(undefined);
  });

  it('returns undefined for malformed tokens and never throws', () => {
    const junk = [
      '',
      '   ',
      'not a token',
      'a.b.c',
      'eyJhbGciOiJub25lIn0',
      `${base64url.encode('{"alg":"EdDSA"}')}.${base64url.encode('[1,2]')}.sig`,
      `${base64url.encode('not json')}.${base64url.encode('{}')}.sig`,
      'a.b.c.d.e',
      null,
      undefined,
    ];
    for (const value of junk) expect(decodeToken(value), String(value)).to.equal(undefined);
  });

  it('ignores claims of the wrong type instead of failing', () => {
    const token = new UnsecuredJWT({
      exp: 'soon',
      nbf: null,
      streams: 'X-1',
      domain: 42,
    } as unknown as JWTPayload).encode();
    const d = decodeToken(token)!;
    expect(d.validUntil).to.equal(undefined);
    expect(d.validFrom).to.equal(undefined);
    expect(d.scope).to.deep.equal({kind: 'streams', streams: ['X-1']});
    expect(d.restrictions.domain).to.equal(undefined);
    expect(d.algorithm).to.equal('none');
  });

  it('says whether a token is valid, not yet valid or expired, at the boundaries', async () => {
    const d = decodeToken(await signed({nbf: s(NOW) + 60, exp: s(NOW) + 3600}))!;
    const from = (s(NOW) + 60) * 1000;
    const until = (s(NOW) + 3600) * 1000;
    expect(tokenTiming(d, from - 1)).to.deep.equal({validity: 'not-yet-valid', offsetMs: 1});
    expect(tokenTiming(d, from)).to.deep.equal({validity: 'valid', offsetMs: until - from});
    expect(tokenTiming(d, until - 1).validity).to.equal('valid');
    expect(tokenTiming(d, until)).to.deep.equal({validity: 'expired', offsetMs: 0});
  });

  it('asks for a redraw often enough for the relative time and right at the boundary', async () => {
    const d = decodeToken(await signed({nbf: s(NOW), exp: s(NOW) + 5 * 3600}))!;
    const until = (s(NOW) + 5 * 3600) * 1000;
    expect(nextRefreshDelay(d, until - 3 * 3600_000)).to.equal(60_000);
    expect(nextRefreshDelay(d, until - 30 * 60_000)).to.equal(15_000);
    expect(nextRefreshDelay(d, until - 90_000)).to.equal(1000);
    expect(nextRefreshDelay(d, until - 400)).to.equal(401);
    expect(nextRefreshDelay(d, until)).to.equal(undefined);
    const later = decodeToken(await signed({nbf: s(NOW) + 90 * 86400, exp: s(NOW) + 100 * 86400}))!;
    expect(nextRefreshDelay(later, NOW)).to.be.at.most(MAX_TIMER_DELAY);
    const forever = decodeToken(await signed({iat: s(NOW)}))!;
    expect(nextRefreshDelay(forever, NOW)).to.equal(undefined);
  });
});
