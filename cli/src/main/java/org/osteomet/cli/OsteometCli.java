package org.osteomet.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code osteomet} command. */
@Command(name = "osteomet",
        mixinStandardHelpOptions = true,
        version = "osteomet 0.1.0",
        description = {
            "Mechanistic simulator of cancer spreading to bone, for one virtual patient or a virtual cohort.",
            "For research and teaching only: not for diagnosis or clinical decisions."
        },
        subcommands = {SimulateCommand.class, CohortCommand.class, TrialCommand.class, ValidateCommand.class, CalibrateCommand.class,
            ServeCommand.class, BenchCommand.class, ParamsCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
            "  osteomet simulate --primary breast --seed 4 --patient 36 --years 5 --out runs/patient36",
            "  osteomet cohort --primary prostate --patients 10000 --years 5 --seed 42 --out runs/prostate",
            "  osteomet trial --primary breast --arms placebo,zoledronic-acid,denosumab --patients 2000 --out runs/trial",
            "  osteomet serve --port 7070            # web explorer at http://127.0.0.1:7070/",
            "  osteomet params --filter breast."})
public final class OsteometCli {
    /** Exit code for bad input (flags, scenario files). */
    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        System.setProperty("java.awt.headless", "true"); // plots are drawn off-screen
        CommandLine cl = new CommandLine(new OsteometCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Errors::onBadFlag);
        cl.setExecutionExceptionHandler(Errors::onFailure);
        return cl.execute(args);
    }
}
