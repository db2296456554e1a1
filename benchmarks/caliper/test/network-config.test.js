'use strict';
// network-config.js: Caliper's configuration names one organisation's own peer and callers, and nothing else.
// Run with `node --test benchmarks/caliper/test/` (no npm package needed; .ci/run runs it).
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { generate } = require('../network-config');

function profileIn(dir) {
    const file = name => {
        const f = path.join(dir, name);
        fs.writeFileSync(f, name);
        return f;
    };
    return {
        organisation: 'BankMSP',
        channel: 'civic',
        chaincode: 'civic-ledger',
        peers: [
            { name: 'peer0.community.civic.test', mspId: 'CommunityMSP', endpoint: 'peer0.community.civic.test:7051',
              tlsRootCert: file('community-tlsca.crt') },
            { name: 'peer0.bank.civic.test', mspId: 'BankMSP', endpoint: 'peer0.bank.civic.test:7051',
              tlsRootCert: file('bank-tlsca.crt') }
        ],
        callers: [
            { name: 'demo-bank', mspId: 'BankMSP', cert: file('User1.crt'), key: file('User1.key') },
            { name: 'demo-app', mspId: 'CommunityMSP', cert: file('app.crt'), key: file('app.key') }
        ]
    };
}

test('the organisation\'s own peer, TLS CA and caller, and no other organisation', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caliper-config-'));
    try {
        const { org, network, connection } = generate(profileIn(dir), ['demo-bank']);
        assert.strictEqual(org, 'BankMSP');
        assert.deepStrictEqual(network.channels, [{ channelName: 'civic', contracts: [{ id: 'civic-ledger' }] }]);
        assert.strictEqual(network.organizations.length, 1);
        assert.strictEqual(network.organizations[0].mspid, 'BankMSP');
        const ids = network.organizations[0].identities.certificates;
        assert.deepStrictEqual(ids.map(i => i.name), ['demo-bank']);
        assert.strictEqual(ids[0].clientPrivateKey.path, path.join(dir, 'User1.key'));
        assert.deepStrictEqual(Object.keys(connection.peers), ['peer0.bank.civic.test']);
        const peer = connection.peers['peer0.bank.civic.test'];
        assert.strictEqual(peer.url, 'grpcs://peer0.bank.civic.test:7051');
        assert.strictEqual(peer.tlsCACerts.path, path.join(dir, 'bank-tlsca.crt'));
        assert.ok(!JSON.stringify({ network, connection }).includes('community'), 'no other organisation is named');
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});

test('a caller of another organisation, or an unknown one, is refused', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caliper-config-'));
    try {
        assert.throws(() => generate(profileIn(dir), ['demo-app']), /belongs to CommunityMSP, not BankMSP/);
        assert.throws(() => generate(profileIn(dir), ['nobody']), /has no caller nobody/);
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});
