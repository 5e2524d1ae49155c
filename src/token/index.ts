/** Pure helpers for secure playback tokens: decoding for display, checking token settings. */
export * from './decode.js';
export * from './settings.js';
export * from './target.js';
