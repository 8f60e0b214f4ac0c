package org.visitprep.web.it.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** The administrators' registered EHRs page: each EHR, its clinician map, and the form that maps an EHR user. */
final class EhrsPage extends PortalPage {

    /** One line of an EHR's map, as shown. */
    record Mapping(String fhirUser, String clinician) {}

    EhrsPage(Browser browser) {
        super(browser, "registered EHRs page");
        assertPath("/admin/ehrs.xhtml");
    }

    List<Mapping> mappings(String ehrKey) {
        return browser
                .driver()
                .findElements(By.cssSelector("section.vp-ehr[data-key='" + ehrKey + "'] tr.vp-mapping"))
                .stream()
                .map(row -> new Mapping(
                        row.getAttribute("data-fhir-user"),
                        row.findElement(By.className("vp-mapping-clinician")).getText()))
                .toList();
    }

    EhrsPage unmap(String ehrKey, String fhirUser) {
        return press(browser.driver()
                .findElement(By.cssSelector("section.vp-ehr[data-key='" + ehrKey + "'] tr.vp-mapping[data-fhir-user='"
                        + fhirUser + "'] .vp-unmap")));
    }

    /** Maps the EHR user to the clinician chosen by the visible text of the list (empty: none chosen). */
    EhrsPage map(String ehrKey, String fhirUser, String clinicianChoice) {
        new Select(browser.driver().findElement(By.id("map:ehr"))).selectByValue(ehrKey);
        var field = browser.driver().findElement(By.id("map:fhir-user"));
        field.clear();
        field.sendKeys(fhirUser);
        var clinician = new Select(browser.driver().findElement(By.id("map:clinician")));
        if (clinicianChoice.isEmpty()) {
            clinician.selectByIndex(0);
        } else {
            clinician.selectByVisibleText(clinicianChoice);
        }
        return press(browser.driver().findElement(By.id("map:save")));
    }

    List<String> messages() {
        return browser.driver().findElements(By.cssSelector("#messages li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private EhrsPage press(WebElement button) {
        var page = browser.driver().findElement(By.tagName("html"));
        button.click();
        browser.waiting().until(Browser.replaced(page));
        return new EhrsPage(browser);
    }
}
