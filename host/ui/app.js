// TraceGuard web UI. Served by `traceguard serve` at /; no build step, no dependencies.
// Hash routes: #/sboms, #/sboms/<id>[/<tab>][?offset=N], #/upload, #/search[?purl=|name=], #/gas[?from=&to=]
const KEY = 'traceguard.key', TENANT = 'traceguard.tenant', PAGE = 100;
const main = document.getElementById('main'), errBox = document.getElementById('error');
const nf = new Intl.NumberFormat('en'), cf = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const num = n => (n == null ? '—' : nf.format(n));
const enc = encodeURIComponent;

// ---- DOM helpers (no innerHTML: every value from the API goes in as text) ----
function h(tag, attrs, ...kids) {
  const [name, ...cls] = tag.split('.');
  return build(document.createElement(name), cls, attrs, kids);
}
function s(tag, attrs, ...kids) {
  const [name, ...cls] = tag.split('.');
  return build(document.createElementNS('http://www.w3.org/2000/svg', name), cls, attrs, kids);
}
function build(el, cls, attrs, kids) {
  if (cls.length) el.setAttribute('class', cls.join(' '));
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k === 'testid' ? 'data-testid' : k, v === true ? '' : v);
  }
  for (const k of kids.flat(Infinity)) if (k != null && k !== false) el.append(k instanceof Node ? k : String(k));
  return el;
}
const dash = v => (v == null || v === '' ? h('span.muted', {}, '—') : v);
const sev = v => h(`span.sev.sev-${String(v).toLowerCase().replace(/[^a-z]/g, '')}`, {}, v);
const code = v => (v == null ? dash(v) : h('code', {}, v));

