/* The narrow protocol, between the report page and the pages in its frames (flame graphs, the
   waterfall): the report sends a frame {flightpath: 'narrow', from, to, text} to show only timeline
   windows [from, to) (from null: the whole range again; text: the range in words). */
var FlightpathNarrow = (function () {
  'use strict';
  return {
    /** From the report: narrows the page in an iframe. */
    send: function (frame, from, to, text) {
      frame.contentWindow.postMessage({ flightpath: 'narrow', from: from, to: to, text: text || '' }, '*');
    },
    /** In a framed page: calls handler(from, to, text) on each message from the page that holds the frame. */
    listen: function (handler) {
      window.addEventListener('message', function (event) {
        var m = event.data;
        if (event.source === window.parent && m && m.flightpath === 'narrow') {
          handler(m.from, m.to, m.text);
        }
      });
    }
  };
})();
