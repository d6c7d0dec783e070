package org.osteomet.web.request;

import java.util.Arrays;
import java.util.List;

import org.osteomet.sim.Entry;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.tumour.CancerType;

/** The codes a client may send for the model's enumerations. */
public final class Choices {
    public static final List<String> PRIMARIES = CancerType.ALL.stream().map(CancerType::code).toList();
    public static final List<String> ENTRIES = Arrays.stream(Entry.values()).map(Entry::code).toList();
    public static final List<String> TREATMENTS = Arrays.stream(BoneTargetedAgent.values()).map(BoneTargetedAgent::code).toList();

    private Choices() {
    }
}
