// A stand-in for nanoplayer.5.min.js in tests: the test harness rewrites the HTML snippet's
// <script src> to this file. It reports every `new NanoPlayer(id)` + `setup(config)` and every
// console.error to the parent page with postMessage. `window.stubMode = 'reject'` (set by the
// harness before this script) makes setup fail the way nanoPlayer does, with a rejected promise.
(function () {
  var report = function (message) {
    window.parent.postMessage(message, '*');
  };
  var error = console.error;
  console.error = function () {
    report({type: 'console-error', text: Array.prototype.map.call(arguments, String).join(' ')});
    error.apply(console, arguments);
  };
  window.NanoPlayer = function (id) {
    this.id = id;
  };
  window.NanoPlayer.prototype.setup = function (config) {
    report({
      type: 'setup',
      id: this.id,
      divFound: !!document.getElementById(this.id),
      config: JSON.parse(JSON.stringify(config)),
    });
    if (window.stubMode === 'reject') return Promise.reject(new Error('stub: stream not found'));
    return Promise.resolve(config);
  };
})();
