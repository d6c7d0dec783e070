package org.osteomet.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteomet.param.ParameterCatalog;
import org.osteomet.param.ParameterSet;
import org.osteomet.sim.ModelCatalog;

class ScenarioLoaderTest {
    private static final ParameterCatalog CATALOG = ModelCatalog.catalog();
    private static final Map<String, Double> EXPECTED = Map.of(
            "spread.shedding_exponent", 0.7,
            "breast.primary_doubling_time_d", 120.0,
            "anatomy.thoracic_spine.red_marrow_percent", 15.5);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Scenario load(String text) throws IOException {
        return ScenarioLoader.load(write("s.yaml", text), CATALOG);
    }

    @Test
    void flatNestedMixedAndSectionFormsGiveTheSameOverrides() throws IOException {
        String flat = """
                spread.shedding_exponent: 0.7
                breast.primary_doubling_time_d: 120
                anatomy.thoracic_spine.red_marrow_percent: 15.5
                """;
        String nested = """
                spread:
                  shedding_exponent: 0.7
                breast:
                  primary_doubling_time_d: 120
                anatomy:
                  thoracic_spine:
                    red_marrow_percent: 15.5
                """;
        String mixed = """
                description: a mix of both forms
                spread:
                  shedding_exponent: 0.7
                breast.primary_doubling_time_d: 120
                anatomy:
                  thoracic_spine.red_marrow_percent: 15.5
                """;
        String section = """
                description: >
                  several lines
                  of prose
                parameters:
                  spread.shedding_exponent: 0.7
                  breast: {primary_doubling_time_d: 120}
                  anatomy:
                    thoracic_spine:
                      red_marrow_percent: 15.5
                """;
        for (String text : new String[] {flat, nested, mixed, section}) {
            assertThat(load(text).overrides()).as(text).isEqualTo(EXPECTED);
        }
    }

    @Test
    void keepsFileOrderAndFileName() throws IOException {
        Scenario s = ScenarioLoader.load(write("late-relapse.yaml", """
                spread.shedding_exponent: 0.7
                breast.primary_doubling_time_d: 120
                anatomy.thoracic_spine.red_marrow_percent: 15.5
                """), CATALOG);
        assertThat(s.name()).isEqualTo("late-relapse.yaml");
        assertThat(s.overrides().keySet()).containsExactly(
                "spread.shedding_exponent", "breast.primary_doubling_time_d", "anatomy.thoracic_spine.red_marrow_percent");
    }

    @Test
    void applyReplacesOnlyTheScenarioValues() throws IOException {
        ParameterSet base = CATALOG.defaults();
        ParameterSet applied = load("spread.shedding_exponent: 0.7\n").apply(base);
        assertThat(applied.get("spread.shedding_exponent")).isEqualTo(0.7);
        assertThat(applied).isEqualTo(base.with("spread.shedding_exponent", 0.7));
    }

    @Test
    void descriptionOnlyOrEmptySectionKeepsEveryDefault() throws IOException {
        assertThat(load("description: baseline\n").overrides()).isEmpty();
        assertThat(load("parameters:\n").overrides()).isEmpty();
    }

