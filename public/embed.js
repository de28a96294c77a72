/* Minewatch embed resizer. Paste once on a page with Minewatch iframes:
 *   <script async src="https://YOUR-HOST/minewatch/embed.js"></script>
 * It resizes the iframe whose window sent a {"minewatch-height": {id: px}} message, and nothing
 * else: the sending frame is found by event.source (never by trusting the id), and only a finite
 * height between 50 and 20000 pixels is accepted. */
(function () {
  'use strict';
  if (window.__minewatchEmbedResizer) return;
  window.__minewatchEmbedResizer = true;
  var MIN = 50;
  var MAX = 20000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var heights = data['minewatch-height'];
    if (!heights || typeof heights !== 'object') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow !== event.source) continue;
      for (var id in heights) {
        if (!Object.prototype.hasOwnProperty.call(heights, id)) continue;
        var height = heights[id];
        if (typeof height !== 'number' || !isFinite(height) || height < MIN || height > MAX) continue;
        frames[i].style.height = Math.ceil(height) + 'px';
        frames[i].setAttribute('height', String(Math.ceil(height)));
      }
      return;
    }
  });
})();
