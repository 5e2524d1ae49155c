import {expect} from '@open-wc/testing';
import {base64url} from 'jose';
import {ApiError} from '../../../src/api/errors.js';
import type {Stream} from '../../../src/api/types.js';
import {
  EMPTY_FORM,
  NO_OUTPUTS,
  defaultToken,
  effectiveSettings,
  fieldViews,
  firstInvalidField,
  outputViews,
  secureNotEnabled,
  settingsView,
  snippetBuilderView,
  snippetOutputs,
  snippetSource,
  tokenNote,
  tokenSection,
  type Settings,
  type SnippetBuilderInput,
  type ViewText,
} from '../../../src/elements/ns-snippet-builder/ns-snippet-builder.view.js';
import {toUtcDateTimeInput, MAX_TOKEN_LIFETIME_MS} from '../../../src/token/settings.js';

/** Strings as `key` or `key {vars}`, so a test reads which string was chosen with what. */
const t: ViewText = {
  text: (key, vars) => (vars ? `${key} ${JSON.stringify(vars)}` : key),
  dateTime: date => `at ${date.toISOString()}`,
  locale: 'en',
  describe: error => ({
    message: error instanceof Error ? error.message : 'unknown',
    code: error instanceof ApiError && error.code !== undefined ? `code ${error.code}` : '',
  }),
};

/** An unsigned JWT (the decoder reads, it does not verify). */
function jwt(payload: Record<string, unknown>): string {
  const part = (value: unknown) => base64url.encode(JSON.stringify(value));
  return `${part({alg: 'EdDSA', typ: 'JWT'})}.${part(payload)}.c2lnbmF0dXJl`;
}

/** Size and bitrate (kbit/s) of playout 0, 1, 2. */
const INFOS = [
  {width: 1920, height: 1080, bitrate: 4000},
  {width: 1280, height: 720, bitrate: 2000},
  {width: 640, height: 360, bitrate: 800},
];

/** A stream with `count` (≤ 3) h5live playouts, given out of order, the first `withInfo` described. */
function stream(count: number, withInfo = count): Stream {
  const h5live = INFOS.slice(0, count)
    .map((info, index) => ({index, ...(index < withInfo ? {info} : {})}))
    .reverse();
  return {id: 'group-1', playout: {h5live}} as unknown as Stream;
}

const SETTINGS: Settings = {
  startQuality: 'auto',
  latencyMode: 'balancedadaptive',
  embedVersion: '1.3.3',
};

const notEnabled = () =>
  new ApiError('Organisation is not enabled', {kind: 'http', status: 403, code: 2001});
const refused = () =>
  new ApiError('domain is not allowed', {kind: 'http', status: 400, code: 1000});

/** The builder's input: a group with secure playback, a role that may create tokens, no token yet. */
function input(
  overrides: Partial<SnippetBuilderInput> & {secure?: boolean; mayCreate?: boolean},
): SnippetBuilderInput {
  const {secure = true, mayCreate = true, ...rest} = overrides;
  const session = {
    features: {secure},
    can: (operation: string) => operation !== 'createPlaybackToken' || mayCreate,
  } as unknown as SnippetBuilderInput['session'];
  return {
    stream: stream(3),
    session,
    settings: SETTINGS,
    playback: {state: 'none'},
    customToken: undefined,
    form: EMPTY_FORM,
    errors: {},
    checked: false,
    busy: false,
    customFailure: undefined,
    apiUrl: undefined,
    now: Date.UTC(2026, 0, 1),
    ...rest,
  };
}