function table(cols, rows, rowFn, attrs = {}) {
  return h('div.scroll', {}, h('table', attrs,
    h('thead', {}, h('tr', {}, cols.map(c => h('th', { scope: 'col', class: c.startsWith('#') ? 'n' : null }, c.replace(/^#/, ''))))),
    h('tbody', {}, rows.map(rowFn))));
}
const td = (v, cls) => h('td', { class: cls }, v);
const tdn = v => h('td.n', {}, num(v));

// ---- errors ----
class ApiError extends Error {
  constructor(status, message, body) { super(message); this.status = status; this.body = body; }
}
// An error as one line of text: the server's message with its HTTP status.
function errorText(e) {
  const text = e instanceof Error ? e.message : String(e);
  if (e && e.status === 429) return `${text} (HTTP 429, rate limited).` + (e.retryAfter ? ` Retry after ${e.retryAfter} s.` : ' Retry later.');
  return e && e.status ? `${text} (HTTP ${e.status})` : text;
}
function showError(e) {
  if (e && e.handled) return;
  errBox.dataset.status = e && e.status ? e.status : '';
  delete errBox.dataset.retryAfter;
  if (e && e.status === 429) errBox.dataset.retryAfter = e.retryAfter ?? '';
  errBox.replaceChildren(h('span', {}, errorText(e)),
    h('button.close', { type: 'button', 'aria-label': 'Dismiss error', title: 'Dismiss', onclick: clearError }));
  errBox.hidden = false;
}
function clearError() { errBox.hidden = true; errBox.replaceChildren(); }

// ---- API ----
const FALLBACK = { 401: 'API key not accepted', 403: 'This key lacks the scope for that', 404: 'Not found', 413: 'The document is larger than the server accepts', 429: 'Too many requests' };
// Every call sends the session's key (or `key`) as a Bearer token.
async function send(path, { method = 'GET', body, key = sessionStorage.getItem(KEY), accept = 'application/json' } = {}) {
  try {
    return await fetch(path, { method, body, headers: { Authorization: `Bearer ${key}`, Accept: accept } });
  } catch (e) {
    throw new ApiError(0, `Cannot reach the TraceGuard server: ${e.message}`);
  }
}
async function api(path, { login = false, ...opts } = {}) {
  const res = await send(path, opts);
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  if (res.ok) return { data: data || {}, res };
  throw failure(res, data, login);
}
// The body as a Blob (downloads), authenticated and failing like api().
async function apiBlob(path) {
  const res = await send(path, { accept: '*/*' });
  if (res.ok) return res.blob();
  let data = null;
  try { data = JSON.parse(await res.text()); } catch { /* not JSON */ }
  throw failure(res, data, false);
}
function failure(res, data, login) {
  const msg = (data && data.error) || FALLBACK[res.status] || `${res.status} ${res.statusText}`.trim();
  const err = new ApiError(res.status, msg, data);
  if (res.status === 429) err.retryAfter = res.headers.get('Retry-After');
  if (res.status === 401 && !login) {
    signOut(`Signed out: the server rejected the API key (${msg}). Sign in again.`);
    err.handled = true;
  }
  return err;
}

// ---- session ----
let flash = null;
function signOut(message) {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(TENANT);
  detailCache = null;
  flash = message || null;
  route();
}
document.getElementById('signout').addEventListener('click', () => signOut('Signed out.'));

function chrome(signedIn) {
  document.getElementById('nav').hidden = !signedIn;
  document.getElementById('who').hidden = !signedIn;
  document.getElementById('tenant').textContent = signedIn ? `Tenant: ${sessionStorage.getItem(TENANT) || '?'}` : '';
}

function viewLogin() {
  chrome(false);
  const input = h('input', { id: 'key', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true, testid: 'login-key', 'aria-describedby': 'key-help' });
  const btn = h('button.primary', { type: 'submit', testid: 'login-submit' }, 'Sign in');
  const form = h('form.card.narrow', {
    testid: 'login-form', onsubmit: async ev => {
      ev.preventDefault();
      const key = input.value.trim();
      if (!key) return input.focus();
      btn.disabled = true;
      clearError();
      try {
        const { data } = await api('v1/me', { key, login: true });
        sessionStorage.setItem(KEY, key);
        sessionStorage.setItem(TENANT, data.tenant || '');
        flash = null;
        if (parse().view in VIEWS) route(); else location.hash = '#/sboms';
      } catch (e) {
        btn.disabled = false;
        showError(e.status === 401 ? new ApiError(401, 'That API key was not accepted. Check it and try again') : e);
        input.select();
      }
    },
  },
  h('h1', { tabindex: '-1' }, 'Sign in'),
  h('label', { for: 'key' }, 'API key'), input,
  h('p.muted', { id: 'key-help' }, 'The key is kept in this tab only (session storage) and sent as a Bearer token.'),
  btn);
  main.replaceChildren(form);
  if (flash) showError(flash);
  flash = null;
  input.focus();
}

// ---- router ----
function parse() {
  const [path, qs] = location.hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] || '', args: parts.slice(1), q: new URLSearchParams(qs || '') };
}
let seq = 0;
async function route() {
  const my = ++seq;
  clearError();
  if (!sessionStorage.getItem(KEY)) return viewLogin();
  chrome(true);
  const { view, args, q } = parse();
  if (!(view in VIEWS)) return location.replace('#/sboms');
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.getAttribute('href') === `#/${view}`) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  const focused = document.activeElement && main.contains(document.activeElement) ? document.activeElement.id : null;
  const slow = setTimeout(() => my === seq && main.setAttribute('aria-busy', 'true'), 150);
  try {
    const node = await VIEWS[view](args, q);
    if (my !== seq) return;
    main.replaceChildren(node);
    const again = focused && document.getElementById(focused);
    (again || main.querySelector('h1')).focus({ preventScroll: !!again });
    document.title = `${main.querySelector('h1')?.textContent || 'TraceGuard'} · TraceGuard`;
  } catch (e) {
    if (my !== seq) return;
    main.replaceChildren(h('h1', { tabindex: '-1' }, 'Something went wrong'), h('p', {}, h('a', { href: '#/sboms' }, 'Back to SBOMs')));
    showError(e);
  } finally {
    clearTimeout(slow);
    if (my === seq) main.removeAttribute('aria-busy');
  }
}

// ---- SBOM list ----
async function viewSboms() {
  const { data } = await api('v1/sboms');
  const list = data.sboms || [];
  return h('section', {},
    h('div.head', {}, h('h1', { tabindex: '-1' }, 'SBOMs'), h('a.button', { href: '#/upload' }, 'Upload SBOM')),
    list.length === 0 ? h('p.empty', { testid: 'sbom-empty' }, 'No SBOMs yet. ', h('a', { href: '#/upload' }, 'Upload one'), '.')
      : table(['Name', 'Format', '#Components', '#Dependencies', 'Validation', 'Diagnostics', 'ID'], list, b =>
        h('tr', { testid: 'sbom-row', 'data-id': b.id },
          td(h('a', { href: `#/sboms/${enc(b.id)}` }, b.name || '(unnamed)')),
          td(`${b.format} ${b.spec_version || ''}`), tdn(b.components), tdn(b.dependencies),
          td(b.validation), h('td', { testid: 'sbom-diagnostics' }, diagCounts(b.diagnostics)),
          td(h('code', { title: b.id }, b.id.slice(0, 12))))));
}
// "2 errors · 5 warnings" (or a dash) from {error, warning, info} counts.
function diagCounts(c) {
  const parts = [['error', 'errors'], ['warning', 'warnings'], ['info', 'notes']]
    .filter(([k]) => c && c[k]).map(([k, label]) => `${num(c[k])} ${label}`);
  return parts.length ? parts.join(' · ') : dash(null);
}

// ---- SBOM detail ----
let detailCache = null;
const TABS = [['components', 'Components'], ['dependencies', 'Dependencies'], ['diagnostics', 'Diagnostics'], ['findings', 'Findings']];
async function viewSbom([id, tab = 'components'], q) {
  if (!id) return viewSboms();
  if (!TABS.some(t => t[0] === tab)) tab = 'components';
  const d = detailCache && detailCache.id === id ? detailCache : (detailCache = (await api(`v1/sboms/${enc(id)}`)).data);
  const base = `#/sboms/${enc(id)}`;
  const dc = d.diagnostic_counts || {};
  const counts = { components: d.components, dependencies: d.dependencies, diagnostics: (dc.error || 0) + (dc.warning || 0) + (dc.info || 0) };
  const meta = [['Format', `${d.format} ${d.spec_version || ''}`], ['Validation', dash(d.validation)], ['Created', dash(d.created)],
    ['Supplier', dash(d.supplier)], ['Tools', dash((d.tools || []).join(', '))], ['Ingested', dash(d.ingested_at)],
    ['Invocation', dash(d.invocation_id)]];
  const tabs = h('div.tabs', { role: 'tablist', 'aria-label': 'SBOM sections', onkeydown: tabKeys },
    TABS.map(([t, label]) => h('a', {
      role: 'tab', id: `tab-${t}`, href: `${base}/${t}`, testid: `tab-${t}`, 'aria-controls': 'tabpanel',
      'aria-selected': String(t === tab), tabindex: t === tab ? '0' : '-1',
    }, label, counts[t] != null ? h('span.count', {}, num(counts[t])) : null)));
  const offset = Math.max(0, parseInt(q.get('offset'), 10) || 0);
  const panel = await PANELS[tab](d, base, offset, q);
  return h('section', { testid: 'sbom-detail', 'data-id': d.id },
    h('p.crumb', {}, h('a', { href: '#/sboms' }, '← All SBOMs')),
    h('h1', { tabindex: '-1' }, d.name || 'Unnamed SBOM'),
    h('p.muted.wrap', {}, 'ID ', code(d.id)),
    h('dl.meta', {}, meta.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v)))),
    tabs, h('div', { role: 'tabpanel', id: 'tabpanel', 'aria-labelledby': `tab-${tab}` }, panel));
}
function tabKeys(ev) {
  const tabs = [...ev.currentTarget.querySelectorAll('[role=tab]')];
  const i = tabs.indexOf(document.activeElement);
  const j = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[ev.key];
  if (i < 0 || j == null) return;
  ev.preventDefault();
  const t = tabs[(j + tabs.length) % tabs.length];
  t.focus();
  t.click();
}
function pager(base, offset, total, shown, extra = '') {
  const link = (id, off, label) => (off == null ? h('span.button.disabled', { 'aria-disabled': 'true' }, label)
    : h('a.button', { id, href: `${base}?offset=${off}${extra}` }, label));
  if (offset === 0 && shown >= total) return null;
  return h('nav.pager', { 'aria-label': 'Pages' },
    h('span', { testid: 'page-info' }, shown ? `${num(offset + 1)}–${num(offset + shown)} of ${num(total)}` : `Nothing past ${num(total)}`),
    link('page-prev', offset > 0 ? Math.max(0, Math.min(offset - PAGE, Math.floor((total - 1) / PAGE) * PAGE)) : null, '← Previous'),
    link('page-next', offset + shown < total ? offset + PAGE : null, 'Next →'));
}
const PANELS = {
  async components(d, base, offset) {
    const { data } = await api(`v1/sboms/${enc(d.id)}/components?offset=${offset}&limit=${PAGE}`);
    const list = data.components || [];
    return h('div', {},
      h('p.total', { testid: 'component-total', 'data-total': data.total, 'data-page-size': PAGE }, `${num(data.total)} components`),
      !data.total ? h('p.empty', {}, 'This SBOM lists no components.') : table(['Name', 'Version', 'Package URL', 'Licences', 'Kind'], list, c => h('tr', { testid: 'component-row' },
        td(h('span', { title: c.bom_ref || '' }, c.name)), td(dash(c.version)),
        td(c.purl ? h('a', { href: `#/search?purl=${enc(c.purl.split('@')[0])}`, title: 'Which SBOMs contain this package' }, h('code', {}, c.purl)) : dash(null), 'wrap'),
        td(dash((c.licenses || []).join(', '))), td(dash(c.kind)))),
      data.total ? pager(`${base}/components`, offset, data.total, list.length) : null);
  },
  async dependencies(d, base, offset) {
    const { data } = await api(`v1/sboms/${enc(d.id)}/dependencies?offset=${offset}&limit=${PAGE}`);
    const list = data.dependencies || [];
    return h('div', {},
      h('p.total', { 'data-total': data.total }, `${num(data.total)} dependency entries`),
      !data.total ? h('p.empty', {}, 'This SBOM records no dependencies.') : table(['Component', 'Depends on'], list, r => h('tr', { testid: 'dependency-row' },
        td(code(r.ref), 'wrap'), td(r.depends_on && r.depends_on.length ? h('ul.refs', {}, r.depends_on.map(x => h('li', {}, code(x)))) : dash(null), 'wrap'))),
      data.total ? pager(`${base}/dependencies`, offset, data.total, list.length) : null);
  },
  async diagnostics(d, base, offset, q) {
    const severity = ['error', 'warning', 'info'].includes(q.get('severity')) ? q.get('severity') : '';
    const rule = q.get('rule') || '';
    const filter = (severity ? `&severity=${severity}` : '') + (rule ? `&rule=${enc(rule)}` : '');
    const { data } = await api(`v1/sboms/${enc(d.id)}/diagnostics?offset=${offset}&limit=${PAGE}${filter}`);
    const list = data.diagnostics || [];
    const dc = d.diagnostic_counts || {};
    const choices = [['', 'All'], ['error', `Errors (${num(dc.error || 0)})`], ['warning', `Warnings (${num(dc.warning || 0)})`], ['info', `Notes (${num(dc.info || 0)})`]];
    return h('div', {},
      h('p.total', { testid: 'diagnostic-total', 'data-total': data.total },
        `${num(data.total)} diagnostics · judged at validation level `, h('strong', { testid: 'sbom-validation' }, data.validation)),
      h('nav.filters', { 'aria-label': 'Severity' }, choices.map(([k, label]) => h('a.button', {
        href: `${base}/diagnostics${k ? `?severity=${k}` : ''}`, 'aria-current': k === severity && !rule ? 'true' : null, testid: `diag-filter-${k || 'all'}`,
      }, label))),
      rule ? h('p', { testid: 'diag-rule-filter' }, 'Rule ', code(rule), ' · ', h('a', { href: `${base}/diagnostics` }, 'show all rules')) : null,
      diagnostics(list, base),
      data.total ? pager(`${base}/diagnostics`, offset, data.total, list.length, filter) : null);
  },
  async findings(d) {
    const { data } = await api(`v1/sboms/${enc(d.id)}/findings`);
    const list = data.findings || [];
    if (!list.length) return h('p.empty', { testid: 'findings-empty' }, 'No findings: no policy has reported anything for this SBOM.');
    return table(['Severity', 'Policy', 'Rule', 'Component', 'Message', 'Remediation'], list, f => h('tr', { testid: 'finding-row' },
      td(sev(f.severity)), td(f.policy), td(code(f.rule_id)), td(code(f.component_ref), 'wrap'), td(f.message), td(dash(f.remediation))));
  },
};
// A rule links to the SBOM's diagnostics of that rule when `base` (the SBOM's page) is given.
function diagnostics(list, base) {
  if (!list.length) return h('p.empty', {}, 'No diagnostics.');
  const rule = r => !r ? dash(r) : base ? h('a', { href: `${base}/diagnostics?rule=${enc(r)}`, testid: 'diagnostic-rule' }, code(r)) : code(r);
  return table(['Severity', 'Rule', 'Path', 'Message'], list, x => h('tr', { testid: 'diagnostic-row' },
    td(sev(x.severity)), td(rule(x.rule)), td(code(x.path)), td(x.message)));
}

