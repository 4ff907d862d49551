/* Citation popovers: hover, focus or tap a citation to read the sentence it cites.
   Local file, no dependency. The sentence comes from the link's data-quote attribute and is
   shown with textContent only, so article text never becomes markup. */
(function () {
  "use strict";
  var pop = null, owner = null, lastPointer = "mouse", ownerAtDown = null, hideTimer = null;

  function build() {
    pop = document.createElement("div");
    pop.className = "cite-popover";
    pop.id = "cite-popover";
    pop.setAttribute("role", "tooltip");
    pop.hidden = true;
    var quote = document.createElement("p");
    quote.className = "cite-popover__quote";
    var meta = document.createElement("p");
    meta.className = "cite-popover__meta";
    var go = document.createElement("a");
    go.className = "cite-popover__go";
    go.textContent = "Read it in the article";
    pop.appendChild(quote);
    pop.appendChild(meta);
    pop.appendChild(go);
    pop.addEventListener("mouseleave", hideSoon);
    pop.addEventListener("mouseenter", keep);
    document.body.appendChild(pop);
  }

  /* leaving the citation or the popover hides it a moment later, so the pointer can cross the gap between
     them (or the page can shift under it) and reach the popover's link */
  function keep() { clearTimeout(hideTimer); hideTimer = null; }
  function hideSoon() { keep(); hideTimer = setTimeout(hide, 400); }

  function show(link) {
    if (!pop) build();
    keep();
    owner = link;
    pop.children[0].textContent = link.getAttribute("data-quote") || link.textContent;
    var name = link.getAttribute("aria-label") || "", shown = link.textContent + ": ";
    pop.children[1].textContent = name.indexOf(shown) === 0 ? name.slice(shown.length) : name;
    pop.children[2].setAttribute("href", link.getAttribute("href"));
    pop.hidden = false;
    link.setAttribute("aria-describedby", "cite-popover");
    var r = link.getBoundingClientRect(), w = Math.min(360, window.innerWidth - 16);
    pop.style.width = w + "px";
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - w - 8));
    pop.style.left = left + "px";
    pop.style.top = (r.bottom + window.scrollY + 6) + "px";
  }

  function hide() {
    keep();
    if (owner) owner.removeAttribute("aria-describedby");
    if (pop) pop.hidden = true;
    owner = null;
  }

  function citeOf(target) {
    return target && target.closest ? target.closest("a.cite, a.cite-full") : null;
  }

  /* which citation was open when the finger came down: a tap on another one opens it, a second tap follows it */
  document.addEventListener("pointerdown", function (ev) { lastPointer = ev.pointerType || "mouse"; ownerAtDown = owner; }, true);
  document.addEventListener("touchstart", function () { lastPointer = "touch"; ownerAtDown = owner; },
                            {capture: true, passive: true});
  document.addEventListener("mouseover", function (ev) {
    var link = citeOf(ev.target);
    if (link && lastPointer === "mouse") show(link);
  });
  document.addEventListener("mouseout", function (ev) {
    var link = citeOf(ev.target);
    if (link && link === owner && !(pop && pop.contains(ev.relatedTarget))) hideSoon();
  });
  document.addEventListener("focusin", function (ev) {
    var link = citeOf(ev.target);
    if (link) show(link); else if (!(pop && pop.contains(ev.target))) hide();
  });
  document.addEventListener("click", function (ev) {
    var link = citeOf(ev.target);
    var touch = (ev.pointerType && ev.pointerType !== "mouse") || lastPointer !== "mouse";
    if (link && touch && ownerAtDown !== link) {
      ev.preventDefault();  // first tap shows the sentence; the popover's link (or a second tap) follows it
      show(link);
    } else if (!link && pop && !pop.contains(ev.target)) {
      hide();
    }
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") hide(); });

  /* A link or a search result to an event or a day inside a collapsed month opens that month. */
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1)), el = id && document.getElementById(id), opened = false;
    for (var d = el && el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) {
      if (!d.open) { d.open = true; opened = true; }
    }
    if (opened) el.scrollIntoView();
  }
  window.addEventListener("hashchange", reveal);
  reveal();

  /* The timeline reads newest first; a button (only with JavaScript) turns it to oldest first and back:
     the months, the days in each month and the events of each day are put in the other order. */
  function groups(first, isStart) {  // runs of siblings, each starting at an element isStart accepts
    var out = [];
    for (var el = first; el; el = el.nextElementSibling) {
      if (isStart(el)) out.push([el]); else if (out.length) out[out.length - 1].push(el);
    }
    return out;
  }
  function reverseRuns(runs) {
    if (runs.length < 2) return;
    var last = runs[runs.length - 1], after = last[last.length - 1].nextSibling, parent = runs[0][0].parentNode;
    runs.slice().reverse().forEach(function (run) { run.forEach(function (el) { parent.insertBefore(el, after); }); });
  }
  function reverseTimeline() {
    var months = document.querySelectorAll("h2.timeline-month");
    if (!months.length) return;
    var runs = groups(months[0], function (el) { return el.tagName === "H2"; })
      .filter(function (run) { return run[0].classList.contains("timeline-month"); });
    reverseRuns(runs);
    runs.forEach(function (run) {
      run.forEach(function (el) {
        if (el.tagName !== "DETAILS") return;
        var start = el.querySelector(":scope > summary");
        reverseRuns(groups(start && start.nextElementSibling, function (x) { return x.tagName === "H3"; }));
        el.querySelectorAll(":scope > ul").forEach(function (ul) {
          [].slice.call(ul.children).reverse().forEach(function (li) { ul.appendChild(li); });
        });
      });
    });
  }
  document.querySelectorAll(".timeline-order").forEach(function (box) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "timeline-order__button";
    button.textContent = "Oldest first";
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () {
      reverseTimeline();
      button.setAttribute("aria-pressed", button.getAttribute("aria-pressed") === "true" ? "false" : "true");
    });
    box.appendChild(button);
  });

  /* Index tables: a filter box above the table (the table itself is complete without JavaScript). */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function tableAfter(el) {
    for (var n = el.nextElementSibling; n; n = n.nextElementSibling) {
      var t = n.tagName === "TABLE" ? n : n.querySelector("table");
      if (t) return t;
    }
    return null;
  }
  document.querySelectorAll(".table-filter[data-filter]").forEach(function (box, k) {
    var table = tableAfter(box);
    if (!table || !table.tBodies.length) return;
    var rows = [].slice.call(table.tBodies[0].rows), texts = rows.map(function (r) { return fold(r.textContent); });
    var label = document.createElement("label"), input = document.createElement("input"), out = document.createElement("output");
    input.type = "search";
    input.id = "table-filter-" + k;
    input.setAttribute("autocomplete", "off");
    label.htmlFor = input.id;
    label.textContent = box.getAttribute("data-filter");
    out.setAttribute("aria-live", "polite");
    out.htmlFor = input.id;
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(out);
    input.addEventListener("input", function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean), shown = 0;
      rows.forEach(function (row, i) {
        var hit = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
        row.hidden = !hit;
        shown += hit ? 1 : 0;
      });
      out.textContent = words.length ? shown + " of " + rows.length + " shown" : "";
    });
  });

  /* The theme's search dialog has no accessible name. */
  var search = document.querySelector(".md-search");
  if (search && !search.getAttribute("aria-label")) search.setAttribute("aria-label", "Search this briefing");
})();