describe('ns-snippet-builder view', () => {
  describe('snippetSource', () => {
    it('names a group’s qualities by playout index, by size and bitrate, else by position', () => {
      const source = snippetSource(stream(3, 2), t);
      expect(source.isGroup).to.equal(true);
      expect(source.qualities).to.deep.equal([
        '1920x1080 · 4 Mbit/s',
        '1280x720 · 2 Mbit/s',
        'qualityFallback {"number":3}',
      ]);
    });

    it('takes one playout (or none) for a single stream', () => {
      expect(snippetSource(stream(1), t).isGroup).to.equal(false);
      const bare = snippetSource({id: 's'} as unknown as Stream, t);
      expect(bare.isGroup).to.equal(false);
      expect(bare.qualities).to.deep.equal([]);
    });
  });

  describe('effectiveSettings', () => {
    it('keeps known values and falls back to the defaults for unknown ones', () => {
      expect(
        effectiveSettings({startQuality: 'low', latencyMode: 'classic', embedVersion: '2.0.0'}),
      ).to.deep.equal({startQuality: 'low', latencyMode: 'classic', embedVersion: '2.0.0'});
      expect(
        effectiveSettings({startQuality: 'best', latencyMode: 'x', embedVersion: '3.0'}),
      ).to.deep.equal(SETTINGS);
    });
  });

  describe('settingsView', () => {
    it('offers the start qualities only for a group, each labelled with the quality it starts at', () => {
      const group = settingsView(
        snippetSource(stream(3), t),
        {...SETTINGS, startQuality: 'low'},
        t,
      );
      const qualities = group.startQualities!;
      expect(qualities.map(o => o.value)).to.deep.equal([
        'auto',
        'original',
        'high',
        'medium-high',
        'medium',
        'medium-low',
        'low',
      ]);
      expect(qualities[0]!.label).to.equal('qualityAuto {"quality":"1920x1080 · 4 Mbit/s"}');
      expect(qualities.at(-1)!.label).to.equal('qualityLow {"quality":"640x360 · 800 kbit/s"}');
      expect(qualities.filter(o => o.selected).map(o => o.value)).to.deep.equal(['low']);
      const single = settingsView(snippetSource(stream(1), t), SETTINGS, t);
      expect(single.startQualities).to.equal(undefined);
    });

    it('offers every latency mode and embed version, the effective one selected', () => {
      const view = settingsView(
        snippetSource(stream(1), t),
        {...SETTINGS, embedVersion: '2.0.0'},
        t,
      );
      expect(view.latencyModes.map(o => [o.value, o.label, o.selected])).to.deep.equal([
        ['classic', 'latencyClassic', false],
        ['balancedadaptive', 'latencyBalancedAdaptive', true],
        ['fastadaptive', 'latencyFastAdaptive', false],
      ]);
      expect(view.embedVersions.map(o => [o.value, o.label, o.selected])).to.deep.equal([
        ['1.3.3', 'embedVersion133', false],
        ['2.0.0', 'embedVersion200', true],
      ]);
    });
  });

  describe('defaultToken', () => {
    it('passes none, pending and ready on', () => {
      expect(defaultToken({state: 'none'}, t)).to.deep.equal({state: 'none'});
      expect(defaultToken({state: 'pending'}, t)).to.deep.equal({state: 'pending'});
      expect(defaultToken({state: 'ready', token: 'x'}, t)).to.deep.equal({
        state: 'ready',
        token: 'x',
      });
    });

    it('says why the token service refused, and reads "not enabled" as no token needed', () => {
      expect(defaultToken({state: 'error', error: refused()}, t)).to.deep.equal({
        state: 'error',
        reason: 'domain is not allowed',
      });
      expect(defaultToken({state: 'error', error: notEnabled()}, t)).to.deep.equal({
        state: 'none',
      });
    });
  });

  describe('secureNotEnabled', () => {
    it('is true when the default or the custom token request said so', () => {
      expect(secureNotEnabled({state: 'error', error: notEnabled()})).to.equal(true);
      expect(secureNotEnabled({state: 'none'}, {error: notEnabled()})).to.equal(true);
      expect(secureNotEnabled({state: 'error', error: refused()}, {error: refused()})).to.equal(
        false,
      );
      expect(secureNotEnabled({state: 'ready', token: 'x'})).to.equal(false);
    });
  });

  describe('snippetOutputs', () => {
    const source = snippetSource(stream(3), t);

    it('builds the three outputs with the default token', () => {
      const token = 'eyJ.default.token';
      const outputs = snippetOutputs(
        source,
        SETTINGS,
        {fallback: {state: 'ready', token}},
        undefined,
      );
      expect(outputs.playoutUrl).to.contain('group.id=group-1');
      expect(outputs.playoutUrl).to.contain(`group.security.jwtoken=${token}`);
      expect(outputs.iframeSnippet).to.contain('/nanoplayer/embed/1.3.3/');
      expect(outputs.htmlSnippet).to.contain(token);
    });

    it('prefers the custom token, also while the default one is being issued', () => {
      const outputs = snippetOutputs(
        source,
        SETTINGS,
        {custom: 'eyJ.custom', fallback: {state: 'pending'}},
        undefined,
      );
      expect(outputs.htmlSnippet).to.contain('eyJ.custom');
    });

    it('gives nothing without the stream or while the default token is pending', () => {
      expect(snippetOutputs(undefined, SETTINGS, {fallback: {state: 'none'}}, undefined)).to.equal(
        NO_OUTPUTS,
      );
      expect(snippetOutputs(source, SETTINGS, {fallback: {state: 'pending'}}, undefined)).to.equal(
        NO_OUTPUTS,
      );
    });

    it('plays without a token when none is needed or it failed', () => {
      for (const fallback of [{state: 'none'}, {state: 'error', reason: 'r'}] as const) {
        const outputs = snippetOutputs(source, SETTINGS, {fallback}, undefined);
        expect(outputs.htmlSnippet).not.to.contain('jwtoken');
        expect(outputs.playoutUrl).not.to.contain('jwtoken');
      }
    });
  });

  describe('outputViews', () => {
    it('offers the playout URL, the iFrame and the HTML snippet, in that order', () => {
      const views = outputViews(
        {playoutUrl: 'https://x', iframeSnippet: '<iframe>\n</iframe>', htmlSnippet: 'a\nb\nc'},
        t,
      );
      expect(views.map(v => [v.kind, v.id, v.label, v.copyLabel, v.rows])).to.deep.equal([
        ['url', 'output-url', 'playoutUrl', 'copyPlayoutUrl', 2],
        ['iframe', 'output-iframe', 'iframeSnippet', 'copyIframeSnippet', 3],
        ['html', 'output-html', 'htmlSnippet', 'copyHtmlSnippet', 4],
      ]);
    });

    it('caps a snippet’s rows at 24, and offers nothing before the snippets are there', () => {
      const long = Array.from({length: 40}, () => 'line').join('\n');
      const views = outputViews({playoutUrl: 'u', iframeSnippet: long, htmlSnippet: long}, t);
      expect(views[2]!.rows).to.equal(24);
      expect(outputViews(NO_OUTPUTS, t)).to.deep.equal([]);
    });
  });

  describe('tokenNote', () => {
    it('names the token the snippets carry', () => {
      const until = Date.UTC(2026, 0, 2, 12);
      expect(tokenNote(true, {state: 'ready', token: 'x'}, t)).to.deep.equal({
        text: 'customTokenApplied',
        failed: false,
      });
      expect(tokenNote(false, {state: 'ready', token: jwt({exp: until / 1000})}, t)).to.deep.equal({
        text: `defaultTokenApplied {"until":"at ${new Date(until).toISOString()}"}`,
        failed: false,
      });
      expect(tokenNote(false, {state: 'ready', token: 'not-a-jwt'}, t).text).to.equal(
        'defaultTokenAppliedOpen',
      );
      expect(tokenNote(false, {state: 'pending'}, t).text).to.equal('defaultTokenPending');
      expect(tokenNote(false, {state: 'none'}, t).text).to.equal('noTokenNeeded');
    });

    it('marks a failed default token as an error, unless a custom one is applied', () => {
      expect(tokenNote(false, {state: 'error', reason: 'down'}, t)).to.deep.equal({
        text: 'defaultTokenFailed {"reason":"down"}',
        failed: true,
      });
      expect(tokenNote(true, {state: 'error', reason: 'down'}, t).failed).to.equal(false);
    });
  });

  describe('fieldViews', () => {
    const now = Date.UTC(2026, 0, 1, 12);

    it('lists the form’s fields in order, with the date limits', () => {
      const fields = fieldViews({...EMPTY_FORM, tag: 'vip'}, {}, false, now, t);
      expect(fields.map(f => f.name)).to.deep.equal([
        'notBefore',
        'expires',
        'ip',
        'domain',
        'user',
        'tag',
      ]);
      const [notBefore, expires, ip] = fields;
      expect(notBefore!.type).to.equal('datetime-local');
      expect(notBefore!.min).to.equal(toUtcDateTimeInput(now));
      expect(notBefore!.max).to.equal(undefined);
      expect(expires!.max).to.equal(toUtcDateTimeInput(now + MAX_TOKEN_LIFETIME_MS));
      expect(ip!.min).to.equal(undefined);
      expect([ip!.id, ip!.label, ip!.hint, ip!.describedBy]).to.deep.equal([
        'token-ip',
        'ip',
        'ipHint',
        'token-ip-hint',
      ]);
      expect(fields[5]!.value).to.equal('vip');
      expect(fields[5]!.hint).to.equal('optionalHint');
    });

    it('shows a field’s message only once the form was checked', () => {
      const errors = {ip: {code: 'ipInvalid', vars: {value: 'x'}}} as const;
      expect(fieldViews(EMPTY_FORM, errors, false, now, t)[2]!.error).to.equal(undefined);
      const ip = fieldViews(EMPTY_FORM, errors, true, now, t)[2]!;
      expect(ip.error).to.equal('ipInvalid {"value":"x"}');
      expect(ip.describedBy).to.equal('token-ip-error token-ip-hint');
    });

    it('names the first invalid field in the form’s order', () => {
      expect(
        firstInvalidField({domain: {code: 'domainInvalid'}, expires: {code: 'dateInvalid'}}),
      ).to.equal('expires');
      expect(firstInvalidField({})).to.equal(undefined);
    });
  });

  describe('tokenSection', () => {
    const ready = {state: 'ready', token: 'x'} as const;
    const base = input({});

    it('shows nothing without secure playback, and a note when the service says it is off', () => {
      expect(tokenSection(input({secure: false}), ready, t)).to.deep.equal({kind: 'none'});
      const noSession = {...input({}), session: undefined};
      expect(tokenSection(noSession, ready, t)).to.deep.equal({kind: 'none'});
      const refusedDefault = input({playback: {state: 'error', error: notEnabled()}});
      expect(tokenSection(refusedDefault, {state: 'none'}, t)).to.deep.equal({
        kind: 'not-enabled',
      });
      const refusedCustom = input({customFailure: {error: notEnabled()}});
      expect(tokenSection(refusedCustom, ready, t)).to.deep.equal({kind: 'not-enabled'});
    });

    it('shows a role that may not create tokens no form, and the note once a token is there', () => {
      const readOnly = tokenSection(input({mayCreate: false}), ready, t);
      expect(readOnly.kind).to.equal('read-only');
      expect(readOnly.kind === 'read-only' && readOnly.note?.text).to.equal(
        'defaultTokenAppliedOpen',
      );
      expect(tokenSection(input({mayCreate: false}), {state: 'none'}, t)).to.deep.equal({
        kind: 'read-only',
        note: undefined,
      });
    });

    it('shows the form to a role that may, with its state', () => {
      const view = tokenSection(base, ready, t);
      if (view.kind !== 'form') throw new Error(`a form, not ${view.kind}`);
      expect(view.fields.length).to.equal(6);
      expect([view.busy, view.invalid, view.failure, view.customToken]).to.deep.equal([
        false,
        false,
        undefined,
        undefined,
      ]);
      expect(view.note.text).to.equal('defaultTokenAppliedOpen');
    });

    it('says the form is invalid only once checked with errors, and why issuing failed', () => {
      const errors = {ip: {code: 'ipInvalid', vars: {value: 'x'}}} as const;
      const unchecked = tokenSection(input({errors}), ready, t);
      expect(unchecked.kind === 'form' && unchecked.invalid).to.equal(false);
      const checked = tokenSection(input({errors, checked: true}), ready, t);
      expect(checked.kind === 'form' && checked.invalid).to.equal(true);
      const failed = tokenSection(input({customFailure: {error: refused()}}), ready, t);
      expect(failed.kind === 'form' && failed.failure).to.deep.equal({
        message: 'tokenFailed {"message":"domain is not allowed"}',
        code: 'code 1000',
      });
    });

    it('carries the custom token and says it is applied', () => {
      const view = tokenSection(input({customToken: 'eyJ.custom', busy: true}), ready, t);
      if (view.kind !== 'form') throw new Error(`a form, not ${view.kind}`);
      expect(view.customToken).to.equal('eyJ.custom');
      expect(view.busy).to.equal(true);
      expect(view.note.text).to.equal('customTokenApplied');
    });
  });

  describe('snippetBuilderView', () => {
    it('shows nothing but the token section before the stream is there', () => {
      const view = snippetBuilderView(input({stream: undefined}), t);
      expect(view.source).to.equal(undefined);
      expect(view.settings).to.equal(undefined);
      expect(view.outputs).to.equal(NO_OUTPUTS);
      expect(view.blocks).to.deep.equal([]);
    });

    it('puts the settings, the default token and the blocks together', () => {
      const token = jwt({groupid: 'group-1'});
      const view = snippetBuilderView(
        input({
          playback: {state: 'ready', token},
          settings: {startQuality: 'low', latencyMode: 'nope', embedVersion: '2.0.0'},
        }),
        t,
      );
      expect(view.source?.isGroup).to.equal(true);
      expect(view.settings?.startQualities?.find(o => o.selected)?.value).to.equal('low');
      expect(view.settings?.latencyModes.find(o => o.selected)?.value).to.equal('balancedadaptive');
      expect(view.outputs.iframeSnippet).to.contain('/nanoplayer/embed/2.0.0/');
      expect(view.outputs.playoutUrl).to.contain(token);
      expect(view.blocks.map(b => b.value)).to.deep.equal([
        view.outputs.playoutUrl,
        view.outputs.iframeSnippet,
        view.outputs.htmlSnippet,
      ]);
      expect(view.token.kind).to.equal('form');
    });

    it('holds the snippets back while the default token is issued, and plays without one when secure playback is off', () => {
      const pending = snippetBuilderView(input({playback: {state: 'pending'}}), t);
      expect(pending.outputs).to.equal(NO_OUTPUTS);
      expect(pending.settings).not.to.equal(undefined);
      const off = snippetBuilderView(input({playback: {state: 'error', error: notEnabled()}}), t);
      expect(off.outputs.htmlSnippet).not.to.contain('jwtoken');
      expect(off.blocks.length).to.equal(3);
      expect(off.token).to.deep.equal({kind: 'not-enabled'});
    });
  });
});
