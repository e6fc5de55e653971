extension HTMLReportWriter {
    /// The page's style sheet: screen first, then print. The anchor and term layers show only while their check box
    /// is ticked (`:has`, no script needed); controls that need the script show only once it runs.
    static let styleSheet = """
        :root { --error: #b3261e; --warning: #9a5800; --note: #2f5d8a; --line: #d9dde3; --muted: #5f6368; --focus: #1f6feb; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; color: #1f2328; background: #f6f8fa; }
        header { background: #fff; border-bottom: 1px solid var(--line); padding: 10px 24px; position: sticky; top: 0; z-index: 3; }
        h1 { font-size: 17px; margin: 0 0 2px; overflow-wrap: anywhere; }
        h2 { font-size: 15px; margin: 0 0 6px; }
        .meta { color: var(--muted); margin: 0 0 6px; font-size: 13px; }
        html:not(.scripted) .needs-script { display: none !important; }
        .toolbar { display: flex; gap: 8px 12px; flex-wrap: wrap; align-items: center; font-size: 13px; }
        .toolbar select, .toolbar button { font: inherit; }
        .chip { border: 1px solid var(--line); background: #fff; border-radius: 999px; padding: 1px 12px; cursor: pointer; }
        .chip.error { color: var(--error); border-color: var(--error); }
        .chip.warning { color: var(--warning); border-color: var(--warning); }
        .chip.note { color: var(--note); border-color: var(--note); }
        .chip[aria-pressed="true"].error { background: var(--error); color: #fff; }
        .chip[aria-pressed="true"].warning { background: var(--warning); color: #fff; }
        .chip[aria-pressed="true"].note { background: var(--note); color: #fff; }
        .nav, .accepting { display: inline-flex; gap: 6px; align-items: center; }
        .nav button, .accepting button { border: 1px solid var(--line); background: #fff; border-radius: 6px; padding: 1px 10px; cursor: pointer; }
        #position { min-width: 56px; text-align: center; color: var(--muted); font-variant-numeric: tabular-nums; }
        .layers { margin-top: 6px; font-size: 12px; color: var(--muted); display: flex; gap: 6px 12px; flex-wrap: wrap; align-items: center; }
        .layers .legend { display: inline-flex; gap: 6px; align-items: center; }
        .swatch { padding: 0 4px; border-radius: 3px; }
        .swatch.anchor { background: #e6f4ea; } .swatch.term { background: #fff8c5; }
        .findings { margin: 12px 24px; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; max-height: 36vh; overflow: auto; position: relative; }
        .findings ol { margin: 0; padding-left: 32px; }
        .findings h3 { font-size: 13px; color: var(--muted); margin: 8px 0 2px; }
        .findings li { margin: 3px 0; }
        .findings li.current { background: #eaf2ff; border-radius: 4px; }
        .findings code { background: #eef1f4; border-radius: 4px; padding: 0 4px; margin-left: 8px; font-size: 12px; color: var(--muted); }
        .findings a.message { color: inherit; }
        .findings .where { color: var(--muted); font-size: 12px; margin-left: 8px; }
        .suggestion, .fix { color: #1a7f37; margin-left: 8px; font-size: 13px; }
        label.accept { font-size: 12px; color: var(--muted); margin-right: 6px; white-space: nowrap; }
        .accepted .message, .accepted > .text { text-decoration: line-through; color: var(--muted); }
        .badge { display: inline-block; min-width: 60px; text-align: center; border-radius: 4px; color: #fff; font-size: 12px; padding: 0 6px; margin-right: 6px; }
        .badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.note { background: var(--note); }
        table.beads { border-collapse: collapse; margin: 0 24px 48px; width: calc(100% - 48px); background: #fff; border: 1px solid var(--line); table-layout: fixed; }
        table.beads th { position: sticky; top: var(--header-height, 0); z-index: 1; background: #eef1f4; text-align: left; font-size: 13px; padding: 4px 10px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
        table.beads th:first-child { width: 44px; } table.beads th:last-child { width: 112px; }
        td { vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
        td.number { font-size: 12px; text-align: right; } td.number a { color: var(--muted); text-decoration: none; }
        tr.omitted td.side:not(.empty) { background: #fdecea; }
        tr.added td.side:not(.empty) { background: #fff4e0; }
        tr.unsure td.side { background: #f3f0ff; }
        td.empty .placeholder { color: var(--muted); font-size: 13px; }
        tr:target td { outline: 2px solid var(--focus); outline-offset: -2px; }
        .segment.heading { font-weight: 600; }
        .segment + .segment { border-left: 2px solid #c8d1dc; padding-left: 6px; margin-left: 4px; }
        .state { display: inline-block; border-radius: 4px; padding: 0 6px; color: #fff; font-size: 12px; }
        .state.omitted { background: var(--error); } .state.added { background: var(--warning); }
        mark.finding { background: none; color: inherit; border-bottom: 3px solid; padding: 0 1px; scroll-margin-top: 45vh; }
        mark.finding.error { border-color: var(--error); background: #fdecea; }
        mark.finding.warning { border-color: var(--warning); background: #fff4e0; }
        mark.finding.note { border-color: var(--note); background: #e8f0fa; }
        mark.finding mark.finding { border-bottom-width: 2px; padding-bottom: 2px; }
        mark.finding sup.n { font-size: 10px; font-weight: 600; margin-left: 1px; color: var(--muted); }
        mark.finding:target, mark.finding.current { outline: 2px solid var(--focus); outline-offset: 1px; }
        mark.flag { border: none; border-radius: 3px; padding: 0 3px; margin-right: 4px; color: #fff; font-size: 12px; vertical-align: 1px; }
        mark.flag.error { background: var(--error); } mark.flag.warning { background: var(--warning); } mark.flag.note { background: var(--note); }
        mark.flag sup.n { color: #fff; }
        .accepted-mark { opacity: .45; }
        body:has(#layer-anchor:checked) span.anchor { background: #e6f4ea; border-radius: 3px; }
        body:has(#layer-term:checked) span.term { background: #fff8c5; border-radius: 3px; }
        ul.notes { list-style: none; margin: 6px 0 0; padding: 4px 0 0; border-top: 1px dashed var(--line); font-size: 13px; }
        ul.notes li { margin: 2px 0; padding-left: 8px; border-left: 3px solid; }
        ul.notes li.error { border-color: var(--error); } ul.notes li.warning { border-color: var(--warning); } ul.notes li.note { border-color: var(--note); }
        ul.notes a.n { font-weight: 600; color: inherit; margin-right: 6px; }
        ul.notes label.accept { margin-left: 8px; }
        td.confidence { font-size: 12px; color: var(--muted); }
        td.confidence .bar { display: block; height: 5px; background: #eef1f4; border-radius: 3px; margin: 7px 0 2px; overflow: hidden; }
        td.confidence .bar span { display: block; height: 100%; }
        td.confidence.high .bar span { background: #1a7f37; }
        td.confidence.fair .bar span { background: #bf8700; }
        td.confidence.low .bar span { background: var(--error); }
        td.confidence.low .value { color: var(--error); font-weight: 600; }
        body.filtered tr.bead:not(.match):not(.context) { display: none; }
        body.filtered tr.bead.context td { opacity: .55; }
        body.filtered tr.bead.gap td { border-top: 3px double var(--line); }
        body.filtered li.finding-item:not(.match) { display: none; }
        body.filtered mark.finding.muted { border-bottom-style: dotted; background: none; }
        body.filtered ul.notes li.muted { display: none; }
        .export { margin: 0 24px 48px; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; }
        .export textarea { width: 100%; font: 12px/1.4 ui-monospace, monospace; }
        @media (max-width: 900px) {
          header { padding: 8px 12px; position: static; }
          .findings { margin: 8px 12px; } table.beads { margin: 0 12px 32px; width: calc(100% - 24px); }
          table.beads th:first-child { width: 34px; } table.beads th:last-child { width: 92px; padding: 4px 6px; overflow-wrap: normal; }
          td { padding: 5px 6px; } table.beads th { top: 0; }
        }
        @media print {
          body { background: #fff; font-size: 11pt; }
          header { position: static; border: none; padding: 0 0 8px; }
          .toolbar, .layers, label.accept, .export, .keys { display: none !important; }
          .findings { max-height: none; overflow: visible; border: none; margin: 0 0 12px; padding: 0; }
          table.beads { margin: 0; width: 100%; border: none; }
          table.beads th { position: static; }
          tr.bead { break-inside: avoid; }
          mark.finding, .badge, mark.flag, .state, td.confidence .bar span { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          a { color: inherit; text-decoration: none; }
        }
        """

    /// Filters, navigation, accepting and the baseline export. Plain ES5 over the page's own data attributes: it
    /// fetches nothing.
    static let script = """
        (function () {
          'use strict';
          document.documentElement.classList.add('scripted');
          var body = document.body;
          function all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
          var rows = all('tr.bead');
          var items = all('li.finding-item');
          var chips = all('.chip[data-severity]');
          var ruleFilter = document.getElementById('rule-filter');
          var unsureFilter = document.getElementById('unsure-filter');
          var position = document.getElementById('position');
          var header = document.querySelector('header');
          var rowOfFinding = {};
          rows.forEach(function (row, index) {
            (row.getAttribute('data-findings') || '').split(' ').forEach(function (n) { if (n) { rowOfFinding[n] = index; } });
          });
          var current = null;

          function pressed() {
            return chips.filter(function (chip) { return chip.getAttribute('aria-pressed') === 'true'; })
              .map(function (chip) { return chip.getAttribute('data-severity'); });
          }
          function isUnsure(row) { return !!row && row.classList.contains('unsure'); }
          function apply() {
            var severities = pressed(), rule = ruleFilter ? ruleFilter.value : '', unsure = !!(unsureFilter && unsureFilter.checked);
            var byFinding = severities.length > 0 || rule !== '';
            var filtering = byFinding || unsure;
            var matching = {};
            items.forEach(function (item) {
              var n = item.getAttribute('data-finding');
              var match = (severities.length === 0 || severities.indexOf(item.getAttribute('data-severity')) !== -1)
                && (rule === '' || item.getAttribute('data-rule') === rule)
                && (!unsure || isUnsure(rows[rowOfFinding[n]]));
              if (match) { matching[n] = true; }
              item.classList.toggle('match', match);
            });
            all('mark.finding[data-finding], ul.notes li[data-finding]').forEach(function (element) {
              element.classList.toggle('muted', !matching[element.getAttribute('data-finding')]);
            });
            var matches = rows.map(function (row) {
              var found = !byFinding || (row.getAttribute('data-findings') || '').split(' ').some(function (n) { return matching[n]; });
              return found && (!unsure || isUnsure(row));
            });
            rows.forEach(function (row, index) {
              var context = !matches[index] && (matches[index - 1] === true || matches[index + 1] === true);
              row.classList.toggle('match', matches[index]);
              row.classList.toggle('context', context);
            });
            var previousShown = true;
            rows.forEach(function (row, index) {
              var shown = matches[index] || row.classList.contains('context');
              row.classList.toggle('gap', shown && !previousShown && index > 0);
              previousShown = shown;
            });
            body.classList.toggle('filtered', filtering);
            body.setAttribute('data-shown-rows', String(filtering ? rows.filter(function (row, index) { return matches[index] || row.classList.contains('context'); }).length : rows.length));
            updatePosition();
          }
          function navigable() {
            var shown = items.filter(function (item) { return !body.classList.contains('filtered') || item.classList.contains('match'); });
            var open = shown.filter(function (item) { return !item.classList.contains('accepted'); });
            return open.length > 0 ? open : shown;
          }
          function updatePosition() {
            var list = navigable();
            var index = current ? list.indexOf(current) : -1;
            if (position) { position.textContent = (index === -1 ? '–' : String(index + 1)) + ' / ' + list.length; }
          }
          function show(item, scroll) {
            all('.current').forEach(function (element) { element.classList.remove('current'); });
            current = item;
            if (!item) { updatePosition(); return; }
            var n = item.getAttribute('data-finding');
            item.classList.add('current');
            all('mark.finding[data-finding="' + n + '"]').forEach(function (mark) { mark.classList.add('current'); });
            var target = document.getElementById('finding-' + n);
            if (scroll && target) {
              target.scrollIntoView({ block: 'center' });
              // The list scrolls on its own, so that the page stays on the mark.
              var list = item.closest('.findings');
              if (list) { list.scrollTop = item.offsetTop - list.clientHeight / 3; }
              if (history.replaceState) { history.replaceState(null, '', '#finding-' + n); }
            }
            updatePosition();
          }
          function go(step) {
            var list = navigable();
            if (list.length === 0) { return; }
            var index = current ? list.indexOf(current) : -1;
            index = index === -1 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, index + step));
            show(list[index], true);
          }
          chips.forEach(function (chip) {
            chip.addEventListener('click', function () {
              chip.setAttribute('aria-pressed', chip.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
              apply();
            });
          });
          if (ruleFilter) { ruleFilter.addEventListener('change', apply); }
          if (unsureFilter) { unsureFilter.addEventListener('change', apply); }
          var next = document.getElementById('next'), previous = document.getElementById('previous');
          if (next) { next.addEventListener('click', function () { go(1); }); }
          if (previous) { previous.addEventListener('click', function () { go(-1); }); }
          document.addEventListener('keydown', function (event) {
            var tag = event.target && event.target.tagName;
            if (event.ctrlKey || event.metaKey || event.altKey || tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') { return; }
            if (event.key === 'j' || event.key === 'n') { go(1); event.preventDefault(); }
            if (event.key === 'k' || event.key === 'p') { go(-1); event.preventDefault(); }
          });
          items.forEach(function (item) {
            var link = item.querySelector('a.message');
            if (link) { link.addEventListener('click', function () { show(item, false); }); }
          });

          var storageKey = 'taiyaku-accepted:' + location.pathname;
          function setAccepted(n, accepted) {
            all('input.accept[data-finding="' + n + '"]').forEach(function (box) { box.checked = accepted; });
            all('li[data-finding="' + n + '"]').forEach(function (element) { element.classList.toggle('accepted', accepted); });
            all('mark.finding[data-finding="' + n + '"]').forEach(function (mark) { mark.classList.toggle('accepted-mark', accepted); });
          }
          function acceptedItems() { return items.filter(function (item) { return item.classList.contains('accepted'); }); }
          function saveAccepted() {
            var count = acceptedItems().length;
            var label = document.getElementById('accepted-count');
            if (label) { label.textContent = count + ' accepted'; }
            try {
              localStorage.setItem(storageKey, JSON.stringify(acceptedItems().map(function (item) { return item.getAttribute('data-fingerprint'); })));
            } catch (error) { /* storage unavailable: accepting still works until the page is closed */ }
            updatePosition();
          }
          all('input.accept').forEach(function (box) {
            box.addEventListener('change', function () { setAccepted(box.getAttribute('data-finding'), box.checked); saveAccepted(); });
          });
          try {
            var stored = JSON.parse(localStorage.getItem(storageKey) || '[]');
            items.forEach(function (item) {
              if (stored.indexOf(item.getAttribute('data-fingerprint')) !== -1) { setAccepted(item.getAttribute('data-finding'), true); }
            });
          } catch (error) { /* nothing stored */ }
          saveAccepted();

          // The accepted findings in the format of `taiyaku check --write-baseline`: entries sorted by pair,
          // fingerprint, rule and message; two-space indentation and ' : ' between key and value.
          function baseline() {
            var source = body.getAttribute('data-source'), target = body.getAttribute('data-target');
            var entries = acceptedItems().map(function (item) {
              return { fingerprint: item.getAttribute('data-fingerprint'), message: item.getAttribute('data-message'),
                       rule: item.getAttribute('data-rule'), source: source, target: target };
            });
            var keys = ['source', 'target', 'fingerprint', 'rule', 'message'];
            entries.sort(function (a, b) {
              for (var i = 0; i < keys.length; i += 1) {
                if (a[keys[i]] !== b[keys[i]]) { return a[keys[i]] < b[keys[i]] ? -1 : 1; }
              }
              return 0;
            });
            var lines = entries.map(function (entry) {
              return '    {\\n' + ['fingerprint', 'message', 'rule', 'source', 'target'].map(function (key) {
                return '      ' + JSON.stringify(key) + ' : ' + JSON.stringify(entry[key]);
              }).join(',\\n') + '\\n    }';
            });
            var findings = lines.length > 0 ? '[\\n' + lines.join(',\\n') + '\\n  ]' : '[\\n\\n  ]';
            return '{\\n  "findings" : ' + findings + ',\\n  "version" : ' + body.getAttribute('data-baseline-version') + '\\n}\\n';
          }
          var exportButton = document.getElementById('export');
          if (exportButton) {
            exportButton.addEventListener('click', function () {
              var text = baseline();
              var area = document.getElementById('baseline-export');
              var section = document.getElementById('export-section');
              if (area) { area.value = text; }
              if (section) { section.hidden = false; section.scrollIntoView({ block: 'nearest' }); }
              try {
                var link = document.createElement('a');
                link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
                link.download = 'taiyaku-baseline.json';
                document.body.appendChild(link);
                link.click();
                link.remove();
              } catch (error) { /* the text area still holds the baseline */ }
            });
          }
          function measureHeader() {
            if (header && getComputedStyle(header).position === 'sticky') {
              document.documentElement.style.setProperty('--header-height', header.offsetHeight + 'px');
            } else {
              document.documentElement.style.setProperty('--header-height', '0px');
            }
          }
          measureHeader();
          window.addEventListener('resize', measureHeader);
          apply();
          var hash = /^#finding-(\\d+)$/.exec(location.hash);
          if (hash) { show(document.getElementById('item-' + hash[1]), false); }
        })();
        """
}
