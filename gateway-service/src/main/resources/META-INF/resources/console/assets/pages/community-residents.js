// Residents: enrol one (the real-world reference is typed once, sent, and cleared at once: the page never keeps or
// shows it), and look one up by resident id (status, balance, history paged with the API's cursor).
import { ready, loaded, t, api, el, show, status, onSubmit, table, number, time, param } from '../console.js';

await ready();

const HISTORY_PAGE = 20;
const enrolForm = document.getElementById('enrol');
const reference = document.getElementById('externalRef');
const enrolResult = document.getElementById('enrol-result');
const lookupForm = document.getElementById('lookup');
const residentField = document.getElementById('residentId');
const residentBox = document.getElementById('resident');

onSubmit(enrolForm, async () => {
  show(enrolResult);
  // the raw text: the gateway normalises it (API.md, externalRef normalisation); an empty field is its error
  const typed = reference.value;
  const answer = await api('POST', '/residents', typed === '' ? {} : { externalRef: typed });
  reference.value = ''; // the reference is never kept, whatever the answer
  if (answer.ok) showEnrolment(answer.body, answer.status === 201);
  return answer;
}, { VALIDATION_FAILED: 'externalRef' });

function showEnrolment(resident, created) {
  const idNode = el('code', { class: 'mono', id: 'enrolled-id' }, resident.residentId);
  const message = el('p', {});
  status(message, created ? t('community-residents.enrolled') : t('community-residents.alreadyEnrolled'),
    created ? 'ok' : 'warn');
  message.dataset.outcome = created ? 'created' : 'existing';
  const copyStatus = el('p', { 'aria-live': 'polite', class: 'hint' });
  const copy = el('button', { type: 'button', class: 'secondary' }, t('community-residents.copy'));
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(resident.residentId);
      copyStatus.textContent = t('community-residents.copied');
    } catch (e) {
      const range = document.createRange();
      range.selectNodeContents(idNode);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      copyStatus.textContent = t('community-residents.copyFailed');
    }
  });
  const open = el('button', { type: 'button', class: 'secondary' }, t('community-residents.open'));
  open.addEventListener('click', () => {
    residentField.value = resident.residentId;
    lookupForm.requestSubmit();
  });
  show(enrolResult, message,
    el('dl', { class: 'facts' },
      el('dt', {}, t('common.residentId')), el('dd', {}, idNode),
      el('dt', {}, t('community-residents.outcome')), el('dd', {},
        created ? t('community-residents.newResident') : t('community-residents.sameResident')),
      el('dt', {}, t('community-residents.enrolledAt')), el('dd', {}, time(resident.enrolledAt))),
    el('p', { class: 'actions' }, copy, ' ', open), copyStatus);
}

let history = [];
let cursor = null;
let current = null;

onSubmit(lookupForm, async (v) => {
  const id = v.residentId || '';
  show(residentBox, el('p', { class: 'empty' }, t('common.loading')));
  const residentAnswer = await api('GET', `/residents/${encodeURIComponent(id)}`);
  if (!residentAnswer.ok) {
    show(residentBox);
    return residentAnswer;
  }
  const [balanceAnswer, historyAnswer] = await Promise.all([
    api('GET', `/residents/${encodeURIComponent(id)}/balance`),
    api('GET', `/residents/${encodeURIComponent(id)}/history?limit=${HISTORY_PAGE}`),
  ]);
  if (!balanceAnswer.ok) { show(residentBox); return balanceAnswer; }
  if (!historyAnswer.ok) { show(residentBox); return historyAnswer; }
  current = id;
  history = historyAnswer.body.items || [];
  cursor = historyAnswer.body.nextCursor || null;
  showResident(residentAnswer.body, balanceAnswer.body);
  return residentAnswer;
}, { NOT_FOUND: 'residentId', VALIDATION_FAILED: 'residentId' });

function showResident(resident, balance) {
  const facts = el('dl', { class: 'facts' },
    el('dt', {}, t('common.residentId')), el('dd', { class: 'mono' }, resident.residentId),
    el('dt', {}, t('community-residents.status')),
    el('dd', { id: 'resident-status' }, t(`community-residents.status.${resident.status}`)),
    resident.statusReason ? [el('dt', {}, t('community-residents.statusReason')), el('dd', {}, resident.statusReason)] : null,
    el('dt', {}, t('community-residents.enrolledAt')), el('dd', {}, time(resident.enrolledAt)));
  const card = (key, value, id) => el('div', { class: 'card', id },
    el('div', { class: 'value' }, number(value)), el('div', { class: 'label' }, t(key)));
  const cards = el('div', { class: 'cards' },
    card('community-residents.available', balance.available, 'balance-available'),
    card('community-residents.earned', balance.earnedTotal),
    card('community-residents.spent', balance.spentTotal),
    card('community-residents.expired', balance.expiredTotal),
    card('community-residents.reversed', balance.reversedTotal));
  const historyBox = el('div', { id: 'history' });
  const more = el('button', { type: 'button', class: 'secondary', id: 'history-more' }, t('common.more'));
  const historyStatus = el('p', {});
  more.addEventListener('click', async () => {
    more.disabled = true;
    const answer = await api('GET', `/residents/${encodeURIComponent(current)}/history?limit=${HISTORY_PAGE}`
      + `&cursor=${encodeURIComponent(cursor)}`);
    more.disabled = false;
    if (!answer.ok) {
      status(historyStatus, `${answer.body?.title ?? t('common.failed')}${answer.body?.detail ? '：' + answer.body.detail : ''}`, 'bad');
      return;
    }
    history = history.concat(answer.body.items || []);
    cursor = answer.body.nextCursor || null;
    renderHistory(historyBox, more, historyStatus);
  });
  show(residentBox,
    el('h2', { id: 'resident-title' }, t('community-residents.resident')), facts,
    el('h2', {}, t('community-residents.balance')), cards,
    el('h2', {}, t('community-residents.history')), historyBox, historyStatus, more);
  renderHistory(historyBox, more, historyStatus);
}

function typeName(type) {
  const key = `community-residents.type.${type}`;
  return t(key) === key ? type : t(key);
}

function renderHistory(box, more, historyStatus) {
  show(box, table([
    { key: 'at', label: t('common.time'), render: (r) => time(r.at) },
    { key: 'type', label: t('community-residents.type'), render: (r) => typeName(r.type) },
    { key: 'points', label: t('common.points'), numeric: true, render: (r) => number(r.points) },
    { key: 'ref', label: t('community-residents.ref'), render: (r) => el('span', { class: 'mono' }, r.ref ?? '') },
    { key: 'attesterId', label: t('community-residents.attester'), render: (r) => el('span', { class: 'mono' }, r.attesterId ?? '') },
    { key: 'txId', label: t('common.transaction'), render: (r) => el('span', { class: 'mono' }, r.txId) },
  ], history, t('community-residents.historyCaption')));
  more.hidden = !cursor;
  if (history.length > 0) {
    status(historyStatus, t(cursor ? 'community-residents.shown' : 'community-residents.allShown',
      { count: number(history.length) }));
  }
}

const asked = param('resident');
if (asked) {
  residentField.value = asked;
  lookupForm.requestSubmit();
}
loaded();
