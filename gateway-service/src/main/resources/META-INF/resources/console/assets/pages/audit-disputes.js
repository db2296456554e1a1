// The auditor's disputes: those past their due date (read OVERDUE, or OPEN past dueBy), recording them as overdue,
// and resolving one; the open ones not yet due, for what is coming (an auditor may not resolve them yet).
import {
  ready, loaded, t, api, el, show, status, number, time, txLink, onSubmit, showProblem, mono,
} from '../console.js';

await ready();

const DAY = 24 * 3600 * 1000;
const PAGE = 20;
const CORRECTIONS = ['MISSING_CONTRIBUTION_RECORDED', 'WRONG_REVERSAL_CORRECTED', 'ENROLMENT_DATE_CORRECTED',
  'RECORD_CORRECTED'];

function dueText(dispute, now) {
  const late = now - Date.parse(dispute.dueBy);
  const n = late > 0 ? Math.floor(late / DAY) : Math.ceil(-late / DAY);
  const key = late > 0 ? 'audit-disputes.daysOverdue' : 'audit-disputes.dueIn';
  return t(n === 1 ? `${key}One` : key, { n: number(n) });
}

function select(name, options, label) {
  return el('label', {}, label, el('select', { name }, options.map(([value, text]) => el('option', { value }, text))));
}

function resolveForm(dispute, card) {
  const id = `resolve-${dispute.disputeId}`;
  const form = el('form', { id, class: 'resolve', novalidate: true },
    select('outcome', [['REJECTED', t('audit-disputes.outcome.REJECTED')], ['UPHELD', t('audit-disputes.outcome.UPHELD')]],
      t('audit-disputes.outcome')),
    dispute.targetType === 'SCORE'
      ? select('correction', [['', t('audit-disputes.noCorrection')],
        ...CORRECTIONS.map((c) => [c, t(`audit-disputes.correction.${c}`)])], t('audit-disputes.correction'))
      : null,
    el('label', {}, t('audit-disputes.note'), el('input', { name: 'note', autocomplete: 'off', maxlength: '500' })),
    el('button', { type: 'submit' }, t('audit-disputes.resolve')));
  onSubmit(form, async (v) => {
    const body = { outcome: v.outcome, note: v.note || '', communityId: dispute.communityId };
    if (v.correction) body.correction = v.correction;
    const answer = await api('POST', `/disputes/${encodeURIComponent(dispute.disputeId)}/resolution`, body);
    if (!answer.ok) {
      if (answer.body && answer.body.code === 'FORBIDDEN') {
        showProblem(form, answer.body).append(el('br'), t('audit-disputes.notYetDue', { dueBy: time(dispute.dueBy) }));
        return undefined;
      }
      return answer;
    }
    const r = answer.body.resolution || {};
    const done = el('p', {});
    status(done, t('audit-disputes.resolved', { outcome: t(`audit-disputes.outcome.${answer.body.status}`),
      at: time(r.at) }));
    done.append(' ', txLink(r.txId || answer.body.txId));
    card.querySelector('.dispute-status').textContent = t(`audit-disputes.status.${answer.body.status}`);
    form.replaceWith(done);
    return undefined;
  }, { NOT_FOUND: 'note' });
  return form;
}

function card(dispute, now) {
  const article = el('article', { class: 'card dispute', id: `dispute-${dispute.disputeId}` });
  const facts = [
    ['common.communityId', mono(dispute.communityId)],
    ['common.residentId', mono(dispute.residentId)],
    ['audit-disputes.target', t(`audit-disputes.target.${dispute.targetType}`)],
    ['audit-disputes.targetTx', dispute.targetTxId ? txLink(dispute.targetTxId) : null],
    ['audit-disputes.reason', dispute.reason],
    ['audit-disputes.filedAt', el('span', {}, time(dispute.filedAt), ' ', txLink(dispute.txId))],
    ['audit-disputes.dueBy', time(dispute.dueBy)],
    ['audit-disputes.late', el('strong', {}, dueText(dispute, now))],
    ['common.status', el('span', { class: 'dispute-status' }, t(`audit-disputes.status.${dispute.status}`))],
  ];
  article.append(el('h3', {}, t('audit-disputes.dispute'), ' ', mono(dispute.disputeId)),
    el('dl', { class: 'facts' }, facts.filter(([, v]) => v !== null && v !== undefined)
      .flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', {}, v)])),
    resolveForm(dispute, article));
  return article;
}

/** Shows the disputes PAGE at a time, with a "load more" button while some are left. */
function list(target, disputes, now) {
  const holder = el('div', { class: 'dispute-list' });
  const more = el('button', { type: 'button', class: 'secondary' }, t('common.more'));
  let shown = 0;
  const next = () => {
    disputes.slice(shown, shown + PAGE).forEach((d) => holder.append(card(d, now)));
    shown = Math.min(disputes.length, shown + PAGE);
    more.hidden = shown >= disputes.length;
    more.textContent = t('audit-disputes.more', { n: number(disputes.length - shown) });
  };
  more.addEventListener('click', next);
  show(target, disputes.length ? el('p', {}, t('audit-disputes.count', { n: number(disputes.length) })) : null,
    disputes.length ? holder : el('p', { class: 'empty' }, t('audit-disputes.noneHere')), more);
  next();
}

async function load() {
  const now = Date.now();
  const [overdue, open] = await Promise.all([api('GET', '/disputes?status=OVERDUE'), api('GET', '/disputes?status=OPEN')]);
  const failed = [overdue, open].find((a) => !a.ok);
  if (failed) {
    status(document.getElementById('overdue-status'), failed.body ? failed.body.title : t('common.failed'), 'bad');
    return;
  }
  const pastDue = [...overdue.body, ...open.body.filter((d) => Date.parse(d.dueBy) <= now)]
    .sort((a, b) => Date.parse(a.dueBy) - Date.parse(b.dueBy));
  const notYet = open.body.filter((d) => Date.parse(d.dueBy) > now)
    .sort((a, b) => Date.parse(a.dueBy) - Date.parse(b.dueBy));
  show('overdue-status');
  list('overdue-list', pastDue, now);
  list('open-list', notYet, now);
}

onSubmit(document.getElementById('mark'), async ({ communityId }) => {
  const answer = await api('POST', '/disputes/overdue', communityId ? { communityId } : {});
  if (!answer.ok) return answer;
  const node = document.getElementById('mark-status');
  show(node);
  await load();
  // said once the lists show the new statuses
  status(node, t(answer.body.more ? 'audit-disputes.markedMore' : 'audit-disputes.marked',
    { n: number(answer.body.marked.length) }));
  if (answer.body.txId) node.append(' ', txLink(answer.body.txId));
  return undefined;
}, { NOT_FOUND: 'communityId', FORBIDDEN: 'communityId' });

await load();
loaded();
