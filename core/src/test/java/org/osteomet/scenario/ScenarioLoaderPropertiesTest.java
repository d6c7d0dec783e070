package org.osteomet.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterCatalog;
import org.osteomet.sim.ModelCatalog;

class ScenarioLoaderPropertiesTest {
    private static final ParameterCatalog CATALOG = ModelCatalog.catalog();

    /** A parameter with a value for it. */
    record Setting(Parameter parameter, double value) {
    }

    private Path dir;

    @BeforeProperty
    void createDir() throws IOException {
        dir = Files.createTempDirectory("scenario-props");
    }

    @AfterProperty
    void deleteDir() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "s", ".yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Property(tries = 200)
    void anyValueInRangeLoadsBackExactly(@ForAll("inRange") Setting s) throws IOException {
        Path file = write(s.parameter().name() + ": " + Double.toString(s.value()) + "\n");
        Scenario scenario = ScenarioLoader.load(file, CATALOG);
        assertThat(scenario.overrides()).containsOnlyKeys(s.parameter().name());
        assertThat(scenario.overrides().get(s.parameter().name())).isEqualTo(s.value());
    }

    @Property(tries = 200)
    void anyFiniteValueOutOfRangeIsRejected(@ForAll("outOfRange") Setting s,
                                            @ForAll @IntRange(max = 5) int paddingLines) throws IOException {
        String padding = "# padding\n\n".repeat(paddingLines);
        int line = 2 * paddingLines + 1;
        Path file = write(padding + s.parameter().name() + ": " + Double.toString(s.value()) + "\n");
        assertThatThrownBy(() -> ScenarioLoader.load(file, CATALOG))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(file + ":" + line + ": " + s.parameter().name() + ": ");
    }

    @Property(tries = 200)
    void namesOutsideTheCatalogAreUnknown(@ForAll("strangers") String name) throws IOException {
        Path file = write("description: x\n" + name + ": 1\n");
        assertThatThrownBy(() -> ScenarioLoader.load(file, CATALOG))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(file + ":2: " + name + ": unknown parameter");
    }

    @Provide
    Arbitrary<Setting> inRange() {
        return Arbitraries.of(CATALOG.all()).flatMap(p -> {
            Arbitrary<Double> edges = Arbitraries.of(p.min(), p.max(), p.value());
            Arbitrary<Double> linear = fractions().map(f -> clamp(p, p.min() + f * (p.max() - p.min())));
            // log-uniform too where possible, or ranges up to 1e14 would only ever see huge values
            Arbitrary<Double> values = p.min() > 0
                    ? Arbitraries.oneOf(edges, linear,
                            fractions().map(f -> clamp(p, p.min() * Math.pow(p.max() / p.min(), f))))
                    : Arbitraries.oneOf(edges, linear);
            return values.map(v -> new Setting(p, v));
        });
    }

    @Provide
    Arbitrary<Setting> outOfRange() {
        return Arbitraries.of(CATALOG.all()).flatMap(p -> {
            double span = Math.max(1.0, p.max() - p.min());
            Arbitrary<Double> below = Arbitraries.oneOf(
                    Arbitraries.just(Math.nextDown(p.min())),
                    fractions().map(f -> p.min() - (f + 1e-3) * span));
            Arbitrary<Double> above = Arbitraries.oneOf(
                    Arbitraries.just(Math.nextUp(p.max())),
                    fractions().map(f -> p.max() + (f + 1e-3) * span));
            return Arbitraries.oneOf(below, above)
                    .filter(v -> Double.isFinite(v) && (v < p.min() || v > p.max()))
                    .map(v -> new Setting(p, v));
        });
    }

    @Provide
    Arbitrary<String> strangers() {
        Arbitrary<String> word = Combinators.combine(
                        Arbitraries.chars().range('a', 'z'),
                        Arbitraries.strings().withCharRange('a', 'z').withChars('_', '0', '9').ofMaxLength(15))
                .as((first, rest) -> first + rest);
        return word.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(".", parts))
                .filter(this::isStranger);
    }

    /** Not a parameter, not a group of them, and not one of the reserved top-level sections. */
    private boolean isStranger(String name) {
        boolean known = CATALOG.all().stream().map(Parameter::name)
                .anyMatch(n -> n.equals(name) || n.startsWith(name + "."));
        return !known && !name.equals(ScenarioReader.PARAMETERS) && !name.equals(ScenarioReader.DESCRIPTION);
    }

    private static Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0.0, 1.0).ofScale(12);
    }

    private static double clamp(Parameter p, double v) {
        return Math.min(p.max(), Math.max(p.min(), v));
    }
}
