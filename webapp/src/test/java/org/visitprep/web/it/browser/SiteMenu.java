package org.visitprep.web.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

/**
 * The header's menu (navigation, language, sign out). On a narrow screen it hides behind the Menu button, a
 * disclosure button: {@code aria-expanded} says whether it is open, {@code aria-controls} names the menu.
 */
public final class SiteMenu {

    private static final By BUTTON = By.id("menu-button");
    private static final By LINKS = By.cssSelector("nav.vp-nav a");

    private final Browser browser;

    SiteMenu(Browser browser) {
        this.browser = browser;
    }

    /** Whether the menu sits behind its button (a narrow screen) rather than always in view. */
    public boolean isBehindAButton() {
        return button().isDisplayed();
    }

    /** Whether the button says the menu is open. */
    public boolean saysOpen() {
        return "true".equals(button().getAttribute("aria-expanded"));
    }

    /** Whether the menu itself is shown, its links visible. */
    public boolean isShown() {
        return menu().isDisplayed()
                && browser.driver().findElements(LINKS).stream().allMatch(WebElement::isDisplayed);
    }

    /** The id of the element the button says it controls, and whether that element is the menu. */
    public boolean buttonControlsTheMenu() {
        return "site-menu".equals(button().getAttribute("aria-controls"));
    }

    /** The button's name, as assistive technology reads it. */
    public String buttonName() {
        return button().getAccessibleName();
    }

    /** Reaches the button with the Tab key from the top of the page and presses it with the given key. */
    public void toggleByKeyboard(Keys key) {
        WebElement button = button();
        if (!button.equals(browser.driver().switchTo().activeElement())) {
            tabTo(button);
        }
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Presses Escape wherever the focus is. */
    public void pressEscape() {
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
    }

    /** Moves the keyboard focus into the menu, to its first link, with the Tab key. */
    public void tabIntoTheMenu() {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    }

    /** Whether the keyboard focus is on the Menu button. */
    public boolean buttonHasFocus() {
        return button().equals(browser.driver().switchTo().activeElement());
    }

    /** Whether the keyboard focus is on one of the menu's links. */
    public boolean focusIsInTheMenu() {
        return Boolean.TRUE.equals(browser.driver()
                .executeScript("return document.getElementById('site-menu').contains(document.activeElement)"));
    }

    /** Taps the Menu button with a finger (a touch pointer, not a mouse). */
    public void tapButton() {
        tap(button());
    }

    /** Taps the page's main heading, outside the menu. */
    public void tapOutside() {
        tap(browser.driver().findElement(By.cssSelector("main h1")));
    }

    /** Taps the menu's link of this name and waits for the page it opens to replace this one. */
    public void tapLink(String name) {
        WebElement link = browser.driver().findElements(LINKS).stream()
                .filter(candidate -> candidate.getText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu link named " + name));
        WebElement page = browser.driver().findElement(By.tagName("html"));
        tap(link);
        browser.waiting().until(Browser.replaced(page));
    }

    /** Opens the menu if it hides behind its button, so that its links and buttons can be used. */
    public void reveal() {
        if (isBehindAButton() && !saysOpen()) {
            button().click();
            browser.waiting().until(driver -> isShown());
        }
    }

    /** The names of the menu's links, in order. */
    public List<String> linkNames() {
        return browser.driver().findElements(LINKS).stream()
                .map(link -> link.getDomProperty("textContent").strip())
                .toList();
    }

    private void tabTo(WebElement target) {
        browser.driver()
                .executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        for (int presses = 0; presses < 10; presses++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if (target.equals(browser.driver().switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("the Tab key never reached " + target.getAccessibleName());
    }

    private void tap(WebElement target) {
        var finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        var touch = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(target), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        browser.driver().perform(List.of(touch));
    }

    private WebElement button() {
        return browser.driver().findElement(BUTTON);
    }

    private WebElement menu() {
        return browser.driver().findElement(By.id("site-menu"));
    }
}
