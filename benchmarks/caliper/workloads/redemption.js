'use strict';
// Points:redeem as the Community MERCHANT caller: the body of POST /redemptions as ConsortiumLoad redemptions
// sends it (WriteBodies.redemption): `points` (round argument, default 1) for the item "bench". The residents
// must hold points (ConsortiumLoad prepare-redemptions).
const { ResidentWorkload } = require('./residents');

class Redemption extends ResidentWorkload {
    async initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext) {
        await super.initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext);
        this.points = Number(roundArguments.points || 1);
    }

    async submitTransaction() {
        const residentId = this.nextResident();
        const redemptionId = this.nextId();
        return this.submit('Points:redeem', { redemptionId, residentId, points: this.points, item: 'bench' });
    }
}

module.exports.createWorkloadModule = () => new Redemption();
