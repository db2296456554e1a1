// Contributions: one at a time, or a batch for one activity (a table of residents and quantities, sent as ONE
// POST /contributions/batch; each row shows its own result). A row keeps its contributionId while its request is
// unchanged, and a row once recorded is locked and never sent again: resubmitting never pays twice.
import { ready, loaded, t, api, el, show, status, onSubmit, progress, number, newId, lang } from '../console.js';

await ready();

const MAX_ROWS = 200;
const STEP = 10;
const DONE = new Set(['AWARDED', 'ALREADY_AWARDED', 'PENDING']);
const GAP = lang.startsWith('zh') ? '' : ' '; // between two sentences

/** The local date and time of now, as a datetime-local input holds it. */
function localNow() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value as an ISO UTC instant; empty or unreadable → undefined (the gateway says it is required). */
function instant(local) {
  if (!local) return undefined;
  const d = new Date(local);
  return isNaN(d) ? undefined : d.toISOString();
}

/** A typed quantity: a whole number as a number, anything else as typed (the gateway names the rule it breaks). */
function quantity(text) {
  const s = (text ?? '').trim();
  if (s === '') return undefined;
  return /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
}

function codeTitle(code) {
  const key = `community-contributions.code.${code}`;
  const text = t(key);
  return text === key ? code : text;
}

// ---- activity types and attesters ----
const [typesAnswer, attestersAnswer] = await Promise.all([api('GET', '/activity-types'), api('GET', '/attesters')]);
const types = typesAnswer.ok && Array.isArray(typesAnswer.body) ? typesAnswer.body : [];
const attesters = attestersAnswer.ok && Array.isArray(attestersAnswer.body) ? attestersAnswer.body : [];

function fillTypes(select) {
  if (types.length === 0) {
    select.append(el('option', { value: '' }, t('community-contributions.noTypes')));
    return;
  }
  for (const type of types) {
    const unitKey = `community-contributions.unit.${type.unit}`;
    const unit = t(unitKey) === unitKey ? type.unit : t(unitKey);
    select.append(el('option', { value: type.activityType }, t('community-contributions.activityOption', {
      type: type.activityType, unit, points: number(type.pointsPerUnit),
      approval: type.requiresApproval ? t('community-contributions.needsApproval') : '',
    })));
  }
}
const attesterList = document.getElementById('attester-list');
for (const a of attesters.filter((x) => x.status !== 'SUSPENDED')) {
  attesterList.append(el('option', { value: a.attesterId }));
}

// ---- one contribution ----
const single = document.getElementById('single');
const singleResult = document.getElementById('single-result');
fillTypes(document.getElementById('single-activityType'));
document.getElementById('single-occurredAt').value = localNow();
let singleId = null;
let singleKey = null;

onSubmit(single, async (v) => {
  show(singleResult);
  const request = {
    residentId: v.residentId, activityType: v.activityType, quantity: quantity(v.quantity),
    occurredAt: instant(v.occurredAt), attesterId: v.attesterId, evidenceHash: v.evidenceHash,
  };
  const key = JSON.stringify(request);
  if (key !== singleKey) { singleId = newId('c'); singleKey = key; } // a resend of the same request keeps its id
  const answer = await api('POST', '/contributions', { contributionId: singleId, ...request });
  if (answer.ok) {
    const award = answer.body;
    const message = el('p', { id: 'single-status' });
    message.dataset.status = award.status;
    status(message, award.status === 'PENDING'
      ? t('community-contributions.pending', { points: number(award.points) })
      : t('community-contributions.awarded', { points: number(award.points), balance: number(award.balance) }),
    award.status === 'PENDING' ? 'warn' : 'ok');
    show(singleResult, message, el('dl', { class: 'facts' },
      el('dt', {}, t('community-contributions.contributionId')), el('dd', { class: 'mono' }, award.contributionId),
      el('dt', {}, t('common.transaction')), el('dd', { class: 'mono' }, award.txId)));
    singleId = null; singleKey = null; // the next submit is a new contribution
  }
  return answer;
}, { NOT_FOUND: 'residentId', STALE_CONTRIBUTION: 'occurredAt', DAILY_CAP_EXCEEDED: 'quantity', INVALID_STATE: 'residentId' });

// ---- a batch for one activity ----
const batch = document.getElementById('batch');
const body = document.querySelector('#batch-rows tbody');
const summary = document.getElementById('batch-summary');
const submitButton = document.getElementById('batch-submit');
const addButton = document.getElementById('batch-add');
fillTypes(document.getElementById('batch-activityType'));
document.getElementById('batch-occurredAt').value = localNow();
const rows = [];

function addRow() {
  const n = rows.length + 1;
  const resident = el('input', { type: 'text', class: 'mono', autocomplete: 'off', spellcheck: 'false',
    'aria-label': t('community-contributions.rowResident', { row: n }), 'data-field': 'residentId' });
  const qty = el('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off',
    'aria-label': t('community-contributions.rowQuantity', { row: n }), 'data-field': 'quantity' });
  const result = el('td', { class: 'result', id: `batch-result-${n}` }); // the summary is announced, not each row
  const tr = el('tr', { 'data-row': n }, el('td', { class: 'num' }, String(n)), el('td', {}, resident),
    el('td', { class: 'num' }, qty), result);
  body.append(tr);
  const row = { n, tr, resident, qty, result, contributionId: null, key: null, status: null };
  rows.push(row);
  return row;
}

function addRows(count) {
  const first = rows.length;
  while (rows.length < Math.min(MAX_ROWS, first + count)) addRow();
  addButton.disabled = rows.length >= MAX_ROWS;
}
addRows(STEP);
addButton.addEventListener('click', () => {
  const before = rows.length;
  addRows(STEP);
  if (rows[before]) rows[before].resident.focus();
});

