// The web-components renderer's preview entry (its renderToCanvas), which the story tests compose
// with the project's annotations; the package ships it without declarations.
declare module '@storybook/web-components/entry-preview' {
  import type {ProjectAnnotations} from 'storybook/internal/types';
  import type {WebComponentsRenderer} from '@storybook/web-components';
  export const render: ProjectAnnotations<WebComponentsRenderer>['render'];
  export const renderToCanvas: ProjectAnnotations<WebComponentsRenderer>['renderToCanvas'];
  export const parameters: ProjectAnnotations<WebComponentsRenderer>['parameters'];
}
