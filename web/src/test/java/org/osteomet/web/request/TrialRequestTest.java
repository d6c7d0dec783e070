package org.osteomet.web.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteomet.sim.Entry;
import org.osteomet.therapy.BoneTargetedAgent;

class TrialRequestTest {
    private static TrialRequest parse(String json) {
        return TrialRequest.parse(json.getBytes(StandardCharsets.UTF_8), RunLimits.DEFAULTS);
    }

    @Test
    void fillsInDefaults() {
        TrialRequest r = parse("{\"primary\":\"breast\"}");
        assertThat(r.arms()).containsExactly(BoneTargetedAgent.PLACEBO, BoneTargetedAgent.ZOLEDRONIC_ACID, BoneTargetedAgent.DENOSUMAB);
        assertThat(r.patients()).isEqualTo(TrialRequest.DEFAULT_PATIENTS);
        assertThat(r.entry()).isEqualTo(Entry.BONE_METASTATIC);
    }

    @Test
    void keepsTheArmsInTheGivenOrder() {
        TrialRequest r = parse("{\"primary\":\"prostate\",\"arms\":[\"denosumab\",\"placebo\"],\"patients\":5,\"months\":6}");
        assertThat(r.arms()).isEqualTo(List.of(BoneTargetedAgent.DENOSUMAB, BoneTargetedAgent.PLACEBO));
        assertThat(r.months()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"primary\":\"breast\",\"patients\":301}                  | patients: must be between 1 and 300, got 301",
        "{\"primary\":\"breast\",\"patients\":0}                    | patients: must be between 1 and 300, got 0",
        "{\"primary\":\"breast\",\"months\":61}                     | months: must be more than 0 and at most 60",
        "{\"primary\":\"breast\",\"arms\":[\"placebo\"]}            | arms: a trial needs at least 2 arms, got 1",
        "{\"primary\":\"breast\",\"arms\":[\"placebo\",\"placebo\"]} | arms: each arm may be given once",
        "{\"primary\":\"breast\",\"arms\":[\"placebo\",\"xgeva\"]}  | arms: unknown 'xgeva'",
        "{\"primary\":\"breast\",\"arms\":\"placebo\"}              | arms: must be a list of names",
        "{\"primary\":\"breast\",\"arms\":[\"placebo\",3]}          | arms: must be a string",
        "{\"primary\":\"breast\",\"threads\":4}                     | threads: unknown field",
    })
    void namesTheFieldThatIsWrong(String json, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(BadRequestException.class).hasMessageStartingWith(message);
    }

    @Test
    void tooManyArmsAreRefusedBeforeTheyAreRead() {
        String arms = "[" + "\"placebo\",".repeat(10) + "\"denosumab\"]";
        assertThatThrownBy(() -> parse("{\"primary\":\"breast\",\"arms\":" + arms + "}")).hasMessageStartingWith("arms: at most 5 items");
    }
}
