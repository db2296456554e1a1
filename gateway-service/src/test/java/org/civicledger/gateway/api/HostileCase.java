package org.civicledger.gateway.api;

/**
 * One malformed or hostile request: method, path and body are templates whose placeholders
 * ({@link HostileFixture#fill}) name valid ids, so each case breaks exactly one thing.
 *
 * @param contentType the Content-Type header, or null to send none
 * @param body the body template, or null to send none
 */
record HostileCase(String name, String method, String path, String token, String contentType, String body) {
    static final String JSON = "application/json";

    static HostileCase get(String name, String path, String token) {
        return new HostileCase(name, "GET", path, token, null, null);
    }

    static HostileCase send(String name, String method, String path, String token, String body) {
        return new HostileCase(name, method, path, token, JSON, body);
    }

    HostileCase withContentType(String name, String type) {
        return new HostileCase(name, method, path, token, type, body);
    }

    @Override
    public String toString() {
        return name;
    }
}
