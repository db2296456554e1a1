/**
 * The embedded ledger: the chaincode's contracts run in-process through the contract API's
 * router with Fabric's transaction semantics (simulate, read/write set, MVCC validation,
 * blocks chained by hash), over a durable local store.
 */
package org.civicledger.gateway.ledger.embedded;
