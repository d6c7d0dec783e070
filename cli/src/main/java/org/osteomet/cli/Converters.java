package org.osteomet.cli;

import java.util.stream.Stream;

import org.osteomet.param.Levenshtein;
import org.osteomet.sim.Entry;
import org.osteomet.tumour.CancerType;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parsers for the model's enumerations, with "did you mean" hints. */
final class Converters {
    /** Farther than this many edits, a name is not offered as a hint. */
    private static final int MAX_HINT_EDITS = 3;
    private Converters() {
    }

    static final class Primary implements ITypeConverter<CancerType> {
        @Override
        public CancerType convert(String value) {
            return CancerType.fromCode(value).orElseThrow(() -> new TypeConversionException(
                    "unknown primary '" + value + "'" + hint(value, CancerType.ALL.stream().map(CancerType::code))
                            + "; choose one of: " + CancerType.codes()));
        }
    }

    static final class EntryPoint implements ITypeConverter<Entry> {
        @Override
        public Entry convert(String value) {
            return Entry.fromCode(value).orElseThrow(() -> new TypeConversionException(
                    "unknown entry '" + value + "'; choose one of: " + Entry.codes()));
        }
    }

    private static String hint(String value, Stream<String> options) {
        return Levenshtein.closest(value, options.toList(), MAX_HINT_EDITS)
                .map(o -> " (did you mean '" + o + "'?)")
                .orElse("");
    }
}
