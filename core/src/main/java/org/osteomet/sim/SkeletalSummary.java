package org.osteomet.sim;

/**
 * The skeletal course of one patient (simulation days; NaN = never).
 *
 * @param firstSreDay          first skeletal-related event
 * @param sreCount             skeletal-related events (fracture, cord compression, radiation or surgery to bone)
 * @param fractureCount        pathological fractures, vertebral collapse included
 * @param cordCompressionDay   first spinal cord compression
 * @param maxSerumCalcium      highest total serum calcium, mmol/L
 * @param maxHypercalcaemiaGrade highest CTCAE grade, 0-4
 * @param maxMirels            highest Mirels score of a long-bone lesion (0 if none)
 * @param maxAnalgesicStep     highest WHO analgesic ladder step reached (0 none, 1 non-opioid, 2 weak, 3 strong opioid)
 */
public record SkeletalSummary(double firstSreDay, int sreCount, int fractureCount, double cordCompressionDay,
                              double maxSerumCalcium, int maxHypercalcaemiaGrade, int maxMirels,
                              int maxAnalgesicStep) {
    public static final SkeletalSummary NONE = new SkeletalSummary(Double.NaN, 0, 0, Double.NaN, Double.NaN, 0, 0, 0);
}
