/* Citation popovers: hover, focus or tap a citation to read the sentence it cites.
   Local file, no dependency. The sentence comes from the link's data-quote attribute and is
   shown with textContent only, so article text never becomes markup. */
(function () {
  "use strict";
  var pop = null, owner = null, lastPointer = "mouse", ownerAtDown = null;

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
    pop.addEventListener("mouseleave", function () { hide(); });
    document.body.appendChild(pop);
  }

  function show(link) {
    if (!pop) build();
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
    if (link && link === owner && !(pop && pop.contains(ev.relatedTarget))) hide();
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

  /* The theme's search dialog has no accessible name. */
  var search = document.querySelector(".md-search");
  if (search && !search.getAttribute("aria-label")) search.setAttribute("aria-label", "Search this briefing");
})();
