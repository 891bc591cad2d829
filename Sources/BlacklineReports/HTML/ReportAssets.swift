/// The redline page's inline style sheet, toolbar and script. Marks never rely on colour alone:
/// insertions are underlined, deletions struck, every change carries a text badge, and screen
/// readers hear where insertions and deletions start and end.
enum ReportAssets {
    static let css = """

    :root { --ins: #0b4fa8; --ins-bg: #e8f0fc; --del: #b3261e; --del-bg: #fcebea; --move: #1b7a3a; --move-bg: #e7f5ec; --rule: #d0d4da; --quiet: #5f6670; }
    body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1d1f23; margin: 0 auto; max-width: 62rem; padding: 0 1.25rem 4rem; overflow-wrap: break-word; }
    .navigator a { overflow-wrap: anywhere; }
    h1 { font-size: 1.35rem; margin: 0.9rem 0 0.3rem; }
    .skip { position: absolute; left: -999rem; } .skip:focus { left: 0.5rem; top: 0.5rem; z-index: 5; background: #fff; padding: 0.3rem; }
    .compared { font-family: system-ui, sans-serif; font-size: 0.9rem; margin: 0.2rem 0; overflow-wrap: anywhere; }
    .sources-end { font-size: 0.85rem; color: var(--quiet); }
    .totals-line { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.6rem; margin: 0.3rem 0 0.6rem; }
    .totals-line .total-line { margin: 0; }
    h2, h3 { font-size: 1.15rem; margin: 0.9rem 0 0.4rem; }
    .section-title { font-family: system-ui, sans-serif; font-size: 1rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--quiet); border-bottom: 1px solid var(--rule); }
    table { border-collapse: collapse; }
    th, td { padding: 0.2rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    code { font-size: 0.8rem; word-break: break-all; }
    .sources, .changed, .facts-table { font-family: system-ui, sans-serif; font-size: 0.9rem; margin: 0.5rem 0 1rem; }
    .sources caption { text-align: left; font-weight: bold; }
    .totals { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; font-family: system-ui, sans-serif; }
    .total { border: 1px solid var(--rule); border-radius: 0.3rem; padding: 0.15rem 0.6rem; }
    .total .count { font-weight: bold; }
    .total-line { font-family: system-ui, sans-serif; margin: 0.25rem 0 1rem; }
    ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; text-decoration-thickness: 2px; }
    del { color: var(--del); background: var(--del-bg); text-decoration: line-through; text-decoration-thickness: 2px; }
    ins::before, ins::after, del::before, del::after { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(1px, 1px, 1px, 1px); clip-path: inset(100%); white-space: nowrap; }
    ins::before { content: " [insertion start] "; } ins::after { content: " [insertion end] "; }
    del::before { content: " [deletion start] "; } del::after { content: " [deletion end] "; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(1px, 1px, 1px, 1px); clip-path: inset(100%); white-space: nowrap; }
    .delta { font-family: system-ui, sans-serif; font-size: 0.8rem; color: var(--quiet); }
    .kind { float: right; font-family: system-ui, sans-serif; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.05em; border: 1px solid currentColor; border-radius: 0.25rem; padding: 0 0.35rem; margin-left: 0.5rem; color: var(--quiet); }
    .tag { font-family: system-ui, sans-serif; font-size: 0.75rem; text-transform: uppercase; border: 1px solid currentColor; border-radius: 0.25rem; padding: 0 0.35rem; color: var(--quiet); }
    .verify-lead ul { padding-left: 1.25rem; }
    .change { border-left: 4px solid var(--rule); padding-left: 0.75rem; margin-left: -1rem; }
    .change.modified, .change.retitled { border-left-color: #8a6d00; }
    .change.added { border-left-color: var(--ins); }
    .change.deleted { border-left-color: var(--del); }
    .change.moved, .change.moved-away { border-left-color: var(--move); background: var(--move-bg); }
    .change.renumbered { border-left-color: #6b4fa8; }
    .change.current { outline: 3px solid #f0b400; outline-offset: 2px; }
    .move-note, .stub { font-family: system-ui, sans-serif; font-size: 0.9rem; color: var(--move); }
    .stub { padding: 0.3rem 0.75rem; margin: 0.5rem 0 0.5rem -1rem; }
    .relabel del, .relabel ins { font-weight: bold; }
    .label { font-weight: bold; }
    .caption { font-style: italic; }
    .note { color: var(--quiet); font-size: 0.9rem; }
    .quiet { color: var(--quiet); }
    .clause.section, .clause.group { margin-left: 1.25rem; }
    .unit { border-top: 1px solid var(--rule); }
    .facts { font-family: system-ui, sans-serif; font-size: 0.85rem; color: var(--quiet); margin: 0.2rem 0 0.6rem; }
    .grid { font-family: system-ui, sans-serif; font-size: 0.85rem; margin: 0.5rem 0; }
    .grid td { border: 1px solid var(--rule); }
    .flagged.error { outline: 2px solid var(--del); }
    .flagged.warning { outline: 2px dashed #8a6d00; }
    .audit-note { display: block; font-size: 0.75rem; color: var(--del); white-space: normal; }
    .audit-list { font-family: system-ui, sans-serif; font-size: 0.9rem; }
    .pair, .column-heads { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
    .pair > div { min-width: 0; overflow-x: auto; }
    .column-heads { font-family: system-ui, sans-serif; font-weight: bold; font-size: 0.85rem; border-bottom: 2px solid var(--rule); margin-bottom: 0.5rem; overflow-wrap: anywhere; }
    .side-label { display: block; font-family: system-ui, sans-serif; font-size: 0.7rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--quiet); }
    .pair > .old { border-right: 1px dashed var(--rule); padding-right: 0.5rem; }
    .elided { color: var(--quiet); margin: 0.2rem 0; }
    .view-inline .sbs-only, .view-sbs .inline-only { display: none; }
    .view-sbs .agreement .change.added { margin-left: calc(50% + 0.5rem); }
    .view-sbs .agreement .change.deleted { margin-right: calc(50% + 0.5rem); }
    .bar { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--rule); padding: 0.3rem 0; font-family: system-ui, sans-serif; font-size: 0.9rem; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; align-items: flex-start; }
    .disclose { font: inherit; font-weight: bold; }
    .disclosed { display: none; } .open > .disclosed { display: block; } .no-js .disclosed { display: block; } .no-js .disclose { display: none; }
    .no-js .bar { position: static; }
    .filters { position: relative; } .filters .disclosed { position: absolute; z-index: 3; background: #fff; border: 1px solid var(--rule); padding: 0.4rem; min-width: 12rem; }
    .filters fieldset { display: flex; flex-direction: column; }
    .navigator ol { margin: 0; padding-left: 1rem; }
    .navigator .nav-articles { background: #fff; max-height: 60vh; overflow-y: auto; padding: 0.3rem 0.5rem 0.3rem 1.2rem; max-width: min(40rem, 90vw); }
    .navigator li li { list-style: none; }
    .navigator li.filtered-out { display: none; }
    .nav-article { font-weight: bold; }
    .nav-kind { font-size: 0.75rem; text-transform: uppercase; color: var(--quiet); }
    .nav-path { font-variant-numeric: tabular-nums; }
    .toolbar { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; align-items: center; }
    .toolbar fieldset { border: 0; margin: 0; padding: 0; display: inline-flex; gap: 0.5rem; flex-wrap: wrap; }
    .toolbar legend { float: left; margin-right: 0.4rem; font-weight: bold; }
    .toolbar button[aria-pressed="true"] { font-weight: bold; }
    .no-js .toolbar, .no-js .toggle { display: none; }
    .changes-only .unchanged-tree, .changes-only .own[data-kind="unchanged"] > :not(.heading) { display: none; }
    /* position: relative holds the screen-reader-only marks (absolutely placed) inside the box. */
    table.grid, table.changed, table.facts-table, table.sources { display: block; max-width: 100%; overflow-x: auto; position: relative; }
    @media (max-width: 40rem) {
      body { padding: 0 1rem 3rem; font-size: 15px; }
      .pair, .column-heads { grid-template-columns: 1fr; }
      .pair > .old { border-right: 0; padding-right: 0; border-bottom: 1px dashed var(--rule); }
      .view-sbs .agreement .change.added, .view-sbs .agreement .change.deleted { margin-left: -1rem; margin-right: 0; }
      .toolbar .hint { display: none; }
    }
    .toggle { font: inherit; border: 1px solid var(--rule); background: #fff; border-radius: 0.25rem; width: 1.6rem; margin-right: 0.4rem; cursor: pointer; }
    .toggle::before { content: "\\2212"; }
    .collapsed .toggle::before { content: "+"; }
    .unit.collapsed > .own > :not(.heading), .unit.collapsed > .change > .own > :not(.heading), .unit.collapsed > .change > :not(.own),
    .unit.collapsed > .clause, .unit.collapsed > .stub { display: none; }
    .own.filtered-out > :not(.heading), .stub.filtered-out, .change.added.filtered-out, .change.deleted.filtered-out { display: none; }
    @media print {
      body { max-width: none; font-size: 10.5pt; padding: 0; }
      h1 { margin-top: 0; }
      .bar, .toggle, .skip, .side-label, .column-heads { display: none; }
      /* Only the changed articles (and those with a flagged cell), unless the reader asked for
         all with "Expand all". */
      body:not(.print-all) .unit.unchanged-tree { display: none; }
      .heading, .move-note { break-after: avoid; }
      table.grid, table.changed, table.facts-table, table.sources { display: table; max-width: none; overflow: visible; }
      /* A wide grid (a 22-column per-diem schedule) fits the page width: small type, tight cells;
         the script scales what is still wider. */
      table.grid { width: 100%; font-size: 6.5pt; }
      .grid td, .grid th { padding: 0 0.15rem; }
      .audit-note { font-size: 6pt; }
      tr, .stub { break-inside: avoid; }
      .change.current { outline: none; }
      ins, del, .change { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      a { color: inherit; text-decoration: none; }
    }

    """

