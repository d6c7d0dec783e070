package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterCatalog;
import org.osteomet.param.Provenance;

/** The calibrated-parameters.yaml overlay: its values become the defaults; bad files fail naming the file. */
class ModelCatalogOverlayTest {
    private static final String DT = "breast.metastasis_doubling_time_d";
    private static final String FILE = ModelCatalog.CALIBRATED_FILE;

    private static Map<String, Double> parse(String yaml) {
        return ModelCatalog.parseOverlay(yaml.getBytes(StandardCharsets.UTF_8), FILE, ModelCatalog.catalog());
    }

    @Test
    void overlaidValuesBecomeTheDefaultsAndSayWhereTheyComeFrom() {
        Map<String, Double> overlay = parse("# provenance: calibrated by CMA-ES to targets T004\n" + DT + ": 27.913512345678901\n");
        assertThat(overlay).containsExactly(Map.entry(DT, 27.913512345678901));
        ParameterCatalog base = ModelCatalog.catalog();
        ParameterCatalog overlaid = ModelCatalog.withOverlay(base, overlay);
        Parameter p = overlaid.find(DT).orElseThrow();
        assertThat(p.value()).isEqualTo(27.913512345678901);
        assertThat(p.provenance()).isEqualTo(Provenance.CALIBRATED);
        assertThat(p.source()).startsWith("value from calibrated-parameters.yaml");
        assertThat(overlaid.defaults().get(DT)).isEqualTo(27.913512345678901);
        String other = "prostate.metastasis_doubling_time_d";
        assertThat(overlaid.find(other)).isEqualTo(base.find(other));
        assertThat(overlaid.all()).hasSameSizeAs(base.all());
    }

    @Test
    void anOverlayOfOnlyCommentsChangesNothing() {
        assertThat(parse("# nothing calibrated yet\n")).isEmpty();
        assertThat(ModelCatalog.withOverlay(ModelCatalog.catalog(), Map.of())).isSameAs(ModelCatalog.catalog());
    }

    @Test
    void badOverlaysFailNamingTheFile() {
        assertThatThrownBy(() -> parse("breast.metastasis_doubling_tim_d: 30\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FILE).hasMessageContaining("unknown parameter 'breast.metastasis_doubling_tim_d'");
        assertThatThrownBy(() -> parse(DT + ": 0.5\n")).isInstanceOf(IllegalStateException.class).hasMessageContaining(FILE)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> parse(DT + ": fast\n")).isInstanceOf(IllegalStateException.class).hasMessageContaining(FILE)
                .hasMessageContaining("expected a number");
        assertThatThrownBy(() -> parse(DT + ": 30\n" + DT + ": 31\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FILE);
        assertThatThrownBy(() -> parse("- 1\n- 2\n")).isInstanceOf(IllegalStateException.class).hasMessageContaining(FILE);
    }

    @Test
    void theShippedCatalogCarriesTheOverlayIfAny() {
        boolean present = ModelCatalog.class.getClassLoader().getResource(ModelCatalog.CALIBRATED_RESOURCE) != null;
        assertThat(ModelCatalog.calibratedOverlay().isEmpty()).isEqualTo(!present);
        ModelCatalog.calibratedOverlay().forEach((name, v) -> assertThat(ModelCatalog.defaults().get(name)).isEqualTo(v));
    }
}
