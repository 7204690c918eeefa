// kg search box: autocomplete from /api/suggest on every page (templates/layout.html).
// Plain script, same origin only (the pages' CSP: script-src 'self', connect-src 'self'); results
// are written with textContent, never as HTML.
(function () {
  "use strict";

  var MIN_CHARS = 2;
  var DELAY_MS = 120;
  var LIMIT = 8;
  var TYPES = {
    Person: "شخص", Official: "مسؤول", Organization: "منظمة", Place: "مكان", Country: "دولة",
    City: "مدينة", Meeting: "لقاء", Treaty: "معاهدة", MemorandumOfUnderstanding: "مذكرة تفاهم",
    OtherEntity: "أخرى",
  };

  function span(className, text, lang, dir) {
    var el = document.createElement("span");
    el.className = className;
    el.textContent = text;
    if (lang) el.setAttribute("lang", lang);
    if (dir) el.setAttribute("dir", dir);
    return el;
  }

  function setup(form, n) {
    var input = form.querySelector("input[name=q]");
    var api = form.getAttribute("data-suggest");
    if (!input || !api || !window.fetch) return;
    var list = document.createElement("ul");
    list.id = "kg-suggest-" + n;
    list.className = "kg-suggest";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    var timer = null;
    var seq = 0;
    var active = -1;
    var options = [];

    function close() {
      list.hidden = true;
      list.textContent = "";
      options = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(i) {
      options.forEach(function (li, j) {
        li.setAttribute("aria-selected", j === i ? "true" : "false");
      });
      active = i;
      if (i >= 0) input.setAttribute("aria-activedescendant", options[i].id);
      else input.removeAttribute("aria-activedescendant");
    }

    function go(li) {
      window.location.href = li.getAttribute("data-href");
    }

    function render(results) {
      close();
      if (!results.length) return;
      results.forEach(function (r, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        // An Arabic name lays its row out right to left (dir="auto" would skip the name's own span).
        li.setAttribute("dir", /[\u0600-\u06FF]/.test(r.label || "") ? "rtl" : "ltr");
        li.setAttribute("aria-selected", "false");
        li.setAttribute("data-href", r.page || r.id);
        li.appendChild(span("label", r.label || r.label_en || r.id, "ar", "auto"));
        if (r.label_en) li.appendChild(span("label-en", r.label_en, "en", "ltr"));
        var kind = (r.type || "").split("#").pop();
        li.appendChild(span("type", TYPES[kind] || kind, "ar", "rtl"));
        li.appendChild(span("mentions", String(r.mentions), null, null)); // no dir: its margin follows the row
        li.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the box until we navigate
          go(li);
        });
        list.appendChild(li);
        options.push(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function suggest() {
      var q = input.value.trim();
      var mine = ++seq;
      if (q.length < MIN_CHARS) {
        close();
        return;
      }
      var url = api + "?q=" + encodeURIComponent(q) + "&limit=" + LIMIT;
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (reply) {
          return reply.ok ? reply.json() : { results: [] };
        })
        .then(function (data) {
          if (mine === seq) render(data.results || []);
        })
        .catch(function () {
          if (mine === seq) close();
        });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden || !options.length) return;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight((active + 1) % options.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        go(options[active]);
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", function () {
      setTimeout(close, 150);
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form.kg-search"), setup);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
