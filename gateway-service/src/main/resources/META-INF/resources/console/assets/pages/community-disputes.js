import { ready, loaded, t, api, el, table, show, status, number, time, onSubmit, newId, role } from '../console.js';

await ready();

const isAdmin = role() === 'ADMIN';
const isApp = role() === 'APP';
const content = document.getElementById('content');
const listStatus = document.getElementById('list-status');
const filter = document.getElementById('filter');
const markButton = document.getElementById('mark-overdue');
const CORRECTIONS = ['MISSING_CONTRIBUTION_RECORDED', 'WRONG_REVERSAL_CORRECTED', 'ENROLMENT_DATE_CORRECTED',
  'RECORD_CORRECTED'];

function late(d) {
  return d.status === 'OVERDUE' || (d.status === 'OPEN' && d.dueBy && new Date(d.dueBy) < new Date());
}

function resolveForm(d) {
  const options = [el('option', { value: 'UPHELD' }, t('community-disputes.outcome.UPHELD')),
    el('option', { value: 'REJECTED' }, t('community-disputes.outcome.REJECTED'))];
  const form = el('form', { id: `resolve-${d.disputeId}`, class: 'inline resolve', novalidate: true },
    el('label', {}, t('community-disputes.outcome'), el('select', { name: 'outcome' }, options)),
    d.targetType === 'SCORE'
      ? el('label', {}, t('community-disputes.correction'), el('select', { name: 'correction' },
        el('option', { value: '' }, t('community-disputes.correction.none')),
        CORRECTIONS.map((c) => el('option', { value: c }, t(`community-disputes.correction.${c}`)))))
      : null,
    el('label', {}, t('community-disputes.note'), el('input', { name: 'note', maxlength: '500', autocomplete: 'off' })),
    el('button', { type: 'submit', 'aria-label': t('community-disputes.resolveOne', { id: d.disputeId }) },
      t('community-disputes.resolve')));
  onSubmit(form, async (v) => {
    if (!v.note) return { ok: false, body: { title: t('community-disputes.noteMissing'), detail: '', code: 'NOTE' } };
    const body = { outcome: v.outcome, note: v.note };
    if (v.correction && v.outcome === 'UPHELD') body.correction = v.correction;
    const answer = await api('POST', `/disputes/${encodeURIComponent(d.disputeId)}/resolution`, body);
    if (answer.ok) {
      const r = answer.body.resolution || {};
      const extra = r.reversedPoints ? t('community-disputes.reversed', { points: number(r.reversedPoints) }) : '';
      await load(t('community-disputes.resolved', { id: d.disputeId,
        outcome: t(`community-disputes.outcome.${answer.body.status}`), extra }));
    }
    return answer;
  }, { NOTE: 'note', VALIDATION_FAILED: 'note', INVALID_STATE: 'outcome' });
  return form;
}

async function load(message) {
  const wanted = filter.elements.status.value;
  const answer = await api('GET', `/disputes${wanted ? '?status=' + encodeURIComponent(wanted) : ''}`);
  if (!answer.ok) {
    status(listStatus, (answer.body && answer.body.title) || t('common.failed'), 'bad');
    show(content);
    return;
  }
  const items = [...(answer.body || [])].sort((a, b) => String(b.filedAt).localeCompare(String(a.filedAt)));
  const lateCount = items.filter(late).length;
  status(listStatus, message || t('community-disputes.count', { count: number(items.length), late: number(lateCount) }),
    message ? 'ok' : (lateCount ? 'warn' : 'ok'));
  const columns = [
    { key: 'disputeId', label: t('community-disputes.disputeId'), render: (d) => el('span', { class: 'mono' }, d.disputeId) },
    { key: 'residentId', label: t('common.residentId'), render: (d) => el('span', { class: 'mono' }, d.residentId) },
    { key: 'targetType', label: t('community-disputes.targetType'), render: (d) => t(`community-disputes.target.${d.targetType}`) },
    { key: 'targetTxId', label: t('community-disputes.targetTxId'), render: (d) => el('span', { class: 'mono' }, d.targetTxId || '—') },
    { key: 'reason', label: t('community-disputes.reason'), render: (d) => d.reason },
    { key: 'filedAt', label: t('community-disputes.filedAt'), render: (d) => time(d.filedAt) },
    { key: 'dueBy', label: t('community-disputes.dueBy'), render: (d) => (late(d)
      ? el('span', {}, time(d.dueBy), ' ', el('strong', { class: 'flag late' }, t('community-disputes.late')))
      : time(d.dueBy)) },
    { key: 'status', label: t('common.status'), render: (d) => {
      const r = d.resolution;
      return el('span', {}, t(`community-disputes.status.${d.status}`),
        r && r.note ? el('span', { class: 'hint' }, ` — ${r.note}`) : null);
    } },
  ];
  if (isAdmin) {
    columns.push({ key: 'action', label: t('community-disputes.action'),
      render: (d) => (d.status === 'OPEN' || d.status === 'OVERDUE' ? resolveForm(d) : '') });
  }
  show(content, table(columns, items, t('community-disputes.caption')));
  content.querySelectorAll('tbody tr').forEach((tr, i) => {
    tr.dataset.dispute = items[i].disputeId;
    if (late(items[i])) tr.classList.add('late');
  });
}

onSubmit(filter, async () => { await load(); });

if (isAdmin) {
  markButton.hidden = false;
  markButton.addEventListener('click', async () => {
    markButton.disabled = true;
    const answer = await api('POST', '/disputes/overdue', {});
    markButton.disabled = false;
    if (!answer.ok) {
      status(listStatus, `${answer.body.title}${answer.body.detail ? '：' + answer.body.detail : ''}`, 'bad');
      return;
    }
    const marked = (answer.body.marked || []).length;
    await load(t(answer.body.more ? 'community-disputes.markedMore' : 'community-disputes.marked',
      { count: number(marked) }));
  });
}

if (isApp) {
  const section = document.getElementById('file-section');
  const form = document.getElementById('file');
  const filed = document.getElementById('filed');
  section.hidden = false;
  onSubmit(form, async (v) => {
    filed.replaceChildren();
    const body = { disputeId: newId('d'), residentId: v.residentId, reason: v.reason };
    if (v.targetType) body.targetType = v.targetType;
    if (v.targetTxId) body.targetTxId = v.targetTxId;
    const answer = await api('POST', '/disputes', body);
    if (answer.ok) {
      status(filed, t('community-disputes.filed', { id: answer.body.disputeId, due: time(answer.body.dueBy) }), 'ok');
      form.reset();
      await load();
    }
    return answer;
  }, { NOT_FOUND: 'targetTxId', INVALID_STATE: 'targetTxId' });
}

await load();
loaded();
