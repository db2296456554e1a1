package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

/**
 * One anomaly: who, the measure that stands out against the community's median (integers, in thousandths), and the
 * transactions behind it.
 */
@JsonClassDescription("One anomaly of the period: its subject, the measure that stands out (thousandths, integer "
        + "arithmetic) against its community's median, and the transactions behind it.")
public final class AnomalyFinding extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("What the finding is about") private AnomalyKind kind;
    @JsonProperty(required = true) @JsonPropertyDescription("The community") private String communityId;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The app, attester, resident or exchange point (merchant) id") private String subjectId;
    @JsonProperty @JsonPropertyDescription("CAPPED_RESIDENT: the activity type") private String activityType;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Points awarded (APP, ATTESTER, CAPPED_RESIDENT) or redeemed (EXCHANGE_POINT)")
    private long points;
    @JsonProperty(required = true) @JsonPropertyDescription("Distinct residents behind those points")
    private long residents;
    @JsonProperty
    @JsonPropertyDescription("APP, ATTESTER: points per resident; EXCHANGE_POINT: points; in thousandths")
    private Long measurePerMille;
    @JsonProperty
    @JsonPropertyDescription("The median of that measure over the community's apps, attesters or exchange points, "
            + "in thousandths")
    private Long medianPerMille;
    @JsonProperty @JsonPropertyDescription("How many apps, attesters or exchange points the median is over")
    private Long peers;
    @JsonProperty @JsonPropertyDescription("CAPPED_RESIDENT: the days it was awarded the type, each at the cap")
    private Long days;
    @JsonProperty(required = true) @JsonPropertyDescription("How many transactions are behind the finding")
    private long txCount;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Those transactions, oldest first; at most the report row limit")
    private List<String> txIds;

    private AnomalyFinding() {
    }

    public AnomalyKind kind() { return kind; }
    public String communityId() { return communityId; }
    public String subjectId() { return subjectId; }
    public String activityType() { return activityType; }
    public long points() { return points; }
    public long residents() { return residents; }
    public Long measurePerMille() { return measurePerMille; }
    public Long medianPerMille() { return medianPerMille; }
    public Long peers() { return peers; }
    public Long days() { return days; }
    public long txCount() { return txCount; }
    public List<String> txIds() { return txIds; }
}
