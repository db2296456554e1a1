package org.civicledger.gateway.identity;

import java.lang.reflect.Proxy;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** A {@link ChaincodeStub} that knows only its transaction's creator, enough for the contract API's ClientIdentity. */
final class CreatorStub {
    private CreatorStub() {
    }

    static ChaincodeStub withCreator(byte[] creator) {
        return (ChaincodeStub) Proxy.newProxyInstance(ChaincodeStub.class.getClassLoader(),
                new Class<?>[] {ChaincodeStub.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getCreator":
                            return creator.clone();
                        case "toString":
                            return "CreatorStub";
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}
