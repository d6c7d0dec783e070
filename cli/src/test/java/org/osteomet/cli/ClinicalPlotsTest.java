package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicalPlotsTest {
    @TempDir
    Path tmp;

    @Test
    void writesCalciumAndBoneMassAsPngAndSvg() throws Exception {
        int n = 25;
        double[] months = new double[n];
        double[] calcium = new double[n];
        double[] spine = new double[n];
        double[] femur = new double[n];
        for (int i = 0; i < n; i++) {
            months[i] = i;
            calcium[i] = 2.4 + 1.2 * i / (n - 1);
            spine[i] = 100 - 1.5 * i;
            femur[i] = 100 + 0.8 * i;
        }
        Map<String, double[]> mass = new LinkedHashMap<>();
        mass.put("thoracic spine", spine);
        mass.put("left proximal femur", femur);

        ClinicalPlots.serumCalcium(months, calcium, tmp);
        ClinicalPlots.boneMass(months, mass, tmp);

        for (String f : new String[] {"calcium.png", "calcium.svg", "bone_mass.png", "bone_mass.svg"}) {
            assertThat(tmp.resolve(f)).exists();
            assertThat(Files.size(tmp.resolve(f))).as(f).isPositive();
        }
        for (String f : new String[] {"calcium.png", "bone_mass.png"}) {
            BufferedImage img = ImageIO.read(tmp.resolve(f).toFile());
            assertThat(img).as(f).isNotNull();
            assertThat(img.getWidth()).isPositive();
            assertThat(img.getHeight()).isPositive();
        }
        String calciumSvg = Files.readString(tmp.resolve("calcium.svg"));
        assertThat(calciumSvg).contains("grade 2 (&gt;2.9)", "grade 3 (&gt;3.1)", "grade 4 (&gt;3.4)",
                "upper limit of normal (2.6)", "serum calcium (mmol/L)");
        String massSvg = Files.readString(tmp.resolve("bone_mass.svg"));
        assertThat(massSvg).contains("thoracic spine", "left proximal femur", "bone mass (% of healthy)");
    }

    @Test
    void mismatchedLengthsAreRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ClinicalPlots.serumCalcium(new double[] {0, 1}, new double[] {2.5}, tmp))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
