#!/usr/bin/env node
// Caliper's network configuration (version 2.0.0) for ONE organisation, generated from that organisation's own
// files: the gateway profile ORG_HOME/gateway/profile.json that network/org.sh writes (network/org/gateway.sh:
// its peer's endpoint and TLS CA, its callers' certificates and keys). Only that organisation's keys are named,
// so the Caliper process that reads it holds no other organisation's key.
//
//   node network-config.js --org-home ORG_HOME --callers NAME[,NAME...] --out DIR
//
// Writes DIR/network-<org>.json (Caliper's network configuration: the channel and chaincode of the profile,
// the organisation's MSP id, one identity per caller named after it, and its connection profile) and
// DIR/connection-<org>.json (the connection profile: the organisation's own peer, grpcs, its TLS CA, the
// peer's host name for TLS). Prints the network configuration's path. Exit 2 on a usage error.
'use strict';

const fs = require('fs');
const path = require('path');

function usage(message) {
    process.stderr.write(`network-config: ${message}\n`
        + 'usage: node network-config.js --org-home ORG_HOME --callers NAME[,NAME...] --out DIR\n');
    process.exit(2);
}

function options(argv) {
    const o = {};
    for (let i = 0; i < argv.length; i += 2) {
        const key = argv[i];
        if (!['--org-home', '--callers', '--out'].includes(key) || argv[i + 1] === undefined) {
            usage(`unknown option or missing value: ${key}`);
        }
        o[key.slice(2)] = argv[i + 1];
    }
    for (const k of ['org-home', 'callers', 'out']) {
        if (!o[k]) {
            usage(`--${k} is required`);
        }
    }
    return o;
}

function readable(file, what) {
    try {
        fs.accessSync(file, fs.constants.R_OK);
    } catch (e) {
        usage(`${what} ${file} is not readable`);
    }
    return file;
}

/** The two documents for the organisation of `profile` and the callers named. */
function generate(profile, callerNames) {
    const org = profile.organisation;
    const peer = profile.peers.find(p => p.mspId === org);
    if (!peer) {
        throw new Error(`the profile names no peer of ${org}`);
    }
    const callers = callerNames.map(name => {
        const c = profile.callers.find(x => x.name === name);
        if (!c) {
            throw new Error(`${org} has no caller ${name} (it has: ${profile.callers.map(x => x.name).join(', ')})`);
        }
        if (c.mspId !== org) {
            throw new Error(`caller ${name} belongs to ${c.mspId}, not ${org}`);
        }
        return c;
    });
    const connection = {
        name: `civic-${org}`,
        version: '1.0.0',
        client: { organization: org },
        organizations: { [org]: { mspid: org, peers: [peer.name] } },
        peers: {
            [peer.name]: {
                url: `grpcs://${peer.endpoint}`,
                tlsCACerts: { path: readable(peer.tlsRootCert, 'the peer\'s TLS CA certificate') },
                grpcOptions: { 'ssl-target-name-override': peer.name }
            }
        }
    };
    const network = {
        name: `civic-ledger-${org}`,
        version: '2.0.0',
        caliper: { blockchain: 'fabric' },
        channels: [{ channelName: profile.channel, contracts: [{ id: profile.chaincode }] }],
        organizations: [{
            mspid: org,
            identities: {
                certificates: callers.map(c => ({
                    name: c.name,
                    clientPrivateKey: { path: readable(c.key, `caller ${c.name}'s key`) },
                    clientSignedCert: { path: readable(c.cert, `caller ${c.name}'s certificate`) }
                }))
            },
            connectionProfile: { path: null, discover: false }
        }]
    };
    return { org, network, connection };
}

function main() {
    const o = options(process.argv.slice(2));
    const profileFile = readable(path.join(o['org-home'], 'gateway', 'profile.json'), 'the gateway profile');
    const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
    const names = o.callers.split(',').map(s => s.trim()).filter(s => s.length > 0);
    if (names.length === 0) {
        usage('--callers names no caller');
    }
    const { org, network, connection } = generate(profile, names);
    fs.mkdirSync(o.out, { recursive: true });
    const key = org.replace(/MSP$/, '').toLowerCase();
    const connectionFile = path.resolve(o.out, `connection-${key}.json`);
    const networkFile = path.resolve(o.out, `network-${key}.json`);
    network.organizations[0].connectionProfile.path = connectionFile;
    fs.writeFileSync(connectionFile, JSON.stringify(connection, null, 2) + '\n');
    fs.writeFileSync(networkFile, JSON.stringify(network, null, 2) + '\n');
    process.stdout.write(networkFile + '\n');
}

if (require.main === module) {
    try {
        main();
    } catch (e) {
        process.stderr.write(`network-config: ${e.message}\n`);
        process.exit(1);
    }
}

module.exports = { generate };
