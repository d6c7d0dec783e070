package org.osteomet.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.osteomet.param.ParameterCatalog;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads scenario files: YAML mappings from parameter names to values, flat
 * ({@code spread.shedding_exponent: 0.7}), nested ({@code spread: {shedding_exponent: 0.7}}) or both,
 * optionally under a top-level {@code parameters:} key, with an optional ignored {@code description:}.
 * Every problem is reported as a {@link ScenarioException} naming file, line and parameter.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    public static Scenario load(Path file, ParameterCatalog catalog) {
        String label = file.toString();
        String text = readText(file, label);
        // A fresh factory per file: loads are rare, and it keeps the class free of shared state.
        YAMLFactory yaml = new YAMLFactory();
        try {
            checkSyntax(yaml, text);
            try (JsonParser parser = yaml.createParser(text)) {
                Map<String, Double> overrides = new ScenarioReader(parser, catalog, label).read();
                return new Scenario(overrides, fileName(file));
            }
        } catch (JsonProcessingException e) {
            throw malformed(label, e);
        } catch (IOException e) {
            throw ScenarioException.unreadable(label, String.valueOf(e.getMessage()));
        }
    }

    // Reading the text first keeps I/O failures apart from YAML syntax errors.
    private static String readText(Path file, String label) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw ScenarioException.unreadable(label, "no such file");
        } catch (AccessDeniedException e) {
            throw ScenarioException.unreadable(label, "permission denied");
        } catch (CharacterCodingException e) {
            throw ScenarioException.unreadable(label, "not UTF-8 text");
        } catch (FileSystemException e) {
            throw ScenarioException.unreadable(label, e.getReason() != null ? e.getReason() : e.toString());
        } catch (IOException e) {
            throw ScenarioException.unreadable(label, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Syntax errors are reported before anything else: a broken line can fold the next one into a
     * text value, and a type error would then point at the wrong line.
     */
    private static void checkSyntax(YAMLFactory yaml, String text) throws IOException {
        try (JsonParser parser = yaml.createParser(text)) {
            while (parser.nextToken() != null) {
                // only the exceptions matter
            }
        }
    }

    private static ScenarioException malformed(String label, JsonProcessingException e) {
        int line;
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            line = m.getProblemMark().getLine() + 1; // SnakeYAML counts from 0
        } else {
            JsonLocation where = e.getLocation();
            line = where == null ? 0 : where.getLineNr();
        }
        return new ScenarioException(label, line, ScenarioException.NO_FIELD, "malformed YAML: " + syntaxProblem(e));
    }

    /** SnakeYAML's own message spans several lines with a code excerpt; keep its problem and context. */
    private static String syntaxProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null) {
            String problem = m.getProblem();
            if (m.getContext() != null && m.getContextMark() != null) {
                problem += " (" + m.getContext() + " started on line " + (m.getContextMark().getLine() + 1) + ")";
            }
            return problem;
        }
        String message = String.valueOf(e.getOriginalMessage());
        return message.lines().findFirst().orElse(message);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
