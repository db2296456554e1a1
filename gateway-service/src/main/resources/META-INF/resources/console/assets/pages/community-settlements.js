import {
  ready, loaded, t, api, el, table, show, status, number, time, onSubmit, newId, showProblem, clearErrors, values, money, card,
} from '../console.js';

await ready();

const form = document.getElementById('statement');
const settleButton = document.getElementById('settle');
const settled = document.getElementById('settled');
const totals = document.getElementById('totals');
const content = document.getElementById('content');
const SHOWN = 100;

function nextDay(date) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().replace('.000Z', 'Z');
}

async function statement(v) {
  if (!v.merchantId) {
    return { ok: false, body: { title: t('community-settlements.merchantMissing'), detail: '', code: 'MERCHANT' } };
  }
  const query = new URLSearchParams();
  if (v.from) query.set('from', `${v.from}T00:00:00Z`);
  if (v.to) query.set('to', nextDay(v.to));
  const qs = query.toString();
  const answer = await api('GET', `/merchants/${encodeURIComponent(v.merchantId)}/statement${qs ? '?' + qs : ''}`);
  if (!answer.ok) {
    totals.replaceChildren();
    content.replaceChildren();
    return answer;
  }
  const s = answer.body;
  show(totals, el('div', { class: 'cards' },
    card('total-points', t('community-settlements.totalPoints'), `${number(s.totalPoints)} ${t('common.points')}`),
    card('total-value', t('community-settlements.totalValue'), `${money(s.totalValueFen)} ${t('community-settlements.yuan')}`),
    card('unsettled-points', t('community-settlements.unsettled'), `${number(s.unsettledPoints)} ${t('common.points')}`),
    card('redemption-count', t('community-settlements.count'), number((s.redemptions || []).length))));
  const rows = [...(s.redemptions || [])].reverse();
  const columns = [
    { key: 'at', label: t('common.time'), render: (r) => time(r.at) },
    { key: 'redemptionId', label: t('community-settlements.redemptionId'), render: (r) => el('span', { class: 'mono' }, r.redemptionId) },
    { key: 'residentId', label: t('common.residentId'), render: (r) => el('span', { class: 'mono' }, r.residentId) },
    { key: 'item', label: t('community-settlements.item') },
    { key: 'points', label: t('common.points'), numeric: true, render: (r) => number(r.points) },
    { key: 'valueFen', label: t('community-settlements.valueYuan'), numeric: true,
      render: (r) => (r.valueFen === undefined || r.valueFen === null ? '—' : money(r.valueFen)) },
    { key: 'settled', label: t('community-settlements.settledColumn'),
      render: (r) => t(r.settled ? 'community-settlements.isSettled' : 'community-settlements.notSettled') },
  ];
  show(content,
    rows.length > SHOWN ? el('p', { class: 'hint' }, t('community-settlements.latest', { shown: number(SHOWN), count: number(rows.length) })) : null,
    table(columns, rows.slice(0, SHOWN), t('community-settlements.caption')));
  return answer;
}

onSubmit(form, async (v) => {
  settled.replaceChildren();
  return statement(v);
}, { MERCHANT: 'merchantId', NOT_FOUND: 'merchantId', FORBIDDEN: 'merchantId' });

settleButton.addEventListener('click', async () => {
  clearErrors(form);
  settled.replaceChildren();
  const v = values(form);
  if (!v.merchantId) {
    showProblem(form, { title: t('community-settlements.merchantMissing'), detail: '', code: 'MERCHANT' }, { MERCHANT: 'merchantId' });
    return;
  }
  settleButton.disabled = true;
  const answer = await api('POST', '/settlements', { settlementId: newId('s'), merchantId: v.merchantId });
  settleButton.disabled = false;
  if (!answer.ok && answer.body && answer.body.code === 'INVALID_STATE') {
    status(settled, t('community-settlements.nothing', { merchant: v.merchantId }), 'warn');
    return;
  }
  if (!answer.ok) {
    showProblem(form, answer.body, { NOT_FOUND: 'merchantId', FORBIDDEN: 'merchantId', VALIDATION_FAILED: 'merchantId' });
    return;
  }
  const s = answer.body;
  status(settled, s.redemptionCount
    ? t('community-settlements.done', { merchant: s.merchantId, points: number(s.points), value: money(s.valueFen),
      count: number(s.redemptionCount) })
    : t('community-settlements.nothing', { merchant: s.merchantId }), s.redemptionCount ? 'ok' : 'warn');
  await statement(v);
});

const first = await statement(values(form));
if (first && !first.ok) showProblem(form, first.body, { NOT_FOUND: 'merchantId', FORBIDDEN: 'merchantId' });
loaded();
