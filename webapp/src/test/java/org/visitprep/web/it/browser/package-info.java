/**
 * Headless Chromium driven by Selenium, and the page objects that name what a person sees ("the sign-out button",
 * "the welcome heading") rather than CSS paths. Every page object runs axe-core on its page when it is shown.
 */
package org.visitprep.web.it.browser;
