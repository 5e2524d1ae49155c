// Vue's browser build with the template compiler (templates as strings, `isCustomElement`) has the
// API and the types of `vue` itself.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
