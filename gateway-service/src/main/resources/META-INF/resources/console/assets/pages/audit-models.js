// The auditor's score models: every version with its status, one version's definition next to the model in force,
// its evaluation on a community (paged through with the API's cursor), and the approval of a proposal.
import {
  ready, loaded, t, api, el, table, show, status, progress, number, time, param, txLink, onSubmit, showProblem, mono,
} from '../console.js';

await ready();

const FACTORS = ['CONTRIBUTION_VOLUME', 'ACTIVE_MONTHS', 'DIVERSITY', 'TENURE', 'REVERSALS'];
const REASONS = ['LOW_CONTRIBUTION', 'FEW_ACTIVE_MONTHS', 'NARROW_PARTICIPATION', 'SHORT_TENURE', 'RECENT_REVERSALS'];
const BANDS = ['A', 'B', 'C', 'D'];

let models = [];
let shown = null;

const statusText = (s) => t(`audit-models.status.${s}`);
/** A factor's target in its unit (the volume is kept in hundredths of a fully weighted point). */
function target(factor, value) {
  const n = factor === 'CONTRIBUTION_VOLUME' ? value / 100 : value;
  return t(`audit-models.target.${factor}`, { n: number(n) });
}

/** The version to show: ?version=, else the newest proposal, else the model in force. */
function initial() {
  const asked = Number(param('version'));
  return models.find((m) => m.version === asked)
    || [...models].reverse().find((m) => m.status === 'PROPOSED')
    || models.find((m) => m.status === 'ACTIVE')
    || models[models.length - 1];
}

function renderList() {
  show('models-list', table([
    { key: 'version', label: t('audit-models.version'), numeric: true },
    { key: 'status', label: t('common.status'), render: (m) => statusText(m.status) },
    { key: 'effectiveAt', label: t('audit-models.effectiveAt'), render: (m) => time(m.effectiveAt) },
    { key: 'proposer', label: t('audit-models.proposer'),
      render: (m) => (m.proposerMspId ? t('audit-models.byOrganisation', { who: m.proposedBy || '', org: m.proposerMspId,
        community: m.communityId || '' }) : t('audit-models.initial')) },
    { key: 'approver', label: t('audit-models.approver'), render: (m) => m.approverMspId || '' },
    { key: 'open', label: t('audit-models.detail'),
      render: (m) => el('a', { href: `?version=${m.version}`, 'data-version': m.version,
        'aria-current': shown && shown.version === m.version ? 'true' : null },
      t('audit-models.showVersion', { version: m.version })) },
  ], models, t('audit-models.listCaption')));
  document.querySelectorAll('#models-list a[data-version]').forEach((a) => a.addEventListener('click', (event) => {
    event.preventDefault();
    const model = models.find((m) => String(m.version) === a.dataset.version);
    window.history.replaceState(null, '', `?version=${model.version}`);
    showModel(model);
  }));
}

