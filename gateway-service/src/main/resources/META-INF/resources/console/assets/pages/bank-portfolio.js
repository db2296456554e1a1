// The loan officer's portfolio: the bank's programme figures, its decisions and lines, drawdowns and repayments.
import {
  ready, loaded, t, api, el, show, status, table, time, number, newId, param, onSubmit, showProblem, clearErrors, yuan, fenFromYuan, bpsPercent, fact, card,
} from '../console.js';

await ready();

const PAGE = 50;
let decisions = [];
let shown = PAGE;
let current = null;

// --- the programme's figures (read model) ---------------------------------------------------------------------
const figuresForm = document.getElementById('figures-form');

async function loadFigures(v = {}) {
  const q = new URLSearchParams();
  if (v.from) q.set('from', v.from);
  if (v.to) q.set('to', v.to);
  const answer = await api('GET', `/reports/credit-programme${q.toString() ? '?' + q : ''}`);
  if (!answer.ok) return answer;
  const r = answer.body;
  const c = r.programme.cumulative;
  show('figures',
    el('p', {}, t('bank-portfolio.figures.period', { from: r.from, to: r.to })),
    el('div', { class: 'cards' },
      card('fig-granted', t('bank-portfolio.figures.linesGranted'), number(c.linesGranted)),
      card('fig-granted-fen', t('bank-portfolio.figures.grantedFen'), yuan(c.grantedFen)),
      card('fig-drawn', t('bank-portfolio.figures.drawnFen'), yuan(c.drawnFen)),
      card('fig-repaid', t('bank-portfolio.figures.repaidFen'), yuan(c.repaidFen)),
      card('fig-outstanding', t('bank-portfolio.figures.outstandingFen'), yuan(c.outstandingFen)),
      card('fig-declined', t('bank-portfolio.figures.linesDeclined'), number(c.linesDeclined)),
      card('fig-overrides', t('bank-portfolio.figures.overrides'), number(c.overrides)),
      card('fig-credited', t('bank-portfolio.figures.credited'),
        t('bank-portfolio.figures.creditedValue', { residents: number(c.residentsCredited),
          households: number(c.householdsCredited) }))),
    r.asOf && r.asOf.lagBlocks ? el('p', { class: 'empty' }, t('bank-portfolio.figures.lag',
      { blocks: number(r.asOf.lagBlocks) })) : null);
  return null;
}
onSubmit(figuresForm, loadFigures);

// --- decisions and lines ----------------------------------------------------------------------------------------
function shortId(id) {
  return el('span', { class: 'mono', title: id }, id && id.length > 16 ? `${id.slice(0, 12)}…` : id);
}

function subject(d) {
  return d.subjectType === 'HOUSEHOLD'
    ? el('span', {}, t('bank-portfolio.lines.household'), ' ', el('span', { class: 'mono' }, d.householdId))
    : el('span', {}, t('bank-portfolio.lines.resident'), ' ', shortId(d.residentId));
}

function statusText(d) {
  return t(`bank-portfolio.status.${d.status}`);
}

function money(fen, d) {
  return d.outcome === 'GRANTED' ? yuan(fen) : '—';
}

function renderLines() {
  const rows = decisions.slice(0, shown);
  const list = table([
    { key: 'decisionId', label: t('bank-portfolio.lines.decision'), render: (d) => el('button', {
      type: 'button', class: 'secondary mono', 'data-decision': d.decisionId,
      'aria-label': t('bank-portfolio.lines.open', { id: d.decisionId }) }, d.decisionId) },
    { key: 'subject', label: t('bank-portfolio.lines.subject'), render: subject },
    { key: 'status', label: t('common.status'), render: statusText },
    { key: 'band', label: t('bank-portfolio.lines.band') },
    { key: 'amountFen', label: t('bank-portfolio.lines.amount'), numeric: true, render: (d) => money(d.amountFen, d) },
    { key: 'drawnFen', label: t('bank-portfolio.lines.drawn'), numeric: true, render: (d) => money(d.drawnFen, d) },
    { key: 'repaidFen', label: t('bank-portfolio.lines.repaid'), numeric: true, render: (d) => money(d.repaidFen, d) },
    { key: 'outstandingFen', label: t('bank-portfolio.lines.outstanding'), numeric: true,
      render: (d) => money(d.outstandingFen, d) },
    { key: 'decidedAt', label: t('bank-portfolio.lines.decidedAt'), render: (d) => time(d.decidedAt) },
    { key: 'checkTxId', label: t('bank-portfolio.lines.check'), render: (d) => shortId(d.checkTxId) },
  ], rows, t('bank-portfolio.lines.caption', { shown: number(rows.length), total: number(decisions.length) }));
  const more = decisions.length > shown
    ? el('button', { type: 'button', class: 'secondary', id: 'lines-more' }, t('common.more')) : null;
  show('lines', list, more);
  if (more) {
    more.addEventListener('click', () => {
      shown += PAGE;
      renderLines();
    });
  }
  document.querySelectorAll('#lines button[data-decision]').forEach((b) =>
    b.addEventListener('click', () => openLine(b.dataset.decision)));
}

