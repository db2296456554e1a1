'use strict';
// Credit:checkCredit as the Bank's BANK caller: the body of POST /credit-checks as ConsortiumLoad checks sends it
// (WriteBodies.creditCheck): the product bench-<tag>, purpose LOAN_APPLICATION, under its own checkId. Every
// resident must have consented to the bank's checks (ConsortiumLoad consents) and the product must exist
// (ConsortiumLoad loan-product).
const { ResidentWorkload } = require('./residents');

class CreditCheck extends ResidentWorkload {
    async submitTransaction() {
        const residentId = this.nextResident();
        const checkId = this.nextId();
        return this.submit('Credit:checkCredit', {
            checkId, residentId, productId: `bench-${this.tag}`, purpose: 'LOAN_APPLICATION'
        });
    }
}

module.exports.createWorkloadModule = () => new CreditCheck();
