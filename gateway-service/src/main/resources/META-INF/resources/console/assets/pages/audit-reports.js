// The auditor's oversight and anomaly reports (read model): anomalies explained in words, the banks' credit checks
// a page at a time, awards by app and attester, reversals and disputes by who decided them, overdue disputes. Every
// transaction a row names links to the transaction's page.
import {
  ready, loaded, t, api, el, table, show, status, number, time, txLink, onSubmit, showProblem, mono,
} from '../console.js';

await ready();

const CHECKS_PAGE = 50;
const TX_SHOWN = 10;
const form = document.getElementById('filters');
const moreChecks = document.getElementById('checks-more');

const pts = (n) => t('audit-reports.pointsN', { n: number(n) });
const count = (n) => number(n);
/** A figure kept in thousandths, to one decimal. */
const milli = (n) => new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 1 }).format(n / 1000);

function day(offset) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

function query(filters, names) {
  const q = new URLSearchParams();
  for (const name of names) if (filters[name]) q.set(name, filters[name]);
  return q;
}

/** A paragraph saying what the report covers and how current the read model was. */
function covers(report) {
  const to = new Date(Date.parse(report.to) - 1);
  return el('p', { class: 'hint' }, t('audit-reports.covers', {
    from: new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(report.from)),
    to: new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(to),
    community: report.communityId || t('audit-reports.everyCommunity') }),
  ' ', report.asOf && report.asOf.lagBlocks > 0 ? t('audit-reports.lagging', { n: number(report.asOf.lagBlocks) })
    : t('audit-reports.caughtUp'));
}

/** The transactions of a finding: the first few as links, the rest behind a disclosure. */
function transactions(txIds, total) {
  const first = el('ul', { class: 'tx-list' }, txIds.slice(0, TX_SHOWN).map((id) => el('li', {}, txLink(id))));
  const rest = txIds.slice(TX_SHOWN);
  return el('div', {}, el('p', {}, t('audit-reports.txCount', { n: number(total) })), first,
    rest.length ? el('details', {}, el('summary', {}, t('audit-reports.txMore', { n: number(rest.length) })),
      el('ul', { class: 'tx-list' }, rest.map((id) => el('li', {}, txLink(id))))) : null,
    total > txIds.length ? el('p', { class: 'hint' }, t('audit-reports.txCut', { n: number(txIds.length) })) : null);
}

function explain(f, multiple) {
  const vars = { subject: f.subjectId, community: f.communityId, points: number(f.points), residents: number(f.residents),
    measure: f.measurePerMille === undefined || f.measurePerMille === null ? '' : milli(f.measurePerMille),
    median: f.medianPerMille === undefined || f.medianPerMille === null ? '' : milli(f.medianPerMille),
    peers: number(f.peers), days: number(f.days), activity: f.activityType || '', multiple: number(multiple) };
  return t(`audit-reports.anomaly.${f.kind}`, vars);
}

function renderAnomalies(report) {
  const findings = report.findings.map((f) => el('article', { class: 'card finding' },
    el('h3', {}, t(`audit-reports.kind.${f.kind}`), ' ', mono(f.subjectId)),
    el('p', {}, explain(f, report.multiple)),
    transactions(f.txIds, f.txCount)));
  show('anomalies', covers(report),
    el('p', {}, t('audit-reports.anomalyRule', { multiple: number(report.multiple), capDays: number(report.capDays) })),
    findings.length ? findings : el('p', { class: 'empty' }, t('audit-reports.noAnomalies')));
}

let checkRows = [];
let checkCursor = null;
let checkFilters = {};

