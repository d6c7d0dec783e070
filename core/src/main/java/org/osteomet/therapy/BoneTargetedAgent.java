package org.osteomet.therapy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.osteomet.param.ParameterSet;

/**
 * The bone-targeted treatments a trial arm can add to the standard of care. Each suppresses osteoclastic
 * resorption by its pharmacology: bisphosphonates bind bone and poison osteoclasts, denosumab neutralises RANKL.
 * "placebo" is the standard of care alone.
 */
public enum BoneTargetedAgent {
    PLACEBO("placebo", "standard of care alone"),
    ZOLEDRONIC_ACID("zoledronic-acid", "zoledronic acid 4 mg i.v. every 4 weeks"),
    PAMIDRONATE("pamidronate", "pamidronate 90 mg i.v. every 4 weeks"),
    DENOSUMAB("denosumab", "denosumab 120 mg s.c. every 4 weeks"),
    RADIUM_223("radium-223", "radium-223 55 kBq/kg i.v. every 4 weeks, 6 injections");

    private final String code;
    private final String description;

    BoneTargetedAgent(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static Optional<BoneTargetedAgent> fromCode(String s) {
        String c = s.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.code.equals(c)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(BoneTargetedAgent::code).toList());
    }

    /** True for the bone-seeking radionuclide, whose effect is an alpha dose at each injection. */
    public boolean isRadionuclide() {
        return this == RADIUM_223;
    }

    /** A fresh per-patient course (denosumab integrates its own state; not thread-safe). */
    public Course course(ParameterSet p) {
        return switch (this) {
            case PLACEBO, RADIUM_223 -> new Course() { // radium-223 does not suppress resorption: it irradiates new bone
                @Override
                public void start(double day) {
                }

                @Override
                public double suppressionAt(double day) {
                    return 0;
                }
            };
            case ZOLEDRONIC_ACID -> new BisphosphonateCourse(new ZoledronicAcidPk(p));
            case PAMIDRONATE -> new BisphosphonateCourse(new PamidronatePk(p));
            case DENOSUMAB -> new DenosumabCourse(new DenosumabPk(p));
        };
    }

    /** One patient's course: started once, then asked for the fraction of resorption suppressed. */
    public interface Course {
        void start(double day);

        /** Fraction of osteoclastic resorption suppressed on {@code day} (0 before the start). */
        double suppressionAt(double day);
    }

    private static final class BisphosphonateCourse implements Course {
        private final BisphosphonatePk pk;
        private Schedule schedule;

        BisphosphonateCourse(BisphosphonatePk pk) {
            this.pk = pk;
        }

        @Override
        public void start(double day) {
            schedule = pk.standardSchedule(day);
        }

        @Override
        public double suppressionAt(double day) {
            return schedule == null || day < schedule.startDay() ? 0 : pk.suppression(schedule, day);
        }
    }

    private static final class DenosumabCourse implements Course {
        private final DenosumabPk pk;
        private double startDay = Double.NaN;

        DenosumabCourse(DenosumabPk pk) {
            this.pk = pk;
        }

        @Override
        public void start(double day) {
            startDay = day;
            pk.start(pk.standardSchedule(day));
        }

        @Override
        public double suppressionAt(double day) {
            if (Double.isNaN(startDay) || day < startDay) {
                return 0;
            }
            pk.advanceTo(day);
            return pk.suppression();
        }
    }
}
