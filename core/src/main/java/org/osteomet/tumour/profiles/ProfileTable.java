package org.osteomet.tumour.profiles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osteomet.param.Parameter;
import org.osteomet.param.Provenance;
import org.osteomet.tumour.CancerType;
import org.osteomet.tumour.ProfileKey;

/** Builds one cancer type's parameter table; every key must be given exactly once. */
final class ProfileTable {
    private final CancerType type;
    private final Map<ProfileKey, Parameter> values = new EnumMap<>(ProfileKey.class);

    ProfileTable(CancerType type) {
        this.type = type;
    }

    ProfileTable put(ProfileKey key, double value, Provenance provenance, String source) {
        Parameter p = new Parameter(key.parameterName(type), key.symbol() + "[" + type.code() + "]", value, key.unit(),
                key.min(), key.max(), provenance, source);
        if (values.put(key, p) != null) {
            throw new IllegalStateException(p.name() + " given twice");
        }
        return this;
    }

    List<Parameter> build() {
        for (ProfileKey k : ProfileKey.values()) {
            if (!values.containsKey(k)) {
                throw new IllegalStateException(k.parameterName(type) + " has no value");
            }
        }
        return new ArrayList<>(values.values());
    }
}
