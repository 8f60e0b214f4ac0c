/* The print view's Print button: a handler bound here, since the page's policy runs no inline script. */
document.getElementById('print-now')?.addEventListener('click', function () {
    window.print();
});
