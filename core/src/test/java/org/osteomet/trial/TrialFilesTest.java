package org.osteomet.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialFilesTest {
    @TempDir
    Path tmp;

    private static final String HEADER = "arm,patients,patient_years,share_with_sre,median_time_to_first_sre_days,"
            + "ci_low,ci_high,smr_per_patient_year,hypercalcaemia_share,median_os_days,os_ci_low,os_ci_high,"
            + "hr_first_sre,hr_first_sre_ci_low,hr_first_sre_ci_high,p_first_sre_logrank,hr_multiple_events,"
            + "hr_multiple_events_ci_low,hr_multiple_events_ci_high,hr_os,hr_os_ci_low,hr_os_ci_high,p_os_logrank,withdrawn_share";

    @Test
    void writesJsonCsvAndHtml() throws Exception {
        TrialResult r = TrialAnalysis.analyse(List.of(TrialAnalysisTest.control("control"),
                TrialAnalysisTest.treated("a<b&c")), 365);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("patients", 3);
        settings.put("seed", 42L);
        settings.put("scenario", "<script>alert(1)</script>");
        TrialFiles.write(r, settings, tmp);

        JsonNode json = new ObjectMapper().readTree(tmp.resolve("trial.json").toFile());
        assertThat(json.get("settings").get("seed").asLong()).isEqualTo(42);
        assertThat(json.get("arms")).hasSize(2);
        JsonNode c = json.get("arms").get(0);
        JsonNode t = json.get("arms").get(1);
        assertThat(c.get("arm").asText()).isEqualTo("control");
        assertThat(t.get("arm").asText()).isEqualTo("a<b&c");
        for (String key : List.of("patients", "patient_years", "share_with_sre", "time_to_first_sre_median_days",
                "smr_per_patient_year", "sre_by_type", "hypercalcaemia_share", "overall_survival_median_days",
                "km_first_sre", "km_overall_survival", "versus_control", "patients_withdrawn")) {
            assertThat(c.has(key)).as(key).isTrue();
            assertThat(t.has(key)).as(key).isTrue();
        }
        assertThat(c.get("versus_control").isNull()).isTrue();
        assertThat(t.get("versus_control").get("hr_first_sre").get("hr").asDouble()).isLessThan(1);
        assertThat(c.get("time_to_first_sre_median_days").get("value").asDouble()).isEqualTo(100);
        assertThat(c.get("overall_survival_median_days").get("value").isNull()).isTrue();

        List<String> csv = Files.readAllLines(tmp.resolve("arms.csv"), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(3);
        assertThat(csv.get(0)).isEqualTo(HEADER);
        assertThat(String.join(",", TrialFiles.CSV_HEADER)).isEqualTo(HEADER);
        String[] row0 = csv.get(1).split(",", -1);
        String[] row1 = csv.get(2).split(",", -1);
        assertThat(row0).hasSize(24);
        assertThat(row1).hasSize(24);
        assertThat(row0[23]).isEqualTo("0"); // nobody left these arms alive
        assertThat(row0[0]).isEqualTo("control");
        assertThat(row0[1]).isEqualTo("3");
        assertThat(row0[4]).isEqualTo("100");
        for (int i = 12; i < 23; i++) {
            assertThat(row0[i]).as("control HR column %d", i).isEmpty();
        }
        assertThat(row1[0]).isEqualTo("a<b&c");
        assertThat(Double.parseDouble(row1[12])).isLessThan(1);

        String html = Files.readString(tmp.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Research and teaching tool: not for clinical decisions");
        assertThat(html.split("<svg", -1)).hasSize(3);
        assertThat(html.split("</svg>", -1)).hasSize(3);
        assertThat(html).contains("control").contains("a&lt;b&amp;c");
        assertThat(html).doesNotContain("a<b&c").doesNotContain("<script").doesNotContain("<b&c");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        // self-contained: no scripts, no links, no fetched resources (the SVG namespace URI is only a name)
        assertThat(html).doesNotContain("src=").doesNotContain("href=").doesNotContain("<link")
                .doesNotContain("url(").doesNotContain("@import");
        // every '&' starts an entity
        assertThat(html).doesNotContainPattern("&(?![a-zA-Z]+;|#[0-9]+;)");
        assertThat(html).contains("<polyline");
        assertThat(html).contains("How to read this");
    }
}
