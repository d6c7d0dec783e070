package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the CLI and what it printed. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OsteometCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Bad input: exit code 2, one line on stderr naming each of {@code mentions}, no stack trace. */
    static void assertOneLineError(CliRun r, String... mentions) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(OsteometCli.EXIT_BAD_INPUT);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").contains(mentions);
    }
}
