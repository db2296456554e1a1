package example;

import org.civicledger.api.ErrorCode;
import org.civicledger.client.CivicLedgerClient;
import org.civicledger.client.CivicLedgerException;
import org.civicledger.client.InsufficientPointsException;

/** Builds a client (no call is made) and prints what the published jars say of themselves. */
public final class Main {
    public static void main(String[] args) {
        CivicLedgerClient client = CivicLedgerClient.builder().baseUrl("http://127.0.0.1:9").token("t").build();
        CivicLedgerException e = new InsufficientPointsException(422, "needs 50", null);
        System.out.println("client=" + (client != null));
        System.out.println("codes=" + ErrorCode.values().length);
        System.out.println("typed=" + (e.errorCode() == ErrorCode.INSUFFICIENT_POINTS));
        System.out.println("version=" + CivicLedgerClient.class.getPackage().getImplementationVersion());
    }
}
