// The loan officer's credit check: find a resident or household, see this bank's consents first, check, decide.
import {
  ready, loaded, t, api, el, show, status, table, chart, time, number, newId, param, onSubmit, showProblem,
  clearErrors, values, progress, yuan, fenFromYuan, bpsPercent,
} from '../console.js';

// The score model's factors, DeclineReason and OverrideReason (api module, credit): their codes, named by t().
const FACTORS = ['CONTRIBUTION_VOLUME', 'ACTIVE_MONTHS', 'DIVERSITY', 'TENURE', 'REVERSALS'];
const DECLINE_REASONS = ['BAND_NOT_ELIGIBLE', 'INSUFFICIENT_REPAYMENT_CAPACITY', 'EXISTING_DEBT', 'INCOMPLETE_DOCUMENTS',
  'OUTSIDE_PRODUCT_AREA', 'APPLICANT_WITHDREW', 'OTHER'];
const OVERRIDE_REASONS = ['COLLATERAL_PROVIDED', 'GUARANTOR_PROVIDED', 'BANK_RISK_ASSESSMENT', 'POLICY_EXCEPTION'];

await ready();

const findForm = document.getElementById('find-form');
const checkForm = document.getElementById('check-form');
const decisionForm = document.getElementById('decision-form');
const checkButton = document.getElementById('check-button');
const blocked = document.getElementById('check-blocked');
const consentSection = document.getElementById('consent-section');
const checkSection = document.getElementById('check-section');
const decisionSection = document.getElementById('decision-section');

let subject = null;      // {residentId} or {householdId, communityId}
let consents = [];       // this bank's consents of the subject
let products = [];
let lastCheck = null;    // the answer of the last check
let canCheck = false;    // an active consent and a product

// --- step 1: find -----------------------------------------------------------------------------------------------
function subjectKind() {
  return findForm.querySelector('input[name="subject"]:checked').value;
}

function showSubjectFields() {
  const household = subjectKind() === 'household';
  document.getElementById('resident-fields').hidden = household;
  document.getElementById('household-fields').hidden = !household;
}
findForm.querySelectorAll('input[name="subject"]').forEach((r) => r.addEventListener('change', showSubjectFields));

function reset() {
  consents = [];
  lastCheck = null;
  consentSection.hidden = true;
  checkSection.hidden = true;
  decisionSection.hidden = true;
  show('result');
  show('decision-result');
  show('consents');
}

onSubmit(findForm, async (v) => {
  reset();
  const household = subjectKind() === 'household';
  subject = household ? { householdId: v.householdId || '', communityId: v.communityId || '' }
    : { residentId: v.residentId || '' };
  const missing = household ? (!subject.householdId ? 'householdId' : !subject.communityId ? 'communityId' : null)
    : (!subject.residentId ? 'residentId' : null);
  if (missing) {
    showProblem(findForm, { title: t('bank-check.find.missing'), detail: '', code: 'LOCAL' }, { LOCAL: missing });
    return null;
  }
  return loadConsents(null);
});

function consentQuery(cursor) {
  const q = new URLSearchParams(subject);
  if (cursor) q.set('cursor', cursor);
  return `/consents?${q}`;
}

async function loadConsents(cursor) {
  const answer = await api('GET', consentQuery(cursor));
  if (!answer.ok) {
    const byCode = { NOT_FOUND: subject.householdId ? 'householdId' : 'residentId' };
    showProblem(findForm, answer.body, byCode);
    return null;
  }
  consents = cursor ? consents.concat(answer.body.items) : answer.body.items;
  renderConsents(answer.body);
  return null;
}

// --- step 2: consent, before anything else -----------------------------------------------------------------------
function statusText(s) {
  return t(`bank-check.consent.status.${s}`);
}

function how(c) {
  if (c.witnessed) return t('bank-check.consent.witnessed');
  if (c.signed) return t('bank-check.consent.signed');
  return t('bank-check.consent.unsigned');
}

function renderConsents(page) {
  consentSection.hidden = false;
  const active = consents.filter((c) => c.status === 'ACTIVE');
  const summary = document.getElementById('consent-status');
  if (active.length > 0) {
    status(summary, t('bank-check.consent.activeCount', { count: active.length, at: time(page.at) }), 'ok');
  } else {
    status(summary, t(consents.length ? 'bank-check.consent.noneActive' : 'bank-check.consent.none',
      { at: time(page.at) }), 'bad');
  }
  const list = table([
    { key: 'consentId', label: t('bank-check.consent.id'), render: (c) => el('span', { class: 'mono' }, c.consentId) },
    { key: 'purpose', label: t('bank-check.consent.purpose'), render: (c) => el('span', { class: 'mono' }, c.purpose) },
    { key: 'status', label: t('common.status'), render: (c) => el('span', { class: `badge ${c.status.toLowerCase()}` },
      statusText(c.status)) },
    { key: 'expiresAt', label: t('bank-check.consent.expiresAt'), render: (c) => time(c.expiresAt) },
    { key: 'grantedAt', label: t('bank-check.consent.grantedAt'), render: (c) => time(c.grantedAt) },
    { key: 'how', label: t('bank-check.consent.how'), render: how },
    { key: 'householdId', label: t('bank-check.consent.household'),
      render: (c) => (c.householdId ? el('span', { class: 'mono' }, c.householdId) : '—') },
  ], consents, t('bank-check.consent.caption'));
  const more = page.nextCursor ? el('button', { type: 'button', class: 'secondary', id: 'consents-more' },
    t('common.more')) : null;
  show('consents', list, more);
  if (more) more.addEventListener('click', () => loadConsents(page.nextCursor));
  prepareCheck(active);
}

