package org.osteomet.trial;

import java.util.List;

/** The patients of one trial arm, in patient-id order. */
public record ArmOutcomes(String arm, String description, List<PatientEndpoints> patients) {
    public ArmOutcomes {
        patients = List.copyOf(patients);
    }
}
