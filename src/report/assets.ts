/** The report's inline style sheet and script (no network: everything the page needs is here). */

/** Colours per layer; the order of the rules is the precedence when spans overlap (later wins). */
export const ENTITY_COLOURS: Record<string, string> = {
  PERSON: '#a5d8ff',
  ORGANIZATION: '#d0bfff',
  LOCATION: '#96f2d7',
  EVENT: '#fcc2d7',
  DOCUMENT: '#ffd8a8',
  PRODUCT: '#ced4da',
};

export const CSS = `
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#212529;background:#f8f9fa}
header,main{max-width:1180px;margin:0 auto;padding:0 20px}
header{padding-top:16px}
h1{font-size:1.5em;margin:.4em 0}
h2{font-size:1.2em;margin:1.6em 0 .5em;border-bottom:2px solid #dee2e6;padding-bottom:.2em}
h3{font-size:1em;margin:.8em 0 .3em}
.sub{color:#495057;font-size:.9em}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}
.card{background:#fff;border:1px solid #dee2e6;border-radius:6px;padding:8px 14px;min-width:110px}
.card b{display:block;font-size:1.4em}
table{border-collapse:collapse;background:#fff;font-size:.9em}
th,td{border:1px solid #dee2e6;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f1f3f5}
td.n,th.n{text-align:right;white-space:nowrap}
td{overflow-wrap:break-word}
.grid td{overflow-wrap:anywhere}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:12px}
.grid table{width:100%}
#commitments th{cursor:pointer;user-select:none;white-space:nowrap}
#commitments th[aria-sort=ascending]::after{content:" ▲"}
#commitments th[aria-sort=descending]::after{content:" ▼"}
.scroll{overflow-x:auto;max-width:100%}
#commitments{width:100%}
#commitments td.c-content{min-width:320px;width:45%}
#commitments td.c-doc,#commitments td.c-rule{overflow-wrap:anywhere;max-width:200px;font-size:.9em}
#commitments td.c-type,#commitments td.c-trigger,#commitments td.c-status{white-space:nowrap}
#entity-tables>[hidden]{display:none}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:8px 0}
.filters input{width:220px}
.note{background:#fff9db;border:1px solid #ffe066;border-radius:4px;padding:6px 10px;font-size:.9em}
.problems li{font-family:ui-monospace,monospace;font-size:.85em}
svg.timeline{background:#fff;border:1px solid #dee2e6;border-radius:6px;max-width:100%}
svg.timeline rect{fill:#4dabf7}
svg.timeline text{font-size:10px;fill:#495057}
details.doc{background:#fff;border:1px solid #dee2e6;border-radius:6px;margin:10px 0;padding:6px 12px}
details.doc>summary{cursor:pointer;font-weight:600}
details.doc .meta{color:#495057;font-size:.85em;margin:4px 0}
.text{white-space:pre-wrap;word-wrap:break-word;font-size:1em;line-height:1.9;margin:8px 0;padding:8px;border-left:3px solid #dee2e6}
.legend{display:flex;flex-wrap:wrap;gap:8px;font-size:.85em;margin:6px 0}
.legend span.s{padding:0 6px;border-radius:3px;cursor:default}
.s{border-radius:2px;cursor:pointer}
.quo{background:#fff3bf;font-style:italic}
.qcue{background:#ffe066;font-weight:600}
.ccont{text-decoration:underline 2px #f76707;text-underline-offset:4px}
.role{border-bottom:2px dashed #868e96}
${Object.entries(ENTITY_COLOURS)
  .map(([type, colour]) => `.e-${type}{background:${colour}}`)
  .join('\n')}
.tmx{background:#b2f2bb;box-shadow:inset 0 -2px 0 #2f9e44}
.ctrig{background:#ffa94d;font-weight:700}
.s.sel{outline:2px solid #212529;outline-offset:1px}
#panel{position:fixed;right:0;top:0;bottom:0;width:340px;overflow:auto;background:#fff;border-left:1px solid #adb5bd;box-shadow:-4px 0 16px rgba(0,0,0,.12);padding:8px 12px;font-size:.85em}
body.pinned{padding-right:340px}
@media (max-width:1099px){
#panel{top:auto;left:0;width:auto;height:38vh;border-left:0;border-top:1px solid #adb5bd;box-shadow:0 -4px 16px rgba(0,0,0,.12)}
body.pinned{padding-right:0;padding-bottom:40vh}
}
#panel[hidden]{display:none}
#panel h4{margin:.5em 0 .2em}
#panel dl{display:grid;grid-template-columns:auto 1fr;gap:0 8px;margin:0}
#panel dt{color:#495057}
#panel dd{margin:0;word-break:break-word}
#panel button{float:right}
footer{max-width:1180px;margin:30px auto;padding:0 20px;color:#868e96;font-size:.8em}
`;

