package org.osteomet.therapy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterSet;

class TherapyParametersTest {

    private static final Pattern NAME = Pattern.compile("therapy(\\.[a-z0-9_]+)+");

    @Test
    void everyParameterIsNamedDocumentedAndInRange() {
        List<Parameter> all = TherapyParameters.parameters();
        assertThat(all).hasSize(39);
        Set<String> seen = new HashSet<>();
        for (Parameter p : all) {
            assertThat(seen.add(p.name())).as("duplicate %s", p.name()).isTrue();
            assertThat(p.name()).matches(NAME);
            assertThat(p.symbol()).as(p.name()).isNotBlank();
            assertThat(p.unit()).as(p.name()).isNotBlank();
            assertThat(p.source()).as(p.name()).isNotBlank();
            if (p.isCalibrated()) {
                assertThat(p.source().toLowerCase(Locale.ROOT)).as(p.name()).contains("calibrat").contains("marker")
                        .contains("never against sre").doesNotContain("calibrated to sre");
            }
        }
        ParameterSet d = TherapyParameters.defaults();
        for (Parameter p : all) {
            assertThat(d.get(p)).isEqualTo(p.value());
        }
    }
}
