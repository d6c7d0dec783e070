package org.osteomet.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test: takes the README's picture of the explorer (docs/regenerate-explorer-screenshot.sh runs it). A patient
 * is run from the page's address, as a user's shared link would, and the page is photographed when it is done.
 */
public final class ExplorerScreenshot {
    private static final String PATIENT = "?primary=breast&seed=4&treatment=zoledronic-acid";
    private static final Dimension WINDOW = new Dimension(1400, 1600);
    private static final Duration WAIT = Duration.ofMinutes(2);
    /** The picture shows her in the last months of the course, before the end greys the skeletons. */
    private static final int WEEKS_BEFORE_END = 20;

    private ExplorerScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images/explorer.png");
        ChromeDriver browser = HeadlessChromium.start();
        try (ExplorerServer server = new ExplorerServer(ServerSettings.DEFAULTS.withPort(0)).start()) {
            browser.manage().window().setSize(WINDOW);
            browser.get(server.url() + PATIENT);
            new WebDriverWait(browser, WAIT).until(d -> "done".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
            for (int i = 0; i < WEEKS_BEFORE_END; i++) {
                browser.findElement(By.id("day-slider")).sendKeys(Keys.ARROW_LEFT);
            }
            Files.write(out, browser.getScreenshotAs(OutputType.BYTES));
            System.out.println("wrote " + out);
        } finally {
            browser.quit();
        }
    }
}
