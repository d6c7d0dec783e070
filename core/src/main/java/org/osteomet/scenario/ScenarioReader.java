package org.osteomet.scenario;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;

import org.osteomet.param.Levenshtein;
import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterCatalog;

/**
 * Walks the token stream of one scenario file. It reads tokens rather than a tree because only the
 * streaming parser knows the line of each key and value, which every error message needs.
 * One instance per file; not reusable.
 */
final class ScenarioReader {
    /** Optional top-level section holding the parameters, leaving room for other sections later. */
    static final String PARAMETERS = "parameters";
    /** Optional top-level free text, for people; ignored. */
    static final String DESCRIPTION = "description";

    // YAML 1.1 infinities and NaN, which Jackson flags as floats but cannot decode.
    private static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");

    private final JsonParser parser;
    private final ParameterCatalog catalog;
    private final String file;
    /** Every proper dotted prefix of a parameter name: the keys that may open a nested mapping. */
    private final Set<String> groups;
    private final Map<String, Double> overrides = new LinkedHashMap<>();
    /** Line where each parameter was set, to point at the first one when a name is set twice. */
    private final Map<String, Integer> setOnLine = new HashMap<>();

    ScenarioReader(JsonParser parser, ParameterCatalog catalog, String file) {
        this.parser = parser;
        this.catalog = catalog;
        this.file = file;
        this.groups = prefixesOf(catalog);
    }

    /** Reads the whole file; returns the values in file order. */
    Map<String, Double> read() throws IOException {
        JsonToken root = parser.nextToken();
        if (root == null || root == JsonToken.VALUE_NULL) {
            throw error(1, ScenarioException.NO_FIELD, "empty scenario file; expected a mapping of parameter names to values");
        }
        if (root != JsonToken.START_OBJECT) {
            throw error(line(), ScenarioException.NO_FIELD,
                    "the top level must be a mapping of parameter names to values, not " + describe(root));
        }
        readTopLevel();
        if (parser.nextToken() != null) {
            throw error(line(), ScenarioException.NO_FIELD, "only one YAML document is allowed in a scenario file");
        }
        return overrides;
    }

    private void readTopLevel() throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = line();
            checkUnique(seen, key, keyLine, key);
            JsonToken value = parser.nextToken();
            switch (key) {
                case PARAMETERS -> readSection(value);
                case DESCRIPTION -> checkDescription(value);
                default -> readEntry("", key, keyLine, value);
            }
        }
    }

    private void readSection(JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return; // an empty section is a scenario that keeps every default
        }
        if (value != JsonToken.START_OBJECT) {
            throw error(line(), PARAMETERS, "expected a mapping of parameter names to values, got " + describe(value));
        }
        readMapping("");
    }

    private void checkDescription(JsonToken value) throws IOException {
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            throw error(line(), DESCRIPTION, "expected text, got " + describe(value));
        }
    }

    /** Reads the keys of a mapping whose START_OBJECT is the current token, up to its END_OBJECT. */
    private void readMapping(String prefix) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = line();
            checkUnique(seen, key, keyLine, join(prefix, key));
            readEntry(prefix, key, keyLine, parser.nextToken());
        }
    }

    private void readEntry(String prefix, String key, int keyLine, JsonToken value) throws IOException {
        String name = join(prefix, key);
        Optional<Parameter> parameter = catalog.find(name);
        if (parameter.isPresent()) {
            readValue(parameter.get(), keyLine, value);
        } else if (groups.contains(name)) {
            if (value != JsonToken.START_OBJECT) {
                throw error(line(), name, "is a group of parameters; expected a mapping under it, got " + describe(value));
            }
            readMapping(name);
        } else {
            throw error(keyLine, name, "unknown parameter" + hint(name));
        }
    }

    private void readValue(Parameter p, int keyLine, JsonToken value) throws IOException {
        String name = p.name();
        Integer first = setOnLine.get(name);
        if (first != null) {
            throw error(keyLine, name, "duplicate key; already set on line " + first);
        }
        int valueLine = line();
        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error(valueLine, name, "expected a number, got " + describe(value));
        }
        String written = parser.getText();
        double v = decode(name, valueLine, written);
        if (!Double.isFinite(v)) {
            throw error(valueLine, name, written + " is not a finite number");
        }
        if (!(v >= p.min() && v <= p.max())) {
            throw error(valueLine, name, RangeText.outOfRange(p, written, v));
        }
        overrides.put(name, v);
        setOnLine.put(name, keyLine);
    }

    private double decode(String name, int valueLine, String written) throws IOException {
        try {
            return parser.getDoubleValue();
        } catch (StreamReadException e) {
            if (NON_FINITE.matcher(written).matches()) {
                throw error(valueLine, name, written + " is not a finite number");
            }
            throw error(valueLine, name, "expected a number, got '" + written + "'");
        }
    }

    private void checkUnique(Map<String, Integer> seen, String key, int keyLine, String field) {
        Integer first = seen.putIfAbsent(key, keyLine);
        if (first != null) {
            throw error(keyLine, field, "duplicate key; already set on line " + first);
        }
    }

    /** " (did you mean X?)" when a parameter or group name is close enough to be a likely typo. */
    private String hint(String name) {
        // Groups count too, so a misspelt group ("sprad") points at "spread", not at some leaf.
        return Levenshtein.closest(name, Stream.concat(catalog.suggestions(name, 1).stream(), groups.stream()).toList(),
                        Math.max(3, name.length() / 3))
                .map(n -> "; did you mean " + n + "?")
                .orElse("");
    }

    private String describe(JsonToken t) throws IOException {
        if (t == null) {
            return "end of file";
        }
        return switch (t) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "no value";
            case VALUE_TRUE, VALUE_FALSE -> "the boolean '" + parser.getText() + "'";
            case VALUE_STRING -> "the text '" + abbreviate(parser.getText()) + "'";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    private int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    private ScenarioException error(int line, String field, String problem) {
        return new ScenarioException(file, line, field, problem);
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static Set<String> prefixesOf(ParameterCatalog catalog) {
        Set<String> out = new HashSet<>();
        for (Parameter p : catalog.all()) {
            String n = p.name();
            for (int dot = n.indexOf('.'); dot > 0; dot = n.indexOf('.', dot + 1)) {
                out.add(n.substring(0, dot));
            }
        }
        return out;
    }
}