function showModel(model) {
  shown = model;
  renderList();
  const inForce = models.find((m) => m.status === 'ACTIVE');
  document.getElementById('model-detail').hidden = false;
  show('detail-heading', t('audit-models.detailHeading', { version: model.version, status: statusText(model.status) }));
  const facts = [
    ['common.status', statusText(model.status)],
    ['audit-models.effectiveAt', time(model.effectiveAt)],
    ['audit-models.proposedBy', model.proposedBy ? mono(model.proposedBy) : t('audit-models.initial')],
    ['audit-models.proposerOrg', mono(model.proposerMspId)],
    ['common.communityId', mono(model.communityId)],
    ['audit-models.proposedAt', time(model.proposedAt)],
    ['audit-models.approvedBy', model.approverMspId ? el('span', {}, mono(model.approvedBy), ' (', mono(model.approverMspId), ')') : ''],
    ['audit-models.approvedAt', time(model.approvedAt || model.publishedAt)],
    ['common.transaction', model.txId ? txLink(model.txId) : ''],
  ];
  show('model-facts', facts.filter(([, v]) => v !== '' && v !== undefined)
    .flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', {}, v)]));
  const base = inForce && inForce.version !== model.version ? inForce : null;
  const factorRows = FACTORS.map((f) => ({ factor: f, rule: model.factors[f] || {}, base: base ? base.factors[f] || {} : null }));
  const factorColumns = [
    { key: 'factor', label: t('audit-models.factor'), render: (r) => t(`audit-models.factor.${r.factor}`) },
    { key: 'max', label: t('audit-models.maxPoints'), numeric: true, render: (r) => t('audit-models.points', { n: number(r.rule.maxPoints) }) },
    { key: 'target', label: t('audit-models.target'), numeric: true, render: (r) => target(r.factor, r.rule.target) },
  ];
  if (base) {
    factorColumns.push(
      { key: 'baseMax', label: t('audit-models.inForceMax', { version: base.version }), numeric: true,
        render: (r) => t('audit-models.points', { n: number(r.base.maxPoints) }) },
      { key: 'baseTarget', label: t('audit-models.inForceTarget', { version: base.version }), numeric: true,
        render: (r) => target(r.factor, r.base.target) });
  }
  show('model-factors', table(factorColumns, factorRows, t('audit-models.factorsCaption', { version: model.version })));
  const bandRows = ['A', 'B', 'C'].map((b) => ({ band: b, min: model.bandMinimums[b], base: base ? base.bandMinimums[b] : null }));
  const bandColumns = [
    { key: 'band', label: t('audit-models.band'), render: (r) => t('audit-models.bandName', { band: r.band }) },
    { key: 'min', label: t('audit-models.minimum'), numeric: true, render: (r) => t('audit-models.points', { n: number(r.min) }) },
  ];
  if (base) {
    bandColumns.push({ key: 'base', label: t('audit-models.inForceMinimum', { version: base.version }), numeric: true,
      render: (r) => t('audit-models.points', { n: number(r.base) }) });
  }
  show('model-bands', table(bandColumns, bandRows, t('audit-models.bandsCaption')));
  show('model-reasons', table([
    { key: 'code', label: t('audit-models.reason'), render: (r) => el('span', {}, t(`audit-models.reason.${r.code}`), ' ', mono(r.code)) },
    { key: 'zh', label: t('audit-models.textZh'), render: (r) => el('span', { lang: 'zh-CN' }, r.text.zh || '') },
    { key: 'en', label: t('audit-models.textEn'), render: (r) => el('span', { lang: 'en' }, r.text.en || '') },
  ], REASONS.map((code) => ({ code, text: model.reasonTexts[code] || {} })), t('audit-models.reasonsCaption')));

  document.getElementById('evaluation').hidden = model.status !== 'PROPOSED' && model.status !== 'SCHEDULED';
  show('evaluation-result');
  show('evaluation-progress');
  document.getElementById('approval').hidden = model.status !== 'PROPOSED';
  document.getElementById('approve').hidden = false;
  show('approval-status');
}

async function loadModels() {
  const answer = await api('GET', '/score-models');
  if (!answer.ok) {
    status(document.getElementById('models-status'), answer.body ? answer.body.title : t('common.failed'), 'bad');
    return false;
  }
  models = answer.body;
  return true;
}

function addCounts(into, from) {
  for (const [k, v] of Object.entries(from || {})) {
    if (typeof v === 'number') into[k] = (into[k] || 0) + v;
    else addCounts(into[k] || (into[k] = {}), v);
  }
  return into;
}

function renderEvaluation(sum) {
  const bands = table([
    { key: 'band', label: t('audit-models.band'), render: (r) => t('audit-models.bandName', { band: r.band }) },
    { key: 'before', label: t('audit-models.before', { version: sum.baseVersion }), numeric: true,
      render: (r) => t('audit-models.residentsN', { n: number(r.before) }) },
    { key: 'after', label: t('audit-models.after', { version: sum.version }), numeric: true,
      render: (r) => t('audit-models.residentsN', { n: number(r.after) }) },
    { key: 'change', label: t('audit-models.change'), numeric: true,
      render: (r) => (r.after - r.before > 0 ? '+' : '') + number(r.after - r.before) },
  ], BANDS.map((b) => ({ band: b, before: sum.before[b] || 0, after: sum.after[b] || 0 })),
  t('audit-models.bandsResult', { residents: number(sum.residents), community: sum.communityId }));
  const moved = table([
    { key: 'from', label: t('audit-models.fromTo'), render: (r) => t('audit-models.bandName', { band: r.from }) },
    ...BANDS.map((to) => ({ key: to, label: t('audit-models.toBand', { band: to }), numeric: true,
      render: (r) => number((sum.moved[r.from] || {})[to] || 0) })),
  ], BANDS.map((from) => ({ from })), t('audit-models.movedCaption'));
  const changed = BANDS.reduce((n, from) => n + BANDS.filter((to) => to !== from)
    .reduce((m, to) => m + ((sum.moved[from] || {})[to] || 0), 0), 0);
  show('evaluation-result', el('p', { id: 'evaluation-summary' },
    t('audit-models.evaluationSummary', { residents: number(sum.residents), changed: number(changed), asOf: time(sum.asOf) })),
  bands, moved);
}

onSubmit(document.getElementById('evaluate'), async ({ communityId }) => {
  const model = shown;
  show('evaluation-result');
  const bar = progress(document.getElementById('evaluation-progress'));
  const sum = { version: model.version, communityId: communityId || '', residents: 0, before: {}, after: {}, moved: {} };
  let cursor = null;
  let page = 0;
  do {
    const query = new URLSearchParams({ communityId: communityId || '' });
    if (cursor) query.set('cursor', cursor);
    bar.set(page, page + 1, t('audit-models.evaluating', { pages: number(page), residents: number(sum.residents) }));
    const answer = await api('GET', `/score-models/${model.version}/evaluation?${query}`);
    if (!answer.ok) {
      show('evaluation-progress');
      return answer;
    }
    const e = answer.body;
    sum.baseVersion = e.baseVersion;
    sum.communityId = e.communityId;
    sum.asOf = e.asOf;
    sum.residents += e.residents;
    addCounts(sum.before, e.before);
    addCounts(sum.after, e.after);
    addCounts(sum.moved, e.moved);
    cursor = e.nextCursor;
    page += 1;
  } while (cursor);
  bar.set(page, page, t('audit-models.evaluated', { pages: number(page), residents: number(sum.residents) }));
  renderEvaluation(sum);
  return undefined;
}, { NOT_FOUND: 'communityId' });

const approveForm = document.getElementById('approve');
onSubmit(approveForm, async () => {
  const version = shown.version;
  const answer = await api('POST', `/score-models/${version}/approval`, {});
  if (!answer.ok) {
    const message = showProblem(approveForm, answer.body);
    const hint = { SAME_ORGANISATION: 'audit-models.sameOrganisation', INVALID_STATE: 'audit-models.invalidState' }[answer.body && answer.body.code];
    if (hint) message.append(el('br'), t(hint));
    return undefined;
  }
  await loadModels();
  showModel(models.find((m) => m.version === version) || answer.body);
  status(document.getElementById('approval-status'), t('audit-models.approved', {
    version, status: statusText(answer.body.status), effectiveAt: time(answer.body.effectiveAt) }));
  document.getElementById('approval').hidden = false;
  approveForm.hidden = true;
  return undefined;
});

if (await loadModels()) {
  if (models.length) showModel(initial());
  else renderList();
}
loaded();
