package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.trial.ArmOutcomes;
import org.osteomet.trial.PatientEndpoints;
import org.osteomet.trial.TrialAnalysis;
import org.osteomet.trial.TrialResult;

class TrialPlotsTest {
    @TempDir
    Path tmp;

    static TrialResult trial() {
        ArmOutcomes control = new ArmOutcomes("control", "placebo", List.of(
                new PatientEndpoints(1, 365, false, new double[] {100, 200},
                        new String[] {"pathological_fracture", "radiation_to_bone"}, true),
                new PatientEndpoints(2, 300, true, new double[] {50}, new String[] {"radiation_to_bone"}, false),
                new PatientEndpoints(3, 200, true, new double[0], new String[0], false)));
        ArmOutcomes zol = new ArmOutcomes("zoledronic acid", "4 mg q4w", List.of(
                new PatientEndpoints(1, 365, false, new double[] {300},
                        new String[] {"spinal_cord_compression"}, false),
                new PatientEndpoints(2, 330, true, new double[0], new String[0], false),
                new PatientEndpoints(3, 365, false, new double[0], new String[0], false)));
        return TrialAnalysis.analyse(List.of(control, zol), 365);
    }

    @Test
    void writesBothKaplanMeierPlotsAsPngAndSvg() throws Exception {
        TrialPlots.write(trial(), tmp);
        for (String stem : List.of("km_first_sre", "km_overall_survival")) {
            Path png = tmp.resolve(stem + ".png");
            Path svg = tmp.resolve(stem + ".svg");
            assertThat(png).exists();
            assertThat(svg).exists();
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(img).isNotNull();
            assertThat(img.getWidth()).isEqualTo(900);
            String text = Files.readString(svg, StandardCharsets.UTF_8);
            assertThat(text).contains("<svg").contains("zoledronic acid (median").contains("control (median");
        }
    }

    @Test
    void stepsDrawVerticalDrops() {
        double[][] xy = TrialPlots.steps(trial().arms().get(0).firstSreCurve());
        // (0,1) (50d,1) (50d,2/3) (100d,2/3) (100d,1/3) (365d,1/3)
        assertThat(xy[1]).containsExactly(new double[] {1, 1, 2.0 / 3, 2.0 / 3, 1.0 / 3, 1.0 / 3},
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(xy[0][1]).isEqualTo(xy[0][2]);
    }

    @Test
    void tablePrintsArmsSideBySide() {
        StringWriter sw = new StringWriter();
        TrialTable.print(trial(), new PrintWriter(sw));
        String text = sw.toString();
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).contains("control").contains("zoledronic acid");
        String sre = lines.stream().filter(l -> l.startsWith("patients with >= 1 SRE")).findFirst().orElseThrow();
        assertThat(sre).matches("patients with >= 1 SRE\\s+66\\.7 %\\s+33\\.3 %");
        // columns are aligned: every line with values ends at the same width
        int w = lines.get(1).length();
        assertThat(lines.stream().filter(l -> l.startsWith("patients"))).allMatch(l -> l.length() == w);
        assertThat(text).contains("HR first SRE vs control");
    }
}
