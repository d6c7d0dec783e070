package org.osteomet.tumour;

/** Where a tumour's venous blood goes first, which decides the first capillary bed its shed cells meet. */
public enum VenousDrainage {
    /** Systemic veins to the right heart: the lung capillaries are the first filter. */
    CAVAL,
    /** Pulmonary veins to the left heart: shed cells go straight into the arterial circulation. */
    PULMONARY
}
