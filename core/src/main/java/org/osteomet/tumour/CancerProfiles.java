package org.osteomet.tumour;

import java.util.ArrayList;
import java.util.List;

import org.osteomet.param.Parameter;
import org.osteomet.tumour.profiles.BladderProfile;
import org.osteomet.tumour.profiles.BreastProfile;
import org.osteomet.tumour.profiles.KidneyProfile;
import org.osteomet.tumour.profiles.LungProfile;
import org.osteomet.tumour.profiles.MelanomaProfile;
import org.osteomet.tumour.profiles.MyelomaProfile;
import org.osteomet.tumour.profiles.ProstateProfile;
import org.osteomet.tumour.profiles.ThyroidProfile;

/** All cancer-type tables, for the parameter catalog. */
public final class CancerProfiles {
    private CancerProfiles() {
    }

    public static List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        all.addAll(BreastProfile.parameters());
        all.addAll(ProstateProfile.parameters());
        all.addAll(LungProfile.parameters());
        all.addAll(KidneyProfile.parameters());
        all.addAll(ThyroidProfile.parameters());
        all.addAll(MelanomaProfile.parameters());
        all.addAll(BladderProfile.parameters());
        all.addAll(MyelomaProfile.parameters());
        return all;
    }
}
