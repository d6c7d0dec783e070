package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.osteomet.param.Parameter;
import org.osteomet.sim.ModelCatalog;

/** Keeps docs/MODEL.md true: its parameter table must list every parameter with its current default. */
class DocsTest {
    @Test
    void modelDocumentListsEveryParameterWithItsDefault() throws Exception {
        String model = Files.readString(Path.of("..", "docs", "MODEL.md"));
        for (Parameter p : ModelCatalog.catalog().all()) {
            assertThat(model).as("docs/MODEL.md row for %s (regenerate with: ./osteomet params --markdown)", p.name())
                    .containsPattern("\\| `" + java.util.regex.Pattern.quote(p.name()) + "` \\| [^|]*\\| "
                            + java.util.regex.Pattern.quote(ParamsCommandFormat.value(p.value())) + " \\|");
        }
    }
}