    static let toolbar = """
    <div class="toolbar" role="toolbar" aria-label="redline view">
    <span><button type="button" data-step="-1" title="previous change (p or k)">&#8593; Previous</button> <button type="button" data-step="1" title="next change (n or j)">Next &#8595;</button> <span class="quiet hint">keys: n / p</span></span>
    <label><input type="checkbox" data-only="changes"> Changes only</label>
    <fieldset><legend>View</legend><button type="button" data-view="inline" aria-pressed="true">Inline</button><button type="button" data-view="sbs" aria-pressed="false">Old | New</button></fieldset>
    <span class="filters"><button type="button" class="disclose" data-disclose aria-expanded="false" aria-controls="kind-filters">Show kinds</button><span class="disclosed" id="kind-filters"><fieldset><legend class="sr">Show</legend>
    <label><input type="checkbox" data-kind="added" checked> added</label>
    <label><input type="checkbox" data-kind="deleted" checked> deleted</label>
    <label><input type="checkbox" data-kind="modified" checked> modified</label>
    <label><input type="checkbox" data-kind="moved" checked> moved</label>
    <label><input type="checkbox" data-kind="renumbered" checked> renumbered</label>
    <label><input type="checkbox" data-kind="retitled" checked> retitled</label>
    <label><input type="checkbox" data-kind="unchanged" checked> unchanged articles and text</label>
    </fieldset></span></span>
    <span><button type="button" data-all="expand" title="also prints every article">Expand all</button> <button type="button" data-all="collapse">Collapse unchanged</button></span>
    </div>

    """

