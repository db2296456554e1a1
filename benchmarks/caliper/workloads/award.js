'use strict';
// Points:award as the Community APP caller: the body the REST gateway submits for POST /contributions, as
// ConsortiumLoad awards sends it (HttpAwards.awardBody): one unit of the activity type bench-<tag>.
const { ResidentWorkload } = require('./residents');

class Award extends ResidentWorkload {
    async submitTransaction() {
        const residentId = this.nextResident();
        const contributionId = this.nextId();
        return this.submit('Points:award', {
            contributionId, residentId, activityType: `bench-${this.tag}`, quantity: 1,
            occurredAt: new Date().toISOString()
        });
    }
}

module.exports.createWorkloadModule = () => new Award();
