// The transparency board (居务公开), shared by the community's page and the public one: one community's anonymised
// monthly figures from the public report, as cards, charts and their tables. A suppressed cell (fewer residents than
// the anonymity threshold, or its complement) is shown as "—", never as a number: the page only shows what the API
// publishes, and the API never sends a suppressed cell's value.

import { lang, t, api, el, show, status, chart, number, param, loaded, showProblem } from './console.js';

const SUPPRESSED = '—';

/**
 * Runs a board page: fills the page's GET form (#board-form: community?, from, to) from the URL, reads the board of
 * community (null: the form only) and shows it in #board; a refusal of the API goes next to its field of the form.
 * publicLink adds the link to the public page of the same board. Calls loaded() once shown.
 */
export async function boardPage(community, { publicLink = false } = {}) {
  const form = document.getElementById('board-form');
  const target = document.getElementById('board');
  for (const name of ['community', 'from', 'to']) {
    const field = form.elements.namedItem(name);
    if (field && param(name)) field.value = param(name);
  }
  if (community) {
    const note = el('p');
    show(target, note);
    status(note, t('common.loading'), 'ok');
    const query = new URLSearchParams();
    for (const name of ['from', 'to']) if (param(name)) query.set(name, param(name));
    const answer = await api('GET', `/reports/communities/${encodeURIComponent(community)}/transparency?${query}`);
    if (answer.ok) {
      form.elements.namedItem('from').value = answer.body.from;
      form.elements.namedItem('to').value = answer.body.to;
      render(target, answer.body, publicLink);
    } else {
      show(target);
      showProblem(form, answer.body, { NOT_FOUND: 'community' });
    }
  }
  loaded();
}

/** Shows the board: the period's cards, the monthly charts, the exchange points' chart, the anonymity note. */
function render(target, board, publicLink) {
  const n = board.anonymityThreshold;
  const period = board.period;
  const months = board.months.map((m) => monthName(m.month));
  const issuedChart = el('div', { id: 'board-issued' });
  const redeemedChart = el('div', { id: 'board-redeemed' });
  const exchangeChart = el('div', { id: 'board-exchange' });
  const publicHref = `/console/public/board?${new URLSearchParams({ community: board.communityId, from: board.from, to: board.to })}`;
  show(target,
    el('section', { 'aria-labelledby': 'board-period-heading' },
      el('h2', { id: 'board-period-heading' },
        t('common.board.periodHeading', { from: monthName(board.from), to: monthName(board.to) })),
      el('p', {}, t('common.board.community'), ' ', el('span', { class: 'mono' }, board.communityId),
        publicLink ? [' · ', el('a', { href: publicHref, id: 'board-public-link' }, t('common.board.publicLink'))] : null),
      el('div', { class: 'cards' },
        card('activeResidents', period.activeResidents, t('common.board.unitResidents'), n),
        card('issued', period.issued, t('common.board.unitPoints'), n),
        card('redeemed', period.redeemed, t('common.board.unitPoints'), n),
        card('expired', period.expired, t('common.board.unitPoints'), n),
        card('reversed', period.reversed, t('common.board.unitPoints'), n),
        card('redeemedValue', period.redeemed, t('common.board.unitYuan'), n, (c) => c.cny)),
      el('p', { class: 'board-note', id: 'board-anonymity' }, t('common.board.anonymity', { n })),
      asOf(board.asOf)),
    el('section', { 'aria-labelledby': 'board-months-heading' },
      el('h2', { id: 'board-months-heading' }, t('common.board.monthsHeading')),
      el('div', { class: 'grid2' }, issuedChart, redeemedChart)),
    el('section', { 'aria-labelledby': 'board-exchange-heading' },
      el('h2', { id: 'board-exchange-heading' }, t('common.board.exchangeHeading')),
      exchangeChart));

  const categories = [...new Set(board.months.flatMap((m) => m.byCategory.map((c) => c.category)))];
  chart(issuedChart, {
    type: 'bar', stacked: true, caption: t('common.board.chartIssued'), labels: months,
    series: categories.map((category) => series(categoryName(category),
      board.months.map((m) => (m.byCategory.find((c) => c.category === category) || {}).issued))),
  });
  chart(redeemedChart, {
    type: 'line', caption: t('common.board.chartRedeemed'), labels: months,
    series: [series(t('common.board.redeemed'), board.months.map((m) => m.redeemed))],
  });
  if (period.byExchangePoint.length === 0) {
    show(exchangeChart, el('p', { class: 'empty' }, t('common.board.noExchange')));
  } else {
    chart(exchangeChart, {
      type: 'bar', caption: t('common.board.chartExchange'), labels: period.byExchangePoint.map((p) => p.merchantId),
      series: [series(t('common.board.redeemed'), period.byExchangePoint.map((p) => p.redeemed))],
    });
  }
}

/** A card of the period: the figure (or "—", with the reason for screen readers) and its unit. */
function card(key, cell, unit, threshold, value = (c) => number(c.value)) {
  return el('div', { class: 'card', 'data-figure': key },
    el('div', { class: 'label' }, t(`common.board.${key}`)),
    cell.suppressed
      ? el('div', {}, el('span', { class: 'value suppressed' }, SUPPRESSED),
        el('span', { class: 'visually-hidden' }, t('common.board.suppressed', { n: threshold })))
      : el('div', {}, el('span', { class: 'value' }, value(cell)), ' ', el('span', { class: 'unit' }, unit)));
}

/** A chart's series from cells: a suppressed cell is a gap in the chart and "—" in its table. */
function series(label, cells) {
  const known = cells.map((c) => c || { value: 0 });
  return {
    label,
    values: known.map((c) => (c.suppressed ? null : c.value)),
    texts: known.map((c) => (c.suppressed ? SUPPRESSED : number(c.value))),
  };
}

/** How far the read model had followed the ledger: said only when it lags. */
function asOf(read) {
  if (!read || !read.lagBlocks) return null;
  const note = el('p');
  status(note, t('common.board.lagging', { lag: number(read.lagBlocks) }), 'warn');
  return note;
}

/** A category's name: the five defaults in words, a community's own by its id. */
function categoryName(id) {
  const key = `common.board.category.${id}`;
  const name = t(key);
  return name === key ? id : name;
}

/** "2026-03" as the page's language writes a month. */
function monthName(month) {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
}
