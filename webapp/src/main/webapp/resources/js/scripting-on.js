/* Known before the first paint, so that a phone's menu does not flash open while the page loads. */
document.documentElement.classList.add('vp-js');
