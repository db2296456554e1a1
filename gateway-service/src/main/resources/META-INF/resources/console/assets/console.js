// The console's shared module: texts, API calls, forms and their errors, tables, charts, progress.
// No page script uses innerHTML with data: every value reaches the page as text (el(), table()).

export const lang = document.documentElement.lang || 'zh-CN';
const page = document.documentElement.dataset.page;
const csrfMeta = document.querySelector('meta[name="csrf-token"]');
const texts = {};

/** Loads the common catalogue and the page's own: await it before the first t(). */
export async function ready() {
  const names = ['common'];
  if (page && page.includes('-')) names.push(page);
  for (const name of names) {
    const answer = await fetch(`/console/assets/i18n/${lang}/${name}.json`, { credentials: 'same-origin' });
    if (answer.ok) Object.assign(texts, await answer.json());
  }
}

/** Tells the page is shown with its first data (the browser tests wait for it): call once, after the first render. */
export function loaded() {
  document.documentElement.dataset.ready = 'true';
}

/** The text of key in the page's language; {name} in it is replaced by vars.name. */
export function t(key, vars = {}) {
  const text = texts[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/**
 * Calls the gateway's API as the signed-in user (the session cookie; writes carry the CSRF token), in the page's
 * language. Answers {ok, status, body}: body is the JSON answer or the problem document. A 401 (the session ended)
 * goes back to the sign-in page.
 */
export async function api(method, path, body) {
  const headers = { 'Accept': 'application/json', 'Accept-Language': lang };
  if (method !== 'GET' && method !== 'HEAD') {
    headers['X-CSRF-Token'] = csrfMeta ? csrfMeta.content : '';
    if (body !== undefined) headers['Content-Type'] = 'application/json';
  }
  let answer;
  try {
    answer = await fetch('/api/v1' + path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    return { ok: false, status: 0, body: { title: t('common.offline'), detail: '' } };
  }
  if (answer.status === 401 && csrfMeta) {
    window.location.assign('/console/signin?ended=1');
  }
  const type = answer.headers.get('Content-Type') || '';
  const parsed = type.includes('json') ? await answer.json() : null;
  return { ok: answer.ok, status: answer.status, body: parsed };
}

/** Builds an element: attrs are attributes (on* is never set), children are nodes or text. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false || name.startsWith('on')) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** The form's named fields as an object of strings (empty fields left out). */
export function values(form) {
  const out = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value === 'string' && value.trim() !== '') out[name] = value.trim();
  }
  return out;
}

/** Removes every error a previous submit put on the form. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((n) => n.remove());
  form.querySelectorAll('[aria-invalid]').forEach((n) => {
    n.removeAttribute('aria-invalid');
    n.removeAttribute('aria-describedby');
  });
}

/**
 * Shows a problem next to the field it concerns: the field whose name the detail mentions (field names stay as they
 * are in both languages), else byCode[problem.code] (a field name), else at the top of the form. Focuses that field.
 */
export function showProblem(form, problem, byCode = {}) {
  clearErrors(form);
  const detail = (problem && problem.detail) || '';
  const fields = [...form.querySelectorAll('input[name], select[name], textarea[name]')]
    .filter((f) => f.type !== 'hidden');
  // the field the detail starts with (details name their field first), else any field it names
  let field = fields.find((f) => new RegExp(`^${f.name}([^A-Za-z]|$)`).test(detail))
    || fields.find((f) => new RegExp(`(^|[^A-Za-z])${f.name}([^A-Za-z]|$)`).test(detail));
  if (!field && problem && byCode[problem.code]) field = form.querySelector(`[name="${byCode[problem.code]}"]`);
  const id = `${form.id || 'form'}-error-${Math.random().toString(36).slice(2, 8)}`;
  const message = el('p', { class: 'field-error', id, role: 'alert' },
    problem ? `${problem.title}${detail ? (lang.startsWith('zh') ? '：' : ': ') + detail : ''}` : t('common.failed'));
  if (field) {
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', id);
    (field.closest('label') || field).after(message);
    field.focus();
  } else {
    form.prepend(message);
  }
  return message;
}

/** Puts a short status ("saved", "3 of 50 recorded") in the element, for screen readers too (role=status). */
export function status(node, text, kind = 'ok') {
  node.setAttribute('role', 'status');
  node.className = `status ${kind}`;
  node.textContent = text;
}

/**
 * A table (in a box that scrolls sideways when it is wider than the page): columns are {key, label, render?(row) → node|text, numeric?}. Rows are objects. Empty rows → a line
 * saying so.
 */
export function table(columns, rows, caption) {
  if (!rows || rows.length === 0) return el('p', { class: 'empty' }, t('common.none'));
  return el('div', { class: 'table-wrap', tabindex: '0' }, el('table', {},
    caption ? el('caption', {}, caption) : null,
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.label)))),
    el('tbody', {}, rows.map((row) => el('tr', {}, columns.map((c) => el('td', { class: c.numeric ? 'num' : null },
      c.render ? c.render(row) : (row[c.key] ?? ''))))))));
}

/** Replaces the children of node (or of the element with that id). */
export function show(node, ...children) {
  const target = typeof node === 'string' ? document.getElementById(node) : node;
  target.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined));
  return target;
}