// --- step 3: the check ---------------------------------------------------------------------------------------
async function loadProducts() {
  const answer = await api('GET', '/loan-products');
  products = answer.ok ? answer.body : [];
}

function bankProducts() {
  // a bank checks only for its own products; its consents name it (with no consent there is no check anyway)
  const bankId = consents.length ? consents[0].bankId : null;
  return bankId ? products.filter((p) => p.bankId === bankId) : products;
}

function prepareCheck(active) {
  checkSection.hidden = false;
  const productSelect = document.getElementById('productId');
  const offered = bankProducts();
  productSelect.replaceChildren(...offered.map((p) => el('option', { value: p.productId },
    `${p.name} (${p.productId})`)));
  const purposes = [...new Set(active.map((c) => c.purpose))];
  document.getElementById('purpose').replaceChildren(...purposes.map((p) => el('option', { value: p }, p)));
  const why = active.length === 0 ? t('bank-check.check.blockedNoConsent')
    : offered.length === 0 ? t('bank-check.check.blockedNoProduct') : null;
  canCheck = why === null;
  checkButton.disabled = !canCheck;
  blocked.hidden = why === null;
  blocked.textContent = why ?? '';
  blocked.setAttribute('role', 'status');
}

function factorName(code) {
  return FACTORS.includes(code) ? t(`bank-check.factor.${code}`) : code;
}

function renderCheck(c) {
  const facts = el('dl', { class: 'facts', id: 'check-facts' },
    el('dt', {}, t('bank-check.result.score')),
    el('dd', { id: 'score' }, t('bank-check.result.scoreOf', { score: number(c.score), min: number(c.range?.min ?? 0),
      max: number(c.range?.max ?? 1000) })),
    el('dt', {}, t('bank-check.result.band')), el('dd', { id: 'band' }, c.band),
    el('dt', {}, t('bank-check.result.eligible')),
    el('dd', { id: 'eligible' }, c.eligible ? t('bank-check.result.eligibleYes') : t('bank-check.result.eligibleNo')),
    el('dt', {}, t('bank-check.result.maxAmount')),
    el('dd', { id: 'max-amount' }, c.maxAmountFen === undefined || c.maxAmountFen === null ? '—' : yuan(c.maxAmountFen)),
    el('dt', {}, t('bank-check.result.rateDiscount')),
    el('dd', {}, c.rateDiscountBps === undefined || c.rateDiscountBps === null ? '—'
      : t('bank-check.result.bps', { bps: number(c.rateDiscountBps), percent: bpsPercent(c.rateDiscountBps) })),
    el('dt', {}, t('bank-check.result.model')), el('dd', {}, String(c.modelVersion)),
    el('dt', {}, t('bank-check.result.asOf')), el('dd', {}, time(c.asOf?.time)),
    el('dt', {}, t('common.transaction')), el('dd', { class: 'mono', id: 'check-tx' }, c.txId));
  const chartBox = el('div', { id: 'factor-chart' });
  const reasons = (c.reasons || []).length
    ? el('ul', { id: 'reasons' }, c.reasons.map((r) => el('li', { 'data-code': r.code }, r.text)))
    : el('p', { id: 'reasons', class: 'empty' }, t('bank-check.result.noReasons'));
  show('result', el('h3', {}, t('bank-check.result.heading')), facts,
    el('h3', {}, t('bank-check.result.factors')), chartBox,
    el('h3', {}, t('bank-check.result.reasons')), reasons);
  const factors = c.factors || [];
  chart(chartBox, {
    type: 'bar',
    caption: t('bank-check.result.chartCaption'),
    labels: factors.map((f) => factorName(f.factor)),
    series: [
      { label: t('bank-check.result.points'), values: factors.map((f) => f.points) },
      { label: t('bank-check.result.maxPoints'), values: factors.map((f) => f.maxPoints) },
    ],
  });
}

onSubmit(checkForm, async (v) => {
  if (!canCheck) return null; // no active consent (the button is disabled too)
  const bar = progress(document.getElementById('check-progress'));
  bar.set(0, 1, t('bank-check.check.running'));
  const body = { checkId: newId('chk'), ...subject, productId: v.productId, purpose: v.purpose };
  const answer = await api('POST', '/credit-checks', body);
  show('check-progress');
  if (!answer.ok) return answer;
  lastCheck = answer.body;
  renderCheck(lastCheck);
  prepareDecision(lastCheck);
  return null;
}, { CONSENT_REQUIRED: 'purpose', NOT_FOUND: 'productId' });