// ---- upload ----
function viewUpload() {
  const file = h('input.sr', { id: 'file', type: 'file', testid: 'upload-file', 'aria-describedby': 'file-help' });
  const btn = h('button.primary', { type: 'submit', testid: 'upload-submit' }, 'Upload');
  const level = h('select', { id: 'validation', testid: 'upload-validation' },
    [['', 'Tenant default'], ['strict', 'Strict: any spec error rejects'], ['standard', 'Standard: keep, with diagnostics'], ['none', 'None: no checks']]
      .map(([v, label]) => h('option', { value: v }, label)));
  const result = h('div.card', { testid: 'upload-result', 'aria-live': 'polite', hidden: true });
  const chosen = h('span', { id: 'file-help' }, 'No file chosen. CycloneDX, SPDX or SWID; the format is detected from the content.');
  const drop = h('label.drop', { for: 'file' }, h('strong', {}, 'Choose an SBOM file'), ' or drop one here', file, h('br'), chosen);
  for (const t of ['dragover', 'dragenter']) drop.addEventListener(t, ev => { ev.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', ev => {
    ev.preventDefault(); drop.classList.remove('over');
    if (ev.dataTransfer.files.length) { file.files = ev.dataTransfer.files; file.dispatchEvent(new Event('change')); }
  });
  file.addEventListener('change', () => {
    const f = file.files[0];
    chosen.textContent = f ? `Selected: ${f.name} · ${num(f.size)} bytes` : 'No file chosen.';
  });
  const form = h('form.card', {
    testid: 'upload-form', onsubmit: async ev => {
      ev.preventDefault();
      const f = file.files[0];
      clearError();
      if (!f) return showError('Choose a file to upload first.');
      btn.disabled = true;
      btn.textContent = 'Uploading…';
      result.hidden = true;
      try {
        const query = level.value ? `?validation=${level.value}` : '';
        const { data, res } = await api(`v1/sboms${query}`, { method: 'POST', body: f });
        showResult(result, data, res);
        btn.disabled = false;
      } catch (e) {
        showError(e);
        const diags = (e.body && e.body.diagnostics) || [];
        result.dataset.state = 'error';
        result.replaceChildren(h('h2', {}, `Rejected: ${f.name}`), h('p', {}, e.message),
          h('h3', {}, `Diagnostics (${diags.length})`), diagnostics(diags));
        result.hidden = e.status === 429 || e.handled;
        if (e.status === 429 && +e.retryAfter > 0) return countdown(btn, +e.retryAfter);
        btn.disabled = false;
      }
      btn.textContent = 'Upload';
    },
  },
  h('h1', { tabindex: '-1' }, 'Upload an SBOM'),
  drop, h('p', {}, h('label', { for: 'validation' }, 'Validation '), level), h('div', {}, btn));
  return h('section', {}, form, result);
}
function countdown(btn, secs) {
  const tick = () => {
    if (secs <= 0 || !btn.isConnected) { btn.disabled = false; btn.textContent = 'Upload'; return; }
    btn.textContent = `Retry in ${secs--} s`;
    setTimeout(tick, 1000);
  };
  tick();
}
function showResult(el, r, res) {
  const remaining = res.headers.get('X-Gas-Remaining');
  const classes = Object.entries(r.gas || {}).filter(([k]) => k !== 'total');
  Object.assign(el.dataset, { state: 'ok', sbomId: r.sbom_id, format: r.format, components: r.components, gasUsed: r.gas_used, duplicate: !!r.duplicate });
  el.replaceChildren(
    h('h2', {}, r.duplicate ? 'Already stored (duplicate; the parse was still charged)' : 'Ingested'),
    h('dl.meta', {},
      [['SBOM', code(r.sbom_id), 'wide'], ['Format', `${r.format} ${r.spec_version || ''}`],
        ['Components', h('span', { testid: 'upload-components' }, num(r.components))], ['Dependencies', num(r.dependencies)],
        ['Validation', h('span', { testid: 'upload-validation-used' }, dash(r.validation))],
        ['Gas used', h('span', { testid: 'upload-gas' }, num(r.gas_used))],
        ['Gas remaining', remaining == null ? dash(null) : num(+remaining)]]
        .map(([k, v, c]) => h('div', { class: c }, h('dt', {}, k), h('dd', {}, v)))),
    h('p', {}, h('a.button.primary', { href: `#/sboms/${enc(r.sbom_id)}`, testid: 'upload-open' }, 'Open SBOM'), ' ',
      h('a.button', { href: '#/gas' }, 'Gas usage')),
    classes.length ? h('details', {}, h('summary', {}, 'Gas by class'),
      table(['Class', '#Gas'], classes, ([k, v]) => h('tr', {}, td(k), tdn(v)))) : null,
    h('h3', {}, `Diagnostics (${(r.diagnostics || []).length})`), diagnostics(r.diagnostics || []));
  el.hidden = false;
}

