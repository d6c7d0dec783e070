package org.osteomet.web.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.sim.Entry;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.tumour.CancerType;

class PatientRequestTest {
    private static final StandardOfCare POLICY = StandardOfCare.defaults();

    private static PatientRequest parse(String json) {
        return PatientRequest.parse(json.getBytes(StandardCharsets.UTF_8), RunLimits.DEFAULTS, POLICY);
    }

    @Test
    void fillsInDefaults() {
        PatientRequest r = parse("{\"primary\": \"prostate\"}");
        assertThat(r.primary()).isEqualTo(CancerType.PROSTATE);
        assertThat(r.seed()).isEqualTo(PatientRequest.DEFAULT_SEED);
        assertThat(r.entry()).isEqualTo(Entry.DIAGNOSIS);
        assertThat(r.years()).isEqualTo(PatientRequest.DEFAULT_YEARS);
        assertThat(r.treatment()).isEqualTo(BoneTargetedAgent.ZOLEDRONIC_ACID);
        assertThat(r.systemicTherapy()).isEqualTo(ArmChoice.BOTH); // the policy's standard of care
        assertThat(r.radiotherapyKillsTumour()).isEqualTo(ArmChoice.standard(POLICY.radiotherapyKillsTumour()));
    }

    @Test
    void readsMyeloma() {
        assertThat(parse("{\"primary\": \"myeloma\"}").primary()).isEqualTo(CancerType.MYELOMA);
    }

    @Test
    void readsEveryField() {
        PatientRequest r = parse("{\"primary\":\"lung\",\"seed\":9007199254740991,\"patient\":3,\"entry\":\"bone-metastatic\","
                + "\"years\":2.5,\"treatment\":\"denosumab\",\"systemic_therapy\":\"treated\",\"radiotherapy_kills_tumour\":\"none\"}");
        assertThat(r).isEqualTo(new PatientRequest(CancerType.LUNG, RunLimits.MAX_SEED, 3, Entry.BONE_METASTATIC, 2.5,
                BoneTargetedAgent.DENOSUMAB, ArmChoice.TREATED, ArmChoice.NONE));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"primary\":\"brest\"}                        | primary: unknown 'brest' (did you mean 'breast'?)",
        "{}                                             | primary: missing",
        "{\"primary\":7}                                | primary: must be a string",
        "{\"primary\":\"breast\",\"seed\":-1}           | seed: must be between 0 and 9007199254740991, got -1",
        "{\"primary\":\"breast\",\"seed\":9007199254740992} | seed: must be between",
        "{\"primary\":\"breast\",\"seed\":1e30}         | seed: must be between",
        "{\"primary\":\"breast\",\"seed\":2.5}          | seed: must be a whole number",
        "{\"primary\":\"breast\",\"seed\":\"7\"}        | seed: must be a whole number",
        "{\"primary\":\"breast\",\"years\":0}           | years: must be more than 0 and at most 20",
        "{\"primary\":\"breast\",\"years\":21}          | years: must be more than 0 and at most 20, got 21",
        "{\"primary\":\"breast\",\"entry\":\"bone\"}    | entry: unknown 'bone'",
        "{\"primary\":\"breast\",\"treatment\":\"zoledronic\"} | treatment: unknown 'zoledronic' (did you mean 'zoledronic-acid'?)",
        "{\"primary\":\"breast\",\"systemic_therapy\":true} | systemic_therapy: must be a string",
        "{\"primary\":\"breast\",\"systemic_therapy\":\"yes\"} | systemic_therapy: unknown 'yes'; choose one of: both, treated, none",
        "{\"primary\":\"prostate\",\"entry\":\"bone-metastatic-progressing\",\"systemic_therapy\":\"treated\"} | systemic_therapy: entry bone-metastatic-progressing is progression on the first systemic line",
        "{\"primary\":\"breast\",\"yaers\":3}           | yaers: unknown field (did you mean 'years'?)",
        "{\"primary\":\"breast\"                        | body: malformed JSON at line 1",
        "[\"breast\"]                                   | body: must be a JSON object, got array",
        "{\"primary\":\"breast\",\"primary\":\"lung\"}  | body: malformed JSON at line 1, column 30: Duplicate field 'primary'",
    })
    void namesTheFieldThatIsWrong(String json, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(BadRequestException.class).hasMessageStartingWith(message);
    }

    @Test
    void systemicTherapyNeedsLinesInThePolicy() {
        StandardOfCare withoutLines = StandardOfCare.load(java.nio.file.Path.of("src", "test", "resources", "no-systemic-lines.yaml"));
        String json = "{\"primary\":\"breast\",\"systemic_therapy\":\"treated\"}";
        assertThatThrownBy(() -> PatientRequest.parse(json.getBytes(StandardCharsets.UTF_8), RunLimits.DEFAULTS, withoutLines))
                .hasMessageStartingWith("systemic_therapy: the standard-of-care policy has no systemic therapy (adjuvant course or lines) for breast");
        PatientRequest r = PatientRequest.parse("{\"primary\":\"breast\"}".getBytes(StandardCharsets.UTF_8), RunLimits.DEFAULTS,
                withoutLines);
        assertThat(r.systemicTherapy()).isEqualTo(ArmChoice.NONE);
    }

    @Test
    void anEmptyBodyIsNamed() {
        assertThatThrownBy(() -> parse("")).hasMessage("body: empty; send a JSON object");
    }

    @Test
    void longValuesAreCutInMessages() {
        String longName = "x".repeat(1000);
        assertThatThrownBy(() -> parse("{\"primary\":\"breast\",\"seed\":\"" + longName + "\"}"))
                .hasMessageEndingWith("...");
    }
}