function renderChecks(report) {
  show('checks', covers(report), table([
    { key: 'at', label: t('common.time'), render: (r) => time(r.at) },
    { key: 'txId', label: t('common.transaction'), render: (r) => txLink(r.txId) },
    { key: 'communityId', label: t('common.communityId'), render: (r) => mono(r.communityId) },
    { key: 'bankId', label: t('audit-reports.bank'), render: (r) => mono(r.bankId) },
    { key: 'productId', label: t('audit-reports.product'), render: (r) => mono(r.productId) },
    { key: 'purpose', label: t('audit-reports.purpose') },
    { key: 'consentId', label: t('audit-reports.consent'), render: (r) => (r.consentId ? mono(r.consentId) : t('audit-reports.notKept')) },
    { key: 'residentId', label: t('common.residentId'), render: (r) => mono(r.residentId) },
    { key: 'band', label: t('audit-reports.band'), render: (r) => r.band || '' },
    { key: 'eligible', label: t('audit-reports.offered'),
      render: (r) => (r.eligible === true ? t('common.yes') : r.eligible === false ? t('common.no') : '') },
  ], checkRows, t('audit-reports.checksCaption', { n: number(checkRows.length) })));
  moreChecks.hidden = !checkCursor;
}

async function loadChecks(filters, cursor) {
  const q = query(filters, ['communityId', 'bankId', 'from', 'to']);
  q.set('limit', String(CHECKS_PAGE));
  if (cursor) q.set('cursor', cursor);
  const answer = await api('GET', `/reports/oversight/credit-checks?${q}`);
  if (!answer.ok) return answer;
  checkRows = cursor ? checkRows.concat(answer.body.items) : answer.body.items;
  checkCursor = answer.body.nextCursor || null;
  renderChecks(answer.body);
  return answer;
}

const tallyColumns = (idLabel) => [
  { key: 'communityId', label: t('common.communityId'), render: (r) => mono(r.communityId) },
  { key: 'id', label: idLabel, render: (r) => mono(r.id) },
  { key: 'awards', label: t('audit-reports.awards'), numeric: true, render: (r) => count(r.awards) },
  { key: 'points', label: t('common.points'), numeric: true, render: (r) => pts(r.points) },
  { key: 'residents', label: t('audit-reports.residents'), numeric: true, render: (r) => count(r.residents) },
  { key: 'reversals', label: t('audit-reports.reversals'), numeric: true, render: (r) => count(r.reversals) },
  { key: 'reversedPoints', label: t('audit-reports.reversedPoints'), numeric: true, render: (r) => pts(r.reversedPoints) },
];

function renderAwards(report) {
  show('awards', covers(report),
    el('h3', {}, t('audit-reports.byApp')), table(tallyColumns(t('audit-reports.app')), report.byApp, t('audit-reports.byAppCaption')),
    el('h3', {}, t('audit-reports.byAttester')), table(tallyColumns(t('audit-reports.attester')), report.byAttester, t('audit-reports.byAttesterCaption')),
    el('h3', {}, t('audit-reports.pending')), table([
      { key: 'communityId', label: t('common.communityId'), render: (r) => mono(r.communityId) },
      { key: 'recorded', label: t('audit-reports.recorded'), numeric: true, render: (r) => count(r.recorded) },
      { key: 'points', label: t('audit-reports.askedPoints'), numeric: true, render: (r) => pts(r.points) },
      { key: 'undecided', label: t('audit-reports.undecided'), numeric: true, render: (r) => count(r.undecided) },
    ], report.pending, t('audit-reports.pendingCaption')),
    el('h3', {}, t('audit-reports.approvals')), table([
      { key: 'communityId', label: t('common.communityId'), render: (r) => mono(r.communityId) },
      { key: 'decidedBy', label: t('audit-reports.decidedBy'), render: (r) => mono(r.decidedBy) },
      { key: 'approved', label: t('audit-reports.approved'), numeric: true, render: (r) => count(r.approved) },
      { key: 'approvedPoints', label: t('audit-reports.approvedPoints'), numeric: true, render: (r) => pts(r.approvedPoints) },
      { key: 'rejected', label: t('audit-reports.rejected'), numeric: true, render: (r) => count(r.rejected) },
    ], report.decisions, t('audit-reports.approvalsCaption')));
}

