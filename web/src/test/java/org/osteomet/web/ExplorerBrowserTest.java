package org.osteomet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages in a real (headless) browser: a patient replayed on the skeleton, charts with data, a small trial. */
class ExplorerBrowserTest {
    private static final Duration RUN_WAIT = Duration.ofSeconds(60);
    private static ExplorerServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        server = new ExplorerServer(ServerSettings.DEFAULTS.withPort(0)).start(); // first: a failure here leaves no browser behind
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    /** Waits for the page's state (data-state on body: ready, running, done, error). */
    private static void awaitState(String state) {
        new WebDriverWait(browser, RUN_WAIT).until((WebDriver d) -> {
            String now = d.findElement(By.tagName("body")).getAttribute("data-state");
            if ("error".equals(now) && !"error".equals(state)) {
                throw new AssertionError("the page shows an error: " + d.findElement(By.id("error")).getText());
            }
            return state.equals(now);
        });
    }

    private static long pointsIn(String canvasId) {
        return (Long) script("const c = Chart.getChart(arguments[0]);"
                + "return c.data.datasets.reduce((n, d) => n + d.data.filter(p => p.y != null).length, 0);", canvasId);
    }

    private static long datasetsIn(String canvasId) {
        return (Long) script("return Chart.getChart(arguments[0]).data.datasets.length;", canvasId);
    }

    @Test
    void aPatientIsReplayedOnTheSkeletonWithChartsAndTheStory() {
        browser.get(server.url());
        awaitState("ready");
        assertThat(find(".disclaimer").getText()).contains("Research and teaching only");
        new Select(find("#primary")).selectByValue("breast");
        find("#seed").clear();
        TeachingPatient story = TeachingPatient.find();
        find("#seed").sendKeys(Long.toString(story.seed()));
        new Select(find("#treatment")).selectByValue("zoledronic-acid");
        find("#run").click();
        awaitState("done");

        // the end of follow-up: lesions on both skeletons, coloured by type
        assertThat(all("#skeleton-without circle.lesion")).isNotEmpty();
        assertThat(all("#skeleton-with circle.lesion")).isNotEmpty();
        assertThat(all("#skeleton-without circle.lesion[data-site=" + story.firstBoneSite().code() + "]")).isNotEmpty();
        assertThat(find("#legend").getText()).contains("osteolytic", "osteoblastic", "mixed");

        // every chart has data
        assertThat(pointsIn("chart-calcium")).isGreaterThan(100);
        assertThat(pointsIn("chart-total")).isGreaterThan(100);
        assertThat(datasetsIn("chart-burden")).isPositive();
        assertThat(pointsIn("chart-bone")).isPositive();
        assertThat((Long) script("return Chart.getChart('chart-calcium').options.plugins.gradeBands.grades.length;")).isEqualTo(4);

        // the slider goes back to diagnosis: fewer lesions (occult ones may already be there), another day, the story greys out
        WebElement slider = find("#day-slider");
        String endLabel = find("#day-label").getText();
        int lesionsAtEnd = all("#skeleton-without circle.lesion").size();
        slider.sendKeys(Keys.HOME);
        assertThat(find("#day-label").getText()).startsWith("day 0").isNotEqualTo(endLabel);
        assertThat(all("#skeleton-without circle.lesion")).hasSizeLessThan(lesionsAtEnd);
        assertThat(all("#events li.future")).isNotEmpty();
        slider.sendKeys(Keys.END);
        assertThat(all("#skeleton-without circle.lesion")).isNotEmpty();

        // play moves the day on
        slider.sendKeys(Keys.HOME);
        find("#play").click();
        new WebDriverWait(browser, RUN_WAIT).until(d -> !d.findElement(By.id("day-label")).getText().startsWith("day 0 "));
        find("#play").click();

        // how to fight back, and what happened in plain words
        assertThat(all("#differences tbody tr")).hasSize(8);
        assertThat(find("#verdict").getText()).contains("fewer skeletal-related event");
        assertThat(find("#events").getText()).contains("first bone metastasis: " + story.firstBoneSite().displayName());
        browser.findElement(By.cssSelector("input[name=detail][value=without]")).findElement(By.xpath("..")).click();
        assertThat(find("#events").getText()).contains("radiotherapy to the " + story.irradiatedForPain().displayName() + " for pain");
        assertThat(all("#events .badge")).isNotEmpty();
    }

    @Test
    void badInputShowsTheServersMessage() {
        browser.get(server.url());
        awaitState("ready");
        script("document.querySelector('#years').removeAttribute('max');");
        find("#years").clear();
        find("#years").sendKeys("50");
        find("#run").click();
        awaitState("error");
        assertThat(find("#error").getText()).isEqualTo("years: must be more than 0 and at most 20, got 50");
    }

    @Test
    void aSmallTrialShowsKaplanMeierCurvesAndHazardRatios() {
        browser.get(server.url() + "trial.html");
        awaitState("ready");
        assertThat(find(".disclaimer").getText()).contains("Research and teaching only");
        find("#patients").clear();
        find("#patients").sendKeys("30");
        find("#months").clear();
        find("#months").sendKeys("12");
        find("#run").click();
        awaitState("done");

        assertThat(datasetsIn("km-sre")).isEqualTo(3);
        assertThat(datasetsIn("km-os")).isEqualTo(3);
        assertThat(pointsIn("km-sre")).isGreaterThan(3);
        assertThat(((Number) script("return Chart.getChart('km-os').data.datasets[0].data[0].y;")).doubleValue()).isEqualTo(1.0);
        List<WebElement> rows = all("#endpoints tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).contains("placebo", "control");
        assertThat(rows.get(1).getText()).contains("zoledronic-acid").containsPattern("\\d\\.\\d\\d \\(\\d\\.\\d\\d–\\d");
    }
}
