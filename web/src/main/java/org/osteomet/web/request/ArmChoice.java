package org.osteomet.web.request;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which arm of a patient comparison gets one of the policy's treatments (systemic therapy lines, tumour-killing
 * radiotherapy): both (it is part of the care both get), only the treated arm (it is being compared), or neither.
 */
public enum ArmChoice {
    BOTH("both", "both arms (standard of care)"),
    TREATED("treated", "treated arm only"),
    NONE("none", "neither arm");

    public static final List<String> CODES = Arrays.stream(values()).map(ArmChoice::code).toList();

    private final String code;
    private final String description;

    ArmChoice(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public boolean inBaseline() {
        return this == BOTH;
    }

    public boolean inTreated() {
        return this != NONE;
    }

    /** What the policy gives when the client does not say. */
    public static ArmChoice standard(boolean policyGivesIt) {
        return policyGivesIt ? BOTH : NONE;
    }

    public static Optional<ArmChoice> fromCode(String s) {
        String c = s.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.code.equals(c)).findFirst();
    }
}
