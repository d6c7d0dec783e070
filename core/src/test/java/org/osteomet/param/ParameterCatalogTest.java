package org.osteomet.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osteomet.anatomy.Site;
import org.osteomet.anatomy.SkeletalAtlas;
import org.osteomet.sim.ModelCatalog;

class ParameterCatalogTest {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");
    private static final Pattern TARGET_ID = Pattern.compile("\\bT\\d{3}\\b");

    private static List<Parameter> all() {
        return ModelCatalog.catalog().all();
    }

    @Test
    void catalogIsNotEmpty() {
        assertThat(all()).hasSizeGreaterThan(50);
    }

    @Test
    void everyParameterIsDocumented() {
        for (Parameter p : all()) {
            assertThat(p.unit()).as("unit of %s", p.name()).isNotBlank();
            assertThat(p.source()).as("source of %s", p.name()).isNotBlank();
            assertThat(p.symbol()).as("symbol of %s", p.name()).isNotBlank();
            assertThat(p.provenance()).as("provenance of %s", p.name()).isNotNull();
        }
    }

    @Test
    void defaultsLieInTheirRanges() {
        for (Parameter p : all()) {
            assertThat(p.min()).as(p.name()).isLessThanOrEqualTo(p.max());
            assertThat(p.value()).as(p.name()).isBetween(p.min(), p.max());
            assertThat(p.value()).as(p.name()).isFinite();
        }
        ParameterSet d = ModelCatalog.defaults();
        for (Parameter p : all()) {
            assertThat(d.get(p)).as(p.name()).isEqualTo(p.value());
        }
        assertThat(d.overrides()).isEmpty();
    }

    @Test
    void namesAreUniqueLowerCaseAndDotted() {
        Set<String> seen = new HashSet<>();
        for (Parameter p : all()) {
            assertThat(seen.add(p.name())).as("duplicate %s", p.name()).isTrue();
            assertThat(p.name()).as(p.name()).matches(NAME).isEqualTo(p.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void calibratedParametersNameWhatTheyAreCalibratedAgainst() {
        List<String> offenders = new ArrayList<>();
        for (Parameter p : all()) {
            if (p.isCalibrated()) {
                String src = p.source();
                boolean ok = src.toLowerCase(Locale.ROOT).contains("calibrat") || TARGET_ID.matcher(src).find();
                if (!ok) {
                    offenders.add(p.name() + ": " + src);
                }
            }
        }
        assertThat(offenders).as("CALIBRATED parameters whose source names no calibration target").isEmpty();
    }

    @Test
    void redMarrowSharesCoverAlmostAllActiveMarrow() {
        double sum = 0;
        double mass = 0;
        for (Site s : Site.BONES) {
            double rm = SkeletalAtlas.redMarrowPercent(s).value();
            assertThat(rm).as(s.code()).isPositive();
            sum += rm;
            mass += SkeletalAtlas.skeletalMassPercent(s).value();
        }
        // every row of Cristy's adult table (the mandible's too): 100% within rounding
        assertThat(sum).isCloseTo(99.9, within(1e-9));
        assertThat(mass).isGreaterThan(0).isLessThanOrEqualTo(100.0);
    }

    @Test
    void craniumAndMandibleMakeTheVerifiedSkullShareOfSkeletalMass() {
        // Health Physics 1976 31:209 (Mechanik data): skull and mandible hold 15% of the bone tissue
        double skull = SkeletalAtlas.skeletalMassPercent(Site.CRANIUM).value() + SkeletalAtlas.skeletalMassPercent(Site.MANDIBLE).value();
        assertThat(skull).isCloseTo(15.0, within(1e-9));
        assertThat(SkeletalAtlas.redMarrowPercent(Site.MANDIBLE).value()).isEqualTo(0.8);
        assertThat(SkeletalAtlas.skeletalMassPercent(Site.MANDIBLE).source()).contains("15%");
    }

    @Test
    void nonBonesHaveNoAtlasEntries() {
        for (Site s : Site.ALL) {
            if (!s.isBone()) {
                assertThatThrownBy(() -> SkeletalAtlas.redMarrowPercent(s)).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void pairedBonesAreSplitEvenly() {
        assertThat(SkeletalAtlas.redMarrowPercent(Site.FEMUR_LEFT).value())
                .isEqualTo(SkeletalAtlas.redMarrowPercent(Site.FEMUR_RIGHT).value());
        assertThat(SkeletalAtlas.redMarrowPercent(Site.HUMERUS_LEFT).value())
                .isEqualTo(SkeletalAtlas.redMarrowPercent(Site.HUMERUS_RIGHT).value());
    }

    @Test
    void overridesAreValidatedAndReported() {
        ParameterSet d = ModelCatalog.defaults();
        Parameter p = all().get(0);
        double v = p.min() + (p.max() - p.min()) / 3;
        ParameterSet changed = d.with(p.name(), v);
        assertThat(changed.get(p)).isCloseTo(v, within(0.0));
        assertThat(changed.overrides()).containsExactly(Map.entry(p.name(), v));
        assertThat(d.get(p)).isEqualTo(p.value()); // the original is untouched
        assertThat(changed).isNotEqualTo(d);
        assertThat(d.with(Map.of())).isEqualTo(d);

        assertThatThrownBy(() -> d.with("no.such_parameter", 1.0)).isInstanceOf(IllegalArgumentException.class);
        for (Parameter q : all()) {
            if (Double.isFinite(q.max())) {
                assertThatThrownBy(() -> d.with(q.name(), Math.nextUp(q.max()) * (q.max() == 0 ? 1 : 1.0000001)))
                        .as(q.name()).isInstanceOf(IllegalArgumentException.class);
            }
            assertThatThrownBy(() -> d.with(q.name(), Double.NaN)).as(q.name()).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void suggestionsPutTheIntendedNameFirst() {
        for (Parameter p : all()) {
            String name = p.name();
            String typo = name.substring(0, name.length() - 1) + (name.endsWith("x") ? "y" : "x");
            List<String> s = ModelCatalog.catalog().suggestions(typo, 3);
            assertThat(s).as(typo).isNotEmpty();
            assertThat(Levenshtein.distance(s.get(0), typo)).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void duplicateNamesAreRejected() {
        Parameter p = all().get(0);
        assertThatThrownBy(() -> new ParameterCatalog(List.of(p, p.withValue(p.value(), p.provenance(), "x"))))
                .isInstanceOf(IllegalStateException.class);
    }
}
