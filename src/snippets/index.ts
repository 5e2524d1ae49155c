/** Pure, DOM-free builders of nanoPlayer configs, playout URLs and embed snippets, and their escaping. */
export * from './embed.js';
export * from './escape.js';
export * from './player.js';
