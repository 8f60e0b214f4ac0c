/**
 * The patient's pages on a phone (360 × 800, touch) and on a laptop (1280 × 800): every page checked by axe with
 * WCAG 2.2's target size and for sideways scrolling, the header's menu by keyboard and by touch, and one whole
 * journey done on the phone. The pictures of the phone's pages land in {@code target/phone-screenshots}.
 */
package org.visitprep.web.it.phone;
