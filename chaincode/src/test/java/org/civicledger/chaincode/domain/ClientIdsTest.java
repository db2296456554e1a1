package org.civicledger.chaincode.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicledger.chaincode.testing.Identity;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client-id formula is the contract API's, and the network's set-up tool prints it from this one definition. */
class ClientIdsTest {
    private final Identity alice = new Identity.Org("Org1MSP", "org1.example.com").issue("alice", "client");

    @Test
    void is_what_the_contract_api_reports_for_the_creator() throws Exception {
        ChaincodeStub stub = (ChaincodeStub) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ChaincodeStub.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCreator")) {
                        return alice.serialized();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        assertEquals(new ClientIdentity(stub).getId(), ClientIds.of(alice.certificate()));
    }

    @Test
    void the_network_tool_prints_the_same_id(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("alice.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(alice.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n");
        String classes = new File(ClientIds.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getPath();
        Process tool = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes, Paths.get("..", "network", "tools", "ClientId.java").toString(), pem.toString())
                .redirectErrorStream(true).start();
        String out = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(true, tool.waitFor(60, TimeUnit.SECONDS), out);
        assertEquals(0, tool.exitValue(), out);
        assertEquals(List.of(ClientIds.of(alice.certificate())), out.lines().toList());
    }
}
