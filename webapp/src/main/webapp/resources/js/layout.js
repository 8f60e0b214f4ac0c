/*
 * VisitPrep layout: on a narrow screen the header's menu (navigation, language, sign out) sits behind one disclosure
 * button. The button says whether the menu is open (aria-expanded) and which element it opens (aria-controls);
 * Escape closes it and puts the focus back on the button. On a wide screen the button is not shown and the menu
 * always is. Also registers the service worker, which keeps static files only (never a page).
 */
(function () {
    var button = document.getElementById('menu-button');
    var menu = button && document.getElementById(button.getAttribute('aria-controls'));

    function isOpen() {
        return button.getAttribute('aria-expanded') === 'true';
    }

    function setOpen(open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        menu.classList.toggle('vp-menu-open', open);
    }

    function buttonShown() {
        return button.offsetParent !== null;
    }

    if (menu) {
        button.addEventListener('click', function () {
            setOpen(!isOpen());
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && isOpen() && buttonShown()) {
                setOpen(false);
                button.focus();
            }
        });
        // A tap or a click elsewhere on the page closes the menu, as a person expects of a menu laid over the page.
        document.addEventListener('click', function (event) {
            if (isOpen() && buttonShown() && !menu.contains(event.target) && !button.contains(event.target)) {
                setOpen(false);
            }
        });
    }

    if ('serviceWorker' in navigator && window.isSecureContext) {
        var root = document.querySelector('link[rel=manifest]');
        if (root) {
            var scope = new URL('./', root.href);
            navigator.serviceWorker.register(new URL('service-worker.js', scope), {scope: scope.pathname})
                .catch(function () {
                    // without the worker the portal works the same, only its static files come from the network
                });
        }
    }
})();
