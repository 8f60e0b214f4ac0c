/* VisitPrep visit pages: keep the keyboard focus where the person was when a part of the page is redrawn. */
var VisitPrep = VisitPrep || {};

/** Remembers the element that started an update, by its id. */
VisitPrep.remember = function (element) {
    VisitPrep.focusId = element && element.id;
};

/** Puts the focus back on the remembered element, redrawn or not. */
VisitPrep.restoreFocus = function () {
    var element = VisitPrep.focusId && document.getElementById(VisitPrep.focusId);
    if (element) {
        element.focus();
    }
};

/** Fills a new visit's time zone with the browser's, and names it beside the appointment. */
VisitPrep.fillTimeZone = function (inputId, nameId) {
    var input = document.getElementById(inputId);
    var name = document.getElementById(nameId);
    if (!input) {
        return;
    }
    if (!input.value && window.Intl && Intl.DateTimeFormat) {
        input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    }
    if (name && input.value) {
        name.textContent = input.value;
    }
};

/** Puts the focus on the element with this id, once the page is updated. */
VisitPrep.focusId = function (id) {
    var element = document.getElementById(id);
    if (element) {
        element.focus();
    }
};

/** Puts the focus on the first element the CSS selector finds, once the page is updated. */
VisitPrep.focusOn = function (selector) {
    var element = document.querySelector(selector);
    if (element) {
        element.focus();
    }
};
