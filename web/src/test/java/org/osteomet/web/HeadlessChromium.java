package org.osteomet.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromedriver, named explicitly so that Selenium Manager never looks for (or downloads) a
 * browser or driver. Tests using it are skipped only when either program is missing (CI installs both).
 */
final class HeadlessChromium {
    /** Overridable with -Dosteomet.chromium=... and -Dosteomet.chromedriver=... */
    static final Path BROWSER = Path.of(System.getProperty("osteomet.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("osteomet.chromedriver", "/usr/bin/chromedriver"));
    static final int WIDTH = 1400;
    static final int HEIGHT = 1000;

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        Assumptions.assumeTrue(Files.isExecutable(BROWSER), "no chromium at " + BROWSER + " (apt-get install chromium)");
        Assumptions.assumeTrue(Files.isExecutable(DRIVER), "no chromedriver at " + DRIVER + " (apt-get install chromium-driver)");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString()); // the driver finder's own setting: no lookup
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + WIDTH + "," + HEIGHT);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
