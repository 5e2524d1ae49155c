import {expect} from '@open-wc/testing';
import {
  isDomain,
  isIpv4OrCidr,
  parseUtcDateTime,
  toUtcDateTimeInput,
  validateTokenSettings,
  type TokenSettingsInput,
} from '../../src/token/settings.js';

const NOW = Date.UTC(2026, 10, 18, 14, 30, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const empty: TokenSettingsInput = {
  notBefore: '',
  expires: '',
  ip: '',
  domain: '',
  user: '',
  tag: '',
};
const at = (ms: number) => toUtcDateTimeInput(ms);

describe('token/settings', () => {
  it('reads datetime-local values as UTC and rejects impossible dates', () => {
    expect(parseUtcDateTime('2026-11-18T14:30')).to.equal(NOW);
    expect(parseUtcDateTime('2026-11-18T14:30:00')).to.equal(NOW);
    expect(toUtcDateTimeInput(NOW)).to.equal('2026-11-18T14:30');
    for (const bad of ['2026-02-30T10:00', '2026-11-18', '18.11.2026 14:30', '2026-11-18T25:00']) {
      expect(parseUtcDateTime(bad), bad).to.equal(undefined);
    }
  });

  it('sends nothing but the defaults for an empty form', () => {
    expect(validateTokenSettings(empty, NOW)).to.deep.equal({ok: true, request: {}, errors: {}});
  });

  it('builds the request: unix seconds, one IP as a string, several as a list, trimmed texts', () => {
    const result = validateTokenSettings(
      {
        notBefore: at(NOW + HOUR),
        expires: at(NOW + 2 * DAY),
        ip: '203.0.113.7',
        domain: ' Example.COM. ',
        user: ' viewer-7 ',
        tag: 'premiere',
      },
      NOW,
    );
    expect(result).to.deep.equal({
      ok: true,
      errors: {},
      request: {
        nbf: (NOW + HOUR) / 1000,
        exp: (NOW + 2 * DAY) / 1000,
        ip: '203.0.113.7',
        domain: 'example.com',
        user: 'viewer-7',
        tag: 'premiere',
      },
    });
    const many = validateTokenSettings({...empty, ip: '10.0.0.1, 10.0.0.0/8\n192.168.1.1'}, NOW);
    expect(many.ok && many.request.ip).to.deep.equal(['10.0.0.1', '10.0.0.0/8', '192.168.1.1']);
  });

  it('requires the expiry after not-before, in the future, and within 365 days (24 h if revocable)', () => {
    const code = (input: Partial<TokenSettingsInput>) => {
      const r = validateTokenSettings({...empty, ...input}, NOW);
      return r.ok ? undefined : r.errors.expires?.code;
    };
    expect(code({expires: at(NOW - HOUR)})).to.equal('expiresInPast');
    expect(code({notBefore: at(NOW + 2 * HOUR), expires: at(NOW + HOUR)})).to.equal(
      'expiresBeforeNotBefore',
    );
    // Without an expiry the service's 24 h default must still lie after not-before.
    expect(code({notBefore: at(NOW + 2 * DAY)})).to.equal('expiresBeforeNotBefore');
    expect(code({expires: at(NOW + 365 * DAY)})).to.equal(undefined);
    expect(code({expires: at(NOW + 366 * DAY)})).to.equal('expiresTooLate');
    expect(code({expires: at(NOW + 25 * HOUR), revocable: true})).to.equal(
      'expiresTooLateRevocable',
    );
    expect(code({expires: at(NOW + 23 * HOUR), revocable: true})).to.equal(undefined);
    expect(code({expires: '2026-13-01T00:00'})).to.equal('dateInvalid');
  });

  it('accepts IPv4 addresses and CIDR ranges, up to 10, and names the bad one', () => {
    for (const ok of ['0.0.0.0', '255.255.255.255', '10.0.0.0/8', '192.168.0.0/32']) {
      expect(isIpv4OrCidr(ok), ok).to.equal(true);
    }
    for (const bad of ['256.0.0.1', '10.0.0', '10.0.0.1/33', '::1', '01.2.3.4', 'host']) {
      expect(isIpv4OrCidr(bad), bad).to.equal(false);
    }
    const bad = validateTokenSettings({...empty, ip: '10.0.0.1, 300.1.1.1'}, NOW);
    expect(bad.ok).to.equal(false);
    expect(!bad.ok && bad.errors.ip).to.deep.equal({code: 'ipInvalid', vars: {value: '300.1.1.1'}});
    const eleven = Array.from({length: 11}, (_, i) => `10.0.0.${i}`).join(',');
    const tooMany = validateTokenSettings({...empty, ip: eleven}, NOW);
    expect(!tooMany.ok && tooMany.errors.ip?.code).to.equal('ipTooMany');
    const ten = validateTokenSettings({...empty, ip: eleven.split(',').slice(1).join(' ')}, NOW);
    expect(ten.ok).to.equal(true);
  });

  it('accepts host names only as domains', () => {
    for (const ok of ['example.com', 'player.example.co.uk', 'xn--bcher-kva.de', 'a-b.io']) {
      expect(isDomain(ok), ok).to.equal(true);
    }
    for (const bad of [
      'https://example.com',
      'example.com/path',
      'localhost',
      '-a.com',
      'a..com',
      'a.b1',
      'exa mple.com',
    ]) {
      expect(isDomain(bad), bad).to.equal(false);
    }
  });

  it('reports every invalid field at once and builds no request', () => {
    const result = validateTokenSettings(
      {...empty, expires: at(NOW - 1000), ip: 'x', domain: 'not a domain', tag: 'x'.repeat(300)},
      NOW,
    );
    expect(result.ok).to.equal(false);
    expect(Object.keys(result.errors).sort()).to.deep.equal(['domain', 'expires', 'ip', 'tag']);
    expect('request' in result).to.equal(false);
  });
});
