// The auditor's block explorer: the latest blocks (newest first, older ones on demand), a block by number, and a
// block's detail (linkable as ?number=N) with links to its transactions and to the block before it.
import {
  ready, loaded, t, api, el, show, status, table, number, time, param, txLink, onSubmit, showProblem, clearErrors, fact,
} from '../console.js';

const PAGE = 10;
const list = document.getElementById('block-list');
const listStatus = document.getElementById('block-status');
const older = document.getElementById('older');
const detail = document.getElementById('block-detail');
const facts = document.getElementById('block-facts');
const form = document.getElementById('find-block');
const shown = [];

/** A hash, monospaced: shortened on screen, the full value as its title and for screen readers. */
function hash(value) {
  if (!value) return el('span', { class: 'mono' }, '—');
  const short = value.length > 20 ? `${value.slice(0, 10)}…${value.slice(-8)}` : value;
  return el('span', { class: 'mono', title: value },
    el('span', { 'aria-hidden': 'true' }, short), el('span', { class: 'visually-hidden' }, value));
}

/** The full hash, monospaced (wraps), for the detail. */
function fullHash(value) {
  return el('span', { class: 'mono' }, value || '—');
}

function blockLink(n, text) {
  const link = el('a', { href: `?number=${n}`, 'data-number': String(n) }, text ?? number(n));
  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    openBlock(n, true);
  });
  return link;
}

function renderList() {
  show(list, table([
    { key: 'number', label: t('audit-blocks.col.number'), numeric: true, render: (b) => blockLink(b.number) },
    { key: 'time', label: t('audit-blocks.col.time'), render: (b) => time(b.time) },
    { key: 'transactions', label: t('audit-blocks.col.transactions'), numeric: true,
      render: (b) => number(b.transactions.length) },
    { key: 'hash', label: t('audit-blocks.col.hash'), render: (b) => hash(b.hash) },
  ], shown, t('audit-blocks.caption')));
  const lowest = shown.length ? shown[shown.length - 1].number : 0;
  older.hidden = lowest === 0;
}

async function loadLatest() {
  const answer = await api('GET', `/audit/blocks?limit=${PAGE}`);
  if (!answer.ok) {
    status(listStatus, `${answer.body?.title ?? t('common.failed')} ${answer.body?.detail ?? ''}`.trim(), 'bad');
    return;
  }
  shown.splice(0, shown.length, ...answer.body);
  if (shown.length) status(listStatus, t('audit-blocks.height', { height: number(shown[0].number + 1) }));
  renderList();
}

/** Older blocks are read one at a time (the API lists only the latest): the PAGE before the oldest shown. */
async function loadOlder() {
  const lowest = shown[shown.length - 1].number;
  const numbers = [];
  for (let n = lowest - 1; n >= 0 && n >= lowest - PAGE; n--) numbers.push(n);
  older.disabled = true;
  status(listStatus, t('audit-blocks.loadingOlder'), 'warn');
  try {
    const answers = await Promise.all(numbers.map((n) => api('GET', `/audit/blocks/${n}`)));
    const failed = answers.find((a) => !a.ok);
    if (failed) {
      status(listStatus, `${failed.body?.title ?? t('common.failed')} ${failed.body?.detail ?? ''}`.trim(), 'bad');
      return;
    }
    shown.push(...answers.map((a) => a.body));
    renderList();
    status(listStatus, shown[shown.length - 1].number === 0 ? t('audit-blocks.noOlder')
      : t('audit-blocks.height', { height: number(shown[0].number + 1) }));
  } finally {
    older.disabled = false;
  }
}

function renderBlock(b) {
  const previous = b.number > 0
    ? [fullHash(b.previousHash), ' (', blockLink(b.number - 1, t('audit-blocks.previousLink', { number: number(b.number - 1) })), ')']
    : [fullHash(b.previousHash), ' ', t('audit-blocks.firstBlock')];
  const rows = [
    fact(t('audit-blocks.col.number'), el('span', { id: 'detail-number' }, number(b.number))),
    fact(t('audit-blocks.time'), time(b.time)),
    fact(t('audit-blocks.hash'), fullHash(b.hash)),
    fact(t('audit-blocks.previousHash'), previous),
    fact(t('audit-blocks.dataHash'), fullHash(b.dataHash)),
  ];
  // the embedded ledger's own fields: null on Fabric, so shown only when present
  if (b.stateDigest !== null && b.stateDigest !== undefined) rows.push(fact(t('audit-blocks.stateDigest'), fullHash(b.stateDigest)));
  if (b.version !== null && b.version !== undefined) rows.push(fact(t('audit-blocks.version'), String(b.version)));
  const txs = b.transactions.length
    ? el('ol', { class: 'tx-list', start: '0' }, b.transactions.map((id) => el('li', {}, txLink(id))))
    : el('p', { class: 'empty' }, t('audit-blocks.noTransactions'));
  show(facts, el('dl', { class: 'facts' }, rows.flat()),
    el('h3', {}, t('audit-blocks.transactions', { count: number(b.transactions.length) })), txs);
  document.getElementById('block-detail-title').textContent = t('audit-blocks.detailOf', { number: number(b.number) });
  detail.hidden = false;
  detail.dataset.number = String(b.number);
}

/** Shows block n; remember puts ?number=n in the address (linkable, back button). Answers the api() answer. */
async function openBlock(n, remember) {
  const answer = await api('GET', `/audit/blocks/${encodeURIComponent(n)}`);
  if (!answer.ok) return answer;
  renderBlock(answer.body);
  clearErrors(form);
  form.elements.number.value = String(answer.body.number);
  if (remember) history.pushState({ number: answer.body.number }, '', `?number=${answer.body.number}`);
  document.getElementById('block-detail-title').focus();
  return answer;
}

onSubmit(form, async (v) => {
  const wanted = v.number ?? '';
  if (wanted === '') return { ok: false, body: { title: t('audit-blocks.numberMissing'), detail: '', code: 'EMPTY' } };
  return openBlock(wanted, true);
}, { VALIDATION_FAILED: 'number', NOT_FOUND: 'number', EMPTY: 'number' });

older.addEventListener('click', loadOlder);
window.addEventListener('popstate', () => {
  const n = param('number');
  if (n === null) detail.hidden = true;
  else openBlock(n, false);
});

await ready();
await loadLatest();
const linked = param('number');
if (linked !== null) {
  form.elements.number.value = linked;
  const answer = await openBlock(linked, false);
  if (!answer.ok) showProblem(form, answer.body, { VALIDATION_FAILED: 'number', NOT_FOUND: 'number' });
}
loaded();
