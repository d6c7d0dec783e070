package org.osteomet.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Chart.js from its WebJar on the classpath (no CDN), served at one path that does not change with the version:
 * the version is read from the WebJar's Maven properties.
 */
final class ChartJsAsset {
    static final String PATH = "/vendor/chart.umd.min.js";
    private static final String PROPERTIES = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";
    private static final String SCRIPT = "/META-INF/resources/webjars/chart.js/%s/dist/chart.umd.min.js";

    private ChartJsAsset() {
    }

    /** The script's bytes; fails at start-up if the WebJar is missing, rather than at the first page view. */
    static byte[] load() {
        try (InputStream props = ChartJsAsset.class.getResourceAsStream(PROPERTIES)) {
            if (props == null) {
                throw new IllegalStateException("the Chart.js WebJar is not on the classpath");
            }
            Properties p = new Properties();
            p.load(props);
            String resource = String.format(java.util.Locale.ROOT, SCRIPT, p.getProperty("version"));
            try (InputStream in = ChartJsAsset.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Chart.js script missing from its WebJar: " + resource);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read Chart.js from its WebJar", e);
        }
    }
}
