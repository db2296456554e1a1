package org.civicledger.api;

/**
 * A stable reason code with its text for people, in English and in Chinese (written for residents and loan
 * officers, not translated word by word). The ledger stores the code only; the gateway writes the text in the
 * language the request negotiated ({@code Accept-Language}, English by default).
 */
public interface ReasonCode {
    /** @return the stable code, as stored on the ledger and sent on the wire */
    String code();

    /** @return the text in English */
    String en();

    /** @return the text in simplified Chinese ({@code zh-CN}) */
    String zh();
}
