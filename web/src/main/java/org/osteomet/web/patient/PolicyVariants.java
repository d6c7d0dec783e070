package org.osteomet.web.patient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osteomet.clinical.StandardOfCare;

/**
 * The standard-of-care policy with its treatment switches set. Goes through the policy's own JSON form (the
 * names of its YAML file) so that fields added to the policy later are carried over untouched.
 */
final class PolicyVariants {
    static final String RADIOTHERAPY_KILLS_TUMOUR = "radiotherapy_kills_tumour";
    static final String SYSTEMIC_THERAPY = "systemic_therapy";
    static final String ADJUVANT_THERAPY = "adjuvant_therapy";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PolicyVariants() {
    }

    /**
     * @param radiotherapyKillsTumour palliative radiotherapy also kills tumour cells
     * @param systemicTherapy         keep the policy's systemic therapy, adjuvant and lines (false: none)
     */
    static StandardOfCare of(StandardOfCare base, boolean radiotherapyKillsTumour, boolean systemicTherapy) {
        ObjectNode tree = MAPPER.valueToTree(base);
        tree.put(RADIOTHERAPY_KILLS_TUMOUR, radiotherapyKillsTumour);
        if (!systemicTherapy) {
            tree.putObject(SYSTEMIC_THERAPY);
            tree.putObject(ADJUVANT_THERAPY);
        }
        try {
            return MAPPER.treeToValue(tree, StandardOfCare.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the standard-of-care policy does not round-trip through JSON", e);
        }
    }
}