    @Test
    void acceptsIntegersAndExponents() throws IOException {
        Scenario s = load("mortality.lethal_total_burden_cells: 2.0E12\nbreast.age_median_y: 60\n");
        assertThat(s.overrides()).containsEntry("mortality.lethal_total_burden_cells", 2.0e12)
                .containsEntry("breast.age_median_y", 60.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            flat typo           | 'description: x\\nspread.shedding_exponet: 0.7'          | 2 | spread.shedding_exponet  | unknown parameter; did you mean spread.shedding_exponent?
            nested typo         | 'spread:\\n  a: 1\\n'                                      | 2 | spread.a                 | unknown parameter
            unknown top key     | 'spread.shedding_exponent: 0.7\\nrandom_seed: 4\\n'        | 2 | random_seed              | unknown parameter
            misspelt group      | 'sprad:\\n  shedding_exponent: 0.7\\n'                     | 1 | sprad                    | did you mean spread?
            text value          | 'spread.shedding_exponent: high\\n'                        | 1 | spread.shedding_exponent | expected a number, got the text 'high'
            quoted number       | 'spread.shedding_exponent: "0.7"\\n'                       | 1 | spread.shedding_exponent | expected a number, got the text '0.7'
            list value          | 'x: 1\\n'                                                  | 1 | x                        | unknown parameter
            list value 2        | '\\nspread.shedding_exponent: [0.7]\\n'                    | 2 | spread.shedding_exponent | expected a number, got a list
            mapping value       | 'spread.shedding_exponent:\\n  mean: 0.7\\n'               | 2 | spread.shedding_exponent | expected a number, got a mapping
            null value          | 'spread.shedding_exponent:\\n'                             | 1 | spread.shedding_exponent | expected a number, got no value
            boolean value       | 'spread:\\n  shedding_exponent: yes\\n'                    | 2 | spread.shedding_exponent | expected a number, got the boolean 'yes'
            infinity            | 'spread.shedding_exponent: .inf\\n'                        | 1 | spread.shedding_exponent | .inf is not a finite number
            nan                 | 'spread.shedding_exponent: .nan\\n'                        | 1 | spread.shedding_exponent | .nan is not a finite number
            overflow            | 'breast.age_median_y: 1e999\\n'                            | 1 | breast.age_median_y      | 1e999 is not a finite number
            above range         | 'spread.shedding_exponent: 1.6\\n'                         | 1 | spread.shedding_exponent | 1.6 is outside the allowed range [0, 1.5] (dimensionless)
            below range         | 'breast.age_median_y: -1\\n'                               | 1 | breast.age_median_y      | -1 is outside the allowed range [0, 110] (unit: y)
            not positive        | 'mortality.hazard_shape: 0\\n'                             | 1 | mortality.hazard_shape   | 0 is outside the allowed range (0, 20]
            duplicate flat      | 'breast.age_median_y: 50\\nbreast.age_median_y: 60\\n'     | 2 | breast.age_median_y      | duplicate key; already set on line 1
            duplicate mixed     | 'breast.age_median_y: 50\\nbreast:\\n  age_median_y: 60\\n'| 3 | breast.age_median_y      | duplicate key; already set on line 1
            duplicate section   | 'breast.age_median_y: 50\\nparameters:\\n  breast.age_median_y: 60\\n' | 3 | breast.age_median_y | duplicate key; already set on line 1
            duplicate group     | 'breast:\\n  age_sd_y: 5\\nbreast:\\n  age_median_y: 60\\n' | 3 | breast                   | duplicate key; already set on line 1
            group with number   | 'spread: 0.7\\n'                                           | 1 | spread                   | is a group of parameters
            section not mapping | 'parameters: 3\\n'                                         | 1 | parameters               | expected a mapping
            description mapping | 'description:\\n  a: b\\n'                                 | 2 | description              | expected text
            malformed           | 'spread.shedding_exponent: 0.7\\n  breast.age_median_y: 5\\n' | 2 | -                     | malformed YAML: mapping values are not allowed here
            unclosed list       | 'a: [1, 2\\nb: 3\\n'                                       | 2 | -                        | malformed YAML
            tab indent          | 'spread:\\n\\tshedding_exponent: 0.7\\n'                   | 2 | -                        | malformed YAML
            top-level list      | '- spread.shedding_exponent: 0.7\\n'                       | 1 | -                        | the top level must be a mapping
            top-level scalar    | 'hello\\n'                                                 | 1 | -                        | the top level must be a mapping
            two documents       | 'breast.age_median_y: 50\\n---\\nbreast.age_sd_y: 5\\n'    | 3 | -                        | only one YAML document
            empty               | ''                                                         | 1 | -                        | empty scenario file
            comments only       | '# nothing here\\n\\n'                                     | 1 | -                        | empty scenario file
            """)
    void reportsFileLineAndField(String label, String escaped, int line, String field, String problem) throws IOException {
        Path file = write("bad.yaml", escaped.replace("\\n", "\n").replace("\\t", "\t"));
        assertThatThrownBy(() -> ScenarioLoader.load(file, CATALOG))
                .isInstanceOf(ScenarioException.class)
                .satisfies(t -> {
                    ScenarioException e = (ScenarioException) t;
                    assertThat(e.getMessage()).startsWith(file + ":" + line + ": " + field + ": ")
                            .contains(problem)
                            .doesNotContain("\n");
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    @Test
    void hintsOnlyWhenANameIsClose() throws IOException {
        assertThatThrownBy(() -> load("qqqqqqqqqqqqqqqqqqqqq: 1\n"))
                .hasMessageEndingWith("qqqqqqqqqqqqqqqqqqqqq: unknown parameter");
    }

    @Test
    void missingFileHasNoLine() {
        Path file = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> ScenarioLoader.load(file, CATALOG))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(file + ": cannot read: no such file");
    }

    @Test
    void directoryCannotBeRead() {
        assertThatThrownBy(() -> ScenarioLoader.load(dir, CATALOG))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(dir + ": cannot read: ");
    }

    @Test
    void invalidUtf8CannotBeRead() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> ScenarioLoader.load(file, CATALOG))
                .hasMessage(file + ": cannot read: not UTF-8 text");
    }

    @Test
    void keyWithLineBreakStillGivesOneLineMessage() throws IOException {
        assertThatThrownBy(() -> load("\"a\\nb\": 1\n"))
                .hasMessageContaining("a\\nb: unknown parameter")
                .message().doesNotContain("\n");
    }
}
