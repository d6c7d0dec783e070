package org.osteomet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterSet;
import org.osteomet.sim.Entry;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.tumour.CancerType;

/** A trial described in YAML: what the flags say, plus model parameter overrides. Bad content is one line naming file and field. */
record TrialFile(String file, CancerType primary, List<String> arms, Integer patients, Double months, Entry entry, Long seed,
                 Map<String, Double> parameters) {

    static final TrialFile EMPTY = new TrialFile("", null, null, null, null, null, null, Map.of());

    /** The raw YAML shape. */
    private record Raw(@JsonProperty("primary") String primary, @JsonProperty("arms") List<String> arms,
                       @JsonProperty("patients") Integer patients, @JsonProperty("months") Double months,
                       @JsonProperty("entry") String entry, @JsonProperty("seed") Long seed,
                       @JsonProperty("description") String description,
                       @JsonProperty("parameters") Map<String, Object> parameters) {
    }

    static TrialFile load(Path path) {
        String f = path.toString();
        Raw raw;
        try {
            raw = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(Files.readAllBytes(path), Raw.class);
        } catch (UnrecognizedPropertyException e) {
            throw new BadInputException(f + ":" + line(e) + ": " + e.getPropertyName() + ": unknown field; known: primary, arms, "
                    + "patients, months, entry, seed, description, parameters");
        } catch (JsonProcessingException e) {
            String field = e.getMessage().contains("through reference chain") ? fieldOf(e.getMessage()) : "-";
            throw new BadInputException(f + ":" + line(e) + ": " + field + ": " + e.getOriginalMessage().lines().findFirst().orElse("invalid"));
        } catch (IOException e) {
            throw new BadInputException(f + ": cannot read: " + e.getMessage());
        }
        if (raw == null) {
            throw new BadInputException(f + ": the trial file is empty");
        }
        CancerType primary = raw.primary() == null ? null : CancerType.fromCode(raw.primary()).orElseThrow(
                () -> new BadInputException(f + ": primary: unknown primary '" + raw.primary() + "'; choose one of: " + CancerType.codes()));
        Entry entry = raw.entry() == null ? null : Entry.fromCode(raw.entry()).orElseThrow(
                () -> new BadInputException(f + ": entry: unknown entry '" + raw.entry() + "'; choose one of: " + Entry.codes()));
        Map<String, Double> params = new LinkedHashMap<>();
        if (raw.parameters() != null) {
            for (Map.Entry<String, Object> e : raw.parameters().entrySet()) {
                Parameter p = ModelCatalog.catalog().find(e.getKey()).orElseThrow(() -> new BadInputException(f + ": parameters."
                        + e.getKey() + ": unknown parameter (did you mean " + ModelCatalog.catalog().suggestions(e.getKey(), 1).get(0) + "?)"));
                if (!(e.getValue() instanceof Number num) || !Double.isFinite(num.doubleValue())) {
                    throw new BadInputException(f + ": parameters." + e.getKey() + ": expected a finite number, got " + e.getValue());
                }
                double v = num.doubleValue();
                if (!(v >= p.min() && v <= p.max())) {
                    throw new BadInputException(f + ": parameters." + e.getKey() + ": " + v + " is outside [" + p.min() + ", " + p.max()
                            + "] " + p.unit());
                }
                params.put(p.name(), v);
            }
        }
        return new TrialFile(f, primary, raw.arms(), raw.patients(), raw.months(), entry, raw.seed(), params);
    }

    ParameterSet apply(ParameterSet base) {
        return parameters.isEmpty() ? base : base.with(parameters);
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static String fieldOf(String message) {
        int i = message.lastIndexOf("[\"");
        int j = message.lastIndexOf("\"]");
        return i >= 0 && j > i ? message.substring(i + 2, j) : "-";
    }
}
