import {expect} from '@open-wc/testing';
import {createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify} from 'jose';
import type {MockServer} from '../../src/mock/index.js';
import {callJson, mockServer} from './support.js';

interface Answer {
  success: boolean;
  data?: {token: string};
  errorCode?: number;
  message?: string;
}

describe('mock token service', () => {
  let server: MockServer;
  before(async () => {
    server = await mockServer({seed: 'tokens'});
  });

  const splay = (body: unknown, as: 'apikey' | 'nanoUser' = 'apikey') =>
    callJson<Answer>(server, '/splay', {host: 'token', body, as});
  // Verify takes no credentials.
  const verify = (token: string) =>
    callJson<Answer>(server, '/splay/verify', {host: 'token', body: {token}, as: 'anonymous'});
  const revoke = (token: string) =>
    callJson<Answer>(server, '/splay/revoke', {host: 'token', body: {token}});
  const now = () => Math.floor(Date.now() / 1000);
  const group = () => server.org.streams.find(s => s.streamgroup === s.id && s.state === 'live')!;

  it('signs a real EdDSA JWT for a group that verifies with the public key and the JWKS', async () => {
    const g = group();
    const {status, body} = await splay({groupid: g.id}, 'nanoUser');
    expect(status).to.equal(200);
    expect(body.success).to.equal(true);
    const token = body.data!.token;
    // The header and claims of a current token of the real service.
    expect(decodeProtectedHeader(token)).to.deep.equal({
      alg: 'EdDSA',
      kid: 'nano_x25519',
      typ: 'JWT',
    });
    expect(server.kid).to.equal('nano_x25519');
    expect(server.jwks.keys[0]).to.include({
      kid: server.kid,
      alg: 'EdDSA',
      crv: 'Ed25519',
      kty: 'OKP',
    });
    const claims = decodeJwt(token);
    expect(claims).to.include({
      aud: 'splay',
      iss: 'nanocosmos',
      sub: server.org.organisation.id,
      groupid: g.id,
    });
    expect(claims['streams']).to.deep.equal(server.org.members(g).map(m => m.streamname));
    expect(claims.exp! - claims.iat!).to.equal(24 * 3600);
    expect(claims.nbf).to.equal(claims.iat);
    expect(claims.iat).to.be.closeTo(now(), 5);
    const verified = await jwtVerify(token, server.publicKey, {audience: 'splay'});
    expect(verified.payload.sub).to.match(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    await jwtVerify(token, createLocalJWKSet(server.jwks));
  });

  it('puts the restrictions into the claims', async () => {
    const names = server.org.streams
      .filter(s => s.state === 'live')
      .slice(0, 2)
      .map(s => s.streamname);
    const request = {
      streams: names,
      nbf: now() + 60,
      exp: now() + 3600,
      domain: 'example.org',
      ip: ['10.0.0.1', '192.168.0.0/16'],
      tag: 'vip',
      user: 'viewer-42',
      cust: 'customer-7',
      forceDisconnect: true,
    };
    const token = (await splay(request)).body.data!.token;
    const claims = decodeJwt(token);
    expect(claims).to.deep.include({
      streams: names,
      nbf: request.nbf,
      exp: request.exp,
      domain: 'example.org',
      ip: ['10.0.0.1', '192.168.0.0/16'],
      tag: 'vip',
      user: 'viewer-42',
      cust: 'customer-7',
      forceDisconnect: true,
    });
    const orgawide = decodeJwt((await splay({orgawide: true, ip: '1.2.3.4'})).body.data!.token);
    expect(orgawide).to.include({orgawide: true, ip: '1.2.3.4'});
    expect(orgawide).not.to.have.property('streams');
  });

  for (const [label, request] of [
    ['no target', {}],
    ['two targets', {orgawide: true, groupid: 'x'}],
    ['an unknown streamname', {streams: ['XXXXX-YYYYY']}],
    ['an unknown group', {groupid: '00000000-0000-4000-8000-000000000000'}],
    [
      'exp more than 365 days ahead',
      {orgawide: true, exp: Math.floor(Date.now() / 1000) + 366 * 86400},
    ],
    [
      'a revocable token over 24 h',
      {orgawide: true, revocable: true, exp: Math.floor(Date.now() / 1000) + 25 * 3600},
    ],
    [
      'nbf after exp',
      {
        orgawide: true,
        nbf: Math.floor(Date.now() / 1000) + 7200,
        exp: Math.floor(Date.now() / 1000) + 3600,
      },
    ],
    ['an exp in the past', {orgawide: true, exp: 1000}],
    ['an invalid IP', {orgawide: true, ip: '300.1.1.1'}],
    ['eleven IPs', {orgawide: true, ip: Array.from({length: 11}, (_, i) => `10.0.0.${i}`)}],
    ['an invalid CIDR', {orgawide: true, ip: '10.0.0.0/33'}],
  ] as const) {
    it(`refuses ${label} with 400/1000`, async () => {
      const {status, body} = await splay(request);
      expect(status).to.equal(400);
      expect(body).to.include({success: false, errorCode: 1000});
      expect(body.message).to.be.a('string').and.not.be.empty;
    });
  }

  it('verifies its tokens (the token back) and answers 403 for malformed, foreign and expired ones', async () => {
    const token = (await splay({orgawide: true})).body.data!.token;
    const ok = await verify(token);
    expect(ok.status).to.equal(200);
    expect(ok.body).to.deep.equal({success: true, data: {token}});

    const malformed = await verify('not.a.jwt');
    expect(malformed.status).to.equal(403);
    expect(malformed.body).to.include({success: false, errorCode: 1002, message: 'jwt malformed'});

    const other = await mockServer({seed: 'tokens'});
    const foreign = (
      await callJson<Answer>(other, '/splay', {host: 'token', body: {orgawide: true}})
    ).body.data!.token;
    const rejected = await verify(foreign);
    expect(rejected.status).to.equal(403);
    expect(rejected.body).to.include({errorCode: 1002, message: 'invalid signature'});

    const soon = (await splay({orgawide: true, exp: now() + 1})).body.data!.token;
    await new Promise(r => setTimeout(r, 2100));
    const expired = await verify(soon);
    expect(expired.status).to.equal(403);
    expect(expired.body).to.deep.equal({success: false, errorCode: 1002, message: 'jwt expired'});
  });

  it('revokes revocable tokens (204), then refuses them; refuses to revoke others (400/2011)', async () => {
    const plain = (await splay({orgawide: true})).body.data!.token;
    const notRevocable = await revoke(plain);
    expect(notRevocable.status).to.equal(400);
    expect(notRevocable.body).to.include({success: false, errorCode: 2011});

    const revocable = (await splay({orgawide: true, revocable: true})).body.data!.token;
    expect(decodeJwt(revocable)).to.include({revocable: true});
    expect((await verify(revocable)).status).to.equal(200);
    const res = await revoke(revocable);
    expect(res.status).to.equal(204);
    expect(res.body).to.equal(undefined);
    const after = await verify(revocable);
    expect(after.status).to.equal(403);
    expect(after.body).to.include({success: false, errorCode: 1002, message: 'jwt revoked'});
    expect((await verify(plain)).status).to.equal(200);
  });

  it('requires the token in verify and revoke bodies (400/1000)', async () => {
    const res = await callJson<Answer>(server, '/splay/verify', {host: 'token', body: {}});
    expect(res.status).to.equal(400);
    expect(res.body).to.include({errorCode: 1000});
    const bad = await callJson<Answer>(server, '/splay/revoke', {
      host: 'token',
      method: 'POST',
      body: '{oops',
    });
    expect(bad.status).to.equal(400);
    expect(bad.body).to.include({errorCode: 1000});
  });
});
