(function () {
  "use strict";
  var CATS = {structure: "结构", placeholder: "占位符", numbering: "编号", phrase: "提法和错别字", punctuation: "标点",
              number: "数字", residue: "模板残留", format: "版式", input: "文件"};
  var SEVS = {error: "错误", warning: "警告", info: "提示"};
  var MAX_MB = parseInt(document.body.dataset.maxMb, 10) || 20;
  var MAX_FILES = parseInt(document.body.dataset.maxFiles, 10) || 20;
  var PARALLEL = 2;  // uploads at a time: one file per request, so each stays under the per-file limit
  var token = new URLSearchParams(location.search).get("token") || "";
  var year = document.getElementById("year"), now = new Date().getFullYear();
  for (var y = now + 1; y >= 2012; y--) { var o = document.createElement("option"); o.value = o.textContent = y; year.appendChild(o); }
  var form = document.getElementById("form"), input = document.getElementById("files"), drop = document.getElementById("drop");
  var dropped = null, data = [], off = {};
  drop.addEventListener("dragover", function (e) { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
  drop.addEventListener("drop", function (e) { e.preventDefault(); drop.classList.remove("over"); dropped = e.dataTransfer.files; form.requestSubmit(); });
  function el(tag, cls, text) { var n = document.createElement(tag); if (cls) n.className = cls; if (text != null) n.textContent = text; return n; }
  function withToken(url) { return token ? url + (url.indexOf("?") < 0 ? "?" : "&") + "token=" + encodeURIComponent(token) : url; }
  function failed(name, message) { return {name: name, error: message, findings: [], counts: {}}; }

  function upload(file) {
    if (file.size > MAX_MB * 1024 * 1024) {
      return Promise.resolve(failed(file.name, file.name + ": 文件太大（上限 " + MAX_MB + " MB），未上传"));
    }
    var fd = new FormData();
    fd.append("files", file);
    fd.append("profile", document.getElementById("profile").value);
    fd.append("year", year.value);
    var headers = {"X-Djlint-Request": "1"};
    if (token) headers["X-Djlint-Token"] = encodeURIComponent(token);  // header values are Latin-1 only
    return fetch("/api/check", {method: "POST", body: fd, headers: headers, credentials: "same-origin"})
      .then(function (r) {
        var type = r.headers.get("Content-Type") || "";
        if (type.indexOf("application/json") === 0) {
          return r.json().then(function (j) { return (j.files && j.files[0]) || failed(file.name, "检查失败，请重试"); });
        }
        return r.text().then(function (t) {
          var why = r.status === 413 ? "文件太大（上限 " + MAX_MB + " MB）" : (t && t.length < 200 ? t : "检查失败（HTTP " + r.status + "），请重试");
          return failed(file.name, file.name + ": " + why);
        });
      })
      .catch(function () { return failed(file.name, file.name + ": 连接服务器失败，请重试"); });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var files = dropped || input.files; dropped = null;
    if (!files || !files.length) { alert("请先选择文件"); return; }
    if (files.length > MAX_FILES) { alert("文件太多：一次最多 " + MAX_FILES + " 个文件，请分几次上传"); return; }
    var list = Array.prototype.slice.call(files), next = 0, left = list.length;
    data = new Array(list.length);
    document.getElementById("busy").style.display = "block";
    function one() {
      if (next >= list.length) return;
      var i = next++;
      upload(list[i]).then(function (result) {
        data[i] = result;
        left--;
        render();
        if (left === 0) document.getElementById("busy").style.display = "none";
        one();
      });
    }
    for (var k = 0; k < PARALLEL; k++) one();
  });

  function filters() {
    var box = document.getElementById("filters"); box.textContent = "";
    box.appendChild(el("span", null, "显示："));
    Object.keys(SEVS).forEach(function (k) { box.appendChild(check("sev", k, SEVS[k])); });
    box.appendChild(el("span", null, "　类别："));
    Object.keys(CATS).forEach(function (k) { box.appendChild(check("cat", k, CATS[k])); });
  }
  function check(kind, value, label) {
    var l = el("label"), c = el("input"); c.type = "checkbox"; c.checked = !off[kind + ":" + value]; c.dataset.kind = kind; c.value = value;
    c.addEventListener("change", apply); l.appendChild(c); l.appendChild(document.createTextNode(label)); return l;
  }
  function apply() {
    off = {};
    document.querySelectorAll("#filters input").forEach(function (c) { if (!c.checked) off[c.dataset.kind + ":" + c.value] = 1; });
    document.querySelectorAll(".finding").forEach(function (f) {
      f.hidden = !!(off["sev:" + f.dataset.sev] || off["cat:" + f.dataset.cat]);
    });
  }
  function render() {
    var total = {error: 0, warning: 0, info: 0}, out = document.getElementById("results"); out.textContent = "";
    data.forEach(function (file) {
      if (!file) return;
      var card = el("section", "file"); card.appendChild(el("h2", null, file.name || "上传失败"));
      if (file.error) { card.appendChild(el("p", "error", file.error)); out.appendChild(card); return; }
      Object.keys(total).forEach(function (k) { total[k] += (file.counts[k] || 0); });
      var dl = el("div", "downloads");
      if (file.kind === ".docx") {
        var a = el("a", null, "下载批注版"); a.href = withToken("/download/" + file.id + "/annotated"); a.className = "dl-annotated"; dl.appendChild(a);
      }
      var b = el("a", null, "下载修订版"); b.href = withToken("/download/" + file.id + "/fixed"); b.className = "dl-fixed"; dl.appendChild(b);
      card.appendChild(dl);
      if (!file.findings.length) card.appendChild(el("p", null, "未发现问题。"));
      if (file.hidden) card.appendChild(el("p", "note", "另有 " + file.hidden + " 处问题未在网页上列出（下载批注版可看到全部）。"));
      var sections = [];
      file.findings.forEach(function (f) { if (sections.indexOf(f.section) < 0) sections.push(f.section); });
      sections.forEach(function (s) {
        card.appendChild(el("h3", null, s));
        file.findings.filter(function (f) { return f.section === s; }).forEach(function (f) {
          var row = el("div", "finding"); row.dataset.sev = f.severity; row.dataset.cat = f.category; row.dataset.code = f.code;
          row.appendChild(el("span", "sev sev-" + f.severity, SEVS[f.severity] || f.severity));
          row.appendChild(el("span", "code", f.code));
          row.appendChild(el("span", "message", f.message));
          var where = f.part === "body" ? "第" + f.line + "段" : "";
          if (where && file.kind !== ".docx") where = "第" + f.line + "行";
          row.appendChild(el("span", "where", where));
          if (f.excerpt) {
            var ex = el("div", "excerpt");
            ex.appendChild(document.createTextNode(f.excerpt.before));
            ex.appendChild(el("mark", null, f.excerpt.flagged || " "));
            ex.appendChild(document.createTextNode(f.excerpt.after));
            if (f.fix) ex.appendChild(el("span", "fix " + (f.fix.safe ? "fix-safe" : "fix-manual"), f.fix_label));
            row.appendChild(ex);
          }
          card.appendChild(row);
        });
      });
      out.appendChild(card);
    });
    Object.keys(total).forEach(function (k) { document.getElementById("n-" + k).textContent = total[k]; });
    var ids = data.filter(function (f) { return f && f.id; }).map(function (f) { return f.id; });
    var report = document.getElementById("report");  // 下载汇总表: every uploaded file in one workbook
    report.hidden = !ids.length;
    if (ids.length) report.href = withToken("/download/report?ids=" + ids.map(encodeURIComponent).join(","));
    document.getElementById("summary").hidden = false;
    filters();
    apply();
  }
})();
