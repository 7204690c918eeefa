// kg query UI: YASGUI on this server's endpoint, example queries, downloads, RTL-aware results.
// Everything is same-origin: the page's CSP (connect-src 'self') would block anything else.
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("kg-config").textContent);
  var endpoint = new URL(config.endpoint, window.location.href).href;
  var root = document.getElementById("yasgui");
  var statusEl = document.getElementById("download-status");
  var Yasgui = window.Yasgui;

  if (!Yasgui) {
    root.textContent = "The query editor could not be loaded; use the endpoint's form at " + config.endpoint;
    return;
  }

  // Autocompletion of classes and properties asks lov.linkeddata.es: keep only the local
  // completers. Set on the shared defaults because Yasgui merges arrays index by index.
  var completers = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.autocompleters = completers.slice();
  Yasgui.defaults.yasqe.autocompleters = completers.slice();
  // Results start in YASR's "simple view": bare values, so a cell holds just the Arabic label
  // and its direction comes out right (the full view wraps it in quotes and @ar).
  Yasgui.defaults.yasr.plugins.table.dynamicConfig = { compact: true };
  Yasgui.defaults.endpointCatalogueOptions.getData = function () {
    return [{ endpoint: endpoint }];
  };

  var yasgui = new Yasgui(root, {
    requestConfig: {
      endpoint: endpoint,
      method: "POST",
      acceptHeaderSelect: "application/sparql-results+json,*/*;q=0.9",
      acceptHeaderGraph: "text/turtle,*/*;q=0.9",
    },
    copyEndpointOnNewTab: false,
    corsProxy: undefined,
    persistenceId: "kg-yasgui",
    yasqe: { value: config.defaultQuery, prefixCcApi: null },
  });

  function currentTab() {
    return yasgui.getTab();
  }

  // IRIs under the base link to this server's Linked Data pages; every cell picks its own
  // direction from its first strong character (Arabic labels right to left).
  var base = config.base;
  function localHref(iri) {
    if (!iri || iri.indexOf(base) !== 0) return null;
    var rest = iri.slice(base.length);
    return rest ? new URL("/" + rest, window.location.href).href : null;
  }
  function fixResults(scope) {
    scope.querySelectorAll(".yasr td:not([dir])").forEach(function (cell) {
      cell.setAttribute("dir", "auto");
    });
    scope.querySelectorAll(".yasr a[href]:not([data-kg])").forEach(function (a) {
      a.setAttribute("data-kg", "1");
      var local = localHref(a.getAttribute("href"));
      if (local) {
        a.setAttribute("href", local);
        a.setAttribute("title", a.getAttribute("title") || a.textContent);
      }
    });
  }
  new MutationObserver(function () {
    fixResults(root);
  }).observe(root, { childList: true, subtree: true });

  // Examples: one click puts the query in the current tab (run it with the ▶ button).
  document.querySelectorAll("button.example").forEach(function (button) {
    button.addEventListener("click", function () {
      var example = config.examples[Number(button.getAttribute("data-index"))];
      var tab = currentTab();
      tab.setQuery(example.query);
      if (tab.setName) tab.setName(example.name);
      tab.getYasqe().focus();
    });
  });

  // Downloads go to the endpoint itself with the Accept header of the chosen format.
  function setStatus(text) {
    statusEl.textContent = text;
  }
  document.querySelectorAll("button.download").forEach(function (button) {
    button.addEventListener("click", function () {
      var accept = button.getAttribute("data-accept");
      var ext = button.getAttribute("data-ext");
      setStatus("…");
      fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
        body: new URLSearchParams({ query: currentTab().getQuery() }),
      })
        .then(function (response) {
          if (!response.ok) {
            return response.text().then(function (text) {
              throw new Error(response.status + " " + text);
            });
          }
          return response.blob();
        })
        .then(function (blob) {
          var a = document.createElement("a");
          a.href = URL.createObjectURL(blob);
          a.download = "results." + ext;
          document.body.appendChild(a);
          a.click();
          setTimeout(function () {
            URL.revokeObjectURL(a.href);
            a.remove();
          }, 1000);
          setStatus("results." + ext + " (" + blob.size + " bytes)");
        })
        .catch(function (error) {
          setStatus(String(error.message || error));
        });
    });
  });

  window.kgYasgui = yasgui;
})();