const isEmpty = (row) => row.resident.value.trim() === '' && row.qty.value.trim() === '';
const isDone = (row) => DONE.has(row.status);

// paste from a spreadsheet: "residentId<TAB or comma>quantity" a line, into the free rows from the first
document.getElementById('batch-fill').addEventListener('click', () => {
  const area = document.getElementById('batch-paste');
  const lines = area.value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  let filled = 0;
  let skipped = 0;
  let full = false;
  let i = 0;
  for (const [index, line] of lines.entries()) {
    const parts = line.split(/\t|,|;|，/).map((p) => p.trim());
    if (index === 0 && parts.length >= 2 && quantity(parts[1]) !== undefined && typeof quantity(parts[1]) !== 'number') {
      continue; // a heading line copied with the sheet ("居民编号, 数量")
    }
    if (parts.length < 2 || parts[0] === '') { skipped++; continue; }
    while (i < rows.length && (isDone(rows[i]) || !isEmpty(rows[i]))) i++;
    if (i >= rows.length) {
      if (rows.length >= MAX_ROWS) { full = true; break; }
      addRows(STEP);
    }
    rows[i].resident.value = parts[0];
    rows[i].qty.value = parts[1];
    filled++;
    i++;
  }
  addButton.disabled = rows.length >= MAX_ROWS;
  const text = skipped > 0 ? t('community-contributions.pasteSkipped', { count: number(filled), skipped: number(skipped) })
    : t('community-contributions.filled', { count: number(filled) });
  status(summary, full ? `${text}${GAP}${t('community-contributions.tooManyRows', { max: MAX_ROWS })}` : text, full ? 'warn' : 'ok');
  if (filled > 0) {
    area.value = '';
    area.closest('details').open = false; // the table, now filled, comes into view
  }
});

function clearRowError(row) {
  for (const input of [row.resident, row.qty]) {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
}

function showRow(row, result) {
  row.status = result.status;
  row.tr.dataset.status = result.status;
  clearRowError(row);
  row.result.className = 'result';
  if (result.status === 'FAILED') {
    const detail = result.detail || '';
    row.result.classList.add('bad');
    row.result.textContent = `${codeTitle(result.code)}${detail ? '：' + detail : ''}`;
    const field = /quantity/.test(detail) ? row.qty : row.resident;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', row.result.id);
    return;
  }
  const points = number(result.points);
  row.result.classList.add(result.status === 'PENDING' ? 'warn' : 'good');
  row.result.textContent = result.status === 'PENDING' ? t('community-contributions.rowPending', { points })
    : result.status === 'ALREADY_AWARDED' ? t('community-contributions.rowAlready', { points })
      : t('community-contributions.rowAwarded', { points });
  row.resident.readOnly = true; // recorded: never sent again
  row.qty.readOnly = true;
}

batch.addEventListener('submit', async (event) => {
  event.preventDefault();
  const shared = {
    activityType: document.getElementById('batch-activityType').value || undefined,
    occurredAt: instant(document.getElementById('batch-occurredAt').value),
    attesterId: document.getElementById('batch-attesterId').value.trim() || undefined,
  };
  const sending = rows.filter((r) => !isDone(r) && !isEmpty(r));
  if (sending.length === 0) {
    status(summary, t('community-contributions.noRows'), 'warn');
    return;
  }
  const items = sending.map((row) => {
    const request = { residentId: row.resident.value.trim() || undefined, activityType: shared.activityType,
      quantity: quantity(row.qty.value), occurredAt: shared.occurredAt, attesterId: shared.attesterId };
    const key = JSON.stringify(request);
    if (key !== row.key) { row.contributionId = newId('c'); row.key = key; } // unchanged → same id: never paid twice
    return { contributionId: row.contributionId, ...request };
  });
  submitButton.disabled = true;
  addButton.disabled = true;
  const bar = progress(document.getElementById('batch-progress'));
  bar.set(0, items.length, t('community-contributions.submitting', { count: number(items.length) }));
  summary.removeAttribute('role');
  summary.className = '';
  summary.textContent = '';
  let answer;
  try {
    answer = await api('POST', '/contributions/batch', { items });
  } finally {
    submitButton.disabled = false;
    addButton.disabled = rows.length >= MAX_ROWS;
  }
  if (!answer.ok) {
    bar.set(0, items.length, '');
    const p = answer.body || {};
    status(summary, t('community-contributions.batchFailed',
      { problem: `${p.title ?? t('common.failed')}${p.detail ? '：' + p.detail : ''}` }), 'bad');
    return;
  }
  bar.set(items.length, items.length, t('community-contributions.submitted', { count: number(items.length) }));
  const results = answer.body.results || [];
  sending.forEach((row, i) => showRow(row, results[i] || { status: 'FAILED', code: 'INTERNAL' }));
  const count = (s) => sending.filter((r) => r.status === s).length;
  const recorded = count('AWARDED') + count('ALREADY_AWARDED');
  const refused = count('FAILED');
  const text = t('community-contributions.summary',
    { recorded: number(recorded), pending: number(count('PENDING')), refused: number(refused) });
  status(summary, refused > 0 ? `${text}${GAP}${t('community-contributions.summaryFix')}` : text, refused > 0 ? 'warn' : 'ok');
  summary.dataset.recorded = String(recorded);
  summary.dataset.refused = String(refused);
  const firstBad = sending.find((r) => r.status === 'FAILED');
  if (firstBad) (firstBad.resident.getAttribute('aria-invalid') ? firstBad.resident : firstBad.qty).focus();
  summary.scrollIntoView({ block: 'nearest' });
});

loaded();
