package org.osteomet.web.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.sim.Entry;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.tumour.CancerType;
import org.osteomet.web.jobs.RecordingJobContext;
import org.osteomet.web.request.TrialRequest;

class TrialJobTest {
    private static final TrialRequest SMALL = new TrialRequest(CancerType.BREAST,
            List.of(BoneTargetedAgent.PLACEBO, BoneTargetedAgent.DENOSUMAB), 30, 12, Entry.BONE_METASTATIC, 1);

    private static byte[] run(RecordingJobContext context) throws Exception {
        return new TrialJob(SMALL, ModelCatalog.defaults(), StandardOfCare.defaults()).run(context);
    }

    @Test
    void reportsKaplanMeierCurvesAndHazardRatiosAgainstTheFirstArm() throws Exception {
        RecordingJobContext context = new RecordingJobContext();
        JsonNode json = new ObjectMapper().readTree(run(context));
        JsonNode arms = json.at("/result/arms");
        assertThat(arms.size()).isEqualTo(2);
        assertThat(arms.get(0).get("arm").asText()).isEqualTo("placebo");
        assertThat(arms.get(0).get("versus_control").isNull()).isTrue();
        JsonNode hr = arms.get(1).at("/versus_control/hr_first_sre");
        assertThat(hr.has("hr")).isTrue();
        assertThat(hr.has("ci_low")).isTrue();
        for (JsonNode arm : arms) {
            assertThat(arm.at("/km_first_sre/time_days").size()).isGreaterThan(1);
            assertThat(arm.at("/km_overall_survival/survival").size()).isEqualTo(arm.at("/km_overall_survival/time_days").size());
            assertThat(arm.get("patients").asInt()).isEqualTo(30);
        }
        assertThat(json.get("command").asText()).startsWith("osteomet trial --primary breast --arms placebo,denosumab");
        assertThat(context.fractions.get(context.fractions.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void theSameRequestGivesIdenticalBytes() throws Exception {
        assertThat(run(new RecordingJobContext())).isEqualTo(run(new RecordingJobContext()));
    }
}
