package org.civicledger.gateway.ledger.embedded;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicledger.chaincode.json.Json;

/**
 * The parts of a stored block that a transaction proof carries besides whole blocks (format: gateway README,
 * "Transaction proofs"): its <b>header</b>, the JSON object {@code {dataHash, hash, number, previousHash,
 * stateDigest, time, version}} ({@code version} absent in a version 1 block), and its <b>seal</b>, the JSON object
 * {@code {signature, signer, validationCodes}}; keys sorted, each value the block's own JSON value. Read in one
 * streaming pass that skips the transactions, so the up to 1,000 later blocks of a proof are never bound to objects.
 */
final class ProofParts {
    /** The header's keys, sorted. */
    private static final List<String> HEADER = List.of("dataHash", "hash", "number", "previousHash", "stateDigest",
            "time", "version");
    /** The seal's keys, sorted. */
    private static final List<String> SEAL = List.of("signature", "signer", "validationCodes");
    /** The one key a block may lack: blocks written before format versions existed (version 1) have none. */
    private static final String VERSION = "version";
    private static final JsonFactory JSON = Json.mapper().getFactory();

    private final long number;
    private final Map<String, TokenBuffer> values;

    private ProofParts(long number, Map<String, TokenBuffer> values) {
        this.number = number;
        this.values = values;
    }

    /**
     * @param number the block's number (for messages)
     * @param block  the block as stored: its record's payload
     * @return the block's header and seal values
     * @throws IllegalStateException if the block is not JSON or lacks a header or seal value
     */
    static ProofParts of(long number, byte[] block) {
        Map<String, TokenBuffer> values = new HashMap<>();
        try (JsonParser json = JSON.createParser(block)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(number, "is not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                if (HEADER.contains(name) || SEAL.contains(name)) {
                    TokenBuffer value = new TokenBuffer(json);
                    value.copyCurrentStructure(json);
                    values.put(name, value);
                } else {
                    json.skipChildren(); // the transactions: the bulk of a block
                }
            }
        } catch (IOException e) {
            throw malformed(number, "is not JSON");
        }
        for (String key : HEADER) {
            if (!values.containsKey(key) && !key.equals(VERSION)) {
                throw malformed(number, "has no " + key);
            }
        }
        for (String key : SEAL) {
            if (!values.containsKey(key)) {
                throw malformed(number, "has no " + key);
            }
        }
        return new ProofParts(number, values);
    }

    /** @return the header: UTF-8 JSON of the block's header values, keys sorted */
    byte[] header() {
        return object(HEADER);
    }

    /** @return the seal: UTF-8 JSON of the orderer's signature, its serialized identity and the validation codes */
    byte[] seal() {
        return object(SEAL);
    }

    /** @return the block's hash (hex), as stored */
    String hash() {
        try (JsonParser json = values.get("hash").asParser()) {
            if (json.nextToken() != JsonToken.VALUE_STRING) {
                throw malformed(number, "has a hash that is not a string");
            }
            return json.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] object(List<String> keys) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            for (String key : keys) {
                TokenBuffer value = values.get(key);
                if (value != null) {
                    json.writeFieldName(key);
                    value.serialize(json);
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static IllegalStateException malformed(long number, String defect) {
        return new IllegalStateException("block " + number + " " + defect);
    }
}
