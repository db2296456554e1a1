// The auditor's transaction detail: found by id (linkable as ?tx=<id>), with its validation code, block, creator,
// endorsers, call and events, and its proof to download and verify offline with civic-verify.
import {
  ready, loaded, t, api, el, show, status, number, time, param, onSubmit, showProblem, fact,
} from '../console.js';

const form = document.getElementById('find-tx');
const detail = document.getElementById('tx-detail');
const download = document.getElementById('download-proof');
const proofStatus = document.getElementById('proof-status');
const BY_CODE = { NOT_FOUND: 'txId', VALIDATION_FAILED: 'txId', EMPTY: 'txId' };
const KNOWN_CODES = ['VALID', 'MVCC_READ_CONFLICT', 'ENDORSEMENT_POLICY_FAILURE'];
let current = null;

/** JSON text pretty-printed when it is JSON, else as it is; always monospaced and pre-formatted. */
function pre(text) {
  let shown = text ?? '';
  try {
    shown = JSON.stringify(JSON.parse(shown), null, 2);
  } catch (e) {
    // not JSON: shown as it is
  }
  return el('pre', { class: 'mono json', tabindex: '0' }, shown);
}

function validation(code) {
  const words = t(`audit-transaction.code.${KNOWN_CODES.includes(code) ? code : 'other'}`);
  return el('span', { class: code === 'VALID' ? 'valid' : 'invalid', id: 'tx-validation' },
    `${words} (`, el('code', {}, code), ')');
}

function render(tx) {
  current = tx;
  const endorsers = tx.endorsements.length
    ? el('ul', { class: 'plain' }, tx.endorsements.map((e) => el('li', { class: 'mono' }, e.mspId)))
    : el('span', {}, t('audit-transaction.inProcess'));
  show('tx-facts', el('dl', { class: 'facts' }, [
    fact(t('audit-transaction.txId'), el('span', { class: 'mono', id: 'tx-shown-id' }, tx.txId)),
    fact(t('audit-transaction.validation'), validation(tx.validationCode)),
    fact(t('audit-transaction.block'), el('a', { href: `/console/audit/blocks?number=${tx.blockNumber}`, id: 'tx-block' },
      t('audit-transaction.blockLink', { number: number(tx.blockNumber), index: number(tx.txIndex) }))),
    fact(t('audit-transaction.time'), time(tx.time)),
    fact(t('audit-transaction.creatorMsp'), el('span', { class: 'mono', id: 'tx-creator-msp' }, tx.creatorMspId ?? '—')),
    fact(t('audit-transaction.creatorId'), el('span', { class: 'mono' }, tx.creatorId ?? '—')),
    fact(t('audit-transaction.endorsers'), endorsers),
    fact(t('audit-transaction.function'), tx.function
      ? el('code', { id: 'tx-function' }, tx.function) : t('audit-transaction.noFunction')),
  ].flat()));
  show('tx-arguments', tx.arguments.length
    ? tx.arguments.map((a, i) => el('figure', { class: 'argument' },
      el('figcaption', {}, t('audit-transaction.argument', { index: number(i + 1) })), pre(a)))
    : el('p', { class: 'empty' }, t('audit-transaction.noArguments')));
  show('tx-events', tx.events.length
    ? tx.events.map((e) => el('figure', { class: 'event' },
      el('figcaption', {}, t('audit-transaction.eventType', { type: '' }), el('code', { class: 'event-type' }, e.type)),
      pre(e.payload)))
    : el('p', { class: 'empty' }, t('audit-transaction.noEvents')));
  document.getElementById('verify-command').textContent =
    `java -jar civic-verify.jar --trust trust ${fileName(tx.txId)}`;
  proofStatus.replaceChildren();
  proofStatus.removeAttribute('class');
  detail.hidden = false;
}

function fileName(txId) {
  return `proof-${txId.replace(/[^A-Za-z0-9._-]/g, '_')}.json`;
}

/** Looks up txId; remember puts ?tx= in the address (linkable, back button). Answers the api() answer. */
async function find(txId, remember) {
  const answer = await api('GET', `/audit/transactions/${encodeURIComponent(txId)}`);
  if (!answer.ok) {
    detail.hidden = true;
    return answer;
  }
  render(answer.body);
  if (remember) history.pushState({ tx: txId }, '', `?tx=${encodeURIComponent(txId)}`);
  document.getElementById('tx-detail-title').focus();
  return answer;
}

/** Saves the proof as a file: a Blob behind an object URL, clicked by script (no navigation, nothing inline). */
async function downloadProof() {
  if (!current) return;
  download.disabled = true;
  status(proofStatus, t('audit-transaction.downloading'), 'warn');
  try {
    const answer = await api('GET', `/audit/transactions/${encodeURIComponent(current.txId)}/proof`);
    if (!answer.ok) {
      status(proofStatus, `${answer.body?.title ?? t('common.failed')} ${answer.body?.detail ?? ''}`.trim(), 'bad');
      return;
    }
    const file = fileName(current.txId);
    const url = URL.createObjectURL(new Blob([JSON.stringify(answer.body, null, 2) + '\n'], { type: 'application/json' }));
    const link = el('a', { href: url, download: file, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    status(proofStatus, t('audit-transaction.downloaded', { file }));
  } finally {
    download.disabled = false;
  }
}

onSubmit(form, async (v) => {
  if (!v.txId) return { ok: false, body: { title: t('audit-transaction.txIdMissing'), detail: '', code: 'EMPTY' } };
  return find(v.txId, true);
}, BY_CODE);
download.addEventListener('click', downloadProof);
window.addEventListener('popstate', async () => {
  const tx = param('tx');
  if (tx === null) {
    detail.hidden = true;
    return;
  }
  form.elements.txId.value = tx;
  const answer = await find(tx, false);
  if (!answer.ok) showProblem(form, answer.body, BY_CODE);
});

await ready();
const linked = param('tx');
if (linked !== null && linked.trim() !== '') {
  form.elements.txId.value = linked.trim();
  const answer = await find(linked.trim(), false);
  if (!answer.ok) showProblem(form, answer.body, BY_CODE);
}
loaded();
