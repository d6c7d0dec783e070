package org.osteomet.output;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

import org.osteomet.anatomy.Site;
import org.osteomet.bone.LesionType;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.sim.SkeletalSummary;

/** patients.csv: one row per enrolled patient (columns in docs/OUTPUT.md). */
public final class PatientsCsv {
    public static final String HEADER = "patient_id,primary,entry_day,age,stage,primary_diameter_mm,bone_met_day,first_met_site,"
            + "first_met_day,n_bone_sites_involved,bone_sites,visceral_sites,lesion_types,death_day,death_cause,follow_up_days,"
            + "first_sre_day,sre_count,fracture_count,scc_day,max_serum_calcium_mmol_l,max_hypercalcaemia_grade,max_mirels_score,max_analgesic_step";

    private PatientsCsv() {
    }

    public static void writeHeader(Writer w) throws IOException {
        w.write(HEADER);
        w.write('\n');
    }

    public static void write(Writer w, PatientOutcome o) throws IOException {
        StringBuilder b = new StringBuilder(160);
        b.append(o.patientId()).append(',')
                .append(o.primary().code()).append(',')
                .append((int) Math.floor(o.entryDay() - o.diagnosisDay())).append(',')
                .append(Csv.num(Math.round(o.ageAtEntry() * 10) / 10.0)).append(',')
                .append(o.stage() == null ? "" : o.stage().code()).append(',')
                .append(Csv.num(Math.round(o.primaryDiameterMm() * 10) / 10.0)).append(',')
                .append(Csv.day(o.dayFromEntry(o.firstBoneMetastasisDay()), o.hasBoneMetastasis())).append(',')
                .append(o.firstMetastasisSite() == null ? "" : o.firstMetastasisSite().code()).append(',')
                .append(Csv.day(o.dayFromEntry(o.firstMetastasisDay()), !Double.isNaN(o.firstMetastasisDay()))).append(',')
                .append(o.boneSites().size()).append(',')
                .append(o.boneSites().stream().map(Site::code).collect(Collectors.joining(";"))).append(',')
                .append(o.visceralSites().stream().map(Site::code).collect(Collectors.joining(";"))).append(',')
                .append(o.boneLesionTypes().stream().map(LesionType::word).collect(Collectors.joining(";"))).append(',')
                .append(Csv.day(o.dayFromEntry(o.deathDay()), o.died())).append(',')
                .append(o.deathCause() == null ? "" : o.deathCause().code()).append(',')
                .append((int) Math.floor(o.followUpDays())).append(',');
        SkeletalSummary k = o.skeletal();
        b.append(Csv.day(o.dayFromEntry(k.firstSreDay()), !Double.isNaN(k.firstSreDay()))).append(',')
                .append(k.sreCount()).append(',')
                .append(k.fractureCount()).append(',')
                .append(Csv.day(o.dayFromEntry(k.cordCompressionDay()), !Double.isNaN(k.cordCompressionDay()))).append(',')
                .append(Csv.num(Math.round(k.maxSerumCalcium() * 100) / 100.0)).append(',')
                .append(k.maxHypercalcaemiaGrade()).append(',')
                .append(k.maxMirels()).append(',')
                .append(k.maxAnalgesicStep())
                .append('\n');
        w.write(b.toString());
    }
}
