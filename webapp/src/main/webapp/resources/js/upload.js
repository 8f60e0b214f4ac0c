/*
 * VisitPrep uploads: PrimeFaces' file upload shows each file it sends as a row with a progress bar that has no name,
 * which a screen reader announces as a bare "progress bar". Every such bar gets the name the upload's container
 * carries (data-progress-label: "Upload of the file", in the page's language), however often the widget redraws it.
 */
(function () {
    document.querySelectorAll('[data-progress-label]').forEach(function (upload) {
        var name = upload.getAttribute('data-progress-label');
        function nameBars() {
            upload.querySelectorAll('[role="progressbar"]:not([aria-label])').forEach(function (bar) {
                bar.setAttribute('aria-label', name);
            });
        }
        new MutationObserver(nameBars).observe(upload, {childList: true, subtree: true});
        nameBars();
    });
})();
