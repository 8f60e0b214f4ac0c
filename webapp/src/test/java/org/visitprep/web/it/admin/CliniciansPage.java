package org.visitprep.web.it.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** The administrators' clinicians page: the list, the invitation form and the page's messages. */
final class CliniciansPage extends PortalPage {

    /** One row as shown: user name, name, e-mail, account state. */
    record Row(String username, String name, String email, String state) {}

    CliniciansPage(Browser browser) {
        super(browser, "clinicians page");
        assertPath("/admin/clinicians.xhtml");
    }

    List<Row> rows() {
        return browser.driver().findElements(By.cssSelector("tr.vp-clinician")).stream()
                .map(row -> {
                    var cells = row.findElements(By.tagName("td"));
                    return new Row(
                            row.getAttribute("data-username"),
                            cells.get(0).getText(),
                            cells.get(2).getText(),
                            cells.get(3).getText());
                })
                .toList();
    }

    Row row(String username) {
        return rows().stream()
                .filter(row -> row.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + username + " in " + rows()));
    }

    CliniciansPage invite(String username, String firstName, String lastName, String email) {
        fill("invite:username", username);
        fill("invite:first-name", firstName);
        fill("invite:last-name", lastName);
        fill("invite:email", email);
        return press(browser.driver().findElement(By.id("invite:send")));
    }

    CliniciansPage disable(String username) {
        return press(inRow(username, "vp-disable"));
    }

    CliniciansPage enable(String username) {
        return press(inRow(username, "vp-enable"));
    }

    /** The page-wide messages (what happened, or why nothing did). */
    List<String> messages() {
        return browser.driver().findElements(By.cssSelector("#messages li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The message beside a field of the invitation form, or empty. */
    String fieldMessage(String field) {
        return browser.driver().findElements(By.id("invite:" + field + "-message")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("")
                .strip();
    }

    private WebElement inRow(String username, String buttonClass) {
        return browser.driver()
                .findElement(By.cssSelector("tr.vp-clinician[data-username='" + username + "'] ." + buttonClass));
    }

    private CliniciansPage press(WebElement button) {
        var page = browser.driver().findElement(By.tagName("html"));
        button.click();
        browser.waiting().until(Browser.replaced(page));
        return new CliniciansPage(browser);
    }

    private void fill(String id, String text) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
