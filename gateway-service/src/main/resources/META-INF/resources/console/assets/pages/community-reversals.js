import { ready, loaded, t, api, el, table, show, status, number, time, onSubmit } from '../console.js';

await ready();

const reverseForm = document.getElementById('reverse');
const result = document.getElementById('result');
const lookupForm = document.getElementById('lookup');
const history = document.getElementById('history');
const more = document.getElementById('more');

onSubmit(reverseForm, async (v) => {
  result.replaceChildren();
  if (!v.contributionId) {
    return { ok: false, body: { title: t('community-reversals.idMissing'), detail: '', code: 'ID' } };
  }
  if (!v.reason) {
    return { ok: false, body: { title: t('community-reversals.reasonMissing'), detail: '', code: 'REASON' } };
  }
  const answer = await api('POST', `/contributions/${encodeURIComponent(v.contributionId)}/reversal`,
    { reason: v.reason });
  if (answer.ok) {
    const b = answer.body;
    show(result, el('p', { id: 'reversed', role: 'status', class: 'status ok' },
      t('community-reversals.done', { id: b.contributionId, points: number(b.reversedPoints), balance: number(b.balance) })),
      el('p', {}, t('common.transaction'), '：', el('span', { class: 'mono' }, b.txId)));
    reverseForm.reset();
    if (state.residentId) await lookup(state.residentId, true);
  }
  return answer;
}, { ID: 'contributionId', REASON: 'reason', NOT_FOUND: 'contributionId', INVALID_STATE: 'contributionId',
  FORBIDDEN: 'contributionId' });

const state = { residentId: null, cursor: null, entries: [] };

function render() {
  const reversed = new Set(state.entries.filter((e) => e.type === 'REVERSAL').map((e) => e.ref));
  const awards = state.entries.filter((e) => e.type === 'AWARD');
  const columns = [
    { key: 'at', label: t('common.time'), render: (e) => time(e.at) },
    { key: 'ref', label: t('community-reversals.contributionId'), render: (e) => el('span', { class: 'mono' }, e.ref) },
    { key: 'points', label: t('common.points'), numeric: true, render: (e) => number(e.points) },
    { key: 'attesterId', label: t('community-reversals.attester'), render: (e) => el('span', { class: 'mono' }, e.attesterId || '') },
    { key: 'action', label: t('community-reversals.action'), render: (e) => {
      if (reversed.has(e.ref)) return t('community-reversals.alreadyReversed');
      const button = el('button', { type: 'button', class: 'secondary fill',
        'aria-label': t('community-reversals.fillOne', { id: e.ref }) }, t('community-reversals.fill'));
      button.addEventListener('click', () => {
        reverseForm.elements.contributionId.value = e.ref;
        reverseForm.elements.reason.focus();
      });
      return button;
    } },
  ];
  show(history, table(columns, awards, t('community-reversals.historyCaption')));
  more.hidden = !state.cursor;
}

async function lookup(residentId, fresh) {
  if (fresh) { state.residentId = residentId; state.cursor = null; state.entries = []; }
  const query = `limit=100${state.cursor ? '&cursor=' + encodeURIComponent(state.cursor) : ''}`;
  const answer = await api('GET', `/residents/${encodeURIComponent(residentId)}/history?${query}`);
  if (!answer.ok) return answer;
  state.entries.push(...(answer.body.items || []));
  state.cursor = answer.body.nextCursor || null;
  render();
  return answer;
}

onSubmit(lookupForm, async (v) => {
  history.replaceChildren();
  more.hidden = true;
  if (!v.residentId) {
    return { ok: false, body: { title: t('community-reversals.residentMissing'), detail: '', code: 'RID' } };
  }
  return lookup(v.residentId, true);
}, { RID: 'residentId', NOT_FOUND: 'residentId', FORBIDDEN: 'residentId' });

more.addEventListener('click', async () => {
  const answer = await lookup(state.residentId, false);
  if (answer && !answer.ok) status(history, answer.body.title || t('common.failed'), 'bad');
});

loaded();