function renderDecisions(report) {
  show('decisions', covers(report),
    el('h3', {}, t('audit-reports.reversalsHeading')), table([
      { key: 'communityId', label: t('common.communityId'), render: (r) => mono(r.communityId) },
      { key: 'decidedBy', label: t('audit-reports.decidedBy'), render: (r) => (r.decidedBy ? mono(r.decidedBy) : t('audit-reports.notKept')) },
      { key: 'reversals', label: t('audit-reports.reversals'), numeric: true, render: (r) => count(r.reversals) },
      { key: 'reversedPoints', label: t('audit-reports.reversedPoints'), numeric: true, render: (r) => pts(r.reversedPoints) },
      { key: 'byDispute', label: t('audit-reports.byDispute'), numeric: true, render: (r) => count(r.byDispute) },
    ], report.reversals, t('audit-reports.reversalsCaption')),
    el('h3', {}, t('audit-reports.disputesHeading')), table([
      { key: 'communityId', label: t('common.communityId'), render: (r) => mono(r.communityId) },
      { key: 'resolvedBy', label: t('audit-reports.resolvedBy'), render: (r) => (r.resolvedBy ? mono(r.resolvedBy) : t('audit-reports.notKept')) },
      { key: 'upheld', label: t('audit-reports.upheld'), numeric: true, render: (r) => count(r.upheld) },
      { key: 'rejected', label: t('audit-reports.disputesRejected'), numeric: true, render: (r) => count(r.rejected) },
      { key: 'late', label: t('audit-reports.late'), numeric: true, render: (r) => count(r.late) },
    ], report.disputes, t('audit-reports.disputesCaption')),
    el('h3', {}, t('audit-reports.overdueHeading', { n: number(report.overdueCount) })), table([
      { key: 'disputeId', label: t('audit-reports.dispute'), render: (r) => mono(r.disputeId) },
      { key: 'communityId', label: t('common.communityId'), render: (r) => mono(r.communityId) },
      { key: 'residentId', label: t('common.residentId'), render: (r) => mono(r.residentId) },
      { key: 'targetTxId', label: t('audit-reports.disputedTx'), render: (r) => (r.targetTxId ? txLink(r.targetTxId) : t('audit-reports.scoreDispute')) },
      { key: 'filedAt', label: t('audit-reports.filedAt'), render: (r) => time(r.filedAt) },
      { key: 'txId', label: t('audit-reports.filingTx'), render: (r) => txLink(r.txId) },
      { key: 'dueBy', label: t('audit-reports.dueBy'), render: (r) => time(r.dueBy) },
      { key: 'daysOverdue', label: t('audit-reports.daysOverdue'), numeric: true, render: (r) => t(r.daysOverdue === 1 ? 'audit-reports.daysOne' : 'audit-reports.daysN', { n: number(r.daysOverdue) }) },
    ], report.overdue, t('audit-reports.overdueCaption')));
}

/** Reads the four reports with the filters; the first refusal is shown next to the field it names. */
async function loadAll(filters) {
  show('reports-status');
  const period = query(filters, ['communityId', 'from', 'to']);
  const anomalyQuery = query(filters, ['communityId', 'from', 'to', 'multiple']);
  const anomalies = await api('GET', `/reports/anomalies?${anomalyQuery}`);
  if (!anomalies.ok) return anomalies;
  renderAnomalies(anomalies.body);
  checkFilters = filters;
  const checks = await loadChecks(filters, null);
  if (!checks.ok) return checks;
  const awards = await api('GET', `/reports/oversight/awards?${period}`);
  if (!awards.ok) return awards;
  renderAwards(awards.body);
  const decisions = await api('GET', `/reports/oversight/decisions?${period}`);
  if (!decisions.ok) return decisions;
  renderDecisions(decisions.body);
  status(document.getElementById('reports-status'), t('audit-reports.shown'));
  return undefined;
}

moreChecks.addEventListener('click', async () => {
  moreChecks.disabled = true;
  const answer = await loadChecks(checkFilters, checkCursor);
  moreChecks.disabled = false;
  if (!answer.ok) showProblem(form, answer.body, { NOT_FOUND: 'bankId' });
});

onSubmit(form, loadAll, { NOT_FOUND: 'communityId', FORBIDDEN: 'communityId' });

document.getElementById('filter-from').value = day(-30);
document.getElementById('filter-to').value = day(1);
const first = await loadAll({ from: day(-30), to: day(1) });
if (first && !first.ok) showProblem(form, first.body);
loaded();
