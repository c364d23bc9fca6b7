/*! demarche embed.js (MIT): sizes iframes marked data-demarche-resize to fit their content. */
(function () {
  addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'demarche:resize' || typeof data.height !== 'number') return;
    if (!(data.height > 0 && data.height < 100000)) return;
    var frames = document.querySelectorAll('iframe[data-demarche-resize]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      // A frame sandboxed without allow-same-origin speaks as origin "null";
      // the window check above already proved which frame it is.
      var sandbox = frame.getAttribute('sandbox');
      var opaque = sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox);
      var origin = new URL(frame.src, location.href).origin;
      if (event.origin === origin || (opaque && event.origin === 'null')) {
        frame.style.height = Math.ceil(data.height) + 'px';
      }
    }
  });
})();