/** A progress bar with its label: set(done, total, text) updates it; it is announced politely. */
export function progress(node) {
  const bar = el('progress', { max: '1', value: '0' });
  const label = el('span', { 'aria-live': 'polite' });
  show(node, el('div', { class: 'progress' }, bar, label));
  bar.setAttribute('aria-label', t('common.progress'));
  return {
    set(done, total, text) {
      bar.max = Math.max(total, 1);
      bar.value = Math.min(done, bar.max);
      label.textContent = text ?? t('common.progressOf', { done, total });
    },
  };
}

const PALETTE = ['#1f5f8b', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0f766e', '#a16207', '#475569'];

/**
 * Draws a chart (Chart.js, bundled under /console/assets/vendor) in a figure: the canvas is an image with its
 * caption as its name, and the same figures follow as a table for screen readers and for print.
 * series: [{label, values, texts?}], labels: the x axis; texts, when given, are the table's cells instead of the values
 * (a value the chart cannot draw, null, may then read as "—").
 */
export function chart(node, { type = 'bar', caption, labels, series, stacked = false }) {
  const canvas = el('canvas', { role: 'img', 'aria-label': caption });
  const figure = el('figure', { class: 'chart' }, el('div', { class: 'chart-box' }, canvas), el('figcaption', {}, caption));
  const rows = labels.map((label, i) => Object.fromEntries([['label', label], ...series.map((s, j) => [`s${j}`, s.texts ? s.texts[i] : s.values[i]])]));
  const data = el('details', {}, el('summary', {}, t('common.chartData')),
    table([{ key: 'label', label: '' }, ...series.map((s, j) => ({ key: `s${j}`, label: s.label, numeric: true }))], rows));
  show(node, figure, data);
  if (window.Chart) {
    new window.Chart(canvas, {
      type,
      data: { labels, datasets: series.map((s, j) => ({ label: s.label, data: s.values, backgroundColor: PALETTE[j % PALETTE.length], borderColor: PALETTE[j % PALETTE.length] })) },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        scales: type === 'bar' || type === 'line' ? { x: { stacked }, y: { stacked, beginAtZero: true } } : undefined },
    });
  }
  return figure;
}

/** A figure as a card: its value large, its label under it. */
export function card(id, label, value) {
  return el('div', { class: 'card', id }, el('div', { class: 'value' }, value), el('div', { class: 'label' }, label));
}

/** A term and its description (a node, a text or an array of them), for a <dl class="facts">. */
export function fact(term, value, id) {
  return [el('dt', {}, term), el('dd', id ? { id } : {}, value)];
}

/** An id or a hash, monospaced; '' when there is none. */
export function mono(text) {
  return text ? el('span', { class: 'mono' }, text) : '';
}

/** Formats a whole number the page's way. */
export function number(n) {
  return n === undefined || n === null ? '' : new Intl.NumberFormat(lang).format(n);
}

/** Formats an ISO instant as local date and time. */
export function time(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return isNaN(d) ? iso : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** An id for a new record (contribution, decision...): prefix, date and random, as the API's id rule allows. */
export function newId(prefix) {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}-${Date.now().toString(36)}-${random[0].toString(36)}${random[1].toString(36)}`;
}

/** Reads a query parameter of the page's URL. */
export function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}

/** A link to a transaction's page in the auditor's console. */
export function txLink(txId) {
  return el('a', { href: `/console/audit/transaction?tx=${encodeURIComponent(txId)}`, class: 'mono' }, txId);
}

/**
 * Wires a form: on submit, clears its errors, disables its button, runs action(values) and shows a problem it
 * answers ({ok:false, body}) next to its field. action returns an api() answer or nothing.
 */
export function onSubmit(form, action, byCode = {}) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      const answer = await action(values(form));
      if (answer && !answer.ok) showProblem(form, answer.body, byCode);
    } finally {
      if (button) button.disabled = false;
    }
  });
}

// --- shared by the community and bank pages: the role, and money in fen shown as 元 exactly (integer arithmetic) ---

/** The signed-in role (ADMIN, APP...), from the frame's meta; '' on a public page. */
export function role() {
  const meta = document.querySelector('meta[name="console-role"]');
  return meta ? meta.content : '';
}

/** A whole number of fen as yuan with two decimals, without the unit: 123456 → "1,234.56"; '' when not a whole number. */
export function money(fen) {
  if (fen === undefined || fen === null || !Number.isSafeInteger(Number(fen))) return '';
  const n = Number(fen);
  const abs = Math.abs(n);
  const cents = abs % 100;
  const whole = (abs - cents) / 100;
  return `${n < 0 ? '-' : ''}${number(whole)}.${String(cents).padStart(2, '0')}`;
}

/** The same with the unit, in the page's language: 123456 → "1,234.56 元". */
export function yuan(fen) {
  const amount = money(fen);
  return amount === '' ? '' : t('common.yuan', { amount });
}

/** Reads an amount typed in yuan ("1234", "1,234.5", "1234.56") as whole fen; null when it is not one (or ≤ 0). */
export function fenFromYuan(text) {
  const clean = String(text ?? '').replace(/[\s,，]/g, '');
  const m = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(clean);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] || '').padEnd(2, '0'));
  return fen >= 1 ? fen : null;
}

/** Basis points as a percentage with two decimals, exactly: 435 → "4.35%". */
export function bpsPercent(bps) {
  if (bps === undefined || bps === null) return '';
  const abs = Math.abs(Number(bps));
  const rest = abs % 100;
  return `${Number(bps) < 0 ? '-' : ''}${(abs - rest) / 100}.${String(rest).padStart(2, '0')}%`;
}
