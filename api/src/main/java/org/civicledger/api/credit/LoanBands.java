package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.civicledger.api.WireValue;

/** A loan product's terms per {@link Band}, on the wire an object with the properties {@code A} to {@code D}. */
@JsonClassDescription("Terms per score band; an absent band is not eligible.")
public final class LoanBands extends WireValue {
    @JsonProperty("A") @JsonPropertyDescription("Terms for band A") private LoanTerms a;
    @JsonProperty("B") @JsonPropertyDescription("Terms for band B") private LoanTerms b;
    @JsonProperty("C") @JsonPropertyDescription("Terms for band C") private LoanTerms c;
    @JsonProperty("D") @JsonPropertyDescription("Terms for band D") private LoanTerms d;

    private LoanBands() {
    }

    /**
     * @param terms the terms of each eligible band
     * @return the bands
     */
    public static LoanBands of(Map<Band, LoanTerms> terms) {
        LoanBands bands = new LoanBands();
        bands.a = terms.get(Band.A);
        bands.b = terms.get(Band.B);
        bands.c = terms.get(Band.C);
        bands.d = terms.get(Band.D);
        return bands;
    }

    /**
     * @param band a score band
     * @return its terms, or {@code null} when the band is not eligible
     */
    public LoanTerms terms(Band band) {
        switch (band) {
            case A: return a;
            case B: return b;
            case C: return c;
            default: return d;
        }
    }

    /** @return the eligible bands' terms, best band first (unmodifiable) */
    public Map<Band, LoanTerms> asMap() {
        Map<Band, LoanTerms> map = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            if (terms(band) != null) {
                map.put(band, terms(band));
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
