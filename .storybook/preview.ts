import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with {type: 'json'};
import {preview} from '../stories/support/preview.js';

// Docs pages and controls read attributes, properties, events, parts and CSS properties from the
// custom-elements manifest (npm run analyze).
setCustomElementsManifest(manifest);

export default preview;
