package org.osteomet.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.osteomet.param.Parameter;
import org.osteomet.sim.ModelCatalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"List the model parameters a scenario file may set: name, default, unit, allowed range, provenance and source."},
        footer = {"", "Examples:", "  osteomet params", "  osteomet params --filter breast.", "  osteomet params --calibrated"})
final class ParamsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--filter", description = "Only names containing this text.")
    String filter;

    @Option(names = "--calibrated", description = "Only parameters marked CALIBRATED.")
    boolean calibratedOnly;

    @Option(names = "--markdown", description = "Print a Markdown table (used for docs/MODEL.md).")
    boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.println("| name | symbol | value | unit | range | provenance | source |");
            out.println("|---|---|---|---|---|---|---|");
        }
        int shown = 0;
        for (Parameter p : ModelCatalog.catalog().all()) {
            if ((filter != null && !p.name().contains(filter)) || (calibratedOnly && !p.isCalibrated())) {
                continue;
            }
            if (markdown) {
                out.printf(Locale.ROOT, "| `%s` | %s | %s | %s | [%s, %s] | %s | %s |%n", p.name(), p.symbol(), fmt(p.value()), p.unit(),
                        fmt(p.min()), fmt(p.max()), p.provenance(), p.source().replace("|", "/"));
                shown++;
                continue;
            }
            out.printf(Locale.ROOT, "%-52s %-12s %-28s [%s, %s] %s%n      %s: %s%n", p.name(), fmt(p.value()), p.unit(),
                    fmt(p.min()), fmt(p.max()), p.symbol(), p.provenance(), p.source());
            shown++;
        }
        if (!markdown) {
            out.println(shown + " parameter(s).");
        }
        return 0;
    }

    private static String fmt(double v) {
        return ParamsCommandFormat.value(v);
    }
}
