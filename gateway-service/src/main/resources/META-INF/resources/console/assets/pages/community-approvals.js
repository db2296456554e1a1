import { ready, loaded, t, api, el, table, show, status, number, time, onSubmit } from '../console.js';

await ready();

const content = document.getElementById('content');
const listStatus = document.getElementById('list-status');

/** Shows a decision's answer (or its problem) on the row, and closes the row's actions once decided. */
function outcome(row, cell, answer) {
  if (answer.ok) {
    const b = answer.body;
    const text = b.status === 'AWARDED'
      ? t('community-approvals.approved', { points: number(b.points), balance: number(b.balance) })
      : t('community-approvals.rejected', { reason: b.reason || '' });
    status(cell, text, 'ok');
    row.replaceChildren(cell);
  } else {
    const p = answer.body || {};
    status(cell, `${p.title || t('common.failed')}${p.detail ? '：' + p.detail : ''}`, 'bad');
  }
}

async function load() {
  status(listStatus, t('common.loading'), 'warn');
  const answer = await api('GET', '/contributions/pending');
  if (!answer.ok) {
    status(listStatus, (answer.body && answer.body.title) || t('common.failed'), 'bad');
    show(content);
    return;
  }
  const items = answer.body || [];
  status(listStatus, t('community-approvals.count', { count: number(items.length) }), 'ok');
  const columns = [
    { key: 'contributionId', label: t('community-approvals.contributionId'),
      render: (r) => el('span', { class: 'mono' }, r.contributionId) },
    { key: 'residentId', label: t('common.residentId'), render: (r) => el('span', { class: 'mono' }, r.residentId) },
    { key: 'activityType', label: t('community-approvals.activityType') },
    { key: 'points', label: t('community-approvals.points'), numeric: true, render: (r) => number(r.points) },
    { key: 'recordedAt', label: t('community-approvals.recordedAt'), render: (r) => time(r.recordedAt) },
    { key: 'expiresAt', label: t('community-approvals.expiresAt'),
      render: (r) => (r.expired
        ? el('span', {}, time(r.expiresAt), ' ', el('strong', { class: 'flag' }, t('community-approvals.expired')))
        : time(r.expiresAt)) },
    { key: 'actions', label: t('community-approvals.actions'), render: actions },
  ];
  show(content, table(columns, items, t('community-approvals.caption')));
  content.querySelectorAll('tbody tr').forEach((tr, i) => { tr.dataset.contribution = items[i].contributionId; });
}

function actions(r) {
  const result = el('div', { class: 'row-outcome' });
  const approve = el('button', { type: 'button', class: 'approve',
    'aria-label': t('community-approvals.approveOne', { id: r.contributionId }) }, t('community-approvals.approve'));
  const formId = `reject-${r.contributionId}`;
  const form = el('form', { id: formId, class: 'inline reject', novalidate: true },
    el('label', {}, t('community-approvals.reason'),
      el('input', { name: 'reason', type: 'text', maxlength: '500', autocomplete: 'off' })),
    el('button', { type: 'submit', class: 'secondary',
      'aria-label': t('community-approvals.rejectOne', { id: r.contributionId }) }, t('community-approvals.reject')));
  const box = el('div', { class: 'row-actions' }, approve, form, result);
  approve.addEventListener('click', async () => {
    approve.disabled = true;
    const answer = await api('POST', `/contributions/${encodeURIComponent(r.contributionId)}/approval`, {});
    approve.disabled = false;
    outcome(box, result, answer);
  });
  onSubmit(form, async (v) => {
    if (!v.reason) {
      return { ok: false, body: { title: t('community-approvals.reasonMissing'), detail: '', code: 'REASON' } };
    }
    const answer = await api('POST', `/contributions/${encodeURIComponent(r.contributionId)}/rejection`,
      { reason: v.reason });
    if (answer.ok) {
      outcome(box, result, answer);
      return undefined;
    }
    if (answer.body && answer.body.code !== 'VALIDATION_FAILED') {
      outcome(box, result, answer);
      return undefined;
    }
    return answer;
  }, { REASON: 'reason' });
  return box;
}

document.getElementById('refresh').addEventListener('click', load);
await load();
loaded();
