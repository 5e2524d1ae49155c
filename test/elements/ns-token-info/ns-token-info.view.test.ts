import {expect} from '@open-wc/testing';
import type {DecodedToken} from '../../../src/token/decode.js';
import {
  badgeStaleIn,
  tokenBadge,
  tokenInfoView,
} from '../../../src/elements/ns-token-info/ns-token-info.view.js';

const NOW = Date.UTC(2025, 0, 1, 12);

/** A decoded token valid from `fromMs` to `untilMs` (relative to NOW; undefined: no claim). */
function decoded(fromMs: number | undefined, untilMs: number | undefined): DecodedToken {
  return {
    token: 'a.b.c',
    claims: {},
    validFrom: fromMs === undefined ? undefined : new Date(NOW + fromMs),
    validUntil: untilMs === undefined ? undefined : new Date(NOW + untilMs),
    scope: {kind: 'unknown'},
    restrictions: {ip: []},
    revocable: false,
    forceDisconnect: false,
  };
}

describe('ns-token-info view', () => {
  describe('tokenBadge', () => {
    it('says how long a valid token has left', () => {
      expect(tokenBadge(decoded(-1000, 3_600_000), NOW)).to.deep.equal({
        validity: 'valid',
        tone: 'success',
        key: 'expiresIn',
        expiresInMs: 3_600_000,
      });
    });

    it('says "Valid" for a token without exp', () => {
      expect(tokenBadge(decoded(-1000, undefined), NOW)).to.deep.equal({
        validity: 'valid',
        tone: 'success',
        key: 'valid',
      });
    });

    it('marks an expired token danger and one not yet valid warning', () => {
      expect(tokenBadge(decoded(-2000, -1000), NOW)).to.deep.equal({
        validity: 'expired',
        tone: 'danger',
        key: 'expired',
      });
      expect(tokenBadge(decoded(0, 1000), NOW)).to.include({validity: 'valid'});
      expect(tokenBadge(decoded(1000, 2000), NOW)).to.deep.equal({
        validity: 'not-yet-valid',
        tone: 'warning',
        key: 'notYetValid',
      });
    });

    it('counts a token as expired from its exp on', () => {
      expect(tokenBadge(decoded(-1000, 0), NOW).key).to.equal('expired');
    });
  });

  describe('tokenInfoView', () => {
    it('is empty without a token, or with only white space, null or undefined', () => {
      for (const token of ['', '   ', null, undefined]) {
        expect(tokenInfoView(token, undefined, NOW), String(token)).to.deep.equal({kind: 'empty'});
      }
    });

    it('is invalid when the token does not decode, with the raw text trimmed', () => {
      expect(tokenInfoView('  garbage ', undefined, NOW)).to.deep.equal({
        kind: 'invalid',
        raw: 'garbage',
      });
      expect(tokenInfoView({}, undefined, NOW)).to.deep.equal({
        kind: 'invalid',
        raw: '[object Object]',
      });
    });

    it('shows a decoded token with its badge at now', () => {
      const token = decoded(-1000, -500);
      const view = tokenInfoView(' a.b.c ', token, NOW);
      expect(view.kind).to.equal('decoded');
      if (view.kind !== 'decoded') return;
      expect(view.raw).to.equal('a.b.c');
      expect(view.decoded).to.equal(token);
      expect(view.badge.key).to.equal('expired');
    });
  });

  describe('badgeStaleIn', () => {
    it('is undefined without a token, once expired, or without exp', () => {
      expect(badgeStaleIn(undefined, NOW)).to.equal(undefined);
      expect(badgeStaleIn(decoded(-2000, -1000), NOW)).to.equal(undefined);
      expect(badgeStaleIn(decoded(-1000, undefined), NOW)).to.equal(undefined);
    });

    it('redraws every second near the expiry, and just after it', () => {
      expect(badgeStaleIn(decoded(-1000, 60_000), NOW)).to.equal(1000);
      expect(badgeStaleIn(decoded(-1000, 400), NOW)).to.equal(401);
      expect(badgeStaleIn(decoded(-1000, 7_200_000), NOW)).to.equal(60_000);
    });
  });
});
