/**
 * Ledger identities: a certificate authority per organisation, a certificate and private key
 * per caller, signing and verification (Bouncy Castle, ECDSA P-256).
 */
package org.civicledger.gateway.identity;