// ---- component search ----
async function viewSearch(_, q) {
  const by = q.has('name') ? 'name' : 'purl', term = q.get(by) || '';
  const select = h('select', { id: 'by', testid: 'search-by' },
    h('option', { value: 'purl', selected: by === 'purl' }, 'Package URL'), h('option', { value: 'name', selected: by === 'name' }, 'Name'));
  const input = h('input', { id: 'q', type: 'search', value: term, required: true, testid: 'search-query', placeholder: 'pkg:npm/lodash or lodash' });
  input.addEventListener('input', () => { select.value = input.value.startsWith('pkg:') ? 'purl' : select.value; });
  const form = h('form.card.row', {
    role: 'search', onsubmit: ev => {
      ev.preventDefault();
      const v = input.value.trim();
      if (v) location.hash = `#/search?${select.value}=${enc(v)}`;
    },
  },
  h('div', {}, h('label', { for: 'by' }, 'Search by'), select),
  h('div.grow', {}, h('label', { for: 'q' }, 'Component'), input),
  h('button.primary', { type: 'submit', testid: 'search-submit' }, 'Search'));
  let out = null;
  if (term) {
    const { data } = await api(`v1/components?${by}=${enc(term)}`);
    const list = data.components || [];
    out = h('div', {},
      h('p.total', { testid: 'search-count', 'data-total': list.length }, `${num(list.length)} match${list.length === 1 ? '' : 'es'} for ${by} “${term}”`),
      list.length ? table(['SBOM', 'Name', 'Version', 'Package URL', 'bom-ref'], list, c => h('tr', { testid: 'search-row' },
        td(h('a', { href: `#/sboms/${enc(c.sbom_id)}` }, c.sbom_name || c.sbom_id.slice(0, 12))), td(c.name), td(dash(c.version)),
        td(code(c.purl), 'wrap'), td(code(c.bom_ref), 'wrap'))) : null);
  }
  return h('section', {}, h('h1', { tabindex: '-1' }, 'Component search'), form, out);
}