async function loadLines() {
  const answer = await api('GET', '/loan-decisions');
  if (!answer.ok) {
    const node = el('p');
    status(node, `${answer.body?.title ?? t('common.failed')}`, 'bad');
    show('lines', node);
    return;
  }
  decisions = answer.body.slice().sort((a, b) => (b.decidedAt || '').localeCompare(a.decidedAt || ''));
  renderLines();
}

// --- one line ---------------------------------------------------------------------------------------------------
function renderLine(d) {
  current = d;
  document.getElementById('line-section').hidden = false;
  show('line', el('dl', { class: 'facts', id: 'line-facts' }, [
    fact(t('bank-portfolio.lines.decision'), el('span', { class: 'mono' }, d.decisionId), 'line-id'),
    fact(t('bank-portfolio.lines.subject'), subject(d)),
    fact(t('common.status'), statusText(d), 'line-status-text'),
    fact(t('bank-portfolio.lines.band'), `${d.band} (${t('bank-portfolio.line.model', { version: d.modelVersion })})`),
    fact(t('bank-portfolio.line.product'), el('span', { class: 'mono' }, d.productId)),
    d.outcome === 'GRANTED' ? [
      fact(t('bank-portfolio.lines.amount'), yuan(d.amountFen), 'line-amount'),
      fact(t('bank-portfolio.line.rate'), bpsPercent(d.rateBps)),
      fact(t('bank-portfolio.line.term'), t('bank-portfolio.line.months', { months: number(d.termMonths) })),
      fact(t('bank-portfolio.lines.drawn'), yuan(d.drawnFen), 'line-drawn'),
      fact(t('bank-portfolio.lines.repaid'), yuan(d.repaidFen), 'line-repaid'),
      fact(t('bank-portfolio.lines.outstanding'), yuan(d.outstandingFen), 'line-outstanding'),
    ] : [],
    d.override ? fact(t('bank-portfolio.line.override'), `${d.override.text} — ${d.override.note}`) : [],
    d.reasons ? fact(t('bank-portfolio.line.reasons'), el('ul', {}, d.reasons.map((r) => el('li', {}, r.text)))) : [],
    fact(t('bank-portfolio.lines.decidedAt'), time(d.decidedAt)),
    d.closedAt ? fact(t('bank-portfolio.line.closedAt'), time(d.closedAt)) : [],
    fact(t('bank-portfolio.lines.check'), el('span', { class: 'mono' }, d.checkTxId)),
    fact(t('common.transaction'), el('span', { class: 'mono' }, d.txId)),
  ].flat(3)));
  document.getElementById('line-actions').hidden = d.status !== 'ACTIVE';
}

async function openLine(decisionId) {
  const answer = await api('GET', `/loan-decisions/${encodeURIComponent(decisionId)}`);
  const note = document.getElementById('line-status');
  if (!answer.ok) {
    document.getElementById('line-section').hidden = false;
    status(note, answer.body?.title ?? t('common.failed'), 'bad');
    return;
  }
  show(note);
  renderLine(answer.body);
  document.getElementById('line-heading').scrollIntoView({ block: 'start' });
}

async function refreshAfter(entry) {
  const note = document.getElementById('line-status');
  await openLine(current.decisionId);
  status(note, t(entry.kind === 'DRAWDOWN' ? 'bank-portfolio.line.drawn' : 'bank-portfolio.line.repaid',
    { amount: yuan(entry.amountFen), outstanding: yuan(entry.outstandingFen) }), 'ok');
  await loadLines();
  await loadFigures(formValues());
}

function entryForm(formId, field, path, idField, prefix) {
  const form = document.getElementById(formId);
  onSubmit(form, async (v) => {
    const fen = fenFromYuan(v[field]);
    if (fen === null) {
      showProblem(form, { title: t('bank-portfolio.line.amountInvalid'), detail: '', code: 'LOCAL' }, { LOCAL: field });
      return null;
    }
    const answer = await api('POST', `/loan-decisions/${encodeURIComponent(current.decisionId)}/${path}`,
      { [idField]: newId(prefix), amountFen: fen });
    if (!answer.ok) return answer;
    form.reset();
    await refreshAfter(answer.body);
    return null;
  }, { LINE_EXCEEDED: field, VALIDATION_FAILED: field });
}
entryForm('draw-form', 'drawAmount', 'drawdowns', 'drawdownId', 'w');
entryForm('repay-form', 'repayAmount', 'repayments', 'repaymentId', 'p');

onSubmit(document.getElementById('close-form'), async () => {
  const answer = await api('POST', `/loan-decisions/${encodeURIComponent(current.decisionId)}/closure`, {});
  if (!answer.ok) return answer;
  renderLine(answer.body);
  status(document.getElementById('line-status'), t('bank-portfolio.line.closed'), 'ok');
  await loadLines();
  return null;
});

function formValues() {
  const out = {};
  const from = document.getElementById('from').value;
  const to = document.getElementById('to').value;
  if (from) out.from = from;
  if (to) out.to = to;
  return out;
}

// --- start ------------------------------------------------------------------------------------------------------
const figures = await loadFigures();
if (figures && !figures.ok) showProblem(figuresForm, figures.body);
await loadLines();
const preset = param('decision');
if (preset) await openLine(preset);
clearErrors(document.getElementById('draw-form'));
loaded();
