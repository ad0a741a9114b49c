// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/siteassets.h"

namespace banthuek::core {

std::string_view siteStyleSheet()
{
    return R"css(:root { color-scheme: light; }
body { margin: 0 auto; max-width: 46rem; padding: 0 1rem 3rem;
  font: 1.05rem/1.75 "Noto Sans Thai", "Sarabun", "Loma", "Tahoma", sans-serif; color: #222; background: #fdfcf8; }
header { border-bottom: 2px solid #2e7d32; margin-bottom: 1.5rem; padding: 1rem 0 .5rem; }
header a.site { font-size: 1.5rem; font-weight: 700; color: #2e7d32; text-decoration: none; }
nav.crumbs { font-size: .9rem; color: #555; }
h1 { font-size: 1.7rem; line-height: 1.4; margin: .5rem 0; }
h2 { font-size: 1.3rem; margin-top: 2rem; }
a { color: #1b5e20; }
.meta { color: #555; font-size: .92rem; }
.tags a { display: inline-block; margin: 0 .4rem .3rem 0; padding: 0 .6rem; border-radius: 1rem;
  background: #e8f5e9; text-decoration: none; font-size: .9rem; }
ul.notes { list-style: none; padding: 0; }
ul.notes li { margin: 0 0 1rem; }
ul.notes .excerpt { color: #444; font-size: .95rem; }
img { max-width: 100%; height: auto; border-radius: 4px; }
blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 4px solid #c8e6c9; color: #444; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .2rem .5rem; }
.comment { border-top: 1px solid #ddd; padding: .5rem 0; }
.places li { margin: .2rem 0; }
#search { width: 100%; font: inherit; padding: .4rem .6rem; border: 1px solid #aaa; border-radius: 4px; box-sizing: border-box; }
footer { margin-top: 3rem; color: #666; font-size: .85rem; }
@media print { header input, #results { display: none; } body { background: #fff; } }
)css";
}

std::string_view siteSearchScript()
{
    return R"js(// Offline search for a Banthuek site: no server, no framework.
(function () {
  "use strict";
  var box = document.getElementById("search");
  var out = document.getElementById("results");
  if (!box || !out || !window.BANTHUEK_SEARCH) { return; }
  var index = window.BANTHUEK_SEARCH;
  var keys = Object.keys(index.words);
  var root = box.getAttribute("data-root") || "";
  var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter("th", { granularity: "word" }) : null;
  function words(text) {
    text = text.normalize("NFKC").toLowerCase().replace(/[\u0e50-\u0e59]/g, function (d) {
      return String.fromCharCode(d.charCodeAt(0) - 0x0e50 + 48);
    });
    var found = [];
    if (segmenter) {
      for (var part of segmenter.segment(text)) { if (part.isWordLike) { found.push(part.segment); } }
    } else {
      found = text.split(/\s+/).filter(function (w) { return w.length > 0; });
    }
    return found;
  }
  function notesWith(word) {
    var hits = new Set();
    for (var i = 0; i < keys.length; i++) {
      if (keys[i].lastIndexOf(word, 0) === 0) {
        var list = index.words[keys[i]];
        for (var j = 0; j < list.length; j++) { hits.add(list[j]); }
      }
    }
    return hits;
  }
  function show(found, query) {
    out.textContent = "";
    var heading = document.createElement("p");
    heading.className = "meta";
    heading.textContent = (index.found || "%1 notes").replace("%1", found.length);
    out.appendChild(heading);
    var list = document.createElement("ul");
    list.className = "notes";
    found.slice(0, 100).forEach(function (n) {
      var note = index.notes[n];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + note[0];
      link.textContent = note[1];
      var meta = document.createElement("div");
      meta.className = "meta";
      meta.textContent = note[2];
      var excerpt = document.createElement("div");
      excerpt.className = "excerpt";
      excerpt.textContent = note[3];
      item.appendChild(link); item.appendChild(meta); item.appendChild(excerpt);
      list.appendChild(item);
    });
    out.appendChild(list);
    out.setAttribute("data-query", query);
  }
  function run() {
    var query = box.value.trim();
    if (!query) { out.textContent = ""; return; }
    var started = performance.now();
    var result = null;
    words(query).forEach(function (word) {
      var hits = notesWith(word);
      result = result === null ? hits : new Set([...result].filter(function (n) { return hits.has(n); }));
    });
    var found = result === null ? [] : [...result].sort(function (a, b) { return a - b; });
    show(found, query);
    out.setAttribute("data-ms", String(performance.now() - started));
  }
  box.addEventListener("input", run);
  if (location.hash.length > 3 && location.hash.lastIndexOf("#q=", 0) === 0) {
    box.value = decodeURIComponent(location.hash.substring(3));
    run();
  }
})();
)js";
}

} // namespace banthuek::core