// ---- gas dashboard ----
async function viewGas(_, q) {
  const from = q.get('from') || '', to = q.get('to') || '';
  const qs = new URLSearchParams(Object.entries({ from, to }).filter(([, v]) => v)).toString();
  // The invoice is fetched beside the usage; if it fails, its card says why and the rest stays.
  const [usage, bill] = await Promise.allSettled([api(`v1/gas/usage${qs ? `?${qs}` : ''}`), api('v1/invoices/current')]);
  if (usage.status === 'rejected') throw usage.reason;
  const { data } = usage.value;
  const days = fillDays(data.per_day || []), plugins = data.per_plugin || [], b = data.budget || {};
  const total = days.reduce((a, d) => a + d.gas, 0), calls = days.reduce((a, d) => a + (d.invocations || 0), 0);
  const fromI = h('input', { id: 'from', type: 'date', value: from }), toI = h('input', { id: 'to', type: 'date', value: to });
  const range = h('form.row', {
    'aria-label': 'Date range', onsubmit: ev => {
      ev.preventDefault();
      const p = new URLSearchParams(Object.entries({ from: fromI.value, to: toI.value }).filter(([, v]) => v)).toString();
      location.hash = `#/gas${p ? `?${p}` : ''}`;
    },
  },
  h('div', {}, h('label', { for: 'from' }, 'From'), fromI), h('div', {}, h('label', { for: 'to' }, 'To'), toI),
  h('button', { type: 'submit' }, 'Apply'), h('a.button', { href: '#/gas' }, 'All time'),
  h('button', { type: 'button', id: 'gas-refresh', testid: 'gas-refresh', onclick: () => route() }, 'Refresh'));
  const stat = (label, value, testid) => h('div.stat', {}, h('span.muted', {}, label), h('strong', { testid, 'data-value': value }, num(value)));
  const classes = [...new Set(plugins.flatMap(p => Object.keys(p.gas || {})).filter(k => k !== 'total'))];
  return h('section', {},
    h('h1', { tabindex: '-1' }, `Gas usage · ${data.tenant || ''}`), range,
    h('div.stats', {},
      stat(from || to ? 'Gas used in range' : 'Gas used (all time)', total, 'gas-total'),
      stat('Invocations', calls, 'gas-invocations'),
      stat('Budget remaining', b.available, 'budget-remaining')),
    h('figure.card', { testid: 'budget' }, h('figcaption', {}, 'Budget'), gauge(b)),
    billing(bill),
    h('figure.card', { testid: 'gas-chart-day' }, h('figcaption', {}, 'Gas per day'),
      days.length ? dayChart(days) : h('p.empty', {}, 'No invocations in this range.')),
    h('figure.card', { testid: 'gas-chart-plugin' }, h('figcaption', {}, 'Gas per plugin'),
      plugins.length ? pluginChart(plugins) : h('p.empty', {}, 'No invocations in this range.')),
    plugins.length ? h('details', {}, h('summary', {}, 'Per-plugin breakdown by gas class'),
      table(['Plugin', 'Kind', '#Invocations', '#Failed', ...classes.map(c => `#${c}`), '#Total'], plugins, p => h('tr', {},
        td(p.plugin), td(p.kind), tdn(p.invocations), tdn(p.failed), classes.map(c => tdn((p.gas || {})[c] || 0)), tdn((p.gas || {}).total)))) : null);
}
// Missing days between the first and last reported day become zero bars (at most ~2 years).
function fillDays(list) {
  const sorted = [...list].sort((a, b) => (a.day < b.day ? -1 : 1));
  if (sorted.length < 2) return sorted;
  const by = new Map(sorted.map(d => [d.day, d])), out = [];
  const end = Date.parse(`${sorted.at(-1).day}T00:00:00Z`);
  for (let t = Date.parse(`${sorted[0].day}T00:00:00Z`); t <= end && out.length < 800; t += 864e5) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push(by.get(day) || { day, gas: 0, invocations: 0 });
  }
  return out.length < 800 ? out : sorted;
}
// A round step for four grid lines: 1, 2, 2.5 or 5 times a power of ten.
function niceStep(v) {
  const p = 10 ** Math.floor(Math.log10(v)), m = v / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
}
const svgBox = (w, hgt, label) => s('svg', { viewBox: `0 0 ${w} ${hgt}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'xMinYMin meet' });
function dayChart(days) {
  const W = 720, H = 220, L = 52, R = 8, T = 10, B = 26, ih = H - T - B;
  const max = 4 * niceStep(Math.max(1, ...days.map(d => d.gas)) / 4), bw = (W - L - R) / days.length, gap = bw > 6 ? bw * 0.18 : 0;
  const svg = svgBox(W, H, `Gas per day, ${days[0].day} to ${days.at(-1).day}; most ${num(Math.max(...days.map(d => d.gas)))}`);
  for (let i = 0; i <= 4; i++) {
    const y = T + ih * (1 - i / 4);
    svg.append(s('line.grid', { x1: L, x2: W - R, y1: y, y2: y }), s('text.axis', { x: L - 6, y: y + 4, 'text-anchor': 'end' }, cf.format(max * i / 4)));
  }
  const every = Math.ceil(days.length / 8);
  days.forEach((d, i) => {
    const hh = ih * d.gas / max, x = L + i * bw + gap / 2;
    svg.append(s('rect.bar', { x, y: T + ih - hh, width: Math.max(bw - gap, 1), height: hh, testid: 'gas-bar-day', 'data-day': d.day, 'data-value': d.gas },
      s('title', {}, `${d.day}: ${num(d.gas)} gas, ${num(d.invocations)} invocations`)));
    if (i % every === 0) svg.append(s('text.axis', { x: x + (bw - gap) / 2, y: H - 8, 'text-anchor': 'middle' }, d.day.slice(5)));
  });
  return h('div', {}, svg, h('details', {}, h('summary', {}, 'Show as table'),
    table(['Day', '#Gas', '#Invocations'], days.filter(d => d.gas || d.invocations), d => h('tr', {}, td(d.day), tdn(d.gas), tdn(d.invocations)))));
}
function pluginChart(plugins) {
  const rows = [...plugins].sort((a, b) => (b.gas?.total || 0) - (a.gas?.total || 0));
  const W = 720, RH = 30, L = 170, R = 110, H = rows.length * RH + 4;
  const max = Math.max(1, ...rows.map(p => p.gas?.total || 0));
  const svg = svgBox(W, H, `Gas per plugin; ${rows.map(p => `${p.plugin} ${num(p.gas?.total)}`).join(', ')}`);
  rows.forEach((p, i) => {
    const v = p.gas?.total || 0, y = i * RH + 4, w = (W - L - R) * v / max;
    svg.append(
      s('text.label', { x: L - 8, y: y + 15, 'text-anchor': 'end' }, p.plugin),
      s('text.axis', { x: L - 8, y: y + 26, 'text-anchor': 'end' }, `${p.kind} · ${num(p.invocations)} calls${p.failed ? `, ${num(p.failed)} failed` : ''}`),
      s(`rect.bar.k-${String(p.kind).replace(/[^a-z-]/g, '')}`, { x: L, y: y + 3, width: Math.max(w, 1), height: RH - 8, testid: 'gas-bar-plugin', 'data-plugin': p.plugin, 'data-kind': p.kind, 'data-value': v },
        s('title', {}, `${p.plugin} (${p.kind}): ${num(v)} gas`)),
      s('text.label', { x: L + w + 6, y: y + 19 }, num(v)));
  });
  return svg;
}
function gauge(b) {
  const total = Math.max(1, b.budget || 0), W = 720, H = 26;
  const parts = [['spent', b.spent], ['reserved', b.reserved], ['available', b.available]].map(([k, v]) => [k, Math.max(0, v || 0)]);
  const svg = svgBox(W, H, `Budget ${num(b.budget)}: ${parts.map(([k, v]) => `${num(v)} ${k}`).join(', ')}`);
  let x = 0;
  svg.append(s('rect.track', { x: 0, y: 0, width: W, height: H, rx: 4 }));
  for (const [k, v] of parts) {
    const w = Math.min(W - x, W * v / total);
    if (w > 0) svg.append(s(`rect.g-${k}`, { x, y: 0, width: w, height: H, testid: `budget-${k}-bar`, 'data-value': v }, s('title', {}, `${k}: ${num(v)}`)));
    x += w;
  }
  const pct = v => `${((100 * v) / total).toFixed(1)} %`;
  return h('div', {}, svg, h('ul.legend', {},
    parts.map(([k, v]) => h('li', {}, h(`span.sw.g-${k}`, { 'aria-hidden': 'true' }), `${k[0].toUpperCase()}${k.slice(1)} ${num(v)} (${pct(v)})`)),
    h('li', {}, `Budget ${num(b.budget)}`)));
}

// ---- billing: this month's invoice ----
const mf = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }), sf = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });
const money = (micros, cur) => `${mf.format((micros || 0) / 1e6)}${cur ? ` ${cur}` : ''}`;
const FORMATS = [['json', 'JSON'], ['csv', 'CSV'], ['parquet', 'Parquet'], ['html', 'HTML']];
function billing(r) {
  const card = (...kids) => h('section.card', { testid: 'billing', 'aria-labelledby': 'billing-h' }, h('h2', { id: 'billing-h' }, 'Billing this month'), ...kids);
  if (r.status === 'rejected') return r.reason && r.reason.handled ? null : card(h('p.card-error', { testid: 'billing-error' }, errorText(r.reason)));
  const inv = r.value.data, secs = inv.sections || [], p = inv.period || {}, e = inv.energy || {}, cur = inv.currency, plan = secs.at(-1)?.plan;
  const sum = k => secs.reduce((a, x) => a + (x[k] || 0), 0), included = sum('included_gas'), used = sum('included_used');
  const meta = [['Plan', plan ? `${plan.name}@${plan.version}` : 'no plan'], ['Period', `${p.label} · ${p.time_zone}`],
    ['Status', inv.status === 'open' ? 'open (provisional)' : inv.status],
    ['Included gas used', h('span', { testid: 'billing-included', 'data-used': used, 'data-included': included }, `${num(used)} of ${num(included)}`)],
    ['Energy (estimate)', h('span', { title: e.method }, `${sf.format((e.energy_nj || 0) / 3.6e12)} Wh`)],
    ['CO₂e (estimate)', h('span', { title: e.method }, `${sf.format((e.co2e_ug || 0) / 1e6)} g`)]];
  return card(
    h('p.bill-total', {}, h('span.muted', {}, 'Cost so far '), h('strong', { testid: 'billing-total', 'data-value': inv.total }, money(inv.total)),
      ' ', h('span', { testid: 'billing-currency' }, cur || '(no currency: no plan)')),
    h('dl.meta', {}, meta.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v)))),
    burnDown(inv.days || [], included, cur),
    h('div.downloads', { role: 'group', 'aria-label': 'Download this invoice' }, h('span.muted', {}, 'Download'),
      FORMATS.map(([f, label]) => h('button', {
        type: 'button', testid: `invoice-download-${f}`, 'aria-label': `Download the invoice as ${label}`,
        onclick: ev => downloadInvoice(ev.currentTarget, f, inv),
      }, label))));
}
// Included gas left after each day (a line, left scale) over each day's cost (bars, own scale).
function burnDown(days, start, cur) {
  const W = 720, H = 180, L = 52, R = 84, T = 12, B = 24, ih = H - T - B, step = (W - L - R) / Math.max(1, days.length);
  const top = Math.max(1, start), most = Math.max(0, ...days.map(d => d.amount || 0)), y = v => T + ih * (1 - v / top);
  let left = start;
  const points = [`${L},${y(start)}`, ...days.map((d, i) => { left = Math.max(0, left - (d.included_used || 0)); return `${L + (i + 1) * step},${y(left)}`; })];
  const svg = svgBox(W, H, `Included gas remaining in ${days[0]?.date.slice(0, 7) || 'the month'}: ${num(start)} at the start, ${num(left)} left; `
    + `cost per day up to ${money(most, cur)}`);
  svg.setAttribute('data-testid', 'billing-burndown');
  for (let i = 0; i <= 2; i++) {
    const v = top * i / 2;
    svg.append(s('line.grid', { x1: L, x2: W - R, y1: y(v), y2: y(v) }));
    if (start || !i) svg.append(s('text.axis', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end' }, cf.format(v)));
  }
  if (most) svg.append(s('text.axis', { x: W - R + 6, y: T + 4 }, `${money(most)}/day`));
  const every = Math.ceil(days.length / 8);
  days.forEach((d, i) => {
    const x = L + i * step, hh = most ? ih * (d.amount || 0) / most : 0;
    if (hh) svg.append(s('rect.cost', { x: x + step * 0.15, y: T + ih - hh, width: step * 0.7, height: hh }, s('title', {}, `${d.date}: ${money(d.amount, cur)}`)));
    if (i % every === 0) svg.append(s('text.axis', { x: x + step / 2, y: H - 6, 'text-anchor': 'middle' }, d.date.slice(5)));
  });
  svg.append(s('polyline.burn', { points: points.join(' '), fill: 'none' }, s('title', {}, `Included gas remaining: ${num(left)} of ${num(start)}`)));
  return h('figure', {}, svg, h('ul.legend', {},
    h('li', {}, h('span.sw.burn', { 'aria-hidden': 'true' }), 'Included gas remaining'),
    h('li', {}, h('span.sw.cost', { 'aria-hidden': 'true' }), 'Cost per day (before minimum and cap)')),
  h('details', {}, h('summary', {}, 'Show as table'), table(['Day', '#Gas', '#Included gas used', '#Cost'],
    days.filter(d => d.gas || d.amount), d => h('tr', {}, td(d.date), tdn(d.gas), tdn(d.included_used), h('td.n', {}, money(d.amount, cur))))));
}
async function downloadInvoice(btn, format, inv) {
  btn.disabled = true;
  try {
    const url = URL.createObjectURL(await apiBlob(`v1/invoices/current?format=${format}`));
    const a = h('a', { href: url, download: `invoice-${inv.tenant}-${inv.period.label}.${format}`, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  } catch (e) {
    showError(e);
  } finally {
    btn.disabled = false;
  }
}

const VIEWS = { sboms: (a, q) => (a.length ? viewSbom(a, q) : viewSboms()), upload: viewUpload, search: viewSearch, gas: viewGas };
window.addEventListener('hashchange', route);
route();
