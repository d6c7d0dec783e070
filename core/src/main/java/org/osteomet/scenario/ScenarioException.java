package org.osteomet.scenario;

/**
 * A scenario file that cannot be used. The message is a single {@code <file>:<line>: <field>: <problem>}
 * line, the form editors and terminals turn into a link to the offending line.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Stands in for the field when the problem is not about one key (malformed YAML, empty file). */
    static final String NO_FIELD = "-";

    private final String file;
    private final int line;
    private final String field;
    private final String problem;

    ScenarioException(String file, int line, String field, String problem) {
        super(oneLine(file) + ":" + line + ": " + oneLine(field) + ": " + oneLine(problem));
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    private ScenarioException(String file, String problem) {
        super(oneLine(file) + ": cannot read: " + oneLine(problem));
        this.file = file;
        this.line = 0;
        this.field = NO_FIELD;
        this.problem = "cannot read: " + problem;
    }

    /** The file could not be read at all, so there is no line to point at. */
    static ScenarioException unreadable(String file, String problem) {
        return new ScenarioException(file, problem);
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the file could not be read. */
    public int line() {
        return line;
    }

    /** Dotted parameter name or key the problem is about, or {@code "-"}. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    // Keys, string values and parser messages may hold line breaks; the message promises one line.
    private static String oneLine(String s) {
        return String.valueOf(s).replaceAll("\\R", "\\\\n").strip();
    }
}