// --- step 4: the decision ------------------------------------------------------------------------------------
function outcome() {
  return decisionForm.querySelector('input[name="outcome"]:checked').value;
}

function showDecisionFields() {
  const granted = outcome() === 'GRANTED';
  document.getElementById('grant-fields').hidden = !granted;
  document.getElementById('decline-fields').hidden = granted;
  document.getElementById('override-fields').hidden = !(granted && document.getElementById('withOverride').checked);
}
decisionForm.querySelectorAll('input[name="outcome"]').forEach((r) => r.addEventListener('change', showDecisionFields));
document.getElementById('withOverride').addEventListener('change', showDecisionFields);

document.getElementById('decline-reasons').replaceChildren(...DECLINE_REASONS.map((code) =>
  el('label', { class: 'inline' }, el('input', { type: 'checkbox', name: 'reasonCodes', value: code }),
    ' ', t(`bank-check.decline.${code}`))));
document.getElementById('overrideReason').replaceChildren(...OVERRIDE_REASONS.map((code) =>
  el('option', { value: code }, t(`bank-check.override.${code}`))));

function prepareDecision(c) {
  decisionSection.hidden = false;
  clearErrors(decisionForm);
  show('decision-result');
  document.getElementById('amount-hint').textContent = c.maxAmountFen === undefined || c.maxAmountFen === null
    ? t('bank-check.decision.amountHintNone', { band: c.band })
    : t('bank-check.decision.amountHint', { band: c.band, max: yuan(c.maxAmountFen) });
  showDecisionFields();
}

function localProblem(field, key) {
  showProblem(decisionForm, { title: t(key), detail: '', code: 'LOCAL' }, { LOCAL: field });
  return null;
}

function wholeNumber(text) {
  return /^\d{1,9}$/.test(text ?? '') ? Number(text) : null;
}

decisionForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors(decisionForm);
  if (!lastCheck) return;
  const v = values(decisionForm);
  const body = { decisionId: newId('ld'), checkTxId: lastCheck.txId, outcome: outcome() };
  if (body.outcome === 'GRANTED') {
    const fen = fenFromYuan(v.amountYuan);
    if (fen === null) return localProblem('amountYuan', 'bank-check.decision.amountInvalid');
    const rate = wholeNumber(v.rateBps);
    if (rate === null) return localProblem('rateBps', 'bank-check.decision.wholeNumber');
    const term = wholeNumber(v.termMonths);
    if (term === null) return localProblem('termMonths', 'bank-check.decision.wholeNumber');
    Object.assign(body, { amountFen: fen, rateBps: rate, termMonths: term });
    if (document.getElementById('withOverride').checked) {
      body.override = { reasonCode: v.overrideReason, note: v.overrideNote || '' };
    }
  } else {
    body.reasonCodes = [...decisionForm.querySelectorAll('input[name="reasonCodes"]:checked')].map((c) => c.value);
    if (body.reasonCodes.length === 0) return localProblem('reasonCodes', 'bank-check.decision.reasonsMissing');
  }
  const button = decisionForm.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    const answer = await api('POST', '/loan-decisions', body);
    if (!answer.ok) {
      const detail = answer.body?.detail || '';
      const byCode = { BAND_MISMATCH: 'amountYuan', LINE_EXCEEDED: 'amountYuan' };
      if (/amountFen/.test(detail)) byCode.VALIDATION_FAILED = 'amountYuan';
      else if (/override\.note|note/.test(detail)) byCode.VALIDATION_FAILED = 'overrideNote';
      else if (/reasonCodes/.test(detail)) byCode.VALIDATION_FAILED = 'reasonCodes';
      showProblem(decisionForm, answer.body, byCode);
      return;
    }
    renderDecision(answer.body);
  } finally {
    button.disabled = false;
  }
});

function renderDecision(d) {
  const summary = d.outcome === 'GRANTED'
    ? t('bank-check.decision.grantedSummary', { amount: yuan(d.amountFen), rate: bpsPercent(d.rateBps),
      term: number(d.termMonths), band: d.band })
    : t('bank-check.decision.declinedSummary', { band: d.band });
  const node = el('p', { id: 'decision-status' });
  status(node, summary, 'ok');
  show('decision-result', node,
    d.reasons ? el('ul', {}, d.reasons.map((r) => el('li', {}, r.text))) : null,
    d.override ? el('p', {}, t('bank-check.decision.overrideRecorded', { reason: d.override.text })) : null,
    el('p', {}, el('span', {}, t('bank-check.decision.id'), ' '), el('span', { class: 'mono', id: 'decision-id' },
      d.decisionId)),
    d.outcome === 'GRANTED' ? el('p', {}, el('a', { href: `/console/bank/portfolio?decision=${encodeURIComponent(
      d.decisionId)}`, id: 'open-line' }, t('bank-check.decision.openLine'))) : null);
}

// --- start ------------------------------------------------------------------------------------------------------
await loadProducts();
showSubjectFields();
const preset = param('residentId');
if (preset) {
  document.getElementById('residentId').value = preset;
  findForm.requestSubmit();
}
loaded();
