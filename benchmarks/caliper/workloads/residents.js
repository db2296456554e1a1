'use strict';
// What the three workloads share: the residents (ConsortiumLoad setup's file: one 64-hex resident id a line),
// a round-robin over them that no two of the round's workers share, and ids no other request uses.

const fs = require('fs');
const { WorkloadModuleBase } = require('@hyperledger/caliper-core');

const RESIDENT = /^[0-9a-f]{64}$/;
const TAG = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,59}$/;
const RUN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,19}$/;

/** The resident ids in `file`, in order; fails on a line that is not one. */
function readResidents(file) {
    const ids = fs.readFileSync(file, 'utf8').split('\n').map(s => s.trim()).filter(s => s.length > 0);
    ids.forEach((id, i) => {
        if (!RESIDENT.test(id)) {
            throw new Error(`${file} line ${i + 1} is not a resident id (64 hex digits)`);
        }
    });
    if (ids.length === 0) {
        throw new Error(`${file} holds no resident`);
    }
    return ids;
}

/**
 * One transaction of the chaincode per request, as the REST gateway submits it: the function ("Contract:fn"),
 * one JSON argument, the caller's own identity. Round arguments: residents (the file), tag (as ConsortiumLoad's
 * --tag), run (unique per round: it is part of every id), caller (the identity's name in the network
 * configuration), channel and contract (default civic, civic-ledger).
 */
class ResidentWorkload extends WorkloadModuleBase {
    async initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext) {
        await super.initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext);
        const a = roundArguments;
        for (const k of ['residents', 'tag', 'run', 'caller']) {
            if (!a[k]) {
                throw new Error(`round argument ${k} is missing`);
            }
        }
        if (!TAG.test(a.tag) || !RUN.test(String(a.run))) {
            throw new Error(`tag '${a.tag}' or run '${a.run}' is not a valid id part`);
        }
        this.residents = readResidents(a.residents);
        if (this.residents.length < totalWorkers) {
            throw new Error(`${this.residents.length} residents for ${totalWorkers} workers`);
        }
        this.tag = a.tag;
        this.run = String(a.run);
        this.caller = a.caller;
        this.channel = a.channel || 'civic';
        this.contract = a.contract || 'civic-ledger';
        this.sent = 0;
    }

    /** The next resident of this worker: workers take residents w, w+W, w+2W, ... (none shared). */
    nextResident() {
        const mine = Math.floor((this.residents.length - 1 - this.workerIndex) / this.totalWorkers) + 1;
        const i = this.workerIndex + (this.sent % mine) * this.totalWorkers;
        return this.residents[i];
    }

    /** An id no other request of any run uses: tag-run-worker-sequence (≤ 64 characters). */
    nextId() {
        return `${this.tag}-${this.run}-w${this.workerIndex}-${this.sent}`;
    }

    /** Submits FUNCTION with BODY (an object, sent as one JSON argument) and waits for its commit. */
    async submit(fn, body) {
        this.sent++;
        return this.sutAdapter.sendRequests({
            contractId: this.contract,
            channel: this.channel,
            contractFunction: fn,
            contractArguments: [JSON.stringify(body)],
            invokerIdentity: this.caller,
            readOnly: false
        });
    }
}

module.exports = { ResidentWorkload, readResidents };
