// The auditor's dashboard: the ledger's activity (GET /audit/activity), the books (GET /audit/reconciliation) and
// integrity runs followed as they go (POST /audit/integrity/runs, then GET .../runs/{runId} every half second).
import {
  ready, loaded, t, api, el, show, status, table, chart, progress, number, time, showProblem, clearErrors, lang, card,
} from '../console.js';

await ready();

const POLL_MS = 500;
const TX_ID = /^[0-9a-fA-F]{64}$/;
const BLOCK_NUMBER = /^[0-9]{1,15}$/;
const KNOWN_CODES = ['VALID', 'MVCC_READ_CONFLICT', 'PHANTOM_READ_CONFLICT', 'BAD_CREATOR_SIGNATURE', 'DUPLICATE_TXID',
  'ENDORSEMENT_POLICY_FAILURE'];

const searchForm = document.getElementById('search');
const windowForm = document.getElementById('window');
const hoursField = document.getElementById('window-hours');
const verifyButton = document.getElementById('verify');

function hourLabel(iso, hours) {
  const options = hours > 24 ? { month: 'numeric', day: 'numeric', hour: '2-digit' } : { hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(lang, options).format(new Date(iso));
}

function problemText(answer) {
  const body = answer.body || {};
  return body.title ? `${body.title}${body.detail ? '：' + body.detail : ''}` : t('common.failed');
}

async function showActivity() {
  const hours = Number(hoursField.value);
  const answer = await api('GET', `/audit/activity?hours=${hours}`);
  if (!answer.ok) {
    const note = show('window-note', el('p'));
    status(note.firstChild, problemText(answer), 'bad');
    return;
  }
  const a = answer.body;
  const total = a.hours.reduce((sum, h) => sum + h.transactions, 0);
  const invalid = a.hours.reduce((sum, h) => sum + h.invalid, 0);
  show('cards',
    card('card-height', t('audit-dashboard.height'), number(a.height)),
    card('card-transactions', t('audit-dashboard.transactions', { window: t(`audit-dashboard.window${hours}`) }), number(total)),
    card('card-invalid', t('audit-dashboard.invalid'), number(invalid)),
    card('card-organisations', t('audit-dashboard.organisations'), number(a.byOrganisation.length)));
  const note = el('p', { id: 'window-range' });
  show('window-note', note);
  if (a.complete) {
    note.textContent = t('audit-dashboard.range', { from: time(a.from), to: time(a.to) });
  } else {
    status(note, t('audit-dashboard.incomplete', { block: number(a.fromBlock), from: time(a.from) }), 'warn');
  }
  chart(document.getElementById('hourly'), {
    type: 'bar',
    stacked: true,
    caption: t('audit-dashboard.hourlyCaption', { window: t(`audit-dashboard.window${hours}`) }),
    labels: a.hours.map((h) => hourLabel(h.hour, hours)),
    series: [
      { label: t('audit-dashboard.valid'), values: a.hours.map((h) => h.transactions - h.invalid) },
      { label: t('audit-dashboard.invalidSeries'), values: a.hours.map((h) => h.invalid) },
    ],
  });
  const share = (n) => (total > 0 ? `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format((100 * n) / total)} %` : '');
  show('by-organisation', table([
    { key: 'key', label: t('audit-dashboard.msp'), render: (r) => el('span', { class: 'mono' }, r.key) },
    { key: 'transactions', label: t('audit-dashboard.count'), numeric: true, render: (r) => number(r.transactions) },
    { key: 'share', label: t('audit-dashboard.share'), numeric: true, render: (r) => share(r.transactions) },
  ], a.byOrganisation, t('audit-dashboard.byOrganisationCaption')));
  show('by-code', table([
    { key: 'key', label: t('audit-dashboard.code'), render: (r) => el('span', { class: 'mono' }, r.key) },
    { key: 'meaning', label: t('audit-dashboard.meaning'),
      render: (r) => (KNOWN_CODES.includes(r.key) ? t(`audit-dashboard.code.${r.key}`) : t('audit-dashboard.code.other')) },
    { key: 'transactions', label: t('audit-dashboard.count'), numeric: true, render: (r) => number(r.transactions) },
  ], a.byValidationCode, t('audit-dashboard.byValidationCodeCaption')));
}

async function showReconciliation() {
  const target = document.getElementById('reconciliation');
  const answer = await api('GET', '/audit/reconciliation');
  const line = el('p', { id: 'books-status' });
  if (!answer.ok) {
    show(target, line);
    status(line, problemText(answer), 'bad');
    return;
  }
  const r = answer.body;
  const facts = el('dl', { class: 'facts' },
    ...[['issued', r.issued], ['available', r.available], ['redeemed', r.redeemed], ['expired', r.expired],
      ['reversed', r.reversed]].flatMap(([key, value]) => [
      el('dt', {}, t(`audit-dashboard.books.${key}`)), el('dd', {}, t('audit-dashboard.points', { n: number(value) }))]));
  const mismatches = r.ok ? null : table([
    { key: 'subject', label: t('audit-dashboard.mismatch.subject'), render: (m) => el('span', { class: 'mono' }, m.subject) },
    { key: 'check', label: t('audit-dashboard.mismatch.check') },
    { key: 'expected', label: t('audit-dashboard.mismatch.expected'), numeric: true, render: (m) => number(m.expected) },
    { key: 'actual', label: t('audit-dashboard.mismatch.actual'), numeric: true, render: (m) => number(m.actual) },
  ], r.mismatches, t('audit-dashboard.mismatchesCaption'));
  show(target, line, facts, mismatches);
  if (r.ok) {
    status(line, t('audit-dashboard.booksOk', { accounts: number(r.accounts) }), 'ok');
  } else {
    status(line, t('audit-dashboard.booksBad', { count: number(r.mismatches.length) }), 'bad');
  }
}

function showRun(run, bar) {
  const line = el('p', { id: 'integrity-result' });
  if (run.state === 'RUNNING') {
    bar.set(run.checkedBlocks, run.height, t('audit-dashboard.checking', { checked: number(run.checkedBlocks), height: number(run.height) }));
    return false;
  }
  show('integrity-status', line);
  if (run.state === 'DONE' && run.report.verified) {
    bar.set(run.checkedBlocks, run.height, t('audit-dashboard.checking', { checked: number(run.checkedBlocks), height: number(run.height) }));
    status(line, t('audit-dashboard.verified', { height: number(run.report.height), at: time(run.finishedAt) }), 'ok');
  } else if (run.state === 'DONE') {
    status(line, t('audit-dashboard.notVerified', {
      block: run.report.firstBadBlock === null || run.report.firstBadBlock === undefined ? '—' : number(run.report.firstBadBlock),
      problem: run.report.problem || '' }), 'bad');
  } else {
    status(line, t('audit-dashboard.runFailed'), 'bad');
  }
  return true;
}

async function verify() {
  verifyButton.disabled = true;
  show('integrity-status');
  const bar = progress(document.getElementById('integrity-progress'));
  bar.set(0, 1, t('audit-dashboard.starting'));
  try {
    let answer = await api('POST', '/audit/integrity/runs', {});
    while (answer.ok && !showRun(answer.body, bar)) {
      await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
      answer = await api('GET', `/audit/integrity/runs/${encodeURIComponent(answer.body.runId)}`);
    }
    if (!answer.ok) {
      const line = el('p', { id: 'integrity-result' });
      show('integrity-status', line);
      status(line, problemText(answer), 'bad');
    }
  } finally {
    verifyButton.disabled = false;
  }
}

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  clearErrors(searchForm);
  const q = (new FormData(searchForm).get('q') || '').toString().trim();
  if (TX_ID.test(q)) {
    window.location.assign(`/console/audit/transaction?tx=${encodeURIComponent(q.toLowerCase())}`);
  } else if (BLOCK_NUMBER.test(q)) {
    window.location.assign(`/console/audit/blocks?number=${encodeURIComponent(String(Number(q)))}`);
  } else {
    showProblem(searchForm, { code: 'SEARCH', title: t(q ? 'audit-dashboard.searchBad' : 'audit-dashboard.searchEmpty') },
      { SEARCH: 'q' });
  }
});

windowForm.addEventListener('submit', (event) => {
  event.preventDefault();
  showActivity();
});
hoursField.addEventListener('change', () => showActivity());
verifyButton.addEventListener('click', () => verify());

await Promise.all([showActivity(), showReconciliation()]);
loaded();