/** Sorting and filtering of the commitments table; the detail panel for a clicked highlight. */
export const SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('siaran-data').textContent);
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  var table = document.getElementById('commitments');
  if (table) {
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    var typeSel = document.getElementById('f-type');
    var actorIn = document.getElementById('f-actor');
    var count = document.getElementById('f-count');
    var apply = function () {
      var t = typeSel.value, a = actorIn.value.trim().toLowerCase(), shown = 0;
      rows.forEach(function (r) {
        var ok = (!t || r.getAttribute('data-type') === t) && (!a || r.getAttribute('data-actors').indexOf(a) >= 0);
        r.hidden = !ok;
        if (ok) shown++;
      });
      count.textContent = shown + ' of ' + rows.length + (rows.length === 1 ? ' row' : ' rows');
    };
    typeSel.addEventListener('change', apply);
    actorIn.addEventListener('input', apply);
    var heads = table.tHead.rows[0].cells;
    each(heads, function (th, col) {
      th.addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        each(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        rows.sort(function (x, y) {
          return dir * x.cells[col].textContent.localeCompare(y.cells[col].textContent, undefined, { numeric: true });
        });
        rows.forEach(function (r) { tbody.appendChild(r); });
      });
    });
    apply();
  }

  var entityType = document.getElementById('f-entity-type');
  if (entityType) {
    entityType.addEventListener('change', function () {
      each(document.querySelectorAll('#entity-tables > [data-type]'), function (t) {
        t.hidden = entityType.value !== '' && t.getAttribute('data-type') !== entityType.value;
      });
    });
  }

  // A link to a document opens it (the views are folded <details>), then scrolls to it.
  var openDoc = function (hash) {
    var m = /^#(doc-\\d+)$/.exec(hash || '');
    var view = m ? document.getElementById(m[1]) : null;
    if (!view) return;
    view.open = true;
    view.scrollIntoView();
  };
  document.addEventListener('click', function (ev) {
    var a = ev.target && ev.target.closest ? ev.target.closest('a[href^="#doc-"]') : null;
    if (!a) return;
    ev.preventDefault();
    if (history.replaceState) history.replaceState(null, '', a.getAttribute('href'));
    openDoc(a.getAttribute('href'));
  });
  window.addEventListener('hashchange', function () { openDoc(location.hash); });
  openDoc(location.hash);

  var panel = document.getElementById('panel');
  var body = document.getElementById('panel-body');
  var close = function () {
    panel.hidden = true;
    document.body.classList.remove('pinned');
    each(document.querySelectorAll('.s.sel'), function (s) { s.classList.remove('sel'); });
  };
  document.getElementById('panel-close').addEventListener('click', close);
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') close(); });
  document.addEventListener('click', function (ev) {
    var seg = ev.target && ev.target.closest ? ev.target.closest('.text .s') : null;
    if (!seg) return;
    var view = seg.closest('[data-doc]');
    var doc = data.docs[Number(view.getAttribute('data-doc'))];
    if (!doc) return;
    var keys = (seg.getAttribute('data-m') || '').split(' ').filter(Boolean);
    close();
    var inner = ' ' + keys[keys.length - 1] + ' ';
    each(view.querySelectorAll('.s'), function (s) {
      if ((' ' + s.getAttribute('data-m') + ' ').indexOf(inner) >= 0) s.classList.add('sel');
    });
    while (body.firstChild) body.removeChild(body.firstChild);
    var title = document.createElement('div');
    title.textContent = doc.id;
    title.style.fontWeight = '600';
    body.appendChild(title);
    keys.slice().reverse().forEach(function (key) {
      var m = doc.marks[key];
      if (!m) return;
      var h = document.createElement('h4');
      h.textContent = m.layer;
      body.appendChild(h);
      var dl = document.createElement('dl');
      m.fields.forEach(function (f) {
        var dt = document.createElement('dt'); dt.textContent = f[0];
        var dd = document.createElement('dd'); dd.textContent = f[1];
        dl.appendChild(dt); dl.appendChild(dd);
      });
      body.appendChild(dl);
    });
    panel.hidden = false;
    document.body.classList.add('pinned');
  });
})();
`;
