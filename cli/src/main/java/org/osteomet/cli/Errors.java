package org.osteomet.cli;

import java.io.PrintWriter;

import org.osteomet.clinical.StandardOfCare;
import org.osteomet.scenario.ScenarioException;
import org.osteomet.sim.CohortRunner;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns bad input into one line on stderr and exit code 2; no stack traces for users. */
final class Errors {
    private Errors() {
    }

    static int onBadFlag(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + e.getMessage()
                + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        return OsteometCli.EXIT_BAD_INPUT;
    }

    static int onFailure(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String who = cl.getCommandSpec().qualifiedName();
        if (e instanceof ScenarioException || e instanceof BadInputException || e instanceof StandardOfCare.PolicyException
                || e instanceof CohortRunner.NoEnrolmentException
                || e instanceof org.osteomet.validation.TargetsFile.TargetException) {
            err.println(who + ": " + e.getMessage());
            return OsteometCli.EXIT_BAD_INPUT;
        }
        if (e instanceof java.io.IOException) {
            err.println(who + ": cannot write output: " + e.getMessage());
            return 1;
        }
        err.println(who + ": internal error: " + e);
        if (System.getenv("OSTEOMET_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return 1;
    }
}
