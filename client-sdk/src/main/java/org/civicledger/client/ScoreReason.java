package org.civicledger.client;

import java.util.Objects;

/**
 * One reason for a credit score, in plain words, with a stable code.
 */
public final class ScoreReason {
    private final String code;
    private final String text;

    ScoreReason(String code, String text) {
        this.code = Objects.requireNonNull(code, "code");
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * Returns the stable reason code.
     *
     * @return the stable reason code
     */
    public String code() {
        return code;
    }

    /**
     * Returns the reason, for the resident.
     *
     * @return the reason, for the resident
     */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ScoreReason)) {
            return false;
        }
        ScoreReason o = (ScoreReason) other;
        return Objects.equals(code, o.code) && Objects.equals(text, o.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, text);
    }

    @Override
    public String toString() {
        return "ScoreReason{code=" + code
                + ", text=" + text + "}";
    }
}
