import { ready, loaded, t, api, el, table, show, status, number, time, onSubmit } from '../console.js';

await ready();

const content = document.getElementById('content');
const listStatus = document.getElementById('list-status');
const registerForm = document.getElementById('register');
const registered = document.getElementById('registered');

function statusForm(a) {
  const next = a.status === 'ACTIVE' ? 'SUSPENDED' : 'ACTIVE';
  const result = el('div', { class: 'row-outcome' });
  const form = el('form', { id: `status-${a.attesterId}`, class: 'inline attester-status', novalidate: true },
    el('label', {}, t('community-attesters.reason'),
      el('input', { name: 'reason', type: 'text', maxlength: '500', autocomplete: 'off' })),
    el('button', { type: 'submit', class: 'secondary',
      'aria-label': t(`community-attesters.to.${next}.one`, { id: a.attesterId }) }, t(`community-attesters.to.${next}`)));
  onSubmit(form, async (v) => {
    if (!v.reason) {
      return { ok: false, body: { title: t('community-attesters.reasonMissing'), detail: '', code: 'REASON' } };
    }
    const answer = await api('POST', `/attesters/${encodeURIComponent(a.attesterId)}/status`,
      { status: next, reason: v.reason });
    if (answer.ok) {
      await load(t('community-attesters.statusDone', { id: a.attesterId, status: t(`community-attesters.status.${next}`) }));
    }
    return answer;
  }, { REASON: 'reason' });
  return el('div', {}, form, result);
}

async function load(message) {
  const answer = await api('GET', '/attesters');
  if (!answer.ok) {
    status(listStatus, (answer.body && answer.body.title) || t('common.failed'), 'bad');
    return;
  }
  const items = answer.body || [];
  if (message) status(listStatus, message, 'ok');
  else listStatus.replaceChildren();
  const columns = [
    { key: 'attesterId', label: t('community-attesters.attesterId'), render: (a) => el('span', { class: 'mono' }, a.attesterId) },
    { key: 'kind', label: t('community-attesters.kind'), render: (a) => t(`community-attesters.kind.${a.kind}`) },
    { key: 'status', label: t('common.status'), render: (a) => el('span', { class: `attester-${a.status}` },
      t(`community-attesters.status.${a.status}`)) },
    { key: 'dailyLimitPoints', label: t('community-attesters.dailyLimitColumn'), numeric: true,
      render: (a) => (a.dailyLimitPoints ? number(a.dailyLimitPoints) : t('community-attesters.noLimit')) },
    { key: 'registeredAt', label: t('community-attesters.registeredAt'), render: (a) => time(a.registeredAt) },
    { key: 'statusReason', label: t('community-attesters.statusReason'), render: (a) => a.statusReason || '' },
    { key: 'action', label: t('community-attesters.action'), render: statusForm },
  ];
  show(content, table(columns, items, t('community-attesters.caption')));
  content.querySelectorAll('tbody tr').forEach((tr, i) => { tr.dataset.attester = items[i].attesterId; });
}

onSubmit(registerForm, async (v) => {
  registered.replaceChildren();
  if (!v.attesterId) {
    return { ok: false, body: { title: t('community-attesters.idMissing'), detail: '', code: 'ID' } };
  }
  const body = { attesterId: v.attesterId, kind: v.kind };
  if (v.dailyLimitPoints) body.dailyLimitPoints = Number(v.dailyLimitPoints);
  const answer = await api('POST', '/attesters', body);
  if (answer.ok) {
    status(registered, t(answer.status === 201 ? 'community-attesters.done' : 'community-attesters.again',
      { id: answer.body.attesterId }), 'ok');
    registerForm.reset();
    await load();
  }
  return answer;
}, { ID: 'attesterId', ID_CONFLICT: 'attesterId' });

await load();
loaded();