    /// Progressive enhancement: without the script every article is shown expanded.
    static let script = """

    (function () {
      var body = document.body;
      body.classList.remove("no-js");
      var units = Array.prototype.slice.call(document.querySelectorAll(".unit"));
      function setCollapsed(unit, collapsed) {
        unit.classList.toggle("collapsed", collapsed);
        var button = unit.querySelector(".toggle");
        if (button) { button.setAttribute("aria-expanded", collapsed ? "false" : "true"); }
      }
      function collapseUnchanged() { units.forEach(function (u) { setCollapsed(u, u.getAttribute("data-changes") === "0" && !u.hasAttribute("data-flagged")); }); }
      collapseUnchanged();
      function reveal(element) {
        var unit = element.closest(".unit");
        if (unit) { setCollapsed(unit, false); }
      }
      document.addEventListener("click", function (event) {
        var target = event.target;
        var toggle = target.closest(".toggle");
        if (toggle) { var unit = toggle.closest(".unit"); setCollapsed(unit, !unit.classList.contains("collapsed")); return; }
        var view = target.closest("[data-view]");
        if (view) {
          body.classList.toggle("view-sbs", view.getAttribute("data-view") === "sbs");
          body.classList.toggle("view-inline", view.getAttribute("data-view") === "inline");
          document.querySelectorAll("[data-view]").forEach(function (b) { b.setAttribute("aria-pressed", b === view ? "true" : "false"); });
          return;
        }
        var all = target.closest("[data-all]");
        if (all) {
          var expand = all.getAttribute("data-all") === "expand";
          if (expand) { units.forEach(function (u) { setCollapsed(u, false); }); } else { collapseUnchanged(); }
          body.classList.toggle("print-all", expand);
          return;
        }
        var disclose = target.closest("[data-disclose]");
        if (disclose) { var opened = disclose.parentElement.classList.toggle("open"); disclose.setAttribute("aria-expanded", opened ? "true" : "false"); return; }
        var step = target.closest("[data-step]");
        if (step) { go(Number(step.getAttribute("data-step"))); return; }
        var link = target.closest("a[href^='#']");
        if (link) {
          var destination = document.getElementById(link.getAttribute("href").slice(1));
          if (destination) {
            reveal(destination);
            var index = visibleChanges().indexOf(destination);
            if (index >= 0) { event.preventDefault(); current = index; show(destination); history.replaceState(null, "", link.getAttribute("href")); }
          }
          var navigator = link.closest(".navigator.open");
          if (navigator) { navigator.classList.remove("open"); navigator.querySelector("[data-disclose]").setAttribute("aria-expanded", "false"); }
        }
      });
      var onlyBox = document.querySelector(".toolbar input[data-only]"), unchangedBox = document.querySelector(".toolbar input[data-kind='unchanged']");
      function applyFilter(event) {
        if (event && event.target === onlyBox) { unchangedBox.checked = !onlyBox.checked; }
        onlyBox.checked = !unchangedBox.checked;
        body.classList.toggle("changes-only", onlyBox.checked);
        var shown = {};
        document.querySelectorAll(".toolbar input[data-kind]").forEach(function (box) { shown[box.getAttribute("data-kind")] = box.checked; });
        document.querySelectorAll(".agreement [data-kind], .navigator li[data-kind]").forEach(function (element) {
          var visible = element.getAttribute("data-kind").split(" ").some(function (kind) { return shown[kind]; });
          element.classList.toggle("filtered-out", !visible);
        });
      }
      document.querySelectorAll(".toolbar input[data-kind], .toolbar input[data-only]").forEach(function (box) { box.addEventListener("change", applyFilter); });
      var current = -1;
      function visibleChanges() {
        return Array.prototype.slice.call(document.querySelectorAll(".agreement .change")).filter(function (c) { return !c.classList.contains("filtered-out"); });
      }
      function show(change) {
        document.querySelectorAll(".change.current").forEach(function (c) { c.classList.remove("current"); });
        reveal(change);
        change.classList.add("current");
        change.scrollIntoView({ block: "center" });
        change.focus({ preventScroll: true });
      }
      function go(direction) {
        var changes = visibleChanges();
        if (changes.length === 0) { return; }
        current = Math.max(0, Math.min(changes.length - 1, current + direction));
        show(changes[current]);
      }
      // n/p work wherever focus is (a filter's checkbox, a button) except where a key types text.
      function typing(element) {
        if (element.isContentEditable || /TEXTAREA|SELECT/.test(element.tagName)) { return true; }
        return element.tagName === "INPUT" && !/^(checkbox|radio|button|submit|reset|range|color|file)$/.test(element.type);
      }
      document.addEventListener("keydown", function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) { return; }
        if (event.key === "n" || event.key === "j") { go(1); event.preventDefault(); }
        if (event.key === "p" || event.key === "k") { go(-1); event.preventDefault(); }
      });
      if (location.hash) { var target = document.getElementById(location.hash.slice(1)); if (target) { reveal(target); target.scrollIntoView(); } }
      // Printing: a grid still wider than the page after the print style's small type is scaled
      // to the page's width (Letter less margins, in CSS pixels).
      var printWidth = 720;
      window.addEventListener("beforeprint", function () {
        document.querySelectorAll(".change.current").forEach(function (c) { c.classList.remove("current"); });
        document.querySelectorAll(".agreement table").forEach(function (table) {
          table.style.zoom = "";
          var width = table.scrollWidth;
          if (width > printWidth) { table.style.zoom = String(printWidth / width); }
        });
      });
      window.addEventListener("afterprint", function () { document.querySelectorAll(".agreement table").forEach(function (t) { t.style.zoom = ""; }); });
    })();

    """
}
