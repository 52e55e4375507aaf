"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// node_modules/concat-map/index.js
var require_concat_map = __commonJS({
  "node_modules/concat-map/index.js"(exports2, module2) {
    module2.exports = function(xs, fn) {
      for (var res = [], i = 0; i < xs.length; i++) {
        var x = fn(xs[i], i);
        isArray(x) ? res.push.apply(res, x) : res.push(x);
      }
      return res;
    };
    var isArray = Array.isArray || function(xs) {
      return Object.prototype.toString.call(xs) === "[object Array]";
    };
  }
});

// node_modules/balanced-match/index.js
var require_balanced_match = __commonJS({
  "node_modules/balanced-match/index.js"(exports2, module2) {
    "use strict";
    module2.exports = balanced;
    function balanced(a, b, str) {
      a instanceof RegExp && (a = maybeMatch(a, str)), b instanceof RegExp && (b = maybeMatch(b, str));
      var r = range(a, b, str);
      return r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + a.length, r[1]),
        post: str.slice(r[1] + b.length)
      };
    }
    function maybeMatch(reg, str) {
      var m = str.match(reg);
      return m ? m[0] : null;
    }
    balanced.range = range;
    function range(a, b, str) {
      var begs, beg, left, right, result, ai = str.indexOf(a), bi = str.indexOf(b, ai + 1), i = ai;
      if (ai >= 0 && bi > 0) {
        if (a === b)
          return [ai, bi];
        for (begs = [], left = str.length; i >= 0 && !result; )
          i == ai ? (begs.push(i), ai = str.indexOf(a, i + 1)) : begs.length == 1 ? result = [begs.pop(), bi] : (beg = begs.pop(), beg < left && (left = beg, right = bi), bi = str.indexOf(b, i + 1)), i = ai < bi && ai >= 0 ? ai : bi;
        begs.length && (result = [left, right]);
      }
      return result;
    }
  }
});

// node_modules/brace-expansion/index.js
var require_brace_expansion = __commonJS({
  "node_modules/brace-expansion/index.js"(exports2, module2) {
    var concatMap = require_concat_map(), balanced = require_balanced_match();
    module2.exports = expandTop;
    var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0", escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0", escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0", escComma = "\0COMMA" + Math.random().toFixed(16) + "\0", escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0", EXPANSION_MAX = 1e5, EXPANSION_MAX_LENGTH = 4e6, EXPANSION_MAX_DEPTH = 1e3, EXPANSION_MAX_REWRITES = 1e3, EXPANSION_MAX_STEPS = 2e7, CALL_STEPS = 16;
    function numeric(str) {
      return parseInt(str, 10) == str ? parseInt(str, 10) : str.charCodeAt(0);
    }
    function escapeBraces(str) {
      return str.split("\\\\").join(escSlash).split("\\{").join(escOpen).split("\\}").join(escClose).split("\\,").join(escComma).split("\\.").join(escPeriod);
    }
    function unescapeBraces(str) {
      return str.split(escSlash).join("\\").split(escOpen).join("{").split(escClose).join("}").split(escComma).join(",").split(escPeriod).join(".");
    }
    function pushAll(target, items) {
      for (var i = 0; i < items.length; i++)
        target.push(items[i]);
    }
    function balancedWithBudget(str, masked, budget) {
      if (!(budget.remaining < 0)) {
        var r = balanced.range("{", "}", masked), unmatched = r !== void 0 && masked.indexOf("{") < r[0];
        if (budget.remaining -= r && !unmatched ? r[1] + 1 : str.length, !(!r || budget.remaining < 0))
          return {
            end: r[1],
            pre: str.slice(0, r[0]),
            body: str.slice(r[0] + 1, r[1]),
            post: str.slice(r[1] + 1),
            unmatched
          };
      }
    }
    function maskUnmatchedOpens(masked, budget) {
      budget.remaining -= masked.length;
      for (var open = [], i = 0; i < masked.length; i++) {
        var c = masked.charCodeAt(i);
        c === 123 ? open.push(i) : c === 125 && open.length && open.pop();
      }
      for (var out = "", last = 0, j = 0; j < open.length; j++)
        out += masked.slice(last, open[j]) + "\0", last = open[j] + 1;
      return out + masked.slice(last);
    }
    function commaSetFollows(str, budget) {
      if (budget.remaining -= str.length, budget.remaining < 0)
        return !1;
      for (var close = !1, i = str.length - 1; i >= 0; i--) {
        var c = str.charCodeAt(i);
        if (c === 125)
          close = !0;
        else if (c === 10 || c === 13 || c === 8232 || c === 8233)
          close = !1;
        else if (c === 44 && close && str.charCodeAt(i + 1) !== 44)
          return !0;
      }
      return !1;
    }
    function parseCommaParts(str, budget) {
      for (var parts = [], carry = ""; ; ) {
        var m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0)
          return;
        if (!m) {
          var tail = str.split(",");
          return tail[0] = carry + tail[0], pushAll(parts, tail), parts;
        }
        var pre = m.pre, body = m.body, post = m.post, p = pre.split(",");
        if (p[0] = carry + p[0], p[p.length - 1] += "{" + body + "}", !post.length)
          return pushAll(parts, p), parts;
        carry = p.pop(), pushAll(parts, p), str = post;
      }
    }
    function bound(value, fallback) {
      return value == null || isNaN(value) ? fallback : value;
    }
    function expandTop(str, options) {
      if (!str) return [];
      options = options || {};
      var max = bound(options.max, EXPANSION_MAX), maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH), maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH), maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES), maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
      return str.substr(0, 2) === "{}" && (str = "\\{\\}" + str.substr(2)), expand(
        escapeBraces(str),
        max,
        maxLength,
        maxDepth,
        0,
        maxRewrites,
        { remaining: maxSteps },
        !0
      ).map(unescapeBraces);
    }
    function embrace(str) {
      return "{" + str + "}";
    }
    function isPadded(el) {
      return /^-?0\d/.test(el);
    }
    function lte(i, y) {
      return i <= y;
    }
    function gte(i, y) {
      return i >= y;
    }
    function combine(acc, base, pre, values, max, maxLength, dropEmpties, outBase, budget) {
      var out = [], length = 0, nonEmpty;
      outer: for (var a = 0; a < acc.length; a++) {
        var prefix = acc[a] + pre, vs = values;
        dropEmpties && prefix.length === base[a] && (nonEmpty || (nonEmpty = values.filter(Boolean)), vs = nonEmpty);
        for (var v = 0; v < vs.length; v++) {
          if (out.length >= max) break outer;
          var expansion = prefix + vs[v];
          if (length + expansion.length > maxLength) break outer;
          out.push(expansion), outBase.push(base[a]), length += expansion.length;
        }
      }
      return budget.remaining -= out.length, out;
    }
    function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
      var n = body.split(/\.\./), N = [];
      if (n[0] === void 0 || n[1] === void 0)
        return N;
      var x = numeric(n[0]), y = numeric(n[1]), width = Math.max(n[0].length, n[1].length), incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1, test = lte, reverse = y < x;
      reverse && (incr *= -1, test = gte);
      for (var pad = n.some(isPadded), cost = pad ? width : 1, length = 0, i = x; test(i, y) && N.length < max; i += incr) {
        if (budget.remaining -= cost, budget.remaining < 0)
          return;
        var c;
        if (isAlphaSequence)
          c = String.fromCharCode(i), c === "\\" && (c = "");
        else if (c = String(i), pad) {
          var need = width - c.length;
          if (need > 0) {
            var z = new Array(need + 1).join("0");
            i < 0 ? c = "-" + z + c.slice(1) : c = z + c;
          }
        }
        if (length + c.length > maxLength) break;
        N.push(c), length += c.length;
      }
      return N;
    }
    function expand(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
      if (budget.remaining -= CALL_STEPS, depth > maxDepth)
        return [str];
      for (var acc = [""], accBase = [0], rewrites = 0, dropEmpties = !1, firstGroup = !0, masked = str, nextBase; ; ) {
        var m = balancedWithBudget(str, masked, budget);
        if (!m)
          return combine(
            acc,
            accBase,
            str,
            [""],
            max,
            maxLength,
            dropEmpties,
            [],
            budget
          );
        m.unmatched && (masked = maskUnmatchedOpens(masked, budget));
        var pre = m.pre, literal = function() {
          return combine(
            acc,
            accBase,
            pre + "{" + m.body + "}" + m.post,
            [""],
            max,
            maxLength,
            dropEmpties,
            [],
            budget
          );
        };
        if (/\$$/.test(pre))
          return combine(
            acc,
            accBase,
            str,
            [""],
            max,
            maxLength,
            dropEmpties,
            [],
            budget
          );
        var isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body), isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(
          m.body
        ), isSequence = isNumericSequence || isAlphaSequence, isOptions = m.body.indexOf(",") >= 0;
        if (!isSequence && !isOptions) {
          if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
            rewrites++, str = m.pre + "{" + m.body + escClose + m.post, masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1), isTop = !0, firstGroup = !0, dropEmpties = !1, accBase = [];
            for (var b = 0; b < acc.length; b++)
              accBase.push(acc[b].length);
            continue;
          }
          return literal();
        }
        firstGroup && (dropEmpties = isTop && !isSequence, firstGroup = !1);
        var values;
        if (isSequence) {
          if (values = expandSequence(
            m.body,
            isAlphaSequence,
            max,
            maxLength,
            budget
          ), !values)
            return literal();
        } else {
          var n = parseCommaParts(m.body, budget);
          if (!n)
            return literal();
          if (n.length === 1 && n[0] !== void 0) {
            if (n = expand(
              n[0],
              max,
              maxLength,
              maxDepth,
              depth + 1,
              maxRewrites,
              budget,
              !1
            ).map(embrace), budget.remaining < 0)
              return literal();
            if (n.length === 1) {
              nextBase = [];
              var single = combine(
                acc,
                accBase,
                pre + n[0],
                [""],
                max,
                maxLength,
                dropEmpties && !m.post.length,
                nextBase,
                budget
              );
              if (budget.remaining < 0)
                return literal();
              if (acc = single, accBase = nextBase, !m.post.length) break;
              str = m.post, masked = masked.slice(m.end + 1);
              continue;
            }
          }
          for (var dropsEmpties = dropEmpties && !m.post.length && !pre, d = 0; dropsEmpties && d < acc.length; d++)
            acc[d].length !== accBase[d] && (dropsEmpties = !1);
          values = [];
          var valuesLength = 0;
          outer: for (var j = 0; j < n.length; j++) {
            var expanded = expand(
              n[j],
              max,
              maxLength,
              maxDepth,
              depth + 1,
              maxRewrites,
              budget,
              !1
            );
            if (budget.remaining < 0)
              return literal();
            for (var k = 0; k < expanded.length; k++) {
              var v = expanded[k];
              if (!(dropsEmpties && !v)) {
                if (values.length >= max || valuesLength + v.length > maxLength)
                  break outer;
                values.push(v), valuesLength += v.length;
              }
            }
          }
        }
        nextBase = [];
        var next = combine(
          acc,
          accBase,
          pre,
          values,
          max,
          maxLength,
          dropEmpties && !m.post.length,
          nextBase,
          budget
        );
        if (budget.remaining < 0)
          return literal();
        if (acc = next, accBase = nextBase, !m.post.length) break;
        str = m.post, masked = masked.slice(m.end + 1);
      }
      return acc;
    }
  }
});

// node_modules/minimatch/minimatch.js
var require_minimatch = __commonJS({
  "node_modules/minimatch/minimatch.js"(exports2, module2) {
    module2.exports = minimatch;
    minimatch.Minimatch = Minimatch;
    var path2 = (function() {
      try {
        return require("path");
      } catch {
      }
    })() || {
      sep: "/"
    };
    minimatch.sep = path2.sep;
    var GLOBSTAR = minimatch.GLOBSTAR = Minimatch.GLOBSTAR = {}, expand = require_brace_expansion(), plTypes = {
      "!": { open: "(?:(?!(?:", close: "))[^/]*?)" },
      "?": { open: "(?:", close: ")?" },
      "+": { open: "(?:", close: ")+" },
      "*": { open: "(?:", close: ")*" },
      "@": { open: "(?:", close: ")" }
    }, qmark = "[^/]", star = qmark + "*?", twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?", twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?", reSpecials = charSet("().*{}+?[]^$\\!");
    function charSet(s) {
      return s.split("").reduce(function(set, c) {
        return set[c] = !0, set;
      }, {});
    }
    var slashSplit = /\/+/;
    minimatch.filter = filter;
    function filter(pattern, options) {
      return options = options || {}, function(p, i, list) {
        return minimatch(p, pattern, options);
      };
    }
    function ext(a, b) {
      b = b || {};
      var t = {};
      return Object.keys(a).forEach(function(k) {
        t[k] = a[k];
      }), Object.keys(b).forEach(function(k) {
        t[k] = b[k];
      }), t;
    }
    minimatch.defaults = function(def) {
      if (!def || typeof def != "object" || !Object.keys(def).length)
        return minimatch;
      var orig = minimatch, m = function(p, pattern, options) {
        return orig(p, pattern, ext(def, options));
      };
      return m.Minimatch = function(pattern, options) {
        return new orig.Minimatch(pattern, ext(def, options));
      }, m.Minimatch.defaults = function(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }, m.filter = function(pattern, options) {
        return orig.filter(pattern, ext(def, options));
      }, m.defaults = function(options) {
        return orig.defaults(ext(def, options));
      }, m.makeRe = function(pattern, options) {
        return orig.makeRe(pattern, ext(def, options));
      }, m.braceExpand = function(pattern, options) {
        return orig.braceExpand(pattern, ext(def, options));
      }, m.match = function(list, pattern, options) {
        return orig.match(list, pattern, ext(def, options));
      }, m;
    };
    Minimatch.defaults = function(def) {
      return minimatch.defaults(def).Minimatch;
    };
    function minimatch(p, pattern, options) {
      return assertValidPattern(pattern), options || (options = {}), !options.nocomment && pattern.charAt(0) === "#" ? !1 : new Minimatch(pattern, options).match(p);
    }
    function Minimatch(pattern, options) {
      if (!(this instanceof Minimatch))
        return new Minimatch(pattern, options);
      assertValidPattern(pattern), options || (options = {}), pattern = pattern.trim(), !options.allowWindowsEscape && path2.sep !== "/" && (pattern = pattern.split(path2.sep).join("/")), this.options = options, this.maxGlobstarRecursion = options.maxGlobstarRecursion !== void 0 ? options.maxGlobstarRecursion : 200, this.set = [], this.pattern = pattern, this.regexp = null, this.negate = !1, this.comment = !1, this.empty = !1, this.partial = !!options.partial, this.make();
    }
    Minimatch.prototype.debug = function() {
    };
    Minimatch.prototype.make = make;
    function make() {
      var pattern = this.pattern, options = this.options;
      if (!options.nocomment && pattern.charAt(0) === "#") {
        this.comment = !0;
        return;
      }
      if (!pattern) {
        this.empty = !0;
        return;
      }
      this.parseNegate();
      var set = this.globSet = this.braceExpand();
      options.debug && (this.debug = function() {
        console.error.apply(console, arguments);
      }), this.debug(this.pattern, set), set = this.globParts = set.map(function(s) {
        return s.split(slashSplit);
      }), this.debug(this.pattern, set), set = set.map(function(s, si, set2) {
        return s.map(this.parse, this);
      }, this), this.debug(this.pattern, set), set = set.filter(function(s) {
        return s.indexOf(!1) === -1;
      }), this.debug(this.pattern, set), this.set = set;
    }
    Minimatch.prototype.parseNegate = parseNegate;
    function parseNegate() {
      var pattern = this.pattern, negate = !1, options = this.options, negateOffset = 0;
      if (!options.nonegate) {
        for (var i = 0, l = pattern.length; i < l && pattern.charAt(i) === "!"; i++)
          negate = !negate, negateOffset++;
        negateOffset && (this.pattern = pattern.substr(negateOffset)), this.negate = negate;
      }
    }
    minimatch.braceExpand = function(pattern, options) {
      return braceExpand(pattern, options);
    };
    Minimatch.prototype.braceExpand = braceExpand;
    function braceExpand(pattern, options) {
      return options || (this instanceof Minimatch ? options = this.options : options = {}), pattern = typeof pattern > "u" ? this.pattern : pattern, assertValidPattern(pattern), options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern) ? [pattern] : expand(pattern);
    }
    var MAX_PATTERN_LENGTH = 1024 * 64, assertValidPattern = function(pattern) {
      if (typeof pattern != "string")
        throw new TypeError("invalid pattern");
      if (pattern.length > MAX_PATTERN_LENGTH)
        throw new TypeError("pattern is too long");
    };
    Minimatch.prototype.parse = parse;
    var SUBPARSE = {};
    function parse(pattern, isSub) {
      assertValidPattern(pattern);
      var options = this.options;
      if (pattern === "**")
        if (options.noglobstar)
          pattern = "*";
        else
          return GLOBSTAR;
      if (pattern === "") return "";
      var re = "", hasMagic = !!options.nocase, escaping = !1, patternListStack = [], negativeLists = [], stateChar, inClass = !1, reClassStart = -1, classStart = -1, patternStart = pattern.charAt(0) === "." ? "" : options.dot ? "(?!(?:^|\\/)\\.{1,2}(?:$|\\/))" : "(?!\\.)", self2 = this;
      function clearStateChar() {
        if (stateChar) {
          switch (stateChar) {
            case "*":
              re += star, hasMagic = !0;
              break;
            case "?":
              re += qmark, hasMagic = !0;
              break;
            default:
              re += "\\" + stateChar;
              break;
          }
          self2.debug("clearStateChar %j %j", stateChar, re), stateChar = !1;
        }
      }
      for (var i = 0, len = pattern.length, c; i < len && (c = pattern.charAt(i)); i++) {
        if (this.debug("%s	%s %s %j", pattern, i, re, c), escaping && reSpecials[c]) {
          re += "\\" + c, escaping = !1;
          continue;
        }
        switch (c) {
          /* istanbul ignore next */
          case "/":
            return !1;
          case "\\":
            clearStateChar(), escaping = !0;
            continue;
          // the various stateChar values
          // for the "extglob" stuff.
          case "?":
          case "*":
          case "+":
          case "@":
          case "!":
            if (this.debug("%s	%s %s %j <-- stateChar", pattern, i, re, c), inClass) {
              this.debug("  in class"), c === "!" && i === classStart + 1 && (c = "^"), re += c;
              continue;
            }
            if (c === "*" && stateChar === "*") continue;
            self2.debug("call clearStateChar %j", stateChar), clearStateChar(), stateChar = c, options.noext && clearStateChar();
            continue;
          case "(":
            if (inClass) {
              re += "(";
              continue;
            }
            if (!stateChar) {
              re += "\\(";
              continue;
            }
            patternListStack.push({
              type: stateChar,
              start: i - 1,
              reStart: re.length,
              open: plTypes[stateChar].open,
              close: plTypes[stateChar].close
            }), re += stateChar === "!" ? "(?:(?!(?:" : "(?:", this.debug("plType %j %j", stateChar, re), stateChar = !1;
            continue;
          case ")":
            if (inClass || !patternListStack.length) {
              re += "\\)";
              continue;
            }
            clearStateChar(), hasMagic = !0;
            var pl = patternListStack.pop();
            re += pl.close, pl.type === "!" && negativeLists.push(pl), pl.reEnd = re.length;
            continue;
          case "|":
            if (inClass || !patternListStack.length || escaping) {
              re += "\\|", escaping = !1;
              continue;
            }
            clearStateChar(), re += "|";
            continue;
          // these are mostly the same in regexp and glob
          case "[":
            if (clearStateChar(), inClass) {
              re += "\\" + c;
              continue;
            }
            inClass = !0, classStart = i, reClassStart = re.length, re += c;
            continue;
          case "]":
            if (i === classStart + 1 || !inClass) {
              re += "\\" + c, escaping = !1;
              continue;
            }
            var cs = pattern.substring(classStart + 1, i);
            try {
              RegExp("[" + cs + "]");
            } catch {
              var sp = this.parse(cs, SUBPARSE);
              re = re.substr(0, reClassStart) + "\\[" + sp[0] + "\\]", hasMagic = hasMagic || sp[1], inClass = !1;
              continue;
            }
            hasMagic = !0, inClass = !1, re += c;
            continue;
          default:
            clearStateChar(), escaping ? escaping = !1 : reSpecials[c] && !(c === "^" && inClass) && (re += "\\"), re += c;
        }
      }
      for (inClass && (cs = pattern.substr(classStart + 1), sp = this.parse(cs, SUBPARSE), re = re.substr(0, reClassStart) + "\\[" + sp[0], hasMagic = hasMagic || sp[1]), pl = patternListStack.pop(); pl; pl = patternListStack.pop()) {
        var tail = re.slice(pl.reStart + pl.open.length);
        this.debug("setting tail", re, pl), tail = tail.replace(/((?:\\{2}){0,64})(\\?)\|/g, function(_, $1, $2) {
          return $2 || ($2 = "\\"), $1 + $1 + $2 + "|";
        }), this.debug(`tail=%j
   %s`, tail, tail, pl, re);
        var t = pl.type === "*" ? star : pl.type === "?" ? qmark : "\\" + pl.type;
        hasMagic = !0, re = re.slice(0, pl.reStart) + t + "\\(" + tail;
      }
      clearStateChar(), escaping && (re += "\\\\");
      var addPatternStart = !1;
      switch (re.charAt(0)) {
        case "[":
        case ".":
        case "(":
          addPatternStart = !0;
      }
      for (var n = negativeLists.length - 1; n > -1; n--) {
        var nl = negativeLists[n], nlBefore = re.slice(0, nl.reStart), nlFirst = re.slice(nl.reStart, nl.reEnd - 8), nlLast = re.slice(nl.reEnd - 8, nl.reEnd), nlAfter = re.slice(nl.reEnd);
        nlLast += nlAfter;
        var openParensBefore = nlBefore.split("(").length - 1, cleanAfter = nlAfter;
        for (i = 0; i < openParensBefore; i++)
          cleanAfter = cleanAfter.replace(/\)[+*?]?/, "");
        nlAfter = cleanAfter;
        var dollar = "";
        nlAfter === "" && isSub !== SUBPARSE && (dollar = "$");
        var newRe = nlBefore + nlFirst + nlAfter + dollar + nlLast;
        re = newRe;
      }
      if (re !== "" && hasMagic && (re = "(?=.)" + re), addPatternStart && (re = patternStart + re), isSub === SUBPARSE)
        return [re, hasMagic];
      if (!hasMagic)
        return globUnescape(pattern);
      var flags = options.nocase ? "i" : "";
      try {
        var regExp = new RegExp("^" + re + "$", flags);
      } catch {
        return new RegExp("$.");
      }
      return regExp._glob = pattern, regExp._src = re, regExp;
    }
    minimatch.makeRe = function(pattern, options) {
      return new Minimatch(pattern, options || {}).makeRe();
    };
    Minimatch.prototype.makeRe = makeRe;
    function makeRe() {
      if (this.regexp || this.regexp === !1) return this.regexp;
      var set = this.set;
      if (!set.length)
        return this.regexp = !1, this.regexp;
      var options = this.options, twoStar = options.noglobstar ? star : options.dot ? twoStarDot : twoStarNoDot, flags = options.nocase ? "i" : "", re = set.map(function(pattern) {
        return pattern.map(function(p) {
          return p === GLOBSTAR ? twoStar : typeof p == "string" ? regExpEscape(p) : p._src;
        }).join("\\/");
      }).join("|");
      re = "^(?:" + re + ")$", this.negate && (re = "^(?!" + re + ").*$");
      try {
        this.regexp = new RegExp(re, flags);
      } catch {
        this.regexp = !1;
      }
      return this.regexp;
    }
    minimatch.match = function(list, pattern, options) {
      options = options || {};
      var mm = new Minimatch(pattern, options);
      return list = list.filter(function(f) {
        return mm.match(f);
      }), mm.options.nonull && !list.length && list.push(pattern), list;
    };
    Minimatch.prototype.match = function(f, partial) {
      if (typeof partial > "u" && (partial = this.partial), this.debug("match", f, this.pattern), this.comment) return !1;
      if (this.empty) return f === "";
      if (f === "/" && partial) return !0;
      var options = this.options;
      path2.sep !== "/" && (f = f.split(path2.sep).join("/")), f = f.split(slashSplit), this.debug(this.pattern, "split", f);
      var set = this.set;
      this.debug(this.pattern, "set", set);
      var filename, i;
      for (i = f.length - 1; i >= 0 && (filename = f[i], !filename); i--)
        ;
      for (i = 0; i < set.length; i++) {
        var pattern = set[i], file = f;
        options.matchBase && pattern.length === 1 && (file = [filename]);
        var hit = this.matchOne(file, pattern, partial);
        if (hit)
          return options.flipNegate ? !0 : !this.negate;
      }
      return options.flipNegate ? !1 : this.negate;
    };
    Minimatch.prototype.matchOne = function(file, pattern, partial) {
      return pattern.indexOf(GLOBSTAR) !== -1 ? this._matchGlobstar(file, pattern, partial, 0, 0) : this._matchOne(file, pattern, partial, 0, 0);
    };
    Minimatch.prototype._matchGlobstar = function(file, pattern, partial, fileIndex, patternIndex) {
      var i, firstgs = -1;
      for (i = patternIndex; i < pattern.length; i++)
        if (pattern[i] === GLOBSTAR) {
          firstgs = i;
          break;
        }
      var lastgs = -1;
      for (i = pattern.length - 1; i >= 0; i--)
        if (pattern[i] === GLOBSTAR) {
          lastgs = i;
          break;
        }
      var head = pattern.slice(patternIndex, firstgs), body = partial ? pattern.slice(firstgs + 1) : pattern.slice(firstgs + 1, lastgs), tail = partial ? [] : pattern.slice(lastgs + 1);
      if (head.length) {
        var fileHead = file.slice(fileIndex, fileIndex + head.length);
        if (!this._matchOne(fileHead, head, partial, 0, 0))
          return !1;
        fileIndex += head.length;
      }
      var fileTailMatch = 0;
      if (tail.length) {
        if (tail.length + fileIndex > file.length) return !1;
        var tailStart = file.length - tail.length;
        if (this._matchOne(file, tail, partial, tailStart, 0))
          fileTailMatch = tail.length;
        else {
          if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length || (tailStart--, !this._matchOne(file, tail, partial, tailStart, 0)))
            return !1;
          fileTailMatch = tail.length + 1;
        }
      }
      if (!body.length) {
        var sawSome = !!fileTailMatch;
        for (i = fileIndex; i < file.length - fileTailMatch; i++) {
          var f = String(file[i]);
          if (sawSome = !0, f === "." || f === ".." || !this.options.dot && f.charAt(0) === ".")
            return !1;
        }
        return partial || sawSome;
      }
      for (var bodySegments = [[[], 0]], currentBody = bodySegments[0], nonGsParts = 0, nonGsPartsSums = [0], bi = 0; bi < body.length; bi++) {
        var b = body[bi];
        b === GLOBSTAR ? (nonGsPartsSums.push(nonGsParts), currentBody = [[], 0], bodySegments.push(currentBody)) : (currentBody[0].push(b), nonGsParts++);
      }
      for (var idx = bodySegments.length - 1, fileLength = file.length - fileTailMatch, si = 0; si < bodySegments.length; si++)
        bodySegments[si][1] = fileLength - (nonGsPartsSums[idx--] + bodySegments[si][0].length);
      return !!this._matchGlobStarBodySections(
        file,
        bodySegments,
        fileIndex,
        0,
        partial,
        0,
        !!fileTailMatch
      );
    };
    Minimatch.prototype._matchGlobStarBodySections = function(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
      var bs = bodySegments[bodyIndex];
      if (!bs) {
        for (var i = fileIndex; i < file.length; i++) {
          sawTail = !0;
          var f = file[i];
          if (f === "." || f === ".." || !this.options.dot && f.charAt(0) === ".")
            return !1;
        }
        return sawTail;
      }
      for (var body = bs[0], after = bs[1]; fileIndex <= after; ) {
        var m = this._matchOne(
          file.slice(0, fileIndex + body.length),
          body,
          partial,
          fileIndex,
          0
        );
        if (m && globStarDepth < this.maxGlobstarRecursion) {
          var sub = this._matchGlobStarBodySections(
            file,
            bodySegments,
            fileIndex + body.length,
            bodyIndex + 1,
            partial,
            globStarDepth + 1,
            sawTail
          );
          if (sub !== !1)
            return sub;
        }
        var f = file[fileIndex];
        if (f === "." || f === ".." || !this.options.dot && f.charAt(0) === ".")
          return !1;
        fileIndex++;
      }
      return partial || null;
    };
    Minimatch.prototype._matchOne = function(file, pattern, partial, fileIndex, patternIndex) {
      var fi, pi, fl, pl;
      for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
        this.debug("matchOne loop");
        var p = pattern[pi], f = file[fi];
        if (this.debug(pattern, p, f), p === !1 || p === GLOBSTAR) return !1;
        var hit;
        if (typeof p == "string" ? (hit = f === p, this.debug("string match", p, f, hit)) : (hit = f.match(p), this.debug("pattern match", p, f, hit)), !hit) return !1;
      }
      if (fi === fl && pi === pl)
        return !0;
      if (fi === fl)
        return partial;
      if (pi === pl)
        return fi === fl - 1 && file[fi] === "";
      throw new Error("wtf?");
    };
    function globUnescape(s) {
      return s.replace(/\\(.)/g, "$1");
    }
    function regExpEscape(s) {
      return s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
    }
  }
});

// node_modules/azure-pipelines-task-lib/taskcommand.js
var require_taskcommand = __commonJS({
  "node_modules/azure-pipelines-task-lib/taskcommand.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.commandFromString = exports2.TaskCommand = void 0;
    var CMD_PREFIX = "##vso[", TaskCommand = (
      /** @class */
      (function() {
        function TaskCommand2(command, properties, message) {
          command || (command = "missing.command"), this.command = command, this.properties = properties, this.message = message;
        }
        return TaskCommand2.prototype.toString = function() {
          var cmdStr = CMD_PREFIX + this.command;
          if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += " ";
            for (var key in this.properties)
              if (this.properties.hasOwnProperty(key)) {
                var val = this.properties[key];
                val && (cmdStr += key + "=" + escape("" + (val || "")) + ";");
              }
          }
          cmdStr += "]";
          var message = "" + (this.message || "");
          return cmdStr += escapedata(message), cmdStr;
        }, TaskCommand2;
      })()
    );
    exports2.TaskCommand = TaskCommand;
    function commandFromString(commandLine) {
      var preLen = CMD_PREFIX.length, lbPos = commandLine.indexOf("["), rbPos = commandLine.indexOf("]");
      if (lbPos == -1 || rbPos == -1 || rbPos - lbPos < 3)
        throw new Error("Invalid command brackets");
      var cmdInfo = commandLine.substring(lbPos + 1, rbPos), spaceIdx = cmdInfo.indexOf(" "), command = cmdInfo, properties = {};
      if (spaceIdx > 0) {
        command = cmdInfo.trim().substring(0, spaceIdx);
        var propSection = cmdInfo.trim().substring(spaceIdx + 1), propLines = propSection.split(";");
        propLines.forEach(function(propLine) {
          if (propLine = propLine.trim(), propLine.length > 0) {
            var eqIndex = propLine.indexOf("=");
            if (eqIndex == -1)
              throw new Error("Invalid property: " + propLine);
            var key = propLine.substring(0, eqIndex), val = propLine.substring(eqIndex + 1);
            properties[key] = unescape(val);
          }
        });
      }
      var msg = unescapedata(commandLine.substring(rbPos + 1)), cmd = new TaskCommand(command, properties, msg);
      return cmd;
    }
    exports2.commandFromString = commandFromString;
    function escapedata(s) {
      return s.replace(/%/g, "%AZP25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    }
    function unescapedata(s) {
      return s.replace(/%0D/g, "\r").replace(/%0A/g, `
`).replace(/%AZP25/g, "%");
    }
    function escape(s) {
      return s.replace(/%/g, "%AZP25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/]/g, "%5D").replace(/;/g, "%3B");
    }
    function unescape(s) {
      return s.replace(/%0D/g, "\r").replace(/%0A/g, `
`).replace(/%5D/g, "]").replace(/%3B/g, ";").replace(/%AZP25/g, "%");
    }
  }
});

// node_modules/azure-pipelines-task-lib/vault.js
var require_vault = __commonJS({
  "node_modules/azure-pipelines-task-lib/vault.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.Vault = void 0;
    var fs = require("fs"), path2 = require("path"), crypto = require("crypto"), algorithm = "aes-256-ctr", encryptEncoding = "hex", unencryptedEncoding = "utf8", Vault = (
      /** @class */
      (function() {
        function Vault2(keyPath) {
          this._keyFile = path2.join(keyPath, ".taskkey"), this._store = {}, this.genKey();
        }
        return Vault2.prototype.initialize = function() {
        }, Vault2.prototype.storeSecret = function(name, data) {
          if (!name || name.length == 0)
            return !1;
          if (name = name.toLowerCase(), !data || data.length == 0)
            return this._store.hasOwnProperty(name) && delete this._store[name], !1;
          var key = this.getKey(), iv = crypto.randomBytes(16), cipher = crypto.createCipheriv(algorithm, key, iv), crypted = cipher.update(data, unencryptedEncoding, encryptEncoding), cryptedFinal = cipher.final(encryptEncoding);
          return this._store[name] = iv.toString(encryptEncoding) + crypted + cryptedFinal, !0;
        }, Vault2.prototype.retrieveSecret = function(name) {
          var secret;
          if (name = (name || "").toLowerCase(), this._store.hasOwnProperty(name)) {
            var key = this.getKey(), data = this._store[name], ivDataBuffer = Buffer.from(data, encryptEncoding), iv = ivDataBuffer.slice(0, 16), encryptedText = ivDataBuffer.slice(16), decipher = crypto.createDecipheriv(algorithm, key, iv), dec = decipher.update(encryptedText), decFinal = decipher.final(unencryptedEncoding);
            secret = dec + decFinal;
          }
          return secret;
        }, Vault2.prototype.getKey = function() {
          var key = fs.readFileSync(this._keyFile).toString("utf8");
          return crypto.createHash("sha256").update(key).digest();
        }, Vault2.prototype.genKey = function() {
          var key;
          if (crypto.randomUUID)
            key = crypto.randomUUID();
          else {
            var bytes = crypto.randomBytes(16);
            bytes[6] = bytes[6] & 15 | 64, bytes[8] = bytes[8] & 63 | 128;
            var hex = bytes.toString("hex");
            key = hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
          }
          fs.writeFileSync(this._keyFile, key, { encoding: "utf8" });
        }, Vault2;
      })()
    );
    exports2.Vault = Vault;
  }
});

// node_modules/semver/semver.js
var require_semver = __commonJS({
  "node_modules/semver/semver.js"(exports2, module2) {
    exports2 = module2.exports = SemVer;
    var debug;
    typeof process == "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? debug = function() {
      var args = Array.prototype.slice.call(arguments, 0);
      args.unshift("SEMVER"), console.log.apply(console, args);
    } : debug = function() {
    };
    exports2.SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256, MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991, MAX_SAFE_COMPONENT_LENGTH = 16, MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6, re = exports2.re = [], safeRe = exports2.safeRe = [], src = exports2.src = [], R = 0, LETTERDASHNUMBER = "[a-zA-Z0-9-]", safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    function makeSafeRe(value) {
      for (var i2 = 0; i2 < safeRegexReplacements.length; i2++) {
        var token = safeRegexReplacements[i2][0], max = safeRegexReplacements[i2][1];
        value = value.split(token + "*").join(token + "{0," + max + "}").split(token + "+").join(token + "{1," + max + "}");
      }
      return value;
    }
    var NUMERICIDENTIFIER = R++;
    src[NUMERICIDENTIFIER] = "0|[1-9]\\d*";
    var NUMERICIDENTIFIERLOOSE = R++;
    src[NUMERICIDENTIFIERLOOSE] = "\\d+";
    var NONNUMERICIDENTIFIER = R++;
    src[NONNUMERICIDENTIFIER] = "\\d*[a-zA-Z-]" + LETTERDASHNUMBER + "*";
    var MAINVERSION = R++;
    src[MAINVERSION] = "(" + src[NUMERICIDENTIFIER] + ")\\.(" + src[NUMERICIDENTIFIER] + ")\\.(" + src[NUMERICIDENTIFIER] + ")";
    var MAINVERSIONLOOSE = R++;
    src[MAINVERSIONLOOSE] = "(" + src[NUMERICIDENTIFIERLOOSE] + ")\\.(" + src[NUMERICIDENTIFIERLOOSE] + ")\\.(" + src[NUMERICIDENTIFIERLOOSE] + ")";
    var PRERELEASEIDENTIFIER = R++;
    src[PRERELEASEIDENTIFIER] = "(?:" + src[NUMERICIDENTIFIER] + "|" + src[NONNUMERICIDENTIFIER] + ")";
    var PRERELEASEIDENTIFIERLOOSE = R++;
    src[PRERELEASEIDENTIFIERLOOSE] = "(?:" + src[NUMERICIDENTIFIERLOOSE] + "|" + src[NONNUMERICIDENTIFIER] + ")";
    var PRERELEASE = R++;
    src[PRERELEASE] = "(?:-(" + src[PRERELEASEIDENTIFIER] + "(?:\\." + src[PRERELEASEIDENTIFIER] + ")*))";
    var PRERELEASELOOSE = R++;
    src[PRERELEASELOOSE] = "(?:-?(" + src[PRERELEASEIDENTIFIERLOOSE] + "(?:\\." + src[PRERELEASEIDENTIFIERLOOSE] + ")*))";
    var BUILDIDENTIFIER = R++;
    src[BUILDIDENTIFIER] = LETTERDASHNUMBER + "+";
    var BUILD = R++;
    src[BUILD] = "(?:\\+(" + src[BUILDIDENTIFIER] + "(?:\\." + src[BUILDIDENTIFIER] + ")*))";
    var FULL = R++, FULLPLAIN = "v?" + src[MAINVERSION] + src[PRERELEASE] + "?" + src[BUILD] + "?";
    src[FULL] = "^" + FULLPLAIN + "$";
    var LOOSEPLAIN = "[v=\\s]*" + src[MAINVERSIONLOOSE] + src[PRERELEASELOOSE] + "?" + src[BUILD] + "?", LOOSE = R++;
    src[LOOSE] = "^" + LOOSEPLAIN + "$";
    var GTLT = R++;
    src[GTLT] = "((?:<|>)?=?)";
    var XRANGEIDENTIFIERLOOSE = R++;
    src[XRANGEIDENTIFIERLOOSE] = src[NUMERICIDENTIFIERLOOSE] + "|x|X|\\*";
    var XRANGEIDENTIFIER = R++;
    src[XRANGEIDENTIFIER] = src[NUMERICIDENTIFIER] + "|x|X|\\*";
    var XRANGEPLAIN = R++;
    src[XRANGEPLAIN] = "[v=\\s]*(" + src[XRANGEIDENTIFIER] + ")(?:\\.(" + src[XRANGEIDENTIFIER] + ")(?:\\.(" + src[XRANGEIDENTIFIER] + ")(?:" + src[PRERELEASE] + ")?" + src[BUILD] + "?)?)?";
    var XRANGEPLAINLOOSE = R++;
    src[XRANGEPLAINLOOSE] = "[v=\\s]*(" + src[XRANGEIDENTIFIERLOOSE] + ")(?:\\.(" + src[XRANGEIDENTIFIERLOOSE] + ")(?:\\.(" + src[XRANGEIDENTIFIERLOOSE] + ")(?:" + src[PRERELEASELOOSE] + ")?" + src[BUILD] + "?)?)?";
    var XRANGE = R++;
    src[XRANGE] = "^" + src[GTLT] + "\\s*" + src[XRANGEPLAIN] + "$";
    var XRANGELOOSE = R++;
    src[XRANGELOOSE] = "^" + src[GTLT] + "\\s*" + src[XRANGEPLAINLOOSE] + "$";
    var COERCE = R++;
    src[COERCE] = "(?:^|[^\\d])(\\d{1," + MAX_SAFE_COMPONENT_LENGTH + "})(?:\\.(\\d{1," + MAX_SAFE_COMPONENT_LENGTH + "}))?(?:\\.(\\d{1," + MAX_SAFE_COMPONENT_LENGTH + "}))?(?:$|[^\\d])";
    var LONETILDE = R++;
    src[LONETILDE] = "(?:~>?)";
    var TILDETRIM = R++;
    src[TILDETRIM] = "(\\s*)" + src[LONETILDE] + "\\s+";
    re[TILDETRIM] = new RegExp(src[TILDETRIM], "g");
    safeRe[TILDETRIM] = new RegExp(makeSafeRe(src[TILDETRIM]), "g");
    var tildeTrimReplace = "$1~", TILDE = R++;
    src[TILDE] = "^" + src[LONETILDE] + src[XRANGEPLAIN] + "$";
    var TILDELOOSE = R++;
    src[TILDELOOSE] = "^" + src[LONETILDE] + src[XRANGEPLAINLOOSE] + "$";
    var LONECARET = R++;
    src[LONECARET] = "(?:\\^)";
    var CARETTRIM = R++;
    src[CARETTRIM] = "(\\s*)" + src[LONECARET] + "\\s+";
    re[CARETTRIM] = new RegExp(src[CARETTRIM], "g");
    safeRe[CARETTRIM] = new RegExp(makeSafeRe(src[CARETTRIM]), "g");
    var caretTrimReplace = "$1^", CARET = R++;
    src[CARET] = "^" + src[LONECARET] + src[XRANGEPLAIN] + "$";
    var CARETLOOSE = R++;
    src[CARETLOOSE] = "^" + src[LONECARET] + src[XRANGEPLAINLOOSE] + "$";
    var COMPARATORLOOSE = R++;
    src[COMPARATORLOOSE] = "^" + src[GTLT] + "\\s*(" + LOOSEPLAIN + ")$|^$";
    var COMPARATOR = R++;
    src[COMPARATOR] = "^" + src[GTLT] + "\\s*(" + FULLPLAIN + ")$|^$";
    var COMPARATORTRIM = R++;
    src[COMPARATORTRIM] = "(\\s*)" + src[GTLT] + "\\s*(" + LOOSEPLAIN + "|" + src[XRANGEPLAIN] + ")";
    re[COMPARATORTRIM] = new RegExp(src[COMPARATORTRIM], "g");
    safeRe[COMPARATORTRIM] = new RegExp(makeSafeRe(src[COMPARATORTRIM]), "g");
    var HYPHENRANGE = R++;
    src[HYPHENRANGE] = "^\\s*(" + src[XRANGEPLAIN] + ")\\s+-\\s+(" + src[XRANGEPLAIN] + ")\\s*$";
    var HYPHENRANGELOOSE = R++;
    src[HYPHENRANGELOOSE] = "^\\s*(" + src[XRANGEPLAINLOOSE] + ")\\s+-\\s+(" + src[XRANGEPLAINLOOSE] + ")\\s*$";
    var STAR = R++;
    src[STAR] = "(<|>)?=?\\s*\\*";
    for (i = 0; i < R; i++)
      debug(i, src[i]), re[i] || (re[i] = new RegExp(src[i]), safeRe[i] = new RegExp(makeSafeRe(src[i])));
    var i;
    exports2.parse = parse;
    function parse(version, options) {
      if ((!options || typeof options != "object") && (options = {
        loose: !!options,
        includePrerelease: !1
      }), version instanceof SemVer)
        return version;
      if (typeof version != "string" || version.length > MAX_LENGTH)
        return null;
      var r = options.loose ? safeRe[LOOSE] : safeRe[FULL];
      if (!r.test(version))
        return null;
      try {
        return new SemVer(version, options);
      } catch {
        return null;
      }
    }
    exports2.valid = valid;
    function valid(version, options) {
      var v = parse(version, options);
      return v ? v.version : null;
    }
    exports2.clean = clean;
    function clean(version, options) {
      var s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    }
    exports2.SemVer = SemVer;
    function SemVer(version, options) {
      if ((!options || typeof options != "object") && (options = {
        loose: !!options,
        includePrerelease: !1
      }), version instanceof SemVer) {
        if (version.loose === options.loose)
          return version;
        version = version.version;
      } else if (typeof version != "string")
        throw new TypeError("Invalid Version: " + version);
      if (version.length > MAX_LENGTH)
        throw new TypeError("version is longer than " + MAX_LENGTH + " characters");
      if (!(this instanceof SemVer))
        return new SemVer(version, options);
      debug("SemVer", version, options), this.options = options, this.loose = !!options.loose;
      var m = version.trim().match(options.loose ? safeRe[LOOSE] : safeRe[FULL]);
      if (!m)
        throw new TypeError("Invalid Version: " + version);
      if (this.raw = version, this.major = +m[1], this.minor = +m[2], this.patch = +m[3], this.major > MAX_SAFE_INTEGER || this.major < 0)
        throw new TypeError("Invalid major version");
      if (this.minor > MAX_SAFE_INTEGER || this.minor < 0)
        throw new TypeError("Invalid minor version");
      if (this.patch > MAX_SAFE_INTEGER || this.patch < 0)
        throw new TypeError("Invalid patch version");
      m[4] ? this.prerelease = m[4].split(".").map(function(id) {
        if (/^[0-9]+$/.test(id)) {
          var num = +id;
          if (num >= 0 && num < MAX_SAFE_INTEGER)
            return num;
        }
        return id;
      }) : this.prerelease = [], this.build = m[5] ? m[5].split(".") : [], this.format();
    }
    SemVer.prototype.format = function() {
      return this.version = this.major + "." + this.minor + "." + this.patch, this.prerelease.length && (this.version += "-" + this.prerelease.join(".")), this.version;
    };
    SemVer.prototype.toString = function() {
      return this.version;
    };
    SemVer.prototype.compare = function(other) {
      return debug("SemVer.compare", this.version, this.options, other), other instanceof SemVer || (other = new SemVer(other, this.options)), this.compareMain(other) || this.comparePre(other);
    };
    SemVer.prototype.compareMain = function(other) {
      return other instanceof SemVer || (other = new SemVer(other, this.options)), compareIdentifiers(this.major, other.major) || compareIdentifiers(this.minor, other.minor) || compareIdentifiers(this.patch, other.patch);
    };
    SemVer.prototype.comparePre = function(other) {
      if (other instanceof SemVer || (other = new SemVer(other, this.options)), this.prerelease.length && !other.prerelease.length)
        return -1;
      if (!this.prerelease.length && other.prerelease.length)
        return 1;
      if (!this.prerelease.length && !other.prerelease.length)
        return 0;
      var i2 = 0;
      do {
        var a = this.prerelease[i2], b = other.prerelease[i2];
        if (debug("prerelease compare", i2, a, b), a === void 0 && b === void 0)
          return 0;
        if (b === void 0)
          return 1;
        if (a === void 0)
          return -1;
        if (a === b)
          continue;
        return compareIdentifiers(a, b);
      } while (++i2);
    };
    SemVer.prototype.inc = function(release, identifier) {
      switch (release) {
        case "premajor":
          this.prerelease.length = 0, this.patch = 0, this.minor = 0, this.major++, this.inc("pre", identifier);
          break;
        case "preminor":
          this.prerelease.length = 0, this.patch = 0, this.minor++, this.inc("pre", identifier);
          break;
        case "prepatch":
          this.prerelease.length = 0, this.inc("patch", identifier), this.inc("pre", identifier);
          break;
        // If the input is a non-prerelease version, this acts the same as
        // prepatch.
        case "prerelease":
          this.prerelease.length === 0 && this.inc("patch", identifier), this.inc("pre", identifier);
          break;
        case "major":
          (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) && this.major++, this.minor = 0, this.patch = 0, this.prerelease = [];
          break;
        case "minor":
          (this.patch !== 0 || this.prerelease.length === 0) && this.minor++, this.patch = 0, this.prerelease = [];
          break;
        case "patch":
          this.prerelease.length === 0 && this.patch++, this.prerelease = [];
          break;
        // This probably shouldn't be used publicly.
        // 1.0.0 "pre" would become 1.0.0-0 which is the wrong direction.
        case "pre":
          if (this.prerelease.length === 0)
            this.prerelease = [0];
          else {
            for (var i2 = this.prerelease.length; --i2 >= 0; )
              typeof this.prerelease[i2] == "number" && (this.prerelease[i2]++, i2 = -2);
            i2 === -1 && this.prerelease.push(0);
          }
          identifier && (this.prerelease[0] === identifier ? isNaN(this.prerelease[1]) && (this.prerelease = [identifier, 0]) : this.prerelease = [identifier, 0]);
          break;
        default:
          throw new Error("invalid increment argument: " + release);
      }
      return this.format(), this.raw = this.version, this;
    };
    exports2.inc = inc;
    function inc(version, release, loose, identifier) {
      typeof loose == "string" && (identifier = loose, loose = void 0);
      try {
        return new SemVer(version, loose).inc(release, identifier).version;
      } catch {
        return null;
      }
    }
    exports2.diff = diff;
    function diff(version1, version2) {
      if (eq(version1, version2))
        return null;
      var v1 = parse(version1), v2 = parse(version2), prefix = "";
      if (v1.prerelease.length || v2.prerelease.length) {
        prefix = "pre";
        var defaultResult = "prerelease";
      }
      for (var key in v1)
        if ((key === "major" || key === "minor" || key === "patch") && v1[key] !== v2[key])
          return prefix + key;
      return defaultResult;
    }
    exports2.compareIdentifiers = compareIdentifiers;
    var numeric = /^[0-9]+$/;
    function compareIdentifiers(a, b) {
      var anum = numeric.test(a), bnum = numeric.test(b);
      return anum && bnum && (a = +a, b = +b), a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    }
    exports2.rcompareIdentifiers = rcompareIdentifiers;
    function rcompareIdentifiers(a, b) {
      return compareIdentifiers(b, a);
    }
    exports2.major = major;
    function major(a, loose) {
      return new SemVer(a, loose).major;
    }
    exports2.minor = minor;
    function minor(a, loose) {
      return new SemVer(a, loose).minor;
    }
    exports2.patch = patch;
    function patch(a, loose) {
      return new SemVer(a, loose).patch;
    }
    exports2.compare = compare;
    function compare(a, b, loose) {
      return new SemVer(a, loose).compare(new SemVer(b, loose));
    }
    exports2.compareLoose = compareLoose;
    function compareLoose(a, b) {
      return compare(a, b, !0);
    }
    exports2.rcompare = rcompare;
    function rcompare(a, b, loose) {
      return compare(b, a, loose);
    }
    exports2.sort = sort;
    function sort(list, loose) {
      return list.sort(function(a, b) {
        return exports2.compare(a, b, loose);
      });
    }
    exports2.rsort = rsort;
    function rsort(list, loose) {
      return list.sort(function(a, b) {
        return exports2.rcompare(a, b, loose);
      });
    }
    exports2.gt = gt;
    function gt(a, b, loose) {
      return compare(a, b, loose) > 0;
    }
    exports2.lt = lt;
    function lt(a, b, loose) {
      return compare(a, b, loose) < 0;
    }
    exports2.eq = eq;
    function eq(a, b, loose) {
      return compare(a, b, loose) === 0;
    }
    exports2.neq = neq;
    function neq(a, b, loose) {
      return compare(a, b, loose) !== 0;
    }
    exports2.gte = gte;
    function gte(a, b, loose) {
      return compare(a, b, loose) >= 0;
    }
    exports2.lte = lte;
    function lte(a, b, loose) {
      return compare(a, b, loose) <= 0;
    }
    exports2.cmp = cmp;
    function cmp(a, op, b, loose) {
      switch (op) {
        case "===":
          return typeof a == "object" && (a = a.version), typeof b == "object" && (b = b.version), a === b;
        case "!==":
          return typeof a == "object" && (a = a.version), typeof b == "object" && (b = b.version), a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError("Invalid operator: " + op);
      }
    }
    exports2.Comparator = Comparator;
    function Comparator(comp, options) {
      if ((!options || typeof options != "object") && (options = {
        loose: !!options,
        includePrerelease: !1
      }), comp instanceof Comparator) {
        if (comp.loose === !!options.loose)
          return comp;
        comp = comp.value;
      }
      if (!(this instanceof Comparator))
        return new Comparator(comp, options);
      comp = comp.trim().split(/\s+/).join(" "), debug("comparator", comp, options), this.options = options, this.loose = !!options.loose, this.parse(comp), this.semver === ANY ? this.value = "" : this.value = this.operator + this.semver.version, debug("comp", this);
    }
    var ANY = {};
    Comparator.prototype.parse = function(comp) {
      var r = this.options.loose ? safeRe[COMPARATORLOOSE] : safeRe[COMPARATOR], m = comp.match(r);
      if (!m)
        throw new TypeError("Invalid comparator: " + comp);
      this.operator = m[1], this.operator === "=" && (this.operator = ""), m[2] ? this.semver = new SemVer(m[2], this.options.loose) : this.semver = ANY;
    };
    Comparator.prototype.toString = function() {
      return this.value;
    };
    Comparator.prototype.test = function(version) {
      return debug("Comparator.test", version, this.options.loose), this.semver === ANY ? !0 : (typeof version == "string" && (version = new SemVer(version, this.options)), cmp(version, this.operator, this.semver, this.options));
    };
    Comparator.prototype.intersects = function(comp, options) {
      if (!(comp instanceof Comparator))
        throw new TypeError("a Comparator is required");
      (!options || typeof options != "object") && (options = {
        loose: !!options,
        includePrerelease: !1
      });
      var rangeTmp;
      if (this.operator === "")
        return rangeTmp = new Range(comp.value, options), satisfies(this.value, rangeTmp, options);
      if (comp.operator === "")
        return rangeTmp = new Range(this.value, options), satisfies(comp.semver, rangeTmp, options);
      var sameDirectionIncreasing = (this.operator === ">=" || this.operator === ">") && (comp.operator === ">=" || comp.operator === ">"), sameDirectionDecreasing = (this.operator === "<=" || this.operator === "<") && (comp.operator === "<=" || comp.operator === "<"), sameSemVer = this.semver.version === comp.semver.version, differentDirectionsInclusive = (this.operator === ">=" || this.operator === "<=") && (comp.operator === ">=" || comp.operator === "<="), oppositeDirectionsLessThan = cmp(this.semver, "<", comp.semver, options) && (this.operator === ">=" || this.operator === ">") && (comp.operator === "<=" || comp.operator === "<"), oppositeDirectionsGreaterThan = cmp(this.semver, ">", comp.semver, options) && (this.operator === "<=" || this.operator === "<") && (comp.operator === ">=" || comp.operator === ">");
      return sameDirectionIncreasing || sameDirectionDecreasing || sameSemVer && differentDirectionsInclusive || oppositeDirectionsLessThan || oppositeDirectionsGreaterThan;
    };
    exports2.Range = Range;
    function Range(range, options) {
      if ((!options || typeof options != "object") && (options = {
        loose: !!options,
        includePrerelease: !1
      }), range instanceof Range)
        return range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease ? range : new Range(range.raw, options);
      if (range instanceof Comparator)
        return new Range(range.value, options);
      if (!(this instanceof Range))
        return new Range(range, options);
      if (this.options = options, this.loose = !!options.loose, this.includePrerelease = !!options.includePrerelease, this.raw = range.trim().split(/\s+/).join(" "), this.set = this.raw.split("||").map(function(range2) {
        return this.parseRange(range2.trim());
      }, this).filter(function(c) {
        return c.length;
      }), !this.set.length)
        throw new TypeError("Invalid SemVer Range: " + this.raw);
      this.format();
    }
    Range.prototype.format = function() {
      return this.range = this.set.map(function(comps) {
        return comps.join(" ").trim();
      }).join("||").trim(), this.range;
    };
    Range.prototype.toString = function() {
      return this.range;
    };
    function isWhitespace(char) {
      var code = char && char.charCodeAt(0);
      return code >= 9 && code <= 13 || code === 32 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
    }
    function isVersionPrefix(char) {
      return char === "v" || char === "=" || isWhitespace(char);
    }
    function isDigit(char) {
      return char !== void 0 && char >= "0" && char <= "9";
    }
    function isLetter(char) {
      return char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    }
    function isIdentifierCharacter(char) {
      return isDigit(char) || isLetter(char) || char === "-";
    }
    function isVersionStart(char) {
      return isDigit(char) || char === "x" || char === "X" || char === "*";
    }
    function findDigitsEndIndex(range, start, limit, digitRuns) {
      if (!isDigit(range[start]))
        return start;
      if (start >= digitRuns.start && start < digitRuns.end)
        return Math.min(start + limit, digitRuns.end);
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd)
        return Math.min(start + limit, digitRuns.previousEnd);
      for (var end = start + 1; isDigit(range[end]); )
        end++;
      return digitRuns.previousStart = digitRuns.start, digitRuns.previousEnd = digitRuns.end, digitRuns.start = start, digitRuns.end = end, Math.min(start + limit, end);
    }
    function findVersionNumberEndIndex(range, start, loose, digitRuns) {
      return !loose && range[start] === "0" ? start + 1 : findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    }
    function findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns) {
      if (isDigit(range[start]))
        return findVersionNumberEndIndex(range, start, loose, digitRuns);
      if (!isLetter(range[start]) && range[start] !== "-")
        return start;
      for (var end = start + 1, limit = end + MAX_SAFE_BUILD_LENGTH; end < limit && isIdentifierCharacter(range[end]); )
        end++;
      return end;
    }
    function findPrereleaseEndIndex(range, start, loose, digitRuns) {
      var hyphen = range[start] === "-";
      if (!loose && !hyphen)
        return start;
      var identifierStart = start + (hyphen ? 1 : 0), end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen)
          return start;
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      for (; range[end] === "."; ) {
        var next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1)
          break;
        end = next;
      }
      return end;
    }
    function findBuildEndIndex(range, start) {
      if (range[start] !== "+")
        return start;
      var end = start + 1;
      do {
        for (var identifierStart = end; end - identifierStart < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end]); )
          end++;
        if (end === identifierStart)
          return identifierStart === start + 1 ? start : end - 1;
        if (range[end] !== ".")
          return end;
        end++;
      } while (!0);
    }
    function findLooseFullVersionEndIndex(range, start, digitRuns) {
      for (var end = start, component = 0; component < 3; component++) {
        var next = findVersionNumberEndIndex(range, end, !0, digitRuns);
        if (next === end)
          return start;
        if (end = next, component < 2) {
          if (range[end] !== ".")
            return start;
          end++;
        }
      }
      return findBuildEndIndex(range, findPrereleaseEndIndex(range, end, !0, digitRuns));
    }
    function findPartialVersionComponentEndIndex(range, start, digitRuns) {
      return isDigit(range[start]) ? findVersionNumberEndIndex(range, start, !1, digitRuns) : isVersionStart(range[start]) ? start + 1 : start;
    }
    function findVersionEndIndex(range, start, digitRuns) {
      var end = findLooseFullVersionEndIndex(range, start, digitRuns);
      if (end !== start)
        return end;
      end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (var component = 0; component < 2; component++) {
        if (range[end] !== ".")
          return end;
        var next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1)
          return end;
        end = next;
      }
      return findBuildEndIndex(range, findPrereleaseEndIndex(range, end, !1, digitRuns));
    }
    function findRemovableWhitespaceIndex(range, position) {
      return isWhitespace(range[position]) && position++, (range[position] === "<" || range[position] === ">") && position++, range[position] === "=" && position++, isWhitespace(range[position]) ? position : -1;
    }
    function trimComparatorWhitespace(range) {
      for (var result = "", copyFrom = 0, cursor = 0, digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }; cursor < range.length; ) {
        var matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">")
          cursor++;
        else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        for (; cursor < range.length && isVersionPrefix(range[cursor]); )
          cursor++;
        if (isVersionStart(range[cursor])) {
          var whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
          whitespacePosition !== -1 && (result += range.slice(copyFrom, whitespacePosition), copyFrom = whitespacePosition + 1), cursor = findVersionEndIndex(range, cursor, digitRuns);
        }
      }
      return result + range.slice(copyFrom);
    }
    Range.prototype.parseRange = function(range) {
      var loose = this.options.loose, hr = loose ? safeRe[HYPHENRANGELOOSE] : safeRe[HYPHENRANGE];
      range = range.replace(hr, hyphenReplace), debug("hyphen replace", range), range = trimComparatorWhitespace(range), debug("comparator trim", range), range = range.replace(safeRe[TILDETRIM], tildeTrimReplace), range = range.replace(safeRe[CARETTRIM], caretTrimReplace);
      var compRe = loose ? safeRe[COMPARATORLOOSE] : safeRe[COMPARATOR], set = range.split(" ").map(function(comp) {
        return parseComparator(comp, this.options);
      }, this).join(" ").split(/\s+/);
      return this.options.loose && (set = set.filter(function(comp) {
        return !!comp.match(compRe);
      })), set = set.map(function(comp) {
        return new Comparator(comp, this.options);
      }, this), set;
    };
    Range.prototype.intersects = function(range, options) {
      if (!(range instanceof Range))
        throw new TypeError("a Range is required");
      return this.set.some(function(thisComparators) {
        return thisComparators.every(function(thisComparator) {
          return range.set.some(function(rangeComparators) {
            return rangeComparators.every(function(rangeComparator) {
              return thisComparator.intersects(rangeComparator, options);
            });
          });
        });
      });
    };
    exports2.toComparators = toComparators;
    function toComparators(range, options) {
      return new Range(range, options).set.map(function(comp) {
        return comp.map(function(c) {
          return c.value;
        }).join(" ").trim().split(" ");
      });
    }
    function parseComparator(comp, options) {
      return debug("comp", comp, options), comp = replaceCarets(comp, options), debug("caret", comp), comp = replaceTildes(comp, options), debug("tildes", comp), comp = replaceXRanges(comp, options), debug("xrange", comp), comp = replaceStars(comp, options), debug("stars", comp), comp;
    }
    function isX(id) {
      return !id || id.toLowerCase() === "x" || id === "*";
    }
    function replaceTildes(comp, options) {
      return comp.trim().split(/\s+/).map(function(comp2) {
        return replaceTilde(comp2, options);
      }).join(" ");
    }
    function replaceTilde(comp, options) {
      var r = options.loose ? safeRe[TILDELOOSE] : safeRe[TILDE];
      return comp.replace(r, function(_, M, m, p, pr) {
        debug("tilde", comp, _, M, m, p, pr);
        var ret;
        return isX(M) ? ret = "" : isX(m) ? ret = ">=" + M + ".0.0 <" + (+M + 1) + ".0.0" : isX(p) ? ret = ">=" + M + "." + m + ".0 <" + M + "." + (+m + 1) + ".0" : pr ? (debug("replaceTilde pr", pr), ret = ">=" + M + "." + m + "." + p + "-" + pr + " <" + M + "." + (+m + 1) + ".0") : ret = ">=" + M + "." + m + "." + p + " <" + M + "." + (+m + 1) + ".0", debug("tilde return", ret), ret;
      });
    }
    function replaceCarets(comp, options) {
      return comp.trim().split(/\s+/).map(function(comp2) {
        return replaceCaret(comp2, options);
      }).join(" ");
    }
    function replaceCaret(comp, options) {
      debug("caret", comp, options);
      var r = options.loose ? safeRe[CARETLOOSE] : safeRe[CARET];
      return comp.replace(r, function(_, M, m, p, pr) {
        debug("caret", comp, _, M, m, p, pr);
        var ret;
        return isX(M) ? ret = "" : isX(m) ? ret = ">=" + M + ".0.0 <" + (+M + 1) + ".0.0" : isX(p) ? M === "0" ? ret = ">=" + M + "." + m + ".0 <" + M + "." + (+m + 1) + ".0" : ret = ">=" + M + "." + m + ".0 <" + (+M + 1) + ".0.0" : pr ? (debug("replaceCaret pr", pr), M === "0" ? m === "0" ? ret = ">=" + M + "." + m + "." + p + "-" + pr + " <" + M + "." + m + "." + (+p + 1) : ret = ">=" + M + "." + m + "." + p + "-" + pr + " <" + M + "." + (+m + 1) + ".0" : ret = ">=" + M + "." + m + "." + p + "-" + pr + " <" + (+M + 1) + ".0.0") : (debug("no pr"), M === "0" ? m === "0" ? ret = ">=" + M + "." + m + "." + p + " <" + M + "." + m + "." + (+p + 1) : ret = ">=" + M + "." + m + "." + p + " <" + M + "." + (+m + 1) + ".0" : ret = ">=" + M + "." + m + "." + p + " <" + (+M + 1) + ".0.0"), debug("caret return", ret), ret;
      });
    }
    function replaceXRanges(comp, options) {
      return debug("replaceXRanges", comp, options), comp.split(/\s+/).map(function(comp2) {
        return replaceXRange(comp2, options);
      }).join(" ");
    }
    function replaceXRange(comp, options) {
      comp = comp.trim();
      var r = options.loose ? safeRe[XRANGELOOSE] : safeRe[XRANGE];
      return comp.replace(r, function(ret, gtlt, M, m, p, pr) {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        var xM = isX(M), xm = xM || isX(m), xp = xm || isX(p), anyX = xp;
        return gtlt === "=" && anyX && (gtlt = ""), xM ? gtlt === ">" || gtlt === "<" ? ret = "<0.0.0" : ret = "*" : gtlt && anyX ? (xm && (m = 0), p = 0, gtlt === ">" ? (gtlt = ">=", xm ? (M = +M + 1, m = 0, p = 0) : (m = +m + 1, p = 0)) : gtlt === "<=" && (gtlt = "<", xm ? M = +M + 1 : m = +m + 1), ret = gtlt + M + "." + m + "." + p) : xm ? ret = ">=" + M + ".0.0 <" + (+M + 1) + ".0.0" : xp && (ret = ">=" + M + "." + m + ".0 <" + M + "." + (+m + 1) + ".0"), debug("xRange return", ret), ret;
      });
    }
    function replaceStars(comp, options) {
      return debug("replaceStars", comp, options), comp.trim().replace(safeRe[STAR], "");
    }
    function hyphenReplace($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr, tb) {
      return isX(fM) ? from = "" : isX(fm) ? from = ">=" + fM + ".0.0" : isX(fp) ? from = ">=" + fM + "." + fm + ".0" : from = ">=" + from, isX(tM) ? to = "" : isX(tm) ? to = "<" + (+tM + 1) + ".0.0" : isX(tp) ? to = "<" + tM + "." + (+tm + 1) + ".0" : tpr ? to = "<=" + tM + "." + tm + "." + tp + "-" + tpr : to = "<=" + to, (from + " " + to).trim();
    }
    Range.prototype.test = function(version) {
      if (!version)
        return !1;
      typeof version == "string" && (version = new SemVer(version, this.options));
      for (var i2 = 0; i2 < this.set.length; i2++)
        if (testSet(this.set[i2], version, this.options))
          return !0;
      return !1;
    };
    function testSet(set, version, options) {
      for (var i2 = 0; i2 < set.length; i2++)
        if (!set[i2].test(version))
          return !1;
      if (version.prerelease.length && !options.includePrerelease) {
        for (i2 = 0; i2 < set.length; i2++)
          if (debug(set[i2].semver), set[i2].semver !== ANY && set[i2].semver.prerelease.length > 0) {
            var allowed = set[i2].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch)
              return !0;
          }
        return !1;
      }
      return !0;
    }
    exports2.satisfies = satisfies;
    function satisfies(version, range, options) {
      try {
        range = new Range(range, options);
      } catch {
        return !1;
      }
      return range.test(version);
    }
    exports2.maxSatisfying = maxSatisfying;
    function maxSatisfying(versions, range, options) {
      var max = null, maxSV = null;
      try {
        var rangeObj = new Range(range, options);
      } catch {
        return null;
      }
      return versions.forEach(function(v) {
        rangeObj.test(v) && (!max || maxSV.compare(v) === -1) && (max = v, maxSV = new SemVer(max, options));
      }), max;
    }
    exports2.minSatisfying = minSatisfying;
    function minSatisfying(versions, range, options) {
      var min = null, minSV = null;
      try {
        var rangeObj = new Range(range, options);
      } catch {
        return null;
      }
      return versions.forEach(function(v) {
        rangeObj.test(v) && (!min || minSV.compare(v) === 1) && (min = v, minSV = new SemVer(min, options));
      }), min;
    }
    exports2.minVersion = minVersion;
    function minVersion(range, loose) {
      range = new Range(range, loose);
      var minver = new SemVer("0.0.0");
      if (range.test(minver) || (minver = new SemVer("0.0.0-0"), range.test(minver)))
        return minver;
      minver = null;
      for (var i2 = 0; i2 < range.set.length; ++i2) {
        var comparators = range.set[i2];
        comparators.forEach(function(comparator) {
          var compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              compver.prerelease.length === 0 ? compver.patch++ : compver.prerelease.push(0), compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              (!minver || gt(minver, compver)) && (minver = compver);
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error("Unexpected operation: " + comparator.operator);
          }
        });
      }
      return minver && range.test(minver) ? minver : null;
    }
    exports2.validRange = validRange;
    function validRange(range, options) {
      try {
        return new Range(range, options).range || "*";
      } catch {
        return null;
      }
    }
    exports2.ltr = ltr;
    function ltr(version, range, options) {
      return outside(version, range, "<", options);
    }
    exports2.gtr = gtr;
    function gtr(version, range, options) {
      return outside(version, range, ">", options);
    }
    exports2.outside = outside;
    function outside(version, range, hilo, options) {
      version = new SemVer(version, options), range = new Range(range, options);
      var gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt, ltefn = lte, ltfn = lt, comp = ">", ecomp = ">=";
          break;
        case "<":
          gtfn = lt, ltefn = gte, ltfn = gt, comp = "<", ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options))
        return !1;
      for (var i2 = 0; i2 < range.set.length; ++i2) {
        var comparators = range.set[i2], high = null, low = null;
        if (comparators.forEach(function(comparator) {
          comparator.semver === ANY && (comparator = new Comparator(">=0.0.0")), high = high || comparator, low = low || comparator, gtfn(comparator.semver, high.semver, options) ? high = comparator : ltfn(comparator.semver, low.semver, options) && (low = comparator);
        }), high.operator === comp || high.operator === ecomp || (!low.operator || low.operator === comp) && ltefn(version, low.semver))
          return !1;
        if (low.operator === ecomp && ltfn(version, low.semver))
          return !1;
      }
      return !0;
    }
    exports2.prerelease = prerelease;
    function prerelease(version, options) {
      var parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    }
    exports2.intersects = intersects;
    function intersects(r1, r2, options) {
      return r1 = new Range(r1, options), r2 = new Range(r2, options), r1.intersects(r2);
    }
    exports2.coerce = coerce;
    function coerce(version) {
      if (version instanceof SemVer)
        return version;
      if (typeof version != "string")
        return null;
      var match = version.match(safeRe[COERCE]);
      return match == null ? null : parse(match[1] + "." + (match[2] || "0") + "." + (match[3] || "0"));
    }
  }
});

// node_modules/azure-pipelines-task-lib/lib-resource.js
var require_lib_resource = __commonJS({
  "node_modules/azure-pipelines-task-lib/lib-resource.js"(exports2, module2) {
    module2.exports = {
      messages: {
        LIB_CopyDirectoryWithoutRecursiveOption: "cp: cannot copy a directory '%s' without the recursive option",
        LIB_CopyFileFailed: "Error while copying the file. Attempts left: %s",
        LIB_DirectoryStackEmpty: "Directory stack is empty",
        LIB_EndpointAuthNotExist: "Endpoint auth data not present: %s",
        LIB_EndpointDataNotExist: "Endpoint data parameter %s not present: %s",
        LIB_EndpointNotExist: "Endpoint not present: %s",
        LIB_FailOnCode: "Failure return code: %d",
        LIB_InputRequired: "Input required: %s",
        LIB_InvalidEndpointAuth: "Invalid endpoint auth: %s",
        LIB_InvalidPattern: "Invalid pattern: '%s'",
        LIB_InvalidSecureFilesInput: "Invalid secure file input: %s",
        LIB_LocStringNotFound: "Can\\'t find loc string for key: %s",
        LIB_MergeTestResultNotSupported: "Merging test results from multiple files to one test run is not supported on this version of build agent for OSX/Linux, each test result file will be published as a separate test run in VSO/TFS.",
        LIB_MkdirFailed: "Unable to create directory '%s'. %s",
        LIB_MkdirFailedFileExists: "Unable to create directory '%s'. Conflicting file exists: '%s'",
        LIB_MkdirFailedInvalidDriveRoot: "Unable to create directory '%s'. Root directory does not exist: '%s'",
        LIB_MkdirFailedInvalidShare: "Unable to create directory '%s'. Unable to verify the directory exists: '%s'. If directory is a file share, please verify the share name is correct, the share is online, and the current process has permission to access the share.",
        LIB_MultilineSecret: "Secrets cannot contain multiple lines",
        LIB_NotFoundPreviousDirectory: "Could not find previous directory",
        LIB_OperationFailed: "Failed %s: %s",
        LIB_ParameterIsRequired: "%s not supplied",
        LIB_PathHasNullByte: "Path cannot contain null bytes",
        LIB_PathIsNotADirectory: "Path is not a directory: %s",
        LIB_PathNotFound: "Not found %s: %s",
        LIB_PlatformNotSupported: "Platform not supported: %s",
        LIB_ProcessError: "There was an error when attempting to execute the process '%s'. This may indicate the process failed to start. Error: %s",
        LIB_ProcessExitCode: "The process '%s' failed with exit code %s",
        LIB_ProcessStderr: "The process '%s' failed because one or more lines were written to the STDERR stream",
        LIB_ResourceFileAlreadySet: "Resource file has already set to: %s",
        LIB_ResourceFileNotExist: "Resource file doesn\\'t exist: %s",
        LIB_ResourceFileNotSet: "Resource file haven\\'t set, can\\'t find loc string for key: %s",
        LIB_ReturnCode: "Return code: %d",
        LIB_StdioNotClosed: "The STDIO streams did not close within %s seconds of the exit event from process '%s'. This may indicate a child process inherited the STDIO streams and has not yet exited.",
        LIB_UndefinedNodeVersion: "Node version is undefined.",
        LIB_UnhandledEx: "Unhandled: %s",
        LIB_UseFirstGlobMatch: "Multiple workspace matches. using first.",
        LIB_WhichNotFound_Linux: "Unable to locate executable file: '%s'. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.",
        LIB_WhichNotFound_Win: "Unable to locate executable file: '%s'. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file."
      },
      localizedMessages: {
        "de-DE": {
          "loc.messages.LIB_CopyFileFailed": "Fehler beim Kopieren der Datei. Verbleibende Versuche: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "Der Verzeichnisstapel ist leer.",
          "loc.messages.LIB_EndpointAuthNotExist": "Die Endpunkt-Authentifizierungsdatensind nicht vorhanden: %s",
          "loc.messages.LIB_EndpointDataNotExist": "Der Endpunkt-Datenparameter %s ist nicht vorhanden: %s",
          "loc.messages.LIB_EndpointNotExist": "Der Endpunkt ist nicht vorhanden: %s",
          "loc.messages.LIB_FailOnCode": "Fehler beim R\xFCckgabecode: %d",
          "loc.messages.LIB_InputRequired": "Eingabe erforderlich: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "Ung\xFCltige Endpunktauthentifizierung: %s",
          "loc.messages.LIB_InvalidPattern": 'Ung\xFCltiges Muster: "%s"',
          "loc.messages.LIB_InvalidSecureFilesInput": "Ung\xFCltige sichere Dateiausgabe: %s",
          "loc.messages.LIB_LocStringNotFound": "Die Lokalisierungszeichenfolge f\xFCr den folgenden Schl\xFCssel wurde nicht gefunden: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "Das Mergen von Testergebnissen aus mehreren Dateien in einen Testlauf wird von dieser Version des Build-Agents f\xFCr OSX/Linux nicht unterst\xFCtzt. Jede Testergebnisdatei wird als separater Testlauf in VSO/TFS ver\xF6ffentlicht.",
          "loc.messages.LIB_MkdirFailed": 'Das Verzeichnis "%s" kann nicht erstellt werden. %s',
          "loc.messages.LIB_MkdirFailedFileExists": 'Das Verzeichnis "%s" kann nicht erstellt werden. Eine in Konflikt stehende Datei ist vorhanden: "%s"',
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": 'Das Verzeichnis "%s" kann nicht erstellt werden. Das Stammverzeichnis ist nicht vorhanden: %s',
          "loc.messages.LIB_MkdirFailedInvalidShare": 'Das Verzeichnis "%s" kann nicht erstellt werden. Es kann nicht \xFCberpr\xFCft werden, ob das Verzeichnis vorhanden ist: {%s}. Wenn das Verzeichnis eine Dateifreigabe ist, stellen Sie sicher, dass der Freigabename richtig, die Freigabe online und der aktuelle Prozess berechtigt ist, auf die Freigabe zuzugreifen.',
          "loc.messages.LIB_MultilineSecret": "Geheimnisse d\xFCrfen nicht mehrere Zeilen enthalten",
          "loc.messages.LIB_NotFoundPreviousDirectory": "Vorheriges Verzeichnis wurde nicht gefunden.",
          "loc.messages.LIB_OperationFailed": "Fehler %s: %s",
          "loc.messages.LIB_ParameterIsRequired": '"%s" wurde nicht angegeben.',
          "loc.messages.LIB_PathHasNullByte": "Der Pfad darf keine NULL-Bytes enthalten.",
          "loc.messages.LIB_PathIsNotADirectory": "Der Pfad ist kein Verzeichnis: %s",
          "loc.messages.LIB_PathNotFound": "Nicht gefunden %s: %s",
          "loc.messages.LIB_PlatformNotSupported": "Plattform wird nicht unterst\xFCtzt: %s",
          "loc.messages.LIB_ProcessError": 'Fehler beim Ausf\xFChren des Prozesses "%s". M\xF6glicherweise konnte der Prozess nicht gestartet werden. Fehler: %s',
          "loc.messages.LIB_ProcessExitCode": 'Fehler beim Prozess "%s" mit Exitcode %s.',
          "loc.messages.LIB_ProcessStderr": 'Fehler beim Prozess "%s": Mindestens eine Zeile wurde in den STDERR-Datenstrom geschrieben.',
          "loc.messages.LIB_ResourceFileAlreadySet": "Die Ressourcendatei wurde bereits festgelegt auf: %s",
          "loc.messages.LIB_ResourceFileNotExist": "Die Ressourcendatei ist nicht vorhanden: %s",
          "loc.messages.LIB_ResourceFileNotSet": "Die Ressourcendatei wurde nicht festgelegt. Die Lokalisierungszeichenfolge f\xFCr den folgenden Schl\xFCssel wurde nicht gefunden: %s",
          "loc.messages.LIB_ReturnCode": "R\xFCckgabecode: %d",
          "loc.messages.LIB_StdioNotClosed": 'Die STDIO-Datenstr\xF6me wurden nicht innerhalb von %s\xA0Sekunden nach dem Beendigungsereignis aus dem Prozess "%s" geschlossen. M\xF6glicherweise hat ein untergeordneter Prozess die STDIO-Datenstr\xF6me geerbt und wurde noch nicht beendet.',
          "loc.messages.LIB_UndefinedNodeVersion": "Die Knotenversion ist nicht definiert.",
          "loc.messages.LIB_UnhandledEx": "Ausnahmefehler: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "Mehrere Arbeitsbereich\xFCbereinstimmungen. Die erste \xDCbereinstimmung wird verwendet.",
          "loc.messages.LIB_WhichNotFound_Linux": "Ausf\xFChrbare Datei nicht gefunden: '%s'. Pr\xFCfen Sie, ob der Dateipfad vorhanden ist oder sich die Datei in einem von der PATH-Umgebungsvariablen angegebenen Verzeichnis befindet. Pr\xFCfen Sie zudem den Dateimodus, um sicherzustellen, dass die Datei ausf\xFChrbar ist.",
          "loc.messages.LIB_WhichNotFound_Win": 'Ausf\xFChrbare Datei nicht gefunden: "%s". Pr\xFCfen Sie, ob der Dateipfad vorhanden ist oder sich die Datei in einem von der PATH-Umgebungsvariablen angegebenen Verzeichnis befindet. Pr\xFCfen Sie zudem, ob die Datei eine g\xFCltige Erweiterung f\xFCr eine ausf\xFChrbare Datei aufweist.'
        },
        "en-US": {
          "loc.messages.LIB_CopyDirectoryWithoutRecursiveOption": "cp: cannot copy a directory '%s' without the recursive option",
          "loc.messages.LIB_CopyFileFailed": "Error while copying the file. Attempts left: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "Directory stack is empty",
          "loc.messages.LIB_EndpointAuthNotExist": "Endpoint auth data not present: %s",
          "loc.messages.LIB_EndpointDataNotExist": "Endpoint data parameter %s not present: %s",
          "loc.messages.LIB_EndpointNotExist": "Endpoint not present: %s",
          "loc.messages.LIB_FailOnCode": "Failure return code: %d",
          "loc.messages.LIB_InputRequired": "Input required: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "Invalid endpoint auth: %s",
          "loc.messages.LIB_InvalidPattern": "Invalid pattern: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "Invalid secure file input: %s",
          "loc.messages.LIB_LocStringNotFound": "Can\\'t find loc string for key: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "Merging test results from multiple files to one test run is not supported on this version of build agent for OSX/Linux, each test result file will be published as a separate test run in VSO/TFS.",
          "loc.messages.LIB_MkdirFailed": "Unable to create directory '%s'. %s",
          "loc.messages.LIB_MkdirFailedFileExists": "Unable to create directory '%s'. Conflicting file exists: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "Unable to create directory '%s'. Root directory does not exist: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidShare": "Unable to create directory '%s'. Unable to verify the directory exists: '%s'. If directory is a file share, please verify the share name is correct, the share is online, and the current process has permission to access the share.",
          "loc.messages.LIB_MultilineSecret": "Secrets cannot contain multiple lines",
          "loc.messages.LIB_NotFoundPreviousDirectory": "Could not find previous directory",
          "loc.messages.LIB_OperationFailed": "Failed %s: %s",
          "loc.messages.LIB_ParameterIsRequired": "%s not supplied",
          "loc.messages.LIB_PathHasNullByte": "Path cannot contain null bytes",
          "loc.messages.LIB_PathIsNotADirectory": "Path is not a directory: %s",
          "loc.messages.LIB_PathNotFound": "Not found %s: %s",
          "loc.messages.LIB_PlatformNotSupported": "Platform not supported: %s",
          "loc.messages.LIB_ProcessError": "There was an error when attempting to execute the process '%s'. This may indicate the process failed to start. Error: %s",
          "loc.messages.LIB_ProcessExitCode": "The process '%s' failed with exit code %s",
          "loc.messages.LIB_ProcessStderr": "The process '%s' failed because one or more lines were written to the STDERR stream",
          "loc.messages.LIB_ResourceFileAlreadySet": "Resource file has already set to: %s",
          "loc.messages.LIB_ResourceFileNotExist": "Resource file doesn\\'t exist: %s",
          "loc.messages.LIB_ResourceFileNotSet": "Resource file haven\\'t set, can\\'t find loc string for key: %s",
          "loc.messages.LIB_ReturnCode": "Return code: %d",
          "loc.messages.LIB_StdioNotClosed": "The STDIO streams did not close within %s seconds of the exit event from process '%s'. This may indicate a child process inherited the STDIO streams and has not yet exited.",
          "loc.messages.LIB_UndefinedNodeVersion": "Node version is undefined.",
          "loc.messages.LIB_UnhandledEx": "Unhandled: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "Multiple workspace matches. using first.",
          "loc.messages.LIB_WhichNotFound_Linux": "Unable to locate executable file: '%s'. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.",
          "loc.messages.LIB_WhichNotFound_Win": "Unable to locate executable file: '%s'. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file."
        },
        "es-ES": {
          "loc.messages.LIB_CopyFileFailed": "Error al copiar el archivo. Intentos restantes: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "La pila de directorios est\xE1 vac\xEDa",
          "loc.messages.LIB_EndpointAuthNotExist": "Los datos de autenticaci\xF3n del punto de conexi\xF3n no existen: %s.",
          "loc.messages.LIB_EndpointDataNotExist": "El par\xE1metro %s de datos del punto de conexi\xF3n no existe: %s.",
          "loc.messages.LIB_EndpointNotExist": "No hay punto de conexi\xF3n: %s",
          "loc.messages.LIB_FailOnCode": "C\xF3digo de retorno de error: %d",
          "loc.messages.LIB_InputRequired": "Entrada requerida: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "Autenticaci\xF3n de punto de conexi\xF3n no v\xE1lida: %s",
          "loc.messages.LIB_InvalidPattern": "Patr\xF3n no v\xE1lido: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "Entrada de archivo seguro no v\xE1lida: %s",
          "loc.messages.LIB_LocStringNotFound": "No se encuentra la cadena localizada para la clave: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "Esta versi\xF3n del agente de compilaci\xF3n para OSX/Linux no admite la fusi\xF3n mediante combinaci\xF3n de resultados de pruebas de varios archivos en una serie de pruebas. Cada archivo de resultados de pruebas se publicar\xE1 como una serie de pruebas diferente en VSO/TFS.",
          "loc.messages.LIB_MkdirFailed": "No se puede crear el directorio '%s'. %s",
          "loc.messages.LIB_MkdirFailedFileExists": "No se puede crear el directorio '%s'. Hay un conflicto entre archivos: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "No se puede crear el directorio '%s'. El directorio ra\xEDz no existe: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidShare": "No se puede crear el directorio '%s'. No se puede comprobar si el directorio existe: '%s'. Si el directorio es un recurso compartido de archivos, compruebe que el nombre es correcto, que est\xE1 en l\xEDnea y que el proceso actual tiene permiso de acceso a este.",
          "loc.messages.LIB_MultilineSecret": "Los secretos no pueden contener varias l\xEDneas.",
          "loc.messages.LIB_NotFoundPreviousDirectory": "No se ha encontrado el directorio anterior",
          "loc.messages.LIB_OperationFailed": "Error de %s: %s",
          "loc.messages.LIB_ParameterIsRequired": "No se ha proporcionado %s",
          "loc.messages.LIB_PathHasNullByte": "La ruta de acceso no puede tener bytes nulos",
          "loc.messages.LIB_PathIsNotADirectory": "La ruta de acceso no es un directorio: %s",
          "loc.messages.LIB_PathNotFound": "No se encuentra %s: %s",
          "loc.messages.LIB_PlatformNotSupported": "No se admite la plataforma: %s",
          "loc.messages.LIB_ProcessError": 'Error al intentar ejecutar el proceso "%s". Esto puede indicar que no se pudo iniciar el proceso. Error: %s',
          "loc.messages.LIB_ProcessExitCode": 'Error del proceso "%s" con el c\xF3digo de salida %s',
          "loc.messages.LIB_ProcessStderr": 'Error del proceso "%s" porque se escribieron una o varias l\xEDneas en la secuencia STDERR',
          "loc.messages.LIB_ResourceFileAlreadySet": "El archivo de recursos se ha establecido ya en: %s",
          "loc.messages.LIB_ResourceFileNotExist": "El archivo de recursos no existe: %s",
          "loc.messages.LIB_ResourceFileNotSet": "No se ha establecido el archivo de recursos. No se encuentra la cadena localizada para la clave: %s",
          "loc.messages.LIB_ReturnCode": "C\xF3digo de retorno: %d",
          "loc.messages.LIB_StdioNotClosed": 'Las secuencias STDIO no se cerraron en un plazo de %s\xA0segundos desde el evento de salida del proceso "%s". Esto puede indicar que un proceso secundario ha heredado las secuencias STDIO y a\xFAn no se ha cerrado.',
          "loc.messages.LIB_UndefinedNodeVersion": "La versi\xF3n del nodo no est\xE1 definida.",
          "loc.messages.LIB_UnhandledEx": "No controlada: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "Hay varias coincidencias en el \xE1rea de trabajo. Se usar\xE1 la primera.",
          "loc.messages.LIB_WhichNotFound_Linux": 'No se puede encontrar el archivo ejecutable: "%s". Compruebe que la ruta de acceso del archivo existe o que el archivo se puede encontrar en un directorio especificado en la variable de entorno PATH. Revise tambi\xE9n el modo de archivo para comprobar que el archivo es ejecutable.',
          "loc.messages.LIB_WhichNotFound_Win": 'No se puede encontrar el archivo ejecutable: "%s". Compruebe que la ruta de acceso del archivo existe o que el archivo se puede encontrar en un directorio especificado en la variable de entorno PATH. Revise tambi\xE9n que el archivo tenga una extensi\xF3n v\xE1lida para un archivo ejecutable.'
        },
        "fr-FR": {
          "loc.messages.LIB_CopyFileFailed": "Erreur durant la copie du fichier. Tentatives restantes\xA0: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "La pile de r\xE9pertoires est vide",
          "loc.messages.LIB_EndpointAuthNotExist": "Donn\xE9es d'authentification du point de terminaison absentes\xA0: %s",
          "loc.messages.LIB_EndpointDataNotExist": "Param\xE8tre de donn\xE9es du point de terminaison %s absent\xA0: %s",
          "loc.messages.LIB_EndpointNotExist": "Point de terminaison absent\xA0: %s",
          "loc.messages.LIB_FailOnCode": "Code de retour de l'\xE9chec\xA0: %d",
          "loc.messages.LIB_InputRequired": "Entr\xE9e n\xE9cessaire\xA0: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "Authentification du point de terminaison non valide\xA0: %s",
          "loc.messages.LIB_InvalidPattern": "Mod\xE8le non valide\xA0: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "Entr\xE9e de fichier s\xE9curis\xE9 non valide\xA0: %s",
          "loc.messages.LIB_LocStringNotFound": "Cha\xEEne localis\xE9e introuvable pour la cl\xE9\xA0: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "La fusion des r\xE9sultats des tests de plusieurs fichiers en une seule s\xE9rie de tests n'est pas prise en charge dans cette version de l'agent de build pour OSX/Linux. Chaque fichier de r\xE9sultats des tests est publi\xE9 en tant que s\xE9rie de tests distincte dans VSO/TFS.",
          "loc.messages.LIB_MkdirFailed": "Impossible de cr\xE9er le r\xE9pertoire '%s'. %s",
          "loc.messages.LIB_MkdirFailedFileExists": "Impossible de cr\xE9er le r\xE9pertoire '%s'. Pr\xE9sence d'un fichier en conflit\xA0: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "Impossible de cr\xE9er le r\xE9pertoire '%s'. Le r\xE9pertoire racine n'existe pas\xA0: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidShare": "Impossible de cr\xE9er le r\xE9pertoire '%s'. Impossible de v\xE9rifier l'existence du r\xE9pertoire\xA0: '%s'. Si le r\xE9pertoire est un partage de fichiers, v\xE9rifiez que le nom du partage est correct, que le partage est en ligne, et que le processus actuel est autoris\xE9 \xE0 acc\xE9der au partage.",
          "loc.messages.LIB_MultilineSecret": "Les secrets ne peuvent pas contenir plusieurs lignes",
          "loc.messages.LIB_NotFoundPreviousDirectory": "D\xE9sol\xE9, nous n\u2019avons pas pu trouver le r\xE9pertoire pr\xE9c\xE9dent",
          "loc.messages.LIB_OperationFailed": "\xC9chec de %s\xA0: %s",
          "loc.messages.LIB_ParameterIsRequired": "%s non fourni",
          "loc.messages.LIB_PathHasNullByte": "Le chemin ne peut pas contenir d'octets de valeur Null",
          "loc.messages.LIB_PathIsNotADirectory": "Le chemin d\u2019acc\xE8s n\u2019est pas un r\xE9pertoire : %s",
          "loc.messages.LIB_PathNotFound": "%s\xA0: %s introuvable",
          "loc.messages.LIB_PlatformNotSupported": "Plateforme non prise en charge\xA0: %s",
          "loc.messages.LIB_ProcessError": "Erreur durant la tentative d'ex\xE9cution du processus '%s'. Cela peut indiquer que le processus n'a pas r\xE9ussi \xE0 d\xE9marrer. Erreur\xA0: %s",
          "loc.messages.LIB_ProcessExitCode": "\xC9chec du processus '%s'. Code de sortie\xA0: %s",
          "loc.messages.LIB_ProcessStderr": "\xC9chec du processus '%s', car une ou plusieurs lignes ont \xE9t\xE9 \xE9crites dans le flux STDERR",
          "loc.messages.LIB_ResourceFileAlreadySet": "Le fichier de ressources est d\xE9j\xE0 d\xE9fini\xA0: %s",
          "loc.messages.LIB_ResourceFileNotExist": "Le fichier de ressources n'existe pas\xA0: %s",
          "loc.messages.LIB_ResourceFileNotSet": "Le fichier de ressources n'est pas d\xE9fini. La cha\xEEne localis\xE9e de la cl\xE9 est introuvable\xA0: %s",
          "loc.messages.LIB_ReturnCode": "Code de retour\xA0: %d",
          "loc.messages.LIB_StdioNotClosed": "Les flux STDIO ne se sont pas ferm\xE9s dans les %s secondes qui ont suivi l'\xE9v\xE9nement exit du processus '%s'. Cela peut indiquer qu'un processus enfant a h\xE9rit\xE9 des flux STDIO et qu'il n'est pas encore sorti.",
          "loc.messages.LIB_UndefinedNodeVersion": "La version du n\u0153ud n\u2019est pas d\xE9finie.",
          "loc.messages.LIB_UnhandledEx": "Non g\xE9r\xE9\xA0: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "Plusieurs espaces de travail correspondants. Utilisation du premier d'entre eux.",
          "loc.messages.LIB_WhichNotFound_Linux": "Impossible de localiser le fichier ex\xE9cutable\xA0: '%s'. V\xE9rifiez si le chemin du fichier existe ou si le fichier peut se trouver dans un r\xE9pertoire sp\xE9cifi\xE9 par la variable d'environnement PATH. V\xE9rifiez \xE9galement le Mode de Fichier pour d\xE9terminer si le fichier est ex\xE9cutable.",
          "loc.messages.LIB_WhichNotFound_Win": "Impossible de localiser le fichier ex\xE9cutable\xA0: '%s'. V\xE9rifiez si le chemin du fichier existe ou si le fichier peut se trouver dans un r\xE9pertoire sp\xE9cifi\xE9 par la variable d'environnement PATH. V\xE9rifiez \xE9galement si le fichier a une extension de fichier ex\xE9cutable valide."
        },
        "it-IT": {
          "loc.messages.LIB_CopyFileFailed": "Si \xE8 verificato un errore durante la copia del file. Tentativi rimasti: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "Lo stack della directory \xE8 vuoto",
          "loc.messages.LIB_EndpointAuthNotExist": "I dati di autenticazione endpoint non sono presenti: %s",
          "loc.messages.LIB_EndpointDataNotExist": "Il parametro %s dei dati dell'endpoint non \xE8 presente: %s",
          "loc.messages.LIB_EndpointNotExist": "Endpoint non presente: %s",
          "loc.messages.LIB_FailOnCode": "Codice restituito dell'errore: %d",
          "loc.messages.LIB_InputRequired": "Input richiesto: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "Autenticazione endpoint non valida: %s",
          "loc.messages.LIB_InvalidPattern": "Criterio non valido: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "L'input del file protetto non \xE8 valido: %s",
          "loc.messages.LIB_LocStringNotFound": "La stringa localizzata per la chiave %s non \xE8 stata trovata",
          "loc.messages.LIB_MergeTestResultNotSupported": "L'unione di pi\xF9 file risultanti da un'unica esecuzione dei test non \xE8 supportata in questa versione dell'agente di compilazione per OS X/Linux. Ogni file dei risultati del test verr\xE0 pubblicato come esecuzione dei test separata in VSO/TFS.",
          "loc.messages.LIB_MkdirFailed": "Non \xE8 possibile creare la directory '%s'. %s",
          "loc.messages.LIB_MkdirFailedFileExists": "Non \xE8 possibile creare la directory '%s'. Esiste un file in conflitto: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "Non \xE8 possibile creare la directory '%s'. La directory radice non esiste: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidShare": "Non \xE8 possibile creare la directory '%s' perch\xE9 non \xE8 possibile verificarne l'esistenza: '%s'. Se la directory \xE8 una condivisione file, verificare che il nome della condivisione sia corretto, che la condivisione sia online e che il processo corrente sia autorizzato ad accedervi.",
          "loc.messages.LIB_MultilineSecret": "I segreti non possono contenere pi\xF9 righe",
          "loc.messages.LIB_NotFoundPreviousDirectory": "Non \xE8 stato possibile trovare la directory precedente",
          "loc.messages.LIB_OperationFailed": "Operazione %s non riuscita: %s",
          "loc.messages.LIB_ParameterIsRequired": "Parametro %s non fornito",
          "loc.messages.LIB_PathHasNullByte": "Il percorso non pu\xF2 contenere byte Null",
          "loc.messages.LIB_PathIsNotADirectory": "Il percorso non \xE8 una directory: %s",
          "loc.messages.LIB_PathNotFound": "Percorso %s non trovato: %s",
          "loc.messages.LIB_PlatformNotSupported": "Piattaforma non supportata: %s",
          "loc.messages.LIB_ProcessError": "Si \xE8 verificato un errore durante il tentativo di eseguire il processo '%s'. Questo errore pu\xF2 indicare che non \xE8 stato possibile avviare il processo. Errore: %s",
          "loc.messages.LIB_ProcessExitCode": "Il processo '%s' non \xE8 riuscito. Codice di uscita: %s",
          "loc.messages.LIB_ProcessStderr": "Il processo '%s' non \xE8 riuscito perch\xE9 una o pi\xF9 righe sono state scritte nel flusso STDERR",
          "loc.messages.LIB_ResourceFileAlreadySet": "Il file di risorse \xE8 gi\xE0 stato impostato su %s",
          "loc.messages.LIB_ResourceFileNotExist": "Il file di risorse non esiste: %s",
          "loc.messages.LIB_ResourceFileNotSet": "Il file di risorse non \xE8 stato impostato. La stringa localizzata per la chiave %s non \xE8 stata trovata",
          "loc.messages.LIB_ReturnCode": "Codice restituito: %d",
          "loc.messages.LIB_StdioNotClosed": "I flussi STDIO non si sono chiusi entro %s secondi dall'evento di uscita dal processo '%s'. Questa condizione pu\xF2 indicare che un processo figlio ha ereditato i flussi STDIO e non \xE8 ancora stato terminato.",
          "loc.messages.LIB_UndefinedNodeVersion": "La versione del nodo non \xE8 definita.",
          "loc.messages.LIB_UnhandledEx": "Eccezione non gestita: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "Sono presenti pi\xF9 corrispondenze dell'area di lavoro. Verr\xE0 usata la prima.",
          "loc.messages.LIB_WhichNotFound_Linux": "Il file eseguibile '%s' non \xE8 stato trovato. Verificare se il percorso di file esiste o il file \xE8 presente in una directory specificata dalla variabile di ambiente PATH. Controllare anche la modalit\xE0 file per verificare che il file sia eseguibile.",
          "loc.messages.LIB_WhichNotFound_Win": "Il file eseguibile '%s' non \xE8 stato trovato. Verificare se il percorso di file esiste o il file \xE8 presente in una directory specificata dalla variabile di ambiente PATH. Controllare anche che l'estensione sia valida per un file eseguibile."
        },
        "ja-JP": {
          "loc.messages.LIB_CopyFileFailed": "\u30D5\u30A1\u30A4\u30EB\u306E\u30B3\u30D4\u30FC\u4E2D\u306B\u30A8\u30E9\u30FC\u304C\u767A\u751F\u3057\u307E\u3057\u305F\u3002\u6B8B\u308A\u306E\u8A66\u884C\u56DE\u6570: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA \u30B9\u30BF\u30C3\u30AF\u304C\u7A7A\u3067\u3059",
          "loc.messages.LIB_EndpointAuthNotExist": "\u30A8\u30F3\u30C9\u30DD\u30A4\u30F3\u30C8\u306E\u8A8D\u8A3C\u30C7\u30FC\u30BF\u304C\u3042\u308A\u307E\u305B\u3093: %s",
          "loc.messages.LIB_EndpointDataNotExist": "\u30A8\u30F3\u30C9\u30DD\u30A4\u30F3\u30C8\u306E\u30C7\u30FC\u30BF \u30D1\u30E9\u30E1\u30FC\u30BF\u30FC %s \u304C\u3042\u308A\u307E\u305B\u3093: %s",
          "loc.messages.LIB_EndpointNotExist": "\u30A8\u30F3\u30C9\u30DD\u30A4\u30F3\u30C8\u304C\u5B58\u5728\u3057\u307E\u305B\u3093: %s",
          "loc.messages.LIB_FailOnCode": "\u5931\u6557\u306E\u30EA\u30BF\u30FC\u30F3 \u30B3\u30FC\u30C9: %d",
          "loc.messages.LIB_InputRequired": "\u5165\u529B\u304C\u5FC5\u8981\u3067\u3059: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "\u30A8\u30F3\u30C9\u30DD\u30A4\u30F3\u30C8\u306E\u8A8D\u8A3C\u304C\u7121\u52B9\u3067\u3059: %s",
          "loc.messages.LIB_InvalidPattern": "\u7121\u52B9\u306A\u30D1\u30BF\u30FC\u30F3: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "\u7121\u52B9\u306A\u30BB\u30AD\u30E5\u30A2 \u30D5\u30A1\u30A4\u30EB\u5165\u529B: %s",
          "loc.messages.LIB_LocStringNotFound": "\u30AD\u30FC\u306E loc \u6587\u5B57\u5217\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "\u8907\u6570\u306E\u30D5\u30A1\u30A4\u30EB\u304B\u3089\u306E\u30C6\u30B9\u30C8\u7D50\u679C\u3092 1 \u3064\u306E\u30C6\u30B9\u30C8\u5B9F\u884C\u306B\u30DE\u30FC\u30B8\u3059\u308B\u51E6\u7406\u306F\u3001OSX/Linux \u7528\u306E\u30D3\u30EB\u30C9 \u30A8\u30FC\u30B8\u30A7\u30F3\u30C8\u306E\u3053\u306E\u30D0\u30FC\u30B8\u30E7\u30F3\u3067\u306F\u30B5\u30DD\u30FC\u30C8\u3055\u308C\u3066\u3044\u307E\u305B\u3093\u3002\u5404\u30C6\u30B9\u30C8\u7D50\u679C\u30D5\u30A1\u30A4\u30EB\u304C VSO/TFS \u3067\u5225\u500B\u306E\u30C6\u30B9\u30C8\u5B9F\u884C\u3068\u3057\u3066\u767A\u884C\u3055\u308C\u307E\u3059\u3002",
          "loc.messages.LIB_MkdirFailed": "\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA '%s' \u3092\u4F5C\u6210\u3067\u304D\u307E\u305B\u3093\u3002%s",
          "loc.messages.LIB_MkdirFailedFileExists": "\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA '%s' \u3092\u4F5C\u6210\u3067\u304D\u307E\u305B\u3093\u3002\u7AF6\u5408\u3059\u308B\u30D5\u30A1\u30A4\u30EB\u304C\u5B58\u5728\u3057\u307E\u3059: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA '%s' \u3092\u4F5C\u6210\u3067\u304D\u307E\u305B\u3093\u3002\u30EB\u30FC\u30C8 \u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u304C\u5B58\u5728\u3057\u307E\u305B\u3093: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidShare": "\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA '%s' \u3092\u4F5C\u6210\u3067\u304D\u307E\u305B\u3093\u3002\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u304C\u5B58\u5728\u3059\u308B\u3053\u3068\u3092\u78BA\u8A8D\u3067\u304D\u307E\u305B\u3093: '%s'\u3002\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u304C\u30D5\u30A1\u30A4\u30EB\u5171\u6709\u3067\u3042\u308B\u5834\u5408\u3001\u305D\u306E\u5171\u6709\u540D\u304C\u6B63\u3057\u3044\u3053\u3068\u3001\u305D\u306E\u5171\u6709\u304C\u30AA\u30F3\u30E9\u30A4\u30F3\u3067\u3042\u308B\u3053\u3068\u3001\u305D\u3057\u3066\u73FE\u5728\u306E\u30D7\u30ED\u30BB\u30B9\u306B\u305D\u306E\u5171\u6709\u3078\u306E\u30A2\u30AF\u30BB\u30B9\u8A31\u53EF\u304C\u3042\u308B\u3053\u3068\u3092\u3054\u78BA\u8A8D\u304F\u3060\u3055\u3044\u3002",
          "loc.messages.LIB_MultilineSecret": "\u30B7\u30FC\u30AF\u30EC\u30C3\u30C8\u306B\u8907\u6570\u306E\u884C\u3092\u542B\u3081\u308B\u3053\u3068\u306F\u3067\u304D\u307E\u305B\u3093",
          "loc.messages.LIB_NotFoundPreviousDirectory": "\u524D\u306E\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093\u3067\u3057\u305F",
          "loc.messages.LIB_OperationFailed": "\u5931\u6557\u3057\u307E\u3057\u305F %s: %s",
          "loc.messages.LIB_ParameterIsRequired": "%s \u304C\u63D0\u4F9B\u3055\u308C\u3066\u3044\u307E\u305B\u3093",
          "loc.messages.LIB_PathHasNullByte": "\u30D1\u30B9\u306B null \u30D0\u30A4\u30C8\u3092\u542B\u3081\u308B\u3053\u3068\u306F\u3067\u304D\u307E\u305B\u3093",
          "loc.messages.LIB_PathIsNotADirectory": "\u30D1\u30B9\u304C\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u3067\u306F\u3042\u308A\u307E\u305B\u3093: %s",
          "loc.messages.LIB_PathNotFound": "\u898B\u3064\u304B\u308A\u307E\u305B\u3093\u3067\u3057\u305F %s: %s",
          "loc.messages.LIB_PlatformNotSupported": "\u30D7\u30E9\u30C3\u30C8\u30D5\u30A9\u30FC\u30E0\u304C\u30B5\u30DD\u30FC\u30C8\u3055\u308C\u3066\u3044\u307E\u305B\u3093: %s",
          "loc.messages.LIB_ProcessError": "\u30D7\u30ED\u30BB\u30B9 '%s' \u3092\u5B9F\u884C\u3057\u3088\u3046\u3068\u3057\u3066\u3044\u308B\u3068\u304D\u306B\u30A8\u30E9\u30FC\u304C\u767A\u751F\u3057\u307E\u3057\u305F\u3002\u30D7\u30ED\u30BB\u30B9\u306E\u958B\u59CB\u306B\u5931\u6557\u3057\u305F\u304A\u305D\u308C\u304C\u3042\u308A\u307E\u3059\u3002\u30A8\u30E9\u30FC: %s",
          "loc.messages.LIB_ProcessExitCode": "\u30D7\u30ED\u30BB\u30B9 '%s' \u304C\u7D42\u4E86\u30B3\u30FC\u30C9 %s \u3067\u5931\u6557\u3057\u307E\u3057\u305F",
          "loc.messages.LIB_ProcessStderr": "1 \u3064\u4EE5\u4E0A\u306E\u884C\u304C STDERR \u30B9\u30C8\u30EA\u30FC\u30E0\u306B\u66F8\u304D\u8FBC\u307E\u308C\u305F\u305F\u3081\u3001\u30D7\u30ED\u30BB\u30B9 '%s' \u304C\u5931\u6557\u3057\u307E\u3057\u305F",
          "loc.messages.LIB_ResourceFileAlreadySet": "\u30EA\u30BD\u30FC\u30B9 \u30D5\u30A1\u30A4\u30EB\u306F\u65E2\u306B %s \u306B\u8A2D\u5B9A\u3055\u308C\u3066\u3044\u307E\u3059",
          "loc.messages.LIB_ResourceFileNotExist": "\u30EA\u30BD\u30FC\u30B9 \u30D5\u30A1\u30A4\u30EB\u304C\u5B58\u5728\u3057\u307E\u305B\u3093: %s",
          "loc.messages.LIB_ResourceFileNotSet": "\u30EA\u30BD\u30FC\u30B9 \u30D5\u30A1\u30A4\u30EB\u304C\u8A2D\u5B9A\u3055\u308C\u3066\u304A\u3089\u305A\u3001\u30AD\u30FC\u306E loc \u6587\u5B57\u5217\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093: %s",
          "loc.messages.LIB_ReturnCode": "\u30EA\u30BF\u30FC\u30F3 \u30B3\u30FC\u30C9: %d",
          "loc.messages.LIB_StdioNotClosed": "STDIO \u30B9\u30C8\u30EA\u30FC\u30E0\u304C\u3001\u30D7\u30ED\u30BB\u30B9 '%s' \u306E\u7D42\u4E86\u30A4\u30D9\u30F3\u30C8\u304B\u3089 %s \u79D2\u4EE5\u5185\u306B\u7D42\u4E86\u3057\u307E\u305B\u3093\u3067\u3057\u305F\u3002\u3053\u308C\u306F\u3001\u5B50\u30D7\u30ED\u30BB\u30B9\u304C STDIO \u30B9\u30C8\u30EA\u30FC\u30E0\u3092\u7D99\u627F\u3057\u3001\u307E\u3060\u7D42\u4E86\u3057\u3066\u3044\u306A\u3044\u3053\u3068\u3092\u793A\u3057\u3066\u3044\u308B\u53EF\u80FD\u6027\u304C\u3042\u308A\u307E\u3059\u3002",
          "loc.messages.LIB_UndefinedNodeVersion": "\u30CE\u30FC\u30C9\u306E\u30D0\u30FC\u30B8\u30E7\u30F3\u304C\u5B9A\u7FA9\u3055\u308C\u3066\u3044\u307E\u305B\u3093\u3002",
          "loc.messages.LIB_UnhandledEx": "\u672A\u51E6\u7406: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "\u8907\u6570\u306E\u30EF\u30FC\u30AF\u30B9\u30DA\u30FC\u30B9\u304C\u4E00\u81F4\u3057\u307E\u3059\u3002\u6700\u521D\u306E\u30EF\u30FC\u30AF\u30B9\u30DA\u30FC\u30B9\u304C\u4F7F\u7528\u3055\u308C\u307E\u3059\u3002",
          "loc.messages.LIB_WhichNotFound_Linux": "\u5B9F\u884C\u53EF\u80FD\u30D5\u30A1\u30A4\u30EB\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093: '%s'\u3002\u30D5\u30A1\u30A4\u30EB \u30D1\u30B9\u304C\u5B58\u5728\u3059\u308B\u3053\u3068\u3001\u307E\u305F\u306F\u305D\u306E\u30D5\u30A1\u30A4\u30EB\u304C PATH \u74B0\u5883\u5909\u6570\u3067\u6307\u5B9A\u3055\u308C\u305F\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u5185\u306B\u3042\u308B\u3053\u3068\u3092\u3054\u78BA\u8A8D\u304F\u3060\u3055\u3044\u3002\u30D5\u30A1\u30A4\u30EB\u304C\u5B9F\u884C\u53EF\u80FD\u304B\u3069\u3046\u304B\u306B\u3064\u3044\u3066\u30D5\u30A1\u30A4\u30EB \u30E2\u30FC\u30C9\u3082\u3054\u78BA\u8A8D\u304F\u3060\u3055\u3044\u3002",
          "loc.messages.LIB_WhichNotFound_Win": "\u5B9F\u884C\u53EF\u80FD\u30D5\u30A1\u30A4\u30EB\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093: '%s'\u3002\u30D5\u30A1\u30A4\u30EB \u30D1\u30B9\u304C\u5B58\u5728\u3059\u308B\u3053\u3068\u3001\u307E\u305F\u306F\u305D\u306E\u30D5\u30A1\u30A4\u30EB\u304C PATH \u74B0\u5883\u5909\u6570\u3067\u6307\u5B9A\u3055\u308C\u305F\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u5185\u306B\u3042\u308B\u3053\u3068\u3092\u3054\u78BA\u8A8D\u304F\u3060\u3055\u3044\u3002\u305D\u306E\u30D5\u30A1\u30A4\u30EB\u306B\u5B9F\u884C\u53EF\u80FD\u30D5\u30A1\u30A4\u30EB\u306E\u6709\u52B9\u306A\u62E1\u5F35\u5B50\u304C\u3064\u3044\u3066\u3044\u308B\u3053\u3068\u3082\u3054\u78BA\u8A8D\u304F\u3060\u3055\u3044\u3002"
        },
        "ko-KR": {
          "loc.messages.LIB_CopyFileFailed": "\uD30C\uC77C\uC744 \uBCF5\uC0AC\uD558\uB294 \uB3D9\uC548 \uC624\uB958\uAC00 \uBC1C\uC0DD\uD588\uC2B5\uB2C8\uB2E4. \uB0A8\uC740 \uC2DC\uB3C4 \uD69F\uC218: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "\uB514\uB809\uD130\uB9AC \uC2A4\uD0DD\uC774 \uBE44\uC5B4 \uC788\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_EndpointAuthNotExist": "\uC5D4\uB4DC\uD3EC\uC778\uD2B8 \uC778\uC99D \uB370\uC774\uD130\uAC00 \uC5C6\uC74C: %s",
          "loc.messages.LIB_EndpointDataNotExist": "\uC5D4\uB4DC\uD3EC\uC778\uD2B8 \uB370\uC774\uD130 \uB9E4\uAC1C \uBCC0\uC218 %s\uC774(\uAC00) \uC5C6\uC74C: %s",
          "loc.messages.LIB_EndpointNotExist": "\uC5D4\uB4DC\uD3EC\uC778\uD2B8\uAC00 \uC5C6\uC74C: %s",
          "loc.messages.LIB_FailOnCode": "\uC2E4\uD328 \uBC18\uD658 \uCF54\uB4DC: %d",
          "loc.messages.LIB_InputRequired": "\uC785\uB825 \uD544\uC694: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "\uC798\uBABB\uB41C \uC5D4\uB4DC\uD3EC\uC778\uD2B8 \uC778\uC99D: %s",
          "loc.messages.LIB_InvalidPattern": "\uC798\uBABB\uB41C \uD328\uD134: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "\uBCF4\uC548 \uD30C\uC77C \uC785\uB825\uC774 \uC798\uBABB\uB428: %s",
          "loc.messages.LIB_LocStringNotFound": "\uD0A4\uC5D0 \uB300\uD55C loc \uBB38\uC790\uC5F4\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC74C: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "\uC774 OSX/Linux\uC6A9 \uBE4C\uB4DC \uC5D0\uC774\uC804\uD2B8 \uBC84\uC804\uC5D0\uC11C \uC5EC\uB7EC \uD30C\uC77C\uC758 \uD14C\uC2A4\uD2B8 \uACB0\uACFC\uB97C \uD558\uB098\uC758 \uD14C\uC2A4\uD2B8 \uC2E4\uD589\uC73C\uB85C \uBCD1\uD569\uD558\uB294 \uAC83\uC744 \uC9C0\uC6D0\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uAC01 \uD14C\uC2A4\uD2B8 \uACB0\uACFC \uD30C\uC77C\uC740 VSO/TFS\uC5D0\uC11C \uBCC4\uB3C4\uC758 \uD14C\uC2A4\uD2B8 \uC2E4\uD589\uC73C\uB85C \uAC8C\uC2DC\uB429\uB2C8\uB2E4.",
          "loc.messages.LIB_MkdirFailed": "'%s' \uB514\uB809\uD130\uB9AC\uB97C \uB9CC\uB4E4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. %s",
          "loc.messages.LIB_MkdirFailedFileExists": "'%s' \uB514\uB809\uD130\uB9AC\uB97C \uB9CC\uB4E4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uCDA9\uB3CC\uD558\uB294 \uD30C\uC77C '%s'\uC774(\uAC00) \uC788\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "'%s' \uB514\uB809\uD130\uB9AC\uB97C \uB9CC\uB4E4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB8E8\uD2B8 \uB514\uB809\uD130\uB9AC '%s'\uC774(\uAC00) \uC5C6\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_MkdirFailedInvalidShare": "'%s' \uB514\uB809\uD130\uB9AC\uB97C \uB9CC\uB4E4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. '%s' \uB514\uB809\uD130\uB9AC\uAC00 \uC788\uB294\uC9C0 \uD655\uC778\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB514\uB809\uD130\uB9AC\uAC00 \uD30C\uC77C \uACF5\uC720\uC778 \uACBD\uC6B0 \uACF5\uC720 \uC774\uB984\uC774 \uC62C\uBC14\uB974\uACE0, \uACF5\uC720\uAC00 \uC628\uB77C\uC778 \uC0C1\uD0DC\uC774\uBA70, \uD604\uC7AC \uD504\uB85C\uC138\uC2A4\uC5D0 \uACF5\uC720\uC5D0 \uC561\uC138\uC2A4\uD560 \uC218 \uC788\uB294 \uAD8C\uD55C\uC774 \uC788\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694.",
          "loc.messages.LIB_MultilineSecret": "\uBE44\uBC00\uC5D0 \uC5EC\uB7EC \uC904\uC744 \uC0AC\uC6A9\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_NotFoundPreviousDirectory": "\uC774\uC804 \uB514\uB809\uD130\uB9AC\uB97C \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_OperationFailed": "%s \uC2E4\uD328: %s",
          "loc.messages.LIB_ParameterIsRequired": "%s\uC774(\uAC00) \uC81C\uACF5\uB418\uC9C0 \uC54A\uC74C",
          "loc.messages.LIB_PathHasNullByte": "\uACBD\uB85C\uC5D0 null \uBC14\uC774\uD2B8\uB97C \uD3EC\uD568\uD560 \uC218 \uC5C6\uC74C",
          "loc.messages.LIB_PathIsNotADirectory": "\uACBD\uB85C\uAC00 \uB514\uB809\uD130\uB9AC\uAC00 \uC544\uB2D9\uB2C8\uB2E4. %s",
          "loc.messages.LIB_PathNotFound": "%s\uC744(\uB97C) \uCC3E\uC744 \uC218 \uC5C6\uC74C: %s",
          "loc.messages.LIB_PlatformNotSupported": "\uC9C0\uC6D0\uB418\uC9C0 \uC54A\uB294 \uD50C\uB7AB\uD3FC: %s",
          "loc.messages.LIB_ProcessError": "'%s' \uD504\uB85C\uC138\uC2A4\uB97C \uC2E4\uD589\uD560 \uB54C \uC624\uB958\uAC00 \uBC1C\uC0DD\uD588\uC2B5\uB2C8\uB2E4. \uC774\uB294 \uD504\uB85C\uC138\uC2A4\uB97C \uC2DC\uC791\uD558\uC9C0 \uBABB\uD588\uC74C\uC744 \uB098\uD0C0\uB0BC \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uC624\uB958: %s",
          "loc.messages.LIB_ProcessExitCode": "'%s' \uD504\uB85C\uC138\uC2A4\uAC00 \uC2E4\uD328\uD568(\uC885\uB8CC \uCF54\uB4DC %s)",
          "loc.messages.LIB_ProcessStderr": "\uD558\uB098 \uC774\uC0C1\uC758 \uC904\uC774 STDERR \uC2A4\uD2B8\uB9BC\uC5D0 \uC4F0\uC600\uC73C\uBBC0\uB85C '%s' \uD504\uB85C\uC138\uC2A4\uAC00 \uC2E4\uD328\uD568",
          "loc.messages.LIB_ResourceFileAlreadySet": "\uB9AC\uC18C\uC2A4 \uD30C\uC77C\uC774 \uC774\uBBF8 \uB2E4\uC74C\uC73C\uB85C \uC124\uC815\uB428: %s",
          "loc.messages.LIB_ResourceFileNotExist": "\uB9AC\uC18C\uC2A4 \uD30C\uC77C\uC774 \uC5C6\uC74C: %s",
          "loc.messages.LIB_ResourceFileNotSet": "\uB9AC\uC18C\uC2A4 \uD30C\uC77C\uC774 \uC124\uC815\uB418\uC9C0 \uC54A\uC558\uACE0 \uD0A4\uC5D0 \uB300\uD55C loc \uBB38\uC790\uC5F4\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC74C: %s",
          "loc.messages.LIB_ReturnCode": "\uBC18\uD658 \uCF54\uB4DC: %d",
          "loc.messages.LIB_StdioNotClosed": "STDIO \uC2A4\uD2B8\uB9BC\uC774 %s\uCD08 \uC774\uB0B4('%s' \uD504\uB85C\uC138\uC2A4\uC758 \uC885\uB8CC \uC774\uBCA4\uD2B8 \uD6C4)\uC5D0 \uB2EB\uD788\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4. \uC774\uB294 \uC790\uC2DD \uD504\uB85C\uC138\uC2A4\uAC00 STDIO \uC2A4\uD2B8\uB9BC\uC744 \uC0C1\uC18D\uD588\uC73C\uBA70 \uC544\uC9C1 \uC885\uB8CC\uB418\uC9C0 \uC54A\uC558\uC74C\uC744 \uB098\uD0C0\uB0BC \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_UndefinedNodeVersion": "\uB178\uB4DC \uBC84\uC804\uC774 \uC815\uC758\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_UnhandledEx": "\uCC98\uB9AC\uB418\uC9C0 \uC54A\uC74C: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "\uC5EC\uB7EC \uC791\uC5C5 \uC601\uC5ED\uC774 \uC77C\uCE58\uD569\uB2C8\uB2E4. \uCCAB \uBC88\uC9F8 \uC791\uC5C5 \uC601\uC5ED\uC744 \uC0AC\uC6A9\uD558\uC138\uC694.",
          "loc.messages.LIB_WhichNotFound_Linux": "\uC2E4\uD589 \uD30C\uC77C '%s'\uC744(\uB97C) \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uD30C\uC77C \uACBD\uB85C\uAC00 \uC788\uB294\uC9C0 \uB610\uB294 PATH \uD658\uACBD \uBCC0\uC218\uC5D0\uC11C \uC9C0\uC815\uD55C \uB514\uB809\uD130\uB9AC \uB0B4\uC5D0\uC11C \uD30C\uC77C\uC744 \uCC3E\uC744 \uC218 \uC788\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694. \uB610\uD55C \uD30C\uC77C \uBAA8\uB4DC\uB97C \uD655\uC778\uD558\uC5EC \uD30C\uC77C\uC744 \uC2E4\uD589\uD560 \uC218 \uC788\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694.",
          "loc.messages.LIB_WhichNotFound_Win": "\uC2E4\uD589 \uD30C\uC77C '%s'\uC744(\uB97C) \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uD30C\uC77C \uACBD\uB85C\uAC00 \uC788\uB294\uC9C0 \uB610\uB294 PATH \uD658\uACBD \uBCC0\uC218\uC5D0\uC11C \uC9C0\uC815\uD55C \uB514\uB809\uD130\uB9AC \uB0B4\uC5D0\uC11C \uD30C\uC77C\uC744 \uCC3E\uC744 \uC218 \uC788\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694. \uB610\uD55C \uD30C\uC77C\uC774 \uC2E4\uD589 \uD30C\uC77C\uC5D0 \uB300\uD574 \uC62C\uBC14\uB978 \uD655\uC7A5\uBA85\uC744 \uAC00\uC9C0\uACE0 \uC788\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694."
        },
        "ru-RU": {
          "loc.messages.LIB_CopyFileFailed": "\u041E\u0448\u0438\u0431\u043A\u0430 \u043F\u0440\u0438 \u043A\u043E\u043F\u0438\u0440\u043E\u0432\u0430\u043D\u0438\u0438 \u0444\u0430\u0439\u043B\u0430. \u041E\u0441\u0442\u0430\u0432\u0448\u0435\u0435\u0441\u044F \u0447\u0438\u0441\u043B\u043E \u043F\u043E\u043F\u044B\u0442\u043E\u043A: %s.",
          "loc.messages.LIB_DirectoryStackEmpty": "\u0421\u0442\u0435\u043A \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0430 \u043F\u0443\u0441\u0442",
          "loc.messages.LIB_EndpointAuthNotExist": "\u041E\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u0443\u044E\u0442 \u0434\u0430\u043D\u043D\u044B\u0435 \u0434\u043B\u044F \u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0438 \u043F\u043E\u0434\u043B\u0438\u043D\u043D\u043E\u0441\u0442\u0438 \u043A\u043E\u043D\u0435\u0447\u043D\u043E\u0439 \u0442\u043E\u0447\u043A\u0438: %s",
          "loc.messages.LIB_EndpointDataNotExist": "\u041E\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u0443\u0435\u0442 \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 %s \u0434\u0430\u043D\u043D\u044B\u0445 \u043A\u043E\u043D\u0435\u0447\u043D\u043E\u0439 \u0442\u043E\u0447\u043A\u0438: %s",
          "loc.messages.LIB_EndpointNotExist": "\u041A\u043E\u043D\u0435\u0447\u043D\u0430\u044F \u0442\u043E\u0447\u043A\u0430 \u043E\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u0443\u0435\u0442: %s.",
          "loc.messages.LIB_FailOnCode": "\u041A\u043E\u0434 \u0432\u043E\u0437\u0432\u0440\u0430\u0442\u0430 \u043F\u0440\u0438 \u0441\u0431\u043E\u0435: %d.",
          "loc.messages.LIB_InputRequired": "\u0422\u0440\u0435\u0431\u0443\u0435\u0442\u0441\u044F \u0432\u0432\u0435\u0441\u0442\u0438 \u0434\u0430\u043D\u043D\u044B\u0435: %s.",
          "loc.messages.LIB_InvalidEndpointAuth": "\u041D\u0435\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u0430\u044F \u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0430 \u043F\u043E\u0434\u043B\u0438\u043D\u043D\u043E\u0441\u0442\u0438 \u043A\u043E\u043D\u0435\u0447\u043D\u043E\u0439 \u0442\u043E\u0447\u043A\u0438: %s.",
          "loc.messages.LIB_InvalidPattern": '\u041D\u0435\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u044B\u0439 \u0448\u0430\u0431\u043B\u043E\u043D: "%s"',
          "loc.messages.LIB_InvalidSecureFilesInput": "\u041D\u0435\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u044B\u0435 \u0432\u0445\u043E\u0434\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435 \u0437\u0430\u0449\u0438\u0442\u043D\u043E\u0433\u043E \u0444\u0430\u0439\u043B\u0430: %s",
          "loc.messages.LIB_LocStringNotFound": "\u041D\u0435 \u0443\u0434\u0430\u0435\u0442\u0441\u044F \u043D\u0430\u0439\u0442\u0438 \u043B\u043E\u043A\u0430\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u0443\u044E \u0441\u0442\u0440\u043E\u043A\u0443 \u0434\u043B\u044F \u043A\u043B\u044E\u0447\u0430: %s.",
          "loc.messages.LIB_MergeTestResultNotSupported": "\u041E\u0431\u044A\u0435\u0434\u0438\u043D\u0435\u043D\u0438\u0435 \u0440\u0435\u0437\u0443\u043B\u044C\u0442\u0430\u0442\u043E\u0432 \u0442\u0435\u0441\u0442\u043E\u0432 \u0438\u0437 \u043D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u0438\u0445 \u0444\u0430\u0439\u043B\u043E\u0432 \u0432 \u043E\u0434\u0438\u043D \u0442\u0435\u0441\u0442\u043E\u0432\u044B\u0439 \u0437\u0430\u043F\u0443\u0441\u043A \u043D\u0435 \u043F\u043E\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u0442\u0441\u044F \u0432 \u044D\u0442\u043E\u0439 \u0432\u0435\u0440\u0441\u0438\u0438 \u0430\u0433\u0435\u043D\u0442\u0430 \u0441\u0431\u043E\u0440\u043A\u0438 \u0434\u043B\u044F OSX/Linux. \u041A\u0430\u0436\u0434\u044B\u0439 \u0444\u0430\u0439\u043B \u0440\u0435\u0437\u0443\u043B\u044C\u0442\u0430\u0442\u043E\u0432 \u0442\u0435\u0441\u0442\u0430 \u0431\u0443\u0434\u0435\u0442 \u043E\u043F\u0443\u0431\u043B\u0438\u043A\u043E\u0432\u0430\u043D \u0432 \u043A\u0430\u0447\u0435\u0441\u0442\u0432\u0435 \u043E\u0442\u0434\u0435\u043B\u044C\u043D\u043E\u0433\u043E \u0442\u0435\u0441\u0442\u043E\u0432\u043E\u0433\u043E \u0437\u0430\u043F\u0443\u0441\u043A\u0430 \u0432 VSO/TFS.",
          "loc.messages.LIB_MkdirFailed": '\u041D\u0435 \u0443\u0434\u0430\u0435\u0442\u0441\u044F \u0441\u043E\u0437\u0434\u0430\u0442\u044C \u043A\u0430\u0442\u0430\u043B\u043E\u0433 "%s". %s',
          "loc.messages.LIB_MkdirFailedFileExists": '\u041D\u0435 \u0443\u0434\u0430\u0435\u0442\u0441\u044F \u0441\u043E\u0437\u0434\u0430\u0442\u044C \u043A\u0430\u0442\u0430\u043B\u043E\u0433 "%s". \u0421\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442 \u043A\u043E\u043D\u0444\u043B\u0438\u043A\u0442\u0443\u044E\u0449\u0438\u0439 \u0444\u0430\u0439\u043B: "%s"',
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": '\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0441\u043E\u0437\u0434\u0430\u0442\u044C \u043A\u0430\u0442\u0430\u043B\u043E\u0433 "%s". \u041A\u043E\u0440\u043D\u0435\u0432\u043E\u0439 \u043A\u0430\u0442\u0430\u043B\u043E\u0433 \u043D\u0435 \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442: "%s"',
          "loc.messages.LIB_MkdirFailedInvalidShare": '\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0441\u043E\u0437\u0434\u0430\u0442\u044C \u043A\u0430\u0442\u0430\u043B\u043E\u0433 "%s". \u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u043F\u0440\u043E\u0432\u0435\u0440\u0438\u0442\u044C, \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442 \u043B\u0438 \u043A\u0430\u0442\u0430\u043B\u043E\u0433 "%s". \u0415\u0441\u043B\u0438 \u043A\u0430\u0442\u0430\u043B\u043E\u0433 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u0444\u0430\u0439\u043B\u043E\u0432\u044B\u043C \u0440\u0435\u0441\u0443\u0440\u0441\u043E\u043C, \u0443\u0431\u0435\u0434\u0438\u0442\u0435\u0441\u044C, \u0447\u0442\u043E \u0438\u043C\u044F \u0440\u0435\u0441\u0443\u0440\u0441\u0430 \u0443\u043A\u0430\u0437\u0430\u043D\u043E \u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u043E, \u043E\u043D \u0440\u0430\u0431\u043E\u0442\u0430\u0435\u0442 \u0438 \u0442\u0435\u043A\u0443\u0449\u0438\u0439 \u043F\u0440\u043E\u0446\u0435\u0441\u0441 \u0438\u043C\u0435\u0435\u0442 \u0440\u0430\u0437\u0440\u0435\u0448\u0435\u043D\u0438\u0435 \u043D\u0430 \u0434\u043E\u0441\u0442\u0443\u043F \u043A \u043D\u0435\u043C\u0443.',
          "loc.messages.LIB_MultilineSecret": "\u0421\u0435\u043A\u0440\u0435\u0442 \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u0431\u044B\u0442\u044C \u043C\u043D\u043E\u0433\u043E\u0441\u0442\u0440\u043E\u0447\u043D\u044B\u043C",
          "loc.messages.LIB_NotFoundPreviousDirectory": "\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u043D\u0430\u0439\u0442\u0438 \u043F\u0440\u0435\u0434\u044B\u0434\u0443\u0449\u0438\u0439 \u043A\u0430\u0442\u0430\u043B\u043E\u0433",
          "loc.messages.LIB_OperationFailed": "\u0421\u0431\u043E\u0439 %s: %s.",
          "loc.messages.LIB_ParameterIsRequired": "\u041D\u0435 \u0443\u043A\u0430\u0437\u0430\u043D %s.",
          "loc.messages.LIB_PathHasNullByte": "\u041F\u0443\u0442\u044C \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u0441\u043E\u0434\u0435\u0440\u0436\u0430\u0442\u044C \u043F\u0443\u0441\u0442\u044B\u0435 \u0431\u0430\u0439\u0442\u044B.",
          "loc.messages.LIB_PathIsNotADirectory": "\u041F\u0443\u0442\u044C \u043D\u0435 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u043E\u043C: %s",
          "loc.messages.LIB_PathNotFound": "\u041D\u0435 \u043D\u0430\u0439\u0434\u0435\u043D %s: %s.",
          "loc.messages.LIB_PlatformNotSupported": "\u041F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0430 \u043D\u0435 \u043F\u043E\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u0442\u0441\u044F: %s",
          "loc.messages.LIB_ProcessError": '\u041F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u0430 \u043E\u0448\u0438\u0431\u043A\u0430 \u043F\u0440\u0438 \u043F\u043E\u043F\u044B\u0442\u043A\u0435 \u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u044C \u043F\u0440\u043E\u0446\u0435\u0441\u0441 "%s". \u042D\u0442\u043E \u043C\u043E\u0436\u0435\u0442 \u043E\u0437\u043D\u0430\u0447\u0430\u0442\u044C, \u0447\u0442\u043E \u043F\u0440\u043E\u0446\u0435\u0441\u0441 \u043D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0437\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u044C. \u041E\u0448\u0438\u0431\u043A\u0430: %s',
          "loc.messages.LIB_ProcessExitCode": '\u041F\u0440\u043E\u0438\u0437\u043E\u0448\u0435\u043B \u0441\u0431\u043E\u0439 \u043F\u0440\u043E\u0446\u0435\u0441\u0441\u0430 "%s" \u0441 \u043A\u043E\u0434\u043E\u043C \u0432\u044B\u0445\u043E\u0434\u0430 %s.',
          "loc.messages.LIB_ProcessStderr": '\u041F\u0440\u043E\u0438\u0437\u043E\u0448\u0435\u043B \u0441\u0431\u043E\u0439 \u043F\u0440\u043E\u0446\u0435\u0441\u0441\u0430 "%s", \u0442\u0430\u043A \u043A\u0430\u043A \u043E\u0434\u043D\u0430 \u0438\u043B\u0438 \u043D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u043E \u0441\u0442\u0440\u043E\u043A \u0431\u044B\u043B\u0438 \u0437\u0430\u043F\u0438\u0441\u0430\u043D\u044B \u0432 \u043F\u043E\u0442\u043E\u043A STDERR.',
          "loc.messages.LIB_ResourceFileAlreadySet": "\u0424\u0430\u0439\u043B \u0440\u0435\u0441\u0443\u0440\u0441\u043E\u0432 \u0443\u0436\u0435 \u0437\u0430\u0434\u0430\u043D: %s.",
          "loc.messages.LIB_ResourceFileNotExist": "\u0424\u0430\u0439\u043B \u0440\u0435\u0441\u0443\u0440\u0441\u043E\u0432 \u043D\u0435 \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442: %s.",
          "loc.messages.LIB_ResourceFileNotSet": "\u0424\u0430\u0439\u043B \u0440\u0435\u0441\u0443\u0440\u0441\u043E\u0432 \u043D\u0435 \u0437\u0430\u0434\u0430\u043D, \u043D\u0435 \u0443\u0434\u0430\u0435\u0442\u0441\u044F \u043D\u0430\u0439\u0442\u0438 \u043B\u043E\u043A\u0430\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u0443\u044E \u0441\u0442\u0440\u043E\u043A\u0443 \u0434\u043B\u044F \u043A\u043B\u044E\u0447\u0430: %s.",
          "loc.messages.LIB_ReturnCode": "\u041A\u043E\u0434 \u0432\u043E\u0437\u0432\u0440\u0430\u0442\u0430: %d",
          "loc.messages.LIB_StdioNotClosed": '\u041F\u043E\u0442\u043E\u043A\u0438 STDIO \u043D\u0435 \u0431\u044B\u043B\u0438 \u0437\u0430\u043A\u0440\u044B\u0442\u044B \u0432 \u0442\u0435\u0447\u0435\u043D\u0438\u0435 %s\xA0\u0441 \u043F\u043E\u0441\u043B\u0435 \u043F\u043E\u043B\u0443\u0447\u0435\u043D\u0438\u044F \u0441\u043E\u0431\u044B\u0442\u0438\u044F \u0432\u044B\u0445\u043E\u0434\u0430 \u043E\u0442 \u043F\u0440\u043E\u0446\u0435\u0441\u0441\u0430 "%s". \u042D\u0442\u043E \u043C\u043E\u0436\u0435\u0442 \u0441\u0432\u0438\u0434\u0435\u0442\u0435\u043B\u044C\u0441\u0442\u0432\u043E\u0432\u0430\u0442\u044C \u043E \u0442\u043E\u043C, \u0447\u0442\u043E \u0434\u043E\u0447\u0435\u0440\u043D\u0438\u0439 \u043F\u0440\u043E\u0446\u0435\u0441\u0441 \u0443\u043D\u0430\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u043B \u043F\u043E\u0442\u043E\u043A\u0438 STDIO \u0438 \u0435\u0449\u0435 \u043D\u0435 \u0437\u0430\u0432\u0435\u0440\u0448\u0438\u043B \u0440\u0430\u0431\u043E\u0442\u0443.',
          "loc.messages.LIB_UndefinedNodeVersion": "\u0412\u0435\u0440\u0441\u0438\u044F \u0443\u0437\u043B\u0430 \u043D\u0435 \u043E\u043F\u0440\u0435\u0434\u0435\u043B\u0435\u043D\u0430.",
          "loc.messages.LIB_UnhandledEx": "\u041D\u0435 \u043E\u0431\u0440\u0430\u0431\u043E\u0442\u0430\u043D\u043E: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "\u041D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u043E \u0440\u0430\u0431\u043E\u0447\u0438\u0445 \u043E\u0431\u043B\u0430\u0441\u0442\u0435\u0439 \u0441\u043E\u0432\u043F\u0430\u0434\u0430\u0435\u0442, \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u043D\u0430 \u043F\u0435\u0440\u0432\u0430\u044F \u0440\u0430\u0431\u043E\u0447\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C.",
          "loc.messages.LIB_WhichNotFound_Linux": '\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u043D\u0430\u0439\u0442\u0438 \u0438\u0441\u043F\u043E\u043B\u043D\u044F\u0435\u043C\u044B\u0439 \u0444\u0430\u0439\u043B: "%s". \u0423\u0431\u0435\u0434\u0438\u0442\u0435\u0441\u044C, \u0447\u0442\u043E \u043F\u0443\u0442\u044C \u043A \u0444\u0430\u0439\u043B\u0443 \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442 \u0438 \u0444\u0430\u0439\u043B \u043C\u043E\u0436\u043D\u043E \u043D\u0430\u0439\u0442\u0438 \u0432 \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0435, \u0443\u043A\u0430\u0437\u0430\u043D\u043D\u043E\u043C \u043F\u0435\u0440\u0435\u043C\u0435\u043D\u043D\u043E\u0439 \u043E\u043A\u0440\u0443\u0436\u0435\u043D\u0438\u044F PATH. \u0422\u0430\u043A\u0436\u0435 \u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 \u0440\u0435\u0436\u0438\u043C \u0444\u0430\u0439\u043B\u0430, \u0447\u0442\u043E\u0431\u044B \u0443\u0431\u0435\u0434\u0438\u0442\u044C\u0441\u044F, \u0447\u0442\u043E \u0444\u0430\u0439\u043B \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u0438\u0441\u043F\u043E\u043B\u043D\u044F\u0435\u043C\u044B\u043C.',
          "loc.messages.LIB_WhichNotFound_Win": '\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u043D\u0430\u0439\u0442\u0438 \u0438\u0441\u043F\u043E\u043B\u043D\u044F\u0435\u043C\u044B\u0439 \u0444\u0430\u0439\u043B: "%s". \u0423\u0431\u0435\u0434\u0438\u0442\u0435\u0441\u044C, \u0447\u0442\u043E \u043F\u0443\u0442\u044C \u043A \u0444\u0430\u0439\u043B\u0443 \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442 \u0438 \u0447\u0442\u043E \u0444\u0430\u0439\u043B \u043C\u043E\u0436\u043D\u043E \u043D\u0430\u0439\u0442\u0438 \u0432 \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0435, \u0443\u043A\u0430\u0437\u0430\u043D\u043D\u043E\u043C \u043F\u0435\u0440\u0435\u043C\u0435\u043D\u043D\u043E\u0439 \u043E\u043A\u0440\u0443\u0436\u0435\u043D\u0438\u044F PATH. \u0422\u0430\u043A\u0436\u0435 \u0443\u0431\u0435\u0434\u0438\u0442\u0435\u0441\u044C, \u0447\u0442\u043E \u0443 \u0444\u0430\u0439\u043B\u0430 \u0435\u0441\u0442\u044C \u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u043E\u0435 \u0440\u0430\u0441\u0448\u0438\u0440\u0435\u043D\u0438\u0435 \u0434\u043B\u044F \u0438\u0441\u043F\u043E\u043B\u043D\u044F\u0435\u043C\u043E\u0433\u043E \u0444\u0430\u0439\u043B\u0430.'
        },
        "zh-CN": {
          "loc.messages.LIB_CopyFileFailed": "\u590D\u5236\u6587\u4EF6\u65F6\u51FA\u9519\u3002\u5269\u4F59\u5C1D\u8BD5\u6B21\u6570: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "\u76EE\u5F55\u5806\u6808\u4E3A\u7A7A",
          "loc.messages.LIB_EndpointAuthNotExist": "\u7EC8\u7ED3\u70B9\u6388\u6743\u6570\u636E\u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_EndpointDataNotExist": "\u7EC8\u7ED3\u70B9\u6570\u636E\u53C2\u6570 %s \u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_EndpointNotExist": "\u7EC8\u7ED3\u70B9\u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_FailOnCode": "\u6545\u969C\u8FD4\u56DE\u4EE3\u7801: %d",
          "loc.messages.LIB_InputRequired": "\u8F93\u5165\u5FC5\u9700\u9879: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "\u7EC8\u7ED3\u70B9\u9A8C\u8BC1\u65E0\u6548: %s",
          "loc.messages.LIB_InvalidPattern": '\u65E0\u6548\u7684\u6A21\u5F0F: "%s"',
          "loc.messages.LIB_InvalidSecureFilesInput": "\u65E0\u6548\u7684\u5B89\u5168\u6587\u4EF6\u8F93\u5165: %s",
          "loc.messages.LIB_LocStringNotFound": "\u65E0\u6CD5\u627E\u5230\u5173\u952E\u5B57\u7684\u672C\u5730\u5B57\u7B26\u4E32: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "\u6B64\u7248\u672C\u7684 OSX/Linux \u751F\u6210\u4EE3\u7406\u4E0D\u652F\u6301\u6765\u81EA\u67D0\u4E2A\u6D4B\u8BD5\u8FD0\u884C\u7684\u591A\u6587\u4EF6\u5408\u5E76\u6D4B\u8BD5\u7ED3\u679C\uFF0C\u5728 VSO/TFS \u4E2D\uFF0C\u6BCF\u4E2A\u6D4B\u8BD5\u7ED3\u679C\u6587\u4EF6\u90FD\u5C06\u4F5C\u4E3A\u5355\u72EC\u7684\u6D4B\u8BD5\u8FD0\u884C\u8FDB\u884C\u53D1\u5E03\u3002",
          "loc.messages.LIB_MkdirFailed": "\u65E0\u6CD5\u521B\u5EFA\u76EE\u5F55\u201C%s\u201D\u3002%s",
          "loc.messages.LIB_MkdirFailedFileExists": "\u65E0\u6CD5\u521B\u5EFA\u76EE\u5F55\u201C%s\u201D\u3002\u5B58\u5728\u51B2\u7A81\u6587\u4EF6:\u201C%s\u201D",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "\u65E0\u6CD5\u521B\u5EFA\u76EE\u5F55\u201C%s\u201D\u3002\u6839\u76EE\u5F55\u4E0D\u5B58\u5728:\u201C%s\u201D",
          "loc.messages.LIB_MkdirFailedInvalidShare": "\u65E0\u6CD5\u521B\u5EFA\u76EE\u5F55\u201C%s\u201D\u3002\u65E0\u6CD5\u9A8C\u8BC1\u201C%s\u201D\u76EE\u5F55\u662F\u5426\u5B58\u5728\u3002\u5982\u679C\u76EE\u5F55\u662F\u6587\u4EF6\u5171\u4EAB\uFF0C\u8BF7\u9A8C\u8BC1\u5171\u4EAB\u540D\u79F0\u662F\u5426\u6B63\u786E\u3001\u5171\u4EAB\u662F\u5426\u5DF2\u8054\u673A\u4EE5\u53CA\u5F53\u524D\u8FDB\u7A0B\u662F\u5426\u6709\u6743\u8BBF\u95EE\u8BE5\u5171\u4EAB\u3002",
          "loc.messages.LIB_MultilineSecret": "\u5BC6\u7801\u4E0D\u80FD\u5305\u542B\u591A\u4E2A\u884C",
          "loc.messages.LIB_NotFoundPreviousDirectory": "\u627E\u4E0D\u5230\u4EE5\u524D\u7684\u76EE\u5F55",
          "loc.messages.LIB_OperationFailed": "%s \u5931\u8D25: %s",
          "loc.messages.LIB_ParameterIsRequired": "\u672A\u63D0\u4F9B %s",
          "loc.messages.LIB_PathHasNullByte": "\u8DEF\u5F84\u4E0D\u80FD\u5305\u542B null \u5B57\u8282",
          "loc.messages.LIB_PathIsNotADirectory": "\u8DEF\u5F84\u4E0D\u662F\u76EE\u5F55\uFF1A %s",
          "loc.messages.LIB_PathNotFound": "\u627E\u4E0D\u5230 %s: %s",
          "loc.messages.LIB_PlatformNotSupported": "\u5E73\u53F0\u4E0D\u53D7\u652F\u6301: %s",
          "loc.messages.LIB_ProcessError": "\u5C1D\u8BD5\u6267\u884C\u8FDB\u7A0B\u201C%s\u201D\u65F6\u51FA\u9519\u3002\u8FD9\u53EF\u80FD\u8868\u793A\u8FDB\u7A0B\u542F\u52A8\u5931\u8D25\u3002\u9519\u8BEF: %s",
          "loc.messages.LIB_ProcessExitCode": "\u8FDB\u7A0B\u201C%s\u201D\u5931\u8D25\uFF0C\u9000\u51FA\u4EE3\u7801\u4E3A %s",
          "loc.messages.LIB_ProcessStderr": "\u8FDB\u7A0B\u201C%s\u201D\u5931\u8D25\uFF0C\u56E0\u4E3A\u5DF2\u5C06\u4E00\u884C\u6216\u591A\u884C\u5199\u5165 STDERR \u6D41",
          "loc.messages.LIB_ResourceFileAlreadySet": "\u8D44\u6E90\u6587\u4EF6\u5DF2\u88AB\u8BBE\u7F6E\u4E3A %s",
          "loc.messages.LIB_ResourceFileNotExist": "\u8D44\u6E90\u6587\u4EF6\u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_ResourceFileNotSet": "\u8D44\u6E90\u6587\u4EF6\u5C1A\u672A\u8BBE\u7F6E\uFF0C\u65E0\u6CD5\u627E\u5230\u5173\u952E\u5B57\u7684\u672C\u5730\u5B57\u7B26\u4E32: %s",
          "loc.messages.LIB_ReturnCode": "\u8FD4\u56DE\u4EE3\u7801: %d",
          "loc.messages.LIB_StdioNotClosed": "STDIO \u6D41\u5728\u8FDB\u7A0B\u201C%s\u201D\u4E2D\u53D1\u751F\u9000\u51FA\u4E8B\u4EF6 %s \u79D2\u5185\u672A\u5173\u95ED \u3002\u8FD9\u53EF\u80FD\u8868\u793A\u5B50\u8FDB\u7A0B\u7EE7\u627F\u4E86 STDIO \u6D41\u4E14\u5C1A\u672A\u9000\u51FA\u3002",
          "loc.messages.LIB_UndefinedNodeVersion": "\u8282\u70B9\u7248\u672C\u672A\u5B9A\u4E49\u3002",
          "loc.messages.LIB_UnhandledEx": "\u672A\u5904\u7406: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "\u51FA\u73B0\u591A\u4E2A\u5DE5\u4F5C\u533A\u5339\u914D\u65F6\uFF0C\u4F7F\u7528\u7B2C\u4E00\u4E2A\u3002",
          "loc.messages.LIB_WhichNotFound_Linux": '\u65E0\u6CD5\u5B9A\u4F4D\u53EF\u6267\u884C\u6587\u4EF6: "%s"\u3002\u8BF7\u9A8C\u8BC1\u6587\u4EF6\u8DEF\u5F84\u662F\u5426\u5B58\u5728\u6216\u6587\u4EF6\u662F\u5426\u53EF\u5728 PATH \u73AF\u5883\u53D8\u91CF\u6307\u5B9A\u7684\u76EE\u5F55\u5185\u627E\u5230\u3002\u53E6\u8BF7\u68C0\u67E5\u6587\u4EF6\u6A21\u5F0F\u4EE5\u9A8C\u8BC1\u6587\u4EF6\u662F\u5426\u53EF\u6267\u884C\u3002',
          "loc.messages.LIB_WhichNotFound_Win": '\u65E0\u6CD5\u5B9A\u4F4D\u53EF\u6267\u884C\u6587\u4EF6: "%s"\u3002\u8BF7\u9A8C\u8BC1\u6587\u4EF6\u8DEF\u5F84\u662F\u5426\u5B58\u5728\u6216\u6587\u4EF6\u662F\u5426\u53EF\u5728 PATH \u73AF\u5883\u53D8\u91CF\u6307\u5B9A\u7684\u76EE\u5F55\u5185\u627E\u5230\u3002\u53E6\u8BF7\u9A8C\u8BC1\u8BE5\u6587\u4EF6\u662F\u5426\u5177\u6709\u53EF\u6267\u884C\u6587\u4EF6\u7684\u6709\u6548\u6269\u5C55\u540D\u3002'
        },
        "zh-TW": {
          "loc.messages.LIB_CopyFileFailed": "\u8907\u88FD\u6A94\u6848\u6642\u767C\u751F\u932F\u8AA4\u3002\u5269\u9918\u5617\u8A66\u6B21\u6578: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "\u76EE\u9304\u5806\u758A\u662F\u7A7A\u7684",
          "loc.messages.LIB_EndpointAuthNotExist": "\u7AEF\u9EDE\u9A57\u8B49\u8CC7\u6599\u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_EndpointDataNotExist": "\u7AEF\u9EDE\u8CC7\u6599\u53C3\u6578 %s \u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_EndpointNotExist": "\u7AEF\u9EDE\u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_FailOnCode": "\u50B3\u56DE\u7A0B\u5F0F\u78BC\u5931\u6557: %d",
          "loc.messages.LIB_InputRequired": "\u9700\u8981\u8F38\u5165\u5167\u5BB9: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "\u7AEF\u9EDE\u9A57\u8B49\u7121\u6548: %s",
          "loc.messages.LIB_InvalidPattern": "\u6A21\u5F0F\u7121\u6548: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "\u5B89\u5168\u6A94\u6848\u8F38\u5165\u7121\u6548: %s",
          "loc.messages.LIB_LocStringNotFound": "\u627E\u4E0D\u5230\u7D22\u5F15\u9375\u7684 loc \u5B57\u4E32: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "OSX/Linux \u7684\u6B64\u7248\u672C\u7D44\u5EFA\u4EE3\u7406\u7A0B\u5F0F\u4E0D\u652F\u63F4\u5C07\u591A\u500B\u6A94\u6848\u7684\u6E2C\u8A66\u7D50\u679C\u5408\u4F75\u81F3\u55AE\u4E00\u6E2C\u8A66\u56DE\u5408\uFF0C\u6BCF\u500B\u6E2C\u8A66\u7D50\u679C\u6A94\u6848\u5C07\u4F5C\u70BA\u500B\u5225\u6E2C\u8A66\u56DE\u5408\u5728 VSO/TFS \u4E2D\u767C\u884C\u3002",
          "loc.messages.LIB_MkdirFailed": "\u7121\u6CD5\u5EFA\u7ACB\u76EE\u9304 '%s'\u3002%s",
          "loc.messages.LIB_MkdirFailedFileExists": "\u7121\u6CD5\u5EFA\u7ACB\u76EE\u9304 '%s'\u3002\u5B58\u5728\u885D\u7A81\u7684\u6A94\u6848: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "\u7121\u6CD5\u5EFA\u7ACB\u76EE\u9304 '%s'\u3002\u6839\u76EE\u9304\u4E0D\u5B58\u5728: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidShare": "\u7121\u6CD5\u5EFA\u7ACB\u76EE\u9304 '%s'\u3002\u7121\u6CD5\u9A57\u8B49\u76EE\u9304\u662F\u5426\u5B58\u5728: '%s'\u3002\u5982\u679C\u76EE\u9304\u662F\u6A94\u6848\u5171\u7528\uFF0C\u8ACB\u9A57\u8B49\u5171\u7528\u540D\u7A31\u6B63\u78BA\u3001\u5171\u7528\u5728\u7DDA\u4E0A\uFF0C\u800C\u4E14\u76EE\u524D\u7684\u6D41\u7A0B\u5177\u6709\u5B58\u53D6\u5171\u7528\u7684\u6B0A\u9650\u3002",
          "loc.messages.LIB_MultilineSecret": "\u7955\u5BC6\u4E0D\u5F97\u5305\u542B\u591A\u500B\u884C",
          "loc.messages.LIB_NotFoundPreviousDirectory": "\u627E\u4E0D\u5230\u4E4B\u524D\u7684\u76EE\u9304",
          "loc.messages.LIB_OperationFailed": "%s \u5931\u6557: %s",
          "loc.messages.LIB_ParameterIsRequired": "\u672A\u63D0\u4F9B %s",
          "loc.messages.LIB_PathHasNullByte": "\u8DEF\u5F91\u4E0D\u80FD\u5305\u542B null \u4F4D\u5143\u7D44",
          "loc.messages.LIB_PathIsNotADirectory": "\u8DEF\u5F91\u4E0D\u662F\u76EE\u9304\uFF1A %s",
          "loc.messages.LIB_PathNotFound": "\u627E\u4E0D\u5230 %s: %s",
          "loc.messages.LIB_PlatformNotSupported": "\u4E0D\u652F\u63F4\u7684\u5E73\u53F0: %s",
          "loc.messages.LIB_ProcessError": "\u5617\u8A66\u57F7\u884C\u8655\u7406\u5E8F '%s' \u6642\u767C\u751F\u932F\u8AA4\u3002\u9019\u53EF\u80FD\u8868\u793A\u8655\u7406\u5E8F\u7121\u6CD5\u555F\u52D5\u3002\u932F\u8AA4: %s",
          "loc.messages.LIB_ProcessExitCode": "\u8655\u7406\u5E8F '%s' \u5931\u6557\uFF0C\u7D50\u675F\u4EE3\u78BC\u70BA %s",
          "loc.messages.LIB_ProcessStderr": "\u56E0\u70BA STDERR \u8CC7\u6599\u6D41\u4E2D\u5BEB\u5165\u4E86\u4E00\u6216\u591A\u884C\u7A0B\u5F0F\u78BC\uFF0C\u6240\u4EE5\u8655\u7406\u5E8F '%s' \u5931\u6557",
          "loc.messages.LIB_ResourceFileAlreadySet": "\u8CC7\u6E90\u6A94\u6848\u5DF2\u8A2D\u5B9A\u81F3: %s",
          "loc.messages.LIB_ResourceFileNotExist": "\u8CC7\u6E90\u6A94\u6848\u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_ResourceFileNotSet": "\u5C1A\u672A\u8A2D\u5B9A\u8CC7\u6E90\u6A94\u6848\uFF0C\u627E\u4E0D\u5230\u7D22\u5F15\u9375\u7684 loc \u5B57\u4E32: %s",
          "loc.messages.LIB_ReturnCode": "\u50B3\u56DE\u7A0B\u5F0F\u78BC: %d",
          "loc.messages.LIB_StdioNotClosed": "STDIO \u8CC7\u6599\u6D41\u672A\u5728 %s \u79D2\u5167\u95DC\u9589 (\u5F9E\u8655\u7406\u5E8F '%s' \u7D50\u675F\u4E8B\u4EF6\u767C\u751F\u5F8C\u7B97\u8D77)\u3002\u9019\u53EF\u80FD\u8868\u793A\u5B50\u8655\u7406\u5E8F\u7E7C\u627F\u4E86 STDIO \u8CC7\u6599\u6D41\u4E14\u5C1A\u672A\u7D50\u675F\u3002",
          "loc.messages.LIB_UndefinedNodeVersion": "\u672A\u5B9A\u7FA9\u7BC0\u9EDE\u7248\u672C\u3002",
          "loc.messages.LIB_UnhandledEx": "\u672A\u7D93\u8655\u7406: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "\u591A\u500B\u5DE5\u4F5C\u5340\u76F8\u7B26\u3002\u8ACB\u5148\u4F7F\u7528\u3002",
          "loc.messages.LIB_WhichNotFound_Linux": "\u627E\u4E0D\u5230\u53EF\u57F7\u884C\u6A94: '%s'\u3002\u8ACB\u78BA\u8A8D\u6A94\u6848\u8DEF\u5F91\u5B58\u5728\uFF0C\u6216\u6A94\u6848\u53EF\u4EE5\u5728 PATH \u74B0\u5883\u8B8A\u6578\u6307\u5B9A\u7684\u76EE\u9304\u4E2D\u627E\u5230\u3002\u53E6\u8ACB\u6AA2\u67E5\u6A94\u6848\u6A21\u5F0F\uFF0C\u78BA\u8A8D\u6A94\u6848\u53EF\u4EE5\u57F7\u884C\u3002",
          "loc.messages.LIB_WhichNotFound_Win": "\u627E\u4E0D\u5230\u53EF\u57F7\u884C\u6A94: '%s'\u3002\u8ACB\u78BA\u8A8D\u6A94\u6848\u8DEF\u5F91\u5B58\u5728\uFF0C\u6216\u6A94\u6848\u53EF\u4EE5\u5728 PATH \u74B0\u5883\u8B8A\u6578\u6307\u5B9A\u7684\u76EE\u9304\u4E2D\u627E\u5230\u3002\u53E6\u8ACB\u78BA\u8A8D\u6A94\u6848\u5177\u5099\u6709\u6548\u7684\u53EF\u57F7\u884C\u6A94\u526F\u6A94\u540D\u3002"
        }
      }
    };
  }
});

// node_modules/azure-pipelines-task-lib/internal.js
var require_internal = __commonJS({
  "node_modules/azure-pipelines-task-lib/internal.js"(exports2) {
    "use strict";
    var _a, _b;
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.isSigPipeError = exports2._exposeCertSettings = exports2._exposeProxySettings = exports2._normalizeSeparators = exports2._isRooted = exports2._getDirectoryName = exports2._ensureRooted = exports2._isUncPath = exports2._loadData = exports2._ensurePatternRooted = exports2._getFindInfoFromPattern = exports2._cloneMatchOptions = exports2._legacyFindFiles_convertPatternToRegExp = exports2._which = exports2._checkPath = exports2._exist = exports2._debug = exports2._error = exports2._warning = exports2._command = exports2._getVariableKey = exports2._getVariable = exports2._loc = exports2._setResourcePath = exports2._setErrStream = exports2._setStdStream = exports2._writeLine = exports2._truncateBeforeSensitiveKeyword = exports2._endsWith = exports2._startsWith = exports2.IssueAuditAction = exports2.IssueSource = exports2._vault = exports2._knownVariableMap = void 0;
    var fs = require("fs"), path2 = require("path"), os = require("os"), minimatch = require_minimatch(), util = require("util"), tcm = require_taskcommand(), vm = require_vault(), semver = require_semver(), crypto = require("crypto"), libResource = require_lib_resource();
    exports2._knownVariableMap = {};
    var _commandCorrelationId, IssueSource;
    (function(IssueSource2) {
      IssueSource2.CustomerScript = "CustomerScript", IssueSource2.TaskInternal = "TaskInternal";
    })(IssueSource = exports2.IssueSource || (exports2.IssueSource = {}));
    var IssueAuditAction;
    (function(IssueAuditAction2) {
      IssueAuditAction2[IssueAuditAction2.Unknown = 0] = "Unknown", IssueAuditAction2[IssueAuditAction2.ShellTasksValidation = 1] = "ShellTasksValidation";
    })(IssueAuditAction = exports2.IssueAuditAction || (exports2.IssueAuditAction = {}));
    semver.lt(process.versions.node, "4.2.0") && _warning("Tasks require a new agent.  Upgrade your agent or node to 4.2.0 or later", IssueSource.TaskInternal);
    function _startsWith(str, start) {
      return str.slice(0, start.length) == start;
    }
    exports2._startsWith = _startsWith;
    function _endsWith(str, end) {
      return str.slice(-end.length) == end;
    }
    exports2._endsWith = _endsWith;
    function _truncateBeforeSensitiveKeyword(str, sensitiveKeywordsPattern) {
      if (!str)
        return str;
      var index = str.search(sensitiveKeywordsPattern);
      return index <= 0 ? str : "".concat(str.substring(0, index), "...");
    }
    exports2._truncateBeforeSensitiveKeyword = _truncateBeforeSensitiveKeyword;
    var _outStream = process.stdout, _errStream = process.stderr;
    function _writeLine(str) {
      _outStream.write(str + os.EOL);
    }
    exports2._writeLine = _writeLine;
    function _setStdStream(stdStream) {
      _outStream = stdStream;
    }
    exports2._setStdStream = _setStdStream;
    function _setErrStream(errStream) {
      _errStream = errStream;
    }
    exports2._setErrStream = _setErrStream;
    var _locStringCache = {}, _resourceFiles = {}, _libResourceFileLoaded = !1, _resourceCulture = "en-US";
    function _getLocStrings(resourceJson, locResourceJson) {
      var locStrings = {};
      if (resourceJson && resourceJson.hasOwnProperty("messages"))
        for (var key in resourceJson.messages)
          locResourceJson && locResourceJson.hasOwnProperty("loc.messages." + key) ? locStrings[key] = locResourceJson["loc.messages." + key] : locStrings[key] = resourceJson.messages[key];
      return locStrings;
    }
    function _loadResJson(resjsonFile) {
      var resJson;
      if (_exist(resjsonFile)) {
        var resjsonContent = fs.readFileSync(resjsonFile, "utf8").toString();
        resjsonContent.indexOf("\uFEFF") == 0 && (resjsonContent = resjsonContent.slice(1));
        try {
          resJson = JSON.parse(resjsonContent);
        } catch (err) {
          _debug("unable to parse resjson with err: " + err.message);
        }
      } else
        _debug(".resjson file not found: " + resjsonFile);
      return resJson;
    }
    function _loadLocStrings(resourceFile, culture) {
      var locStrings = {};
      if (_exist(resourceFile)) {
        var resourceJson = require(resourceFile);
        if (resourceJson && resourceJson.hasOwnProperty("messages")) {
          var locResourceJson, localizedResourceFile = path2.join(path2.dirname(resourceFile), "Strings", "resources.resjson"), upperCulture = culture.toUpperCase(), cultures = [];
          try {
            cultures = fs.readdirSync(localizedResourceFile);
          } catch {
          }
          for (var i = 0; i < cultures.length; i++)
            if (cultures[i].toUpperCase() == upperCulture) {
              localizedResourceFile = path2.join(localizedResourceFile, cultures[i], "resources.resjson"), _exist(localizedResourceFile) && (locResourceJson = _loadResJson(localizedResourceFile));
              break;
            }
          locStrings = _getLocStrings(resourceJson, locResourceJson);
        }
      } else
        _warning("LIB_ResourceFile does not exist", IssueSource.TaskInternal);
      return locStrings;
    }
    function _loadEmbeddedLocStrings(resourceData, culture) {
      var localizedResource, upperCulture = culture.toUpperCase(), localizedResources = resourceData.localizedMessages || {};
      for (var localizedCulture in localizedResources)
        if (localizedCulture.toUpperCase() == upperCulture) {
          localizedResource = localizedResources[localizedCulture];
          break;
        }
      return _getLocStrings(resourceData, localizedResource);
    }
    function _setResourcePath(path3, ignoreWarnings) {
      if (ignoreWarnings === void 0 && (ignoreWarnings = !1), process.env.TASKLIB_INPROC_UNITS && (_resourceFiles = {}, _libResourceFileLoaded = !1, _locStringCache = {}, _resourceCulture = "en-US"), _resourceFiles[path3])
        ignoreWarnings || _warning(_loc("LIB_ResourceFileAlreadySet", path3), IssueSource.TaskInternal);
      else {
        _checkPath(path3, "resource file path"), _resourceFiles[path3] = path3, _debug("adding resource file: " + path3), _resourceCulture = _getVariable("system.culture") || _resourceCulture;
        var locStrs = _loadLocStrings(path3, _resourceCulture);
        for (var key in locStrs)
          _locStringCache[key] = locStrs[key];
      }
    }
    exports2._setResourcePath = _setResourcePath;
    function _loc(key) {
      for (var param = [], _i = 1; _i < arguments.length; _i++)
        param[_i - 1] = arguments[_i];
      if (!_libResourceFileLoaded) {
        var libLocStrs = _loadEmbeddedLocStrings(libResource, _resourceCulture);
        for (var libKey in libLocStrs)
          _locStringCache[libKey] = libLocStrs[libKey];
        _libResourceFileLoaded = !0;
      }
      var locString;
      return _locStringCache.hasOwnProperty(key) ? locString = _locStringCache[key] : (Object.keys(_resourceFiles).length <= 0 ? _warning("Resource file haven't been set, can't find loc string for key: ".concat(key), IssueSource.TaskInternal) : _warning("Can't find loc string for key: ".concat(key)), locString = key), param.length > 0 ? util.format.apply(this, [locString].concat(param)) : locString;
    }
    exports2._loc = _loc;
    function _getVariable(name) {
      var varval, info, key = _getVariableKey(name);
      return exports2._knownVariableMap.hasOwnProperty(key) && (info = exports2._knownVariableMap[key]), info && info.secret ? varval = exports2._vault.retrieveSecret("SECRET_" + key) : (varval = process.env[key], !varval && name.toUpperCase() == "AGENT.JOBSTATUS" && (varval = process.env["agent.jobstatus"])), _debug(name + "=" + varval), varval;
    }
    exports2._getVariable = _getVariable;
    function _getVariableKey(name) {
      if (!name)
        throw new Error(_loc("LIB_ParameterIsRequired", "name"));
      return name.replace(/\./g, "_").replace(/ /g, "_").toUpperCase();
    }
    exports2._getVariableKey = _getVariableKey;
    function _command(command, properties, message) {
      var taskCmd = new tcm.TaskCommand(command, properties, message);
      _writeLine(taskCmd.toString());
    }
    exports2._command = _command;
    function _warning(message, source, auditAction) {
      source === void 0 && (source = IssueSource.TaskInternal), _command("task.issue", {
        type: "warning",
        source,
        correlationId: _commandCorrelationId,
        auditAction
      }, message);
    }
    exports2._warning = _warning;
    function _error(message, source, auditAction) {
      source === void 0 && (source = IssueSource.TaskInternal), _command("task.issue", {
        type: "error",
        source,
        correlationId: _commandCorrelationId,
        auditAction
      }, message);
    }
    exports2._error = _error;
    var debugMode = ((_a = _getVariable("system.debug")) === null || _a === void 0 ? void 0 : _a.toLowerCase()) === "true", shouldCheckDebugMode = ((_b = _getVariable("DistributedTask.Tasks.Node.SkipDebugLogsWhenDebugModeOff")) === null || _b === void 0 ? void 0 : _b.toLowerCase()) === "true";
    function _debug(message) {
      (!shouldCheckDebugMode || shouldCheckDebugMode && debugMode) && _command("task.debug", null, message);
    }
    exports2._debug = _debug;
    function _exist(path3) {
      var exist = !1;
      try {
        exist = !!(path3 && fs.statSync(path3) != null);
      } catch (err) {
        if (err && err.code === "ENOENT")
          exist = !1;
        else
          throw err;
      }
      return exist;
    }
    exports2._exist = _exist;
    function _checkPath(p, name) {
      if (_debug("check path : " + p), !_exist(p))
        throw new Error(_loc("LIB_PathNotFound", name, p));
    }
    exports2._checkPath = _checkPath;
    function _which(tool, check) {
      if (!tool)
        throw new Error("parameter 'tool' is required");
      if (check) {
        var result = _which(tool, !1);
        if (result)
          return result;
        throw process.platform == "win32" ? new Error(_loc("LIB_WhichNotFound_Win", tool)) : new Error(_loc("LIB_WhichNotFound_Linux", tool));
      }
      _debug("which '".concat(tool, "'"));
      try {
        var extensions = [];
        if (process.platform == "win32" && process.env.PATHEXT)
          for (var _i = 0, _a2 = process.env.PATHEXT.split(path2.delimiter); _i < _a2.length; _i++) {
            var extension = _a2[_i];
            extension && extensions.push(extension);
          }
        if (_isRooted(tool)) {
          var filePath = _tryGetExecutablePath(tool, extensions);
          return filePath ? (_debug("found: '".concat(filePath, "'")), filePath) : (_debug("not found"), "");
        }
        if (tool.indexOf("/") >= 0 || process.platform == "win32" && tool.indexOf("\\") >= 0)
          return _debug("not found"), "";
        var directories = [];
        if (process.env.PATH)
          for (var _b2 = 0, _c = process.env.PATH.split(path2.delimiter); _b2 < _c.length; _b2++) {
            var p = _c[_b2];
            p && directories.push(p);
          }
        for (var _d = 0, directories_1 = directories; _d < directories_1.length; _d++) {
          var directory = directories_1[_d], filePath = _tryGetExecutablePath(directory + path2.sep + tool, extensions);
          if (filePath)
            return _debug("found: '".concat(filePath, "'")), filePath;
        }
        return _debug("not found"), "";
      } catch (err) {
        throw new Error(_loc("LIB_OperationFailed", "which", err.message));
      }
    }
    exports2._which = _which;
    function _tryGetExecutablePath(filePath, extensions) {
      try {
        var stats = fs.statSync(filePath);
        if (stats.isFile()) {
          if (process.platform == "win32") {
            var isExecutable = !1, fileName = path2.basename(filePath), dotIndex = fileName.lastIndexOf(".");
            if (dotIndex >= 0) {
              var upperExt_1 = fileName.substr(dotIndex).toUpperCase();
              if (extensions.some(function(validExt) {
                return validExt.toUpperCase() == upperExt_1;
              }))
                return filePath;
            }
          } else if (isUnixExecutable(stats))
            return filePath;
        }
      } catch (err) {
        err.code != "ENOENT" && _debug("Unexpected error attempting to determine if executable file exists '".concat(filePath, "': ").concat(err));
      }
      for (var originalFilePath = filePath, _i = 0, extensions_1 = extensions; _i < extensions_1.length; _i++) {
        var extension = extensions_1[_i], found = !1, filePath_1 = originalFilePath + extension;
        try {
          var stats = fs.statSync(filePath_1);
          if (stats.isFile()) {
            if (process.platform == "win32") {
              try {
                for (var directory = path2.dirname(filePath_1), upperName = path2.basename(filePath_1).toUpperCase(), _a2 = 0, _b2 = fs.readdirSync(directory); _a2 < _b2.length; _a2++) {
                  var actualName = _b2[_a2];
                  if (upperName == actualName.toUpperCase()) {
                    filePath_1 = path2.join(directory, actualName);
                    break;
                  }
                }
              } catch (err) {
                _debug("Unexpected error attempting to determine the actual case of the file '".concat(filePath_1, "': ").concat(err));
              }
              return filePath_1;
            } else if (isUnixExecutable(stats))
              return filePath_1;
          }
        } catch (err) {
          err.code != "ENOENT" && _debug("Unexpected error attempting to determine if executable file exists '".concat(filePath_1, "': ").concat(err));
        }
      }
      return "";
    }
    function isUnixExecutable(stats) {
      return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && stats.uid === process.getuid();
    }
    function _legacyFindFiles_convertPatternToRegExp(pattern) {
      pattern = (process.platform == "win32" ? pattern.replace(/\\/g, "/") : pattern).replace(/[-\/\\^$*+?.()|[\]{}]/g, "\\$&").replace(/\\\/\\\*\\\*\\\//g, "((/.+/)|(/))").replace(/\\\*\\\*/g, ".*").replace(/\\\*/g, "[^/]*").replace(/\\\?/g, "[^/]"), pattern = "^".concat(pattern, "$");
      var flags = process.platform == "win32" ? "i" : "";
      return new RegExp(pattern, flags);
    }
    exports2._legacyFindFiles_convertPatternToRegExp = _legacyFindFiles_convertPatternToRegExp;
    function _cloneMatchOptions(matchOptions) {
      return {
        debug: matchOptions.debug,
        nobrace: matchOptions.nobrace,
        noglobstar: matchOptions.noglobstar,
        dot: matchOptions.dot,
        noext: matchOptions.noext,
        nocase: matchOptions.nocase,
        nonull: matchOptions.nonull,
        matchBase: matchOptions.matchBase,
        nocomment: matchOptions.nocomment,
        nonegate: matchOptions.nonegate,
        flipNegate: matchOptions.flipNegate
      };
    }
    exports2._cloneMatchOptions = _cloneMatchOptions;
    function _getFindInfoFromPattern(defaultRoot, pattern, matchOptions) {
      if (!defaultRoot)
        throw new Error("getFindRootFromPattern() parameter defaultRoot cannot be empty");
      if (!pattern)
        throw new Error("getFindRootFromPattern() parameter pattern cannot be empty");
      if (!matchOptions.nobrace)
        throw new Error("getFindRootFromPattern() expected matchOptions.nobrace to be true");
      if (matchOptions = _cloneMatchOptions(matchOptions), matchOptions.nocase = !1, matchOptions.matchBase && !_isRooted(pattern) && (process.platform == "win32" ? pattern.replace(/\\/g, "/") : pattern).indexOf("/") < 0)
        return {
          adjustedPattern: pattern,
          findPath: defaultRoot,
          statOnly: !1
        };
      var minimatchObj = new minimatch.Minimatch(pattern, matchOptions);
      if (minimatchObj.set.length != 1)
        throw new Error("getFindRootFromPattern() expected Minimatch(...).set.length to be 1. Actual: " + minimatchObj.set.length);
      for (var literalSegments = [], _i = 0, _a2 = minimatchObj.set[0]; _i < _a2.length; _i++) {
        var parsedSegment = _a2[_i];
        if (typeof parsedSegment == "string") {
          literalSegments.push(parsedSegment);
          continue;
        }
        break;
      }
      var joinedSegments = literalSegments.join("/");
      joinedSegments && process.platform == "win32" && _startsWith(pattern.replace(/\\/g, "/"), "//") && (joinedSegments = "/" + joinedSegments);
      var findPath;
      return _isRooted(pattern) ? findPath = joinedSegments : joinedSegments ? findPath = _ensureRooted(defaultRoot, joinedSegments) : findPath = defaultRoot, findPath && (findPath = _getDirectoryName(_ensureRooted(findPath, "_")), findPath = _normalizeSeparators(findPath)), {
        adjustedPattern: _ensurePatternRooted(defaultRoot, pattern),
        findPath,
        statOnly: literalSegments.length == minimatchObj.set[0].length
      };
    }
    exports2._getFindInfoFromPattern = _getFindInfoFromPattern;
    function _ensurePatternRooted(root, p) {
      if (!root)
        throw new Error('ensurePatternRooted() parameter "root" cannot be empty');
      if (!p)
        throw new Error('ensurePatternRooted() parameter "p" cannot be empty');
      return _isRooted(p) ? p : (root = _normalizeSeparators(root), root = (process.platform == "win32" ? root : root.replace(/\\/g, "\\\\")).replace(/(\[)(?=[^\/]+\])/g, "[[]").replace(/\?/g, "[?]").replace(/\*/g, "[*]").replace(/\+\(/g, "[+](").replace(/@\(/g, "[@](").replace(/!\(/g, "[!]("), _ensureRooted(root, p));
    }
    exports2._ensurePatternRooted = _ensurePatternRooted;
    function _loadData() {
      var keyPath = _getVariable("agent.TempDirectory") || _getVariable("agent.workFolder") || process.cwd();
      exports2._vault = new vm.Vault(keyPath), exports2._knownVariableMap = {}, _debug("loading inputs and endpoints");
      var loaded = 0;
      for (var envvar in process.env)
        if (_startsWith(envvar, "INPUT_") || _startsWith(envvar, "ENDPOINT_AUTH_") || _startsWith(envvar, "SECUREFILE_TICKET_") || _startsWith(envvar, "SECRET_") || _startsWith(envvar, "VSTS_TASKVARIABLE_")) {
          if (_startsWith(envvar, "SECRET_")) {
            var variableName = envvar.substring(7);
            variableName && (exports2._knownVariableMap[_getVariableKey(variableName)] = { name: variableName, secret: !0 });
          }
          var value = process.env[envvar];
          value && (++loaded, _debug("loading " + envvar), exports2._vault.storeSecret(envvar, value), delete process.env[envvar]);
        }
      _debug("loaded " + loaded);
      var correlationId = process.env.COMMAND_CORRELATION_ID;
      delete process.env.COMMAND_CORRELATION_ID, _commandCorrelationId = correlationId ? String(correlationId) : "";
      var names;
      try {
        names = JSON.parse(process.env.VSTS_PUBLIC_VARIABLES || "[]");
      } catch (err) {
        throw new Error("Failed to parse VSTS_PUBLIC_VARIABLES as JSON. " + err);
      }
      names.forEach(function(name) {
        exports2._knownVariableMap[_getVariableKey(name)] = { name, secret: !1 };
      }), delete process.env.VSTS_PUBLIC_VARIABLES;
      try {
        names = JSON.parse(process.env.VSTS_SECRET_VARIABLES || "[]");
      } catch (err) {
        throw new Error("Failed to parse VSTS_SECRET_VARIABLES as JSON. " + err);
      }
      names.forEach(function(name) {
        exports2._knownVariableMap[_getVariableKey(name)] = { name, secret: !0 };
      }), delete process.env.VSTS_SECRET_VARIABLES, global._vsts_task_lib_loaded = !0;
    }
    exports2._loadData = _loadData;
    function _isUncPath(path3) {
      return /^\\\\[^\\]/.test(path3);
    }
    exports2._isUncPath = _isUncPath;
    function _ensureRooted(root, p) {
      if (!root)
        throw new Error('ensureRooted() parameter "root" cannot be empty');
      if (!p)
        throw new Error('ensureRooted() parameter "p" cannot be empty');
      return _isRooted(p) ? p : (process.platform == "win32" && root.match(/^[A-Z]:$/i) || _endsWith(root, "/") || process.platform == "win32" && _endsWith(root, "\\") || (root += path2.sep), root + p);
    }
    exports2._ensureRooted = _ensureRooted;
    function _getDirectoryName(p) {
      if (!p)
        return "";
      if (p = _normalizeSeparators(p), process.platform == "win32") {
        if (/^[A-Z]:\\?[^\\]+$/i.test(p))
          return p.charAt(2) == "\\" ? p.substring(0, 3) : p.substring(0, 2);
        if (/^[A-Z]:\\?$/i.test(p))
          return "";
        var lastSlashIndex = p.lastIndexOf("\\");
        return lastSlashIndex < 0 || p == "\\" ? "" : lastSlashIndex == 0 ? "\\" : /^\\\\[^\\]+(\\[^\\]*)?$/.test(p) ? "" : p.substring(0, lastSlashIndex);
      }
      return p.indexOf("/") < 0 || p == "/" ? "" : _endsWith(p, "/") ? p.substring(0, p.length - 1) : path2.dirname(p);
    }
    exports2._getDirectoryName = _getDirectoryName;
    function _isRooted(p) {
      if (p = _normalizeSeparators(p), !p)
        throw new Error('isRooted() parameter "p" cannot be empty');
      return process.platform == "win32" ? _startsWith(p, "\\") || // e.g. \ or \hello or \\hello
      /^[A-Z]:/i.test(p) : _startsWith(p, "/");
    }
    exports2._isRooted = _isRooted;
    function _normalizeSeparators(p) {
      if (p = p || "", process.platform == "win32") {
        p = p.replace(/\//g, "\\");
        var isUnc = /^\\\\+[^\\]/.test(p);
        return (isUnc ? "\\" : "") + p.replace(/\\\\+/g, "\\");
      }
      return p.replace(/\/\/+/g, "/");
    }
    exports2._normalizeSeparators = _normalizeSeparators;
    function _exposeProxySettings() {
      var proxyUrl = _getVariable("Agent.ProxyUrl");
      if (proxyUrl && proxyUrl.length > 0) {
        var proxyUsername = _getVariable("Agent.ProxyUsername"), proxyPassword = _getVariable("Agent.ProxyPassword"), proxyBypassHostsJson = _getVariable("Agent.ProxyBypassList");
        global._vsts_task_lib_proxy_url = proxyUrl, global._vsts_task_lib_proxy_username = proxyUsername, global._vsts_task_lib_proxy_bypass = proxyBypassHostsJson, global._vsts_task_lib_proxy_password = _exposeTaskLibSecret("proxy", proxyPassword || ""), _debug("expose agent proxy configuration."), global._vsts_task_lib_proxy = !0;
      }
    }
    exports2._exposeProxySettings = _exposeProxySettings;
    function _exposeCertSettings() {
      var ca = _getVariable("Agent.CAInfo");
      ca && (global._vsts_task_lib_cert_ca = ca);
      var clientCert = _getVariable("Agent.ClientCert");
      if (clientCert) {
        var clientCertKey = _getVariable("Agent.ClientCertKey"), clientCertArchive = _getVariable("Agent.ClientCertArchive"), clientCertPassword = _getVariable("Agent.ClientCertPassword");
        global._vsts_task_lib_cert_clientcert = clientCert, global._vsts_task_lib_cert_key = clientCertKey, global._vsts_task_lib_cert_archive = clientCertArchive, global._vsts_task_lib_cert_passphrase = _exposeTaskLibSecret("cert", clientCertPassword || "");
      }
      (ca || clientCert) && (_debug("expose agent certificate configuration."), global._vsts_task_lib_cert = !0);
      var skipCertValidation = _getVariable("Agent.SkipCertValidation") || "false";
      skipCertValidation && (global._vsts_task_lib_skip_cert_validation = skipCertValidation.toUpperCase() === "TRUE");
    }
    exports2._exposeCertSettings = _exposeCertSettings;
    function _exposeTaskLibSecret(keyFile, secret) {
      if (secret) {
        var encryptKey = crypto.randomBytes(32), iv = crypto.randomBytes(16), cipher = crypto.createCipheriv("aes-256-ctr", encryptKey, iv), encryptedContent = cipher.update(secret, "utf8", "hex");
        encryptedContent += cipher.final("hex");
        var storageFile = path2.join(_getVariable("Agent.TempDirectory") || _getVariable("agent.workFolder") || process.cwd(), keyFile), keyAndIv = encryptKey.toString("base64") + ":" + iv.toString("base64");
        return fs.writeFileSync(storageFile, keyAndIv, { encoding: "utf8" }), Buffer.from(storageFile).toString("base64") + ":" + Buffer.from(encryptedContent).toString("base64");
      }
    }
    function isSigPipeError(e) {
      var _a2;
      return !e || typeof e != "object" ? !1 : e.code === "EPIPE" && ((_a2 = e.syscall) === null || _a2 === void 0 ? void 0 : _a2.toUpperCase()) === "WRITE";
    }
    exports2.isSigPipeError = isSigPipeError;
  }
});

// node_modules/q/q.js
var require_q = __commonJS({
  "node_modules/q/q.js"(exports2, module2) {
    (function(definition) {
      "use strict";
      if (typeof bootstrap == "function")
        bootstrap("promise", definition);
      else if (typeof exports2 == "object" && typeof module2 == "object")
        module2.exports = definition();
      else if (typeof define == "function" && define.amd)
        define(definition);
      else if (typeof ses < "u")
        if (ses.ok())
          ses.makeQ = definition;
        else
          return;
      else if (typeof window < "u" || typeof self < "u") {
        var global2 = typeof window < "u" ? window : self, previousQ = global2.Q;
        global2.Q = definition(), global2.Q.noConflict = function() {
          return global2.Q = previousQ, this;
        };
      } else
        throw new Error("This environment was not anticipated by Q. Please file a bug.");
    })(function() {
      "use strict";
      var hasStacks = !1;
      try {
        throw new Error();
      } catch (e) {
        hasStacks = !!e.stack;
      }
      var qStartingLine = captureLine(), qFileName, noop = function() {
      }, nextTick = (function() {
        var head = { task: void 0, next: null }, tail = head, flushing = !1, requestTick = void 0, isNodeJS = !1, laterQueue = [];
        function flush() {
          for (var task, domain; head.next; )
            head = head.next, task = head.task, head.task = void 0, domain = head.domain, domain && (head.domain = void 0, domain.enter()), runSingle(task, domain);
          for (; laterQueue.length; )
            task = laterQueue.pop(), runSingle(task);
          flushing = !1;
        }
        function runSingle(task, domain) {
          try {
            task();
          } catch (e) {
            if (isNodeJS)
              throw domain && domain.exit(), setTimeout(flush, 0), domain && domain.enter(), e;
            setTimeout(function() {
              throw e;
            }, 0);
          }
          domain && domain.exit();
        }
        if (nextTick = function(task) {
          tail = tail.next = {
            task,
            domain: isNodeJS && process.domain,
            next: null
          }, flushing || (flushing = !0, requestTick());
        }, typeof process == "object" && process.toString() === "[object process]" && process.nextTick)
          isNodeJS = !0, requestTick = function() {
            process.nextTick(flush);
          };
        else if (typeof setImmediate == "function")
          typeof window < "u" ? requestTick = setImmediate.bind(window, flush) : requestTick = function() {
            setImmediate(flush);
          };
        else if (typeof MessageChannel < "u") {
          var channel = new MessageChannel();
          channel.port1.onmessage = function() {
            requestTick = requestPortTick, channel.port1.onmessage = flush, flush();
          };
          var requestPortTick = function() {
            channel.port2.postMessage(0);
          };
          requestTick = function() {
            setTimeout(flush, 0), requestPortTick();
          };
        } else
          requestTick = function() {
            setTimeout(flush, 0);
          };
        return nextTick.runAfter = function(task) {
          laterQueue.push(task), flushing || (flushing = !0, requestTick());
        }, nextTick;
      })(), call = Function.call;
      function uncurryThis(f) {
        return function() {
          return call.apply(f, arguments);
        };
      }
      var array_slice = uncurryThis(Array.prototype.slice), array_reduce = uncurryThis(
        Array.prototype.reduce || function(callback, basis) {
          var index = 0, length = this.length;
          if (arguments.length === 1)
            do {
              if (index in this) {
                basis = this[index++];
                break;
              }
              if (++index >= length)
                throw new TypeError();
            } while (!0);
          for (; index < length; index++)
            index in this && (basis = callback(basis, this[index], index));
          return basis;
        }
      ), array_indexOf = uncurryThis(
        Array.prototype.indexOf || function(value) {
          for (var i = 0; i < this.length; i++)
            if (this[i] === value)
              return i;
          return -1;
        }
      ), array_map = uncurryThis(
        Array.prototype.map || function(callback, thisp) {
          var self2 = this, collect = [];
          return array_reduce(self2, function(undefined2, value, index) {
            collect.push(callback.call(thisp, value, index, self2));
          }, void 0), collect;
        }
      ), object_create = Object.create || function(prototype) {
        function Type() {
        }
        return Type.prototype = prototype, new Type();
      }, object_defineProperty = Object.defineProperty || function(obj, prop, descriptor) {
        return obj[prop] = descriptor.value, obj;
      }, object_hasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty), object_keys = Object.keys || function(object) {
        var keys = [];
        for (var key in object)
          object_hasOwnProperty(object, key) && keys.push(key);
        return keys;
      }, object_toString = uncurryThis(Object.prototype.toString);
      function isObject2(value) {
        return value === Object(value);
      }
      function isStopIteration(exception) {
        return object_toString(exception) === "[object StopIteration]" || exception instanceof QReturnValue;
      }
      var QReturnValue;
      typeof ReturnValue < "u" ? QReturnValue = ReturnValue : QReturnValue = function(value) {
        this.value = value;
      };
      var STACK_JUMP_SEPARATOR = "From previous event:";
      function makeStackTraceLong(error, promise2) {
        if (hasStacks && promise2.stack && typeof error == "object" && error !== null && error.stack) {
          for (var stacks = [], p = promise2; p; p = p.source)
            p.stack && (!error.__minimumStackCounter__ || error.__minimumStackCounter__ > p.stackCounter) && (object_defineProperty(error, "__minimumStackCounter__", { value: p.stackCounter, configurable: !0 }), stacks.unshift(p.stack));
          stacks.unshift(error.stack);
          var concatedStacks = stacks.join(`
` + STACK_JUMP_SEPARATOR + `
`), stack = filterStackString(concatedStacks);
          object_defineProperty(error, "stack", { value: stack, configurable: !0 });
        }
      }
      function filterStackString(stackString) {
        for (var lines = stackString.split(`
`), desiredLines = [], i = 0; i < lines.length; ++i) {
          var line = lines[i];
          !isInternalFrame(line) && !isNodeFrame(line) && line && desiredLines.push(line);
        }
        return desiredLines.join(`
`);
      }
      function isNodeFrame(stackLine) {
        return stackLine.indexOf("(module.js:") !== -1 || stackLine.indexOf("(node.js:") !== -1;
      }
      function getFileNameAndLineNumber(stackLine) {
        var attempt1 = /at .+ \((.+):(\d+):(?:\d+)\)$/.exec(stackLine);
        if (attempt1)
          return [attempt1[1], Number(attempt1[2])];
        var attempt2 = /at ([^ ]+):(\d+):(?:\d+)$/.exec(stackLine);
        if (attempt2)
          return [attempt2[1], Number(attempt2[2])];
        var attempt3 = /.*@(.+):(\d+)$/.exec(stackLine);
        if (attempt3)
          return [attempt3[1], Number(attempt3[2])];
      }
      function isInternalFrame(stackLine) {
        var fileNameAndLineNumber = getFileNameAndLineNumber(stackLine);
        if (!fileNameAndLineNumber)
          return !1;
        var fileName = fileNameAndLineNumber[0], lineNumber = fileNameAndLineNumber[1];
        return fileName === qFileName && lineNumber >= qStartingLine && lineNumber <= qEndingLine;
      }
      function captureLine() {
        if (hasStacks)
          try {
            throw new Error();
          } catch (e) {
            var lines = e.stack.split(`
`), firstLine = lines[0].indexOf("@") > 0 ? lines[1] : lines[2], fileNameAndLineNumber = getFileNameAndLineNumber(firstLine);
            return fileNameAndLineNumber ? (qFileName = fileNameAndLineNumber[0], fileNameAndLineNumber[1]) : void 0;
          }
      }
      function deprecate(callback, name, alternative) {
        return function() {
          return typeof console < "u" && typeof console.warn == "function" && console.warn(name + " is deprecated, use " + alternative + " instead.", new Error("").stack), callback.apply(callback, arguments);
        };
      }
      function Q(value) {
        return value instanceof Promise2 ? value : isPromiseAlike(value) ? coerce(value) : fulfill(value);
      }
      Q.resolve = Q, Q.nextTick = nextTick, Q.longStackSupport = !1;
      var longStackCounter = 1;
      typeof process == "object" && process && process.env && process.env.Q_DEBUG && (Q.longStackSupport = !0), Q.defer = defer;
      function defer() {
        var messages = [], progressListeners = [], resolvedPromise, deferred = object_create(defer.prototype), promise2 = object_create(Promise2.prototype);
        if (promise2.promiseDispatch = function(resolve, op, operands) {
          var args = array_slice(arguments);
          messages ? (messages.push(args), op === "when" && operands[1] && progressListeners.push(operands[1])) : Q.nextTick(function() {
            resolvedPromise.promiseDispatch.apply(resolvedPromise, args);
          });
        }, promise2.valueOf = function() {
          if (messages)
            return promise2;
          var nearerValue = nearer(resolvedPromise);
          return isPromise(nearerValue) && (resolvedPromise = nearerValue), nearerValue;
        }, promise2.inspect = function() {
          return resolvedPromise ? resolvedPromise.inspect() : { state: "pending" };
        }, Q.longStackSupport && hasStacks)
          try {
            throw new Error();
          } catch (e) {
            promise2.stack = e.stack.substring(e.stack.indexOf(`
`) + 1), promise2.stackCounter = longStackCounter++;
          }
        function become(newPromise) {
          resolvedPromise = newPromise, Q.longStackSupport && hasStacks && (promise2.source = newPromise), array_reduce(messages, function(undefined2, message) {
            Q.nextTick(function() {
              newPromise.promiseDispatch.apply(newPromise, message);
            });
          }, void 0), messages = void 0, progressListeners = void 0;
        }
        return deferred.promise = promise2, deferred.resolve = function(value) {
          resolvedPromise || become(Q(value));
        }, deferred.fulfill = function(value) {
          resolvedPromise || become(fulfill(value));
        }, deferred.reject = function(reason) {
          resolvedPromise || become(reject(reason));
        }, deferred.notify = function(progress2) {
          resolvedPromise || array_reduce(progressListeners, function(undefined2, progressListener) {
            Q.nextTick(function() {
              progressListener(progress2);
            });
          }, void 0);
        }, deferred;
      }
      defer.prototype.makeNodeResolver = function() {
        var self2 = this;
        return function(error, value) {
          error ? self2.reject(error) : arguments.length > 2 ? self2.resolve(array_slice(arguments, 1)) : self2.resolve(value);
        };
      }, Q.Promise = promise, Q.promise = promise;
      function promise(resolver) {
        if (typeof resolver != "function")
          throw new TypeError("resolver must be a function.");
        var deferred = defer();
        try {
          resolver(deferred.resolve, deferred.reject, deferred.notify);
        } catch (reason) {
          deferred.reject(reason);
        }
        return deferred.promise;
      }
      promise.race = race, promise.all = all, promise.reject = reject, promise.resolve = Q, Q.passByCopy = function(object) {
        return object;
      }, Promise2.prototype.passByCopy = function() {
        return this;
      }, Q.join = function(x, y) {
        return Q(x).join(y);
      }, Promise2.prototype.join = function(that) {
        return Q([this, that]).spread(function(x, y) {
          if (x === y)
            return x;
          throw new Error("Q can't join: not the same: " + x + " " + y);
        });
      }, Q.race = race;
      function race(answerPs) {
        return promise(function(resolve, reject2) {
          for (var i = 0, len = answerPs.length; i < len; i++)
            Q(answerPs[i]).then(resolve, reject2);
        });
      }
      Promise2.prototype.race = function() {
        return this.then(Q.race);
      }, Q.makePromise = Promise2;
      function Promise2(descriptor, fallback, inspect) {
        fallback === void 0 && (fallback = function(op) {
          return reject(new Error(
            "Promise does not support operation: " + op
          ));
        }), inspect === void 0 && (inspect = function() {
          return { state: "unknown" };
        });
        var promise2 = object_create(Promise2.prototype);
        if (promise2.promiseDispatch = function(resolve, op, args) {
          var result;
          try {
            descriptor[op] ? result = descriptor[op].apply(promise2, args) : result = fallback.call(promise2, op, args);
          } catch (exception) {
            result = reject(exception);
          }
          resolve && resolve(result);
        }, promise2.inspect = inspect, inspect) {
          var inspected = inspect();
          inspected.state === "rejected" && (promise2.exception = inspected.reason), promise2.valueOf = function() {
            var inspected2 = inspect();
            return inspected2.state === "pending" || inspected2.state === "rejected" ? promise2 : inspected2.value;
          };
        }
        return promise2;
      }
      Promise2.prototype.toString = function() {
        return "[object Promise]";
      }, Promise2.prototype.then = function(fulfilled, rejected, progressed) {
        var self2 = this, deferred = defer(), done = !1;
        function _fulfilled(value) {
          try {
            return typeof fulfilled == "function" ? fulfilled(value) : value;
          } catch (exception) {
            return reject(exception);
          }
        }
        function _rejected(exception) {
          if (typeof rejected == "function") {
            makeStackTraceLong(exception, self2);
            try {
              return rejected(exception);
            } catch (newException) {
              return reject(newException);
            }
          }
          return reject(exception);
        }
        function _progressed(value) {
          return typeof progressed == "function" ? progressed(value) : value;
        }
        return Q.nextTick(function() {
          self2.promiseDispatch(function(value) {
            done || (done = !0, deferred.resolve(_fulfilled(value)));
          }, "when", [function(exception) {
            done || (done = !0, deferred.resolve(_rejected(exception)));
          }]);
        }), self2.promiseDispatch(void 0, "when", [void 0, function(value) {
          var newValue, threw = !1;
          try {
            newValue = _progressed(value);
          } catch (e) {
            if (threw = !0, Q.onerror)
              Q.onerror(e);
            else
              throw e;
          }
          threw || deferred.notify(newValue);
        }]), deferred.promise;
      }, Q.tap = function(promise2, callback) {
        return Q(promise2).tap(callback);
      }, Promise2.prototype.tap = function(callback) {
        return callback = Q(callback), this.then(function(value) {
          return callback.fcall(value).thenResolve(value);
        });
      }, Q.when = when;
      function when(value, fulfilled, rejected, progressed) {
        return Q(value).then(fulfilled, rejected, progressed);
      }
      Promise2.prototype.thenResolve = function(value) {
        return this.then(function() {
          return value;
        });
      }, Q.thenResolve = function(promise2, value) {
        return Q(promise2).thenResolve(value);
      }, Promise2.prototype.thenReject = function(reason) {
        return this.then(function() {
          throw reason;
        });
      }, Q.thenReject = function(promise2, reason) {
        return Q(promise2).thenReject(reason);
      }, Q.nearer = nearer;
      function nearer(value) {
        if (isPromise(value)) {
          var inspected = value.inspect();
          if (inspected.state === "fulfilled")
            return inspected.value;
        }
        return value;
      }
      Q.isPromise = isPromise;
      function isPromise(object) {
        return object instanceof Promise2;
      }
      Q.isPromiseAlike = isPromiseAlike;
      function isPromiseAlike(object) {
        return isObject2(object) && typeof object.then == "function";
      }
      Q.isPending = isPending;
      function isPending(object) {
        return isPromise(object) && object.inspect().state === "pending";
      }
      Promise2.prototype.isPending = function() {
        return this.inspect().state === "pending";
      }, Q.isFulfilled = isFulfilled;
      function isFulfilled(object) {
        return !isPromise(object) || object.inspect().state === "fulfilled";
      }
      Promise2.prototype.isFulfilled = function() {
        return this.inspect().state === "fulfilled";
      }, Q.isRejected = isRejected;
      function isRejected(object) {
        return isPromise(object) && object.inspect().state === "rejected";
      }
      Promise2.prototype.isRejected = function() {
        return this.inspect().state === "rejected";
      };
      var unhandledReasons = [], unhandledRejections = [], reportedUnhandledRejections = [], trackUnhandledRejections = !0;
      function resetUnhandledRejections() {
        unhandledReasons.length = 0, unhandledRejections.length = 0, trackUnhandledRejections || (trackUnhandledRejections = !0);
      }
      function trackRejection(promise2, reason) {
        trackUnhandledRejections && (typeof process == "object" && typeof process.emit == "function" && Q.nextTick.runAfter(function() {
          array_indexOf(unhandledRejections, promise2) !== -1 && (process.emit("unhandledRejection", reason, promise2), reportedUnhandledRejections.push(promise2));
        }), unhandledRejections.push(promise2), reason && typeof reason.stack < "u" ? unhandledReasons.push(reason.stack) : unhandledReasons.push("(no stack) " + reason));
      }
      function untrackRejection(promise2) {
        if (trackUnhandledRejections) {
          var at = array_indexOf(unhandledRejections, promise2);
          at !== -1 && (typeof process == "object" && typeof process.emit == "function" && Q.nextTick.runAfter(function() {
            var atReport = array_indexOf(reportedUnhandledRejections, promise2);
            atReport !== -1 && (process.emit("rejectionHandled", unhandledReasons[at], promise2), reportedUnhandledRejections.splice(atReport, 1));
          }), unhandledRejections.splice(at, 1), unhandledReasons.splice(at, 1));
        }
      }
      Q.resetUnhandledRejections = resetUnhandledRejections, Q.getUnhandledReasons = function() {
        return unhandledReasons.slice();
      }, Q.stopUnhandledRejectionTracking = function() {
        resetUnhandledRejections(), trackUnhandledRejections = !1;
      }, resetUnhandledRejections(), Q.reject = reject;
      function reject(reason) {
        var rejection = Promise2({
          when: function(rejected) {
            return rejected && untrackRejection(this), rejected ? rejected(reason) : this;
          }
        }, function() {
          return this;
        }, function() {
          return { state: "rejected", reason };
        });
        return trackRejection(rejection, reason), rejection;
      }
      Q.fulfill = fulfill;
      function fulfill(value) {
        return Promise2({
          when: function() {
            return value;
          },
          get: function(name) {
            return value[name];
          },
          set: function(name, rhs) {
            value[name] = rhs;
          },
          delete: function(name) {
            delete value[name];
          },
          post: function(name, args) {
            return name == null ? value.apply(void 0, args) : value[name].apply(value, args);
          },
          apply: function(thisp, args) {
            return value.apply(thisp, args);
          },
          keys: function() {
            return object_keys(value);
          }
        }, void 0, function() {
          return { state: "fulfilled", value };
        });
      }
      function coerce(promise2) {
        var deferred = defer();
        return Q.nextTick(function() {
          try {
            promise2.then(deferred.resolve, deferred.reject, deferred.notify);
          } catch (exception) {
            deferred.reject(exception);
          }
        }), deferred.promise;
      }
      Q.master = master;
      function master(object) {
        return Promise2({
          isDef: function() {
          }
        }, function(op, args) {
          return dispatch(object, op, args);
        }, function() {
          return Q(object).inspect();
        });
      }
      Q.spread = spread;
      function spread(value, fulfilled, rejected) {
        return Q(value).spread(fulfilled, rejected);
      }
      Promise2.prototype.spread = function(fulfilled, rejected) {
        return this.all().then(function(array) {
          return fulfilled.apply(void 0, array);
        }, rejected);
      }, Q.async = async;
      function async(makeGenerator) {
        return function() {
          function continuer(verb, arg) {
            var result;
            if (typeof StopIteration > "u") {
              try {
                result = generator[verb](arg);
              } catch (exception) {
                return reject(exception);
              }
              return result.done ? Q(result.value) : when(result.value, callback, errback);
            } else {
              try {
                result = generator[verb](arg);
              } catch (exception) {
                return isStopIteration(exception) ? Q(exception.value) : reject(exception);
              }
              return when(result, callback, errback);
            }
          }
          var generator = makeGenerator.apply(this, arguments), callback = continuer.bind(continuer, "next"), errback = continuer.bind(continuer, "throw");
          return callback();
        };
      }
      Q.spawn = spawn;
      function spawn(makeGenerator) {
        Q.done(Q.async(makeGenerator)());
      }
      Q.return = _return;
      function _return(value) {
        throw new QReturnValue(value);
      }
      Q.promised = promised;
      function promised(callback) {
        return function() {
          return spread([this, all(arguments)], function(self2, args) {
            return callback.apply(self2, args);
          });
        };
      }
      Q.dispatch = dispatch;
      function dispatch(object, op, args) {
        return Q(object).dispatch(op, args);
      }
      Promise2.prototype.dispatch = function(op, args) {
        var self2 = this, deferred = defer();
        return Q.nextTick(function() {
          self2.promiseDispatch(deferred.resolve, op, args);
        }), deferred.promise;
      }, Q.get = function(object, key) {
        return Q(object).dispatch("get", [key]);
      }, Promise2.prototype.get = function(key) {
        return this.dispatch("get", [key]);
      }, Q.set = function(object, key, value) {
        return Q(object).dispatch("set", [key, value]);
      }, Promise2.prototype.set = function(key, value) {
        return this.dispatch("set", [key, value]);
      }, Q.del = // XXX legacy
      Q.delete = function(object, key) {
        return Q(object).dispatch("delete", [key]);
      }, Promise2.prototype.del = // XXX legacy
      Promise2.prototype.delete = function(key) {
        return this.dispatch("delete", [key]);
      }, Q.mapply = // XXX As proposed by "Redsandro"
      Q.post = function(object, name, args) {
        return Q(object).dispatch("post", [name, args]);
      }, Promise2.prototype.mapply = // XXX As proposed by "Redsandro"
      Promise2.prototype.post = function(name, args) {
        return this.dispatch("post", [name, args]);
      }, Q.send = // XXX Mark Miller's proposed parlance
      Q.mcall = // XXX As proposed by "Redsandro"
      Q.invoke = function(object, name) {
        return Q(object).dispatch("post", [name, array_slice(arguments, 2)]);
      }, Promise2.prototype.send = // XXX Mark Miller's proposed parlance
      Promise2.prototype.mcall = // XXX As proposed by "Redsandro"
      Promise2.prototype.invoke = function(name) {
        return this.dispatch("post", [name, array_slice(arguments, 1)]);
      }, Q.fapply = function(object, args) {
        return Q(object).dispatch("apply", [void 0, args]);
      }, Promise2.prototype.fapply = function(args) {
        return this.dispatch("apply", [void 0, args]);
      }, Q.try = Q.fcall = function(object) {
        return Q(object).dispatch("apply", [void 0, array_slice(arguments, 1)]);
      }, Promise2.prototype.fcall = function() {
        return this.dispatch("apply", [void 0, array_slice(arguments)]);
      }, Q.fbind = function(object) {
        var promise2 = Q(object), args = array_slice(arguments, 1);
        return function() {
          return promise2.dispatch("apply", [
            this,
            args.concat(array_slice(arguments))
          ]);
        };
      }, Promise2.prototype.fbind = function() {
        var promise2 = this, args = array_slice(arguments);
        return function() {
          return promise2.dispatch("apply", [
            this,
            args.concat(array_slice(arguments))
          ]);
        };
      }, Q.keys = function(object) {
        return Q(object).dispatch("keys", []);
      }, Promise2.prototype.keys = function() {
        return this.dispatch("keys", []);
      }, Q.all = all;
      function all(promises) {
        return when(promises, function(promises2) {
          var pendingCount = 0, deferred = defer();
          return array_reduce(promises2, function(undefined2, promise2, index) {
            var snapshot;
            isPromise(promise2) && (snapshot = promise2.inspect()).state === "fulfilled" ? promises2[index] = snapshot.value : (++pendingCount, when(
              promise2,
              function(value) {
                promises2[index] = value, --pendingCount === 0 && deferred.resolve(promises2);
              },
              deferred.reject,
              function(progress2) {
                deferred.notify({ index, value: progress2 });
              }
            ));
          }, void 0), pendingCount === 0 && deferred.resolve(promises2), deferred.promise;
        });
      }
      Promise2.prototype.all = function() {
        return all(this);
      }, Q.any = any;
      function any(promises) {
        if (promises.length === 0)
          return Q.resolve();
        var deferred = Q.defer(), pendingCount = 0;
        return array_reduce(promises, function(prev, current, index) {
          var promise2 = promises[index];
          pendingCount++, when(promise2, onFulfilled, onRejected, onProgress);
          function onFulfilled(result) {
            deferred.resolve(result);
          }
          function onRejected(err) {
            if (pendingCount--, pendingCount === 0) {
              var rejection = err || new Error("" + err);
              rejection.message = "Q can't get fulfillment value from any promise, all promises were rejected. Last error message: " + rejection.message, deferred.reject(rejection);
            }
          }
          function onProgress(progress2) {
            deferred.notify({
              index,
              value: progress2
            });
          }
        }, void 0), deferred.promise;
      }
      Promise2.prototype.any = function() {
        return any(this);
      }, Q.allResolved = deprecate(allResolved, "allResolved", "allSettled");
      function allResolved(promises) {
        return when(promises, function(promises2) {
          return promises2 = array_map(promises2, Q), when(all(array_map(promises2, function(promise2) {
            return when(promise2, noop, noop);
          })), function() {
            return promises2;
          });
        });
      }
      Promise2.prototype.allResolved = function() {
        return allResolved(this);
      }, Q.allSettled = allSettled;
      function allSettled(promises) {
        return Q(promises).allSettled();
      }
      Promise2.prototype.allSettled = function() {
        return this.then(function(promises) {
          return all(array_map(promises, function(promise2) {
            promise2 = Q(promise2);
            function regardless() {
              return promise2.inspect();
            }
            return promise2.then(regardless, regardless);
          }));
        });
      }, Q.fail = // XXX legacy
      Q.catch = function(object, rejected) {
        return Q(object).then(void 0, rejected);
      }, Promise2.prototype.fail = // XXX legacy
      Promise2.prototype.catch = function(rejected) {
        return this.then(void 0, rejected);
      }, Q.progress = progress;
      function progress(object, progressed) {
        return Q(object).then(void 0, void 0, progressed);
      }
      Promise2.prototype.progress = function(progressed) {
        return this.then(void 0, void 0, progressed);
      }, Q.fin = // XXX legacy
      Q.finally = function(object, callback) {
        return Q(object).finally(callback);
      }, Promise2.prototype.fin = // XXX legacy
      Promise2.prototype.finally = function(callback) {
        if (!callback || typeof callback.apply != "function")
          throw new Error("Q can't apply finally callback");
        return callback = Q(callback), this.then(function(value) {
          return callback.fcall().then(function() {
            return value;
          });
        }, function(reason) {
          return callback.fcall().then(function() {
            throw reason;
          });
        });
      }, Q.done = function(object, fulfilled, rejected, progress2) {
        return Q(object).done(fulfilled, rejected, progress2);
      }, Promise2.prototype.done = function(fulfilled, rejected, progress2) {
        var onUnhandledError = function(error) {
          Q.nextTick(function() {
            if (makeStackTraceLong(error, promise2), Q.onerror)
              Q.onerror(error);
            else
              throw error;
          });
        }, promise2 = fulfilled || rejected || progress2 ? this.then(fulfilled, rejected, progress2) : this;
        typeof process == "object" && process && process.domain && (onUnhandledError = process.domain.bind(onUnhandledError)), promise2.then(void 0, onUnhandledError);
      }, Q.timeout = function(object, ms, error) {
        return Q(object).timeout(ms, error);
      }, Promise2.prototype.timeout = function(ms, error) {
        var deferred = defer(), timeoutId = setTimeout(function() {
          (!error || typeof error == "string") && (error = new Error(error || "Timed out after " + ms + " ms"), error.code = "ETIMEDOUT"), deferred.reject(error);
        }, ms);
        return this.then(function(value) {
          clearTimeout(timeoutId), deferred.resolve(value);
        }, function(exception) {
          clearTimeout(timeoutId), deferred.reject(exception);
        }, deferred.notify), deferred.promise;
      }, Q.delay = function(object, timeout) {
        return timeout === void 0 && (timeout = object, object = void 0), Q(object).delay(timeout);
      }, Promise2.prototype.delay = function(timeout) {
        return this.then(function(value) {
          var deferred = defer();
          return setTimeout(function() {
            deferred.resolve(value);
          }, timeout), deferred.promise;
        });
      }, Q.nfapply = function(callback, args) {
        return Q(callback).nfapply(args);
      }, Promise2.prototype.nfapply = function(args) {
        var deferred = defer(), nodeArgs = array_slice(args);
        return nodeArgs.push(deferred.makeNodeResolver()), this.fapply(nodeArgs).fail(deferred.reject), deferred.promise;
      }, Q.nfcall = function(callback) {
        var args = array_slice(arguments, 1);
        return Q(callback).nfapply(args);
      }, Promise2.prototype.nfcall = function() {
        var nodeArgs = array_slice(arguments), deferred = defer();
        return nodeArgs.push(deferred.makeNodeResolver()), this.fapply(nodeArgs).fail(deferred.reject), deferred.promise;
      }, Q.nfbind = Q.denodeify = function(callback) {
        if (callback === void 0)
          throw new Error("Q can't wrap an undefined function");
        var baseArgs = array_slice(arguments, 1);
        return function() {
          var nodeArgs = baseArgs.concat(array_slice(arguments)), deferred = defer();
          return nodeArgs.push(deferred.makeNodeResolver()), Q(callback).fapply(nodeArgs).fail(deferred.reject), deferred.promise;
        };
      }, Promise2.prototype.nfbind = Promise2.prototype.denodeify = function() {
        var args = array_slice(arguments);
        return args.unshift(this), Q.denodeify.apply(void 0, args);
      }, Q.nbind = function(callback, thisp) {
        var baseArgs = array_slice(arguments, 2);
        return function() {
          var nodeArgs = baseArgs.concat(array_slice(arguments)), deferred = defer();
          nodeArgs.push(deferred.makeNodeResolver());
          function bound() {
            return callback.apply(thisp, arguments);
          }
          return Q(bound).fapply(nodeArgs).fail(deferred.reject), deferred.promise;
        };
      }, Promise2.prototype.nbind = function() {
        var args = array_slice(arguments, 0);
        return args.unshift(this), Q.nbind.apply(void 0, args);
      }, Q.nmapply = // XXX As proposed by "Redsandro"
      Q.npost = function(object, name, args) {
        return Q(object).npost(name, args);
      }, Promise2.prototype.nmapply = // XXX As proposed by "Redsandro"
      Promise2.prototype.npost = function(name, args) {
        var nodeArgs = array_slice(args || []), deferred = defer();
        return nodeArgs.push(deferred.makeNodeResolver()), this.dispatch("post", [name, nodeArgs]).fail(deferred.reject), deferred.promise;
      }, Q.nsend = // XXX Based on Mark Miller's proposed "send"
      Q.nmcall = // XXX Based on "Redsandro's" proposal
      Q.ninvoke = function(object, name) {
        var nodeArgs = array_slice(arguments, 2), deferred = defer();
        return nodeArgs.push(deferred.makeNodeResolver()), Q(object).dispatch("post", [name, nodeArgs]).fail(deferred.reject), deferred.promise;
      }, Promise2.prototype.nsend = // XXX Based on Mark Miller's proposed "send"
      Promise2.prototype.nmcall = // XXX Based on "Redsandro's" proposal
      Promise2.prototype.ninvoke = function(name) {
        var nodeArgs = array_slice(arguments, 1), deferred = defer();
        return nodeArgs.push(deferred.makeNodeResolver()), this.dispatch("post", [name, nodeArgs]).fail(deferred.reject), deferred.promise;
      }, Q.nodeify = nodeify;
      function nodeify(object, nodeback) {
        return Q(object).nodeify(nodeback);
      }
      Promise2.prototype.nodeify = function(nodeback) {
        if (nodeback)
          this.then(function(value) {
            Q.nextTick(function() {
              nodeback(null, value);
            });
          }, function(error) {
            Q.nextTick(function() {
              nodeback(error);
            });
          });
        else
          return this;
      }, Q.noConflict = function() {
        throw new Error("Q.noConflict only works when Q is used as a global");
      };
      var qEndingLine = captureLine();
      return Q;
    });
  }
});

// node_modules/azure-pipelines-task-lib/externaloutput.js
var require_externaloutput = __commonJS({
  "node_modules/azure-pipelines-task-lib/externaloutput.js"(exports2) {
    "use strict";
    var __extends = exports2 && exports2.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        return extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) Object.prototype.hasOwnProperty.call(b2, p) && (d2[p] = b2[p]);
        }, extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b != "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })(), __assign = exports2 && exports2.__assign || function() {
      return __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) Object.prototype.hasOwnProperty.call(s, p) && (t[p] = s[p]);
        }
        return t;
      }, __assign.apply(this, arguments);
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.errorExternalOutput = exports2.warningExternalOutput = exports2.debugExternalOutput = exports2.writeExternalOutput = exports2.createFilteredWriter = exports2.filterExternalOutput = exports2.createExternalOutputStream = exports2.ExternalOutputStream = exports2.MarkerFilter = exports2.defaultAllowedVsoCommands = void 0;
    var stream = require("stream"), im = require_internal(), MARKER = Buffer.from("##vso[", "ascii"), NEUTRALIZED = Buffer.from("##_vso[", "ascii"), EMPTY = Buffer.alloc(0), SPACE = 32, RBRACKET = 93, CR = 13, LF = 10, MAX_HEADER = 256;
    exports2.defaultAllowedVsoCommands = Object.freeze(["task.debug", "task.setprogress"]);
    function resolveAllowed(options) {
      if (!options.enableVsoCommands)
        return /* @__PURE__ */ new Set();
      var list = options.allowedVsoCommands !== void 0 ? options.allowedVsoCommands : exports2.defaultAllowedVsoCommands;
      return new Set(list.map(function(c) {
        return c.toLowerCase();
      }));
    }
    function canonicalCommandName(raw) {
      var parts = raw.split(".").filter(function(p) {
        return p.length > 0;
      });
      return parts.length !== 2 ? null : (parts[0] + "." + parts[1]).toLowerCase();
    }
    function partialMarkerSuffixLength(buf) {
      for (var max = Math.min(MARKER.length - 1, buf.length), k = max; k >= 1; k--)
        if (buf.compare(MARKER, 0, k, buf.length - k, buf.length) === 0)
          return k;
      return 0;
    }
    function scanHeader(buf, start) {
      for (var limit = Math.min(buf.length, start + MAX_HEADER), k = start; k < limit; k++) {
        var b = buf[k];
        if (b === SPACE || b === RBRACKET)
          return { term: k, newline: !1 };
        if (b === CR || b === LF)
          return { term: k, newline: !0 };
      }
      return { term: -1, newline: !1 };
    }
    var MarkerFilter = (
      /** @class */
      (function() {
        function MarkerFilter2(enabled, allowed) {
          this.enabled = enabled, this.allowed = allowed, this.pending = EMPTY;
        }
        return MarkerFilter2.prototype.push = function(chunk) {
          var buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
          this.pending = EMPTY;
          for (var out = [], pos = 0; pos < buf.length; ) {
            var idx = buf.indexOf(MARKER, pos);
            if (idx === -1) {
              var keep = Math.min(partialMarkerSuffixLength(buf), buf.length - pos), emitEnd = buf.length - keep;
              emitEnd > pos && out.push(pos === 0 && emitEnd === buf.length ? buf : buf.subarray(pos, emitEnd)), this.pending = keep ? buf.subarray(buf.length - keep) : EMPTY;
              break;
            }
            idx > pos && out.push(buf.subarray(pos, idx));
            var afterMarker = idx + MARKER.length;
            if (!this.enabled) {
              out.push(NEUTRALIZED), pos = afterMarker;
              continue;
            }
            var _a = scanHeader(buf, afterMarker), term = _a.term, newline = _a.newline;
            if (term === -1) {
              if (buf.length - afterMarker >= MAX_HEADER) {
                out.push(NEUTRALIZED), pos = afterMarker;
                continue;
              }
              this.pending = buf.subarray(idx);
              break;
            }
            if (newline) {
              out.push(NEUTRALIZED), pos = afterMarker;
              continue;
            }
            var name_1 = canonicalCommandName(buf.toString("utf8", afterMarker, term));
            out.push(name_1 && this.allowed.has(name_1) ? MARKER : NEUTRALIZED), pos = afterMarker;
          }
          if (out.length === 0)
            return EMPTY;
          if (out.length === 1) {
            var only = out[0];
            return only === NEUTRALIZED || only === MARKER ? Buffer.from(only) : only;
          }
          return Buffer.concat(out);
        }, MarkerFilter2.prototype.flush = function() {
          var p = this.pending;
          return this.pending = EMPTY, p.length === 0 ? EMPTY : this.enabled && p.length >= MARKER.length && p.subarray(0, MARKER.length).equals(MARKER) ? Buffer.concat([NEUTRALIZED, p.subarray(MARKER.length)]) : p;
        }, MarkerFilter2;
      })()
    );
    exports2.MarkerFilter = MarkerFilter;
    var ExternalOutputStream = (
      /** @class */
      (function(_super) {
        __extends(ExternalOutputStream2, _super);
        function ExternalOutputStream2(options) {
          var _this = _super.call(this) || this;
          return _this.markerFilter = new MarkerFilter(!!options.enableVsoCommands, resolveAllowed(options)), _this;
        }
        return ExternalOutputStream2.prototype._transform = function(chunk, _encoding, callback) {
          try {
            var buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), "utf8"), out = this.markerFilter.push(buf);
            out.length && this.push(out), callback();
          } catch (err) {
            callback(err);
          }
        }, ExternalOutputStream2.prototype._flush = function(callback) {
          try {
            var out = this.markerFilter.flush();
            out.length && this.push(out), callback();
          } catch (err) {
            callback(err);
          }
        }, ExternalOutputStream2;
      })(stream.Transform)
    );
    exports2.ExternalOutputStream = ExternalOutputStream;
    function createExternalOutputStream(options) {
      var filterStream = new ExternalOutputStream(options), destination = options.destination || process.stdout;
      return filterStream.pipe(destination, { end: !1 }), filterStream;
    }
    exports2.createExternalOutputStream = createExternalOutputStream;
    function filterExternalOutput(data, options) {
      var filter = new MarkerFilter(!!options.enableVsoCommands, resolveAllowed(options)), buf = Buffer.isBuffer(data) ? data : Buffer.from(String(data), "utf8"), filtered = filter.push(buf), pending = filter.flush();
      return pending.length ? Buffer.concat([filtered, pending]) : filtered;
    }
    exports2.filterExternalOutput = filterExternalOutput;
    function createFilteredWriter(options, destination) {
      var filter = new MarkerFilter(!!options.enableVsoCommands, resolveAllowed(options)), ended = !1;
      return {
        write: function(data) {
          if (ended)
            throw new Error("Cannot write after end");
          var buf = Buffer.isBuffer(data) ? data : Buffer.from(String(data), "utf8"), filtered = filter.push(buf);
          filtered.length && destination.write(filtered);
        },
        end: function() {
          if (!ended) {
            ended = !0;
            var pending = filter.flush();
            pending.length && destination.write(pending);
          }
        }
      };
    }
    exports2.createFilteredWriter = createFilteredWriter;
    function logExternalOutput(message, options) {
      var filtered = filterExternalOutput(message, options);
      switch (options.type) {
        case "raw":
          var destination = options.destination || process.stdout;
          destination.write(filtered);
          break;
        case "debug":
          im._debug(filtered.toString("utf8"));
          break;
        case "warning":
          im._warning(filtered.toString("utf8"), options.issueSource, options.auditAction);
          break;
        case "error":
          im._error(filtered.toString("utf8"), options.issueSource, options.auditAction);
          break;
      }
    }
    function writeExternalOutput(message, options) {
      logExternalOutput(message, __assign(__assign({}, options), { type: "raw" }));
    }
    exports2.writeExternalOutput = writeExternalOutput;
    function debugExternalOutput(message, options) {
      logExternalOutput(message, __assign(__assign({}, options), { type: "debug" }));
    }
    exports2.debugExternalOutput = debugExternalOutput;
    function warningExternalOutput(message, options) {
      logExternalOutput(message, __assign(__assign({}, options), { type: "warning" }));
    }
    exports2.warningExternalOutput = warningExternalOutput;
    function errorExternalOutput(message, options) {
      logExternalOutput(message, __assign(__assign({}, options), { type: "error" }));
    }
    exports2.errorExternalOutput = errorExternalOutput;
  }
});

// node_modules/azure-pipelines-task-lib/toolrunner.js
var require_toolrunner = __commonJS({
  "node_modules/azure-pipelines-task-lib/toolrunner.js"(exports2) {
    "use strict";
    var __extends = exports2 && exports2.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        return extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) Object.prototype.hasOwnProperty.call(b2, p) && (d2[p] = b2[p]);
        }, extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b != "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ToolRunner = void 0;
    var Q = require_q(), os = require("os"), events = require("events"), child = require("child_process"), im = require_internal(), fs = require("fs"), eom = require_externaloutput(), ToolRunner = (
      /** @class */
      (function(_super) {
        __extends(ToolRunner2, _super);
        function ToolRunner2(toolPath) {
          var _this = _super.call(this) || this;
          if (_this.cmdSpecialChars = [" ", "	", "&", "(", ")", "[", "]", "{", "}", "^", "=", ";", "!", "'", "+", ",", "`", "~", "|", "<", ">", '"'], !toolPath)
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
          return _this.toolPath = im._which(toolPath, !0), _this.args = [], _this._debug("toolRunner toolPath: " + toolPath), _this;
        }
        return ToolRunner2.prototype._debug = function(message) {
          this.emit("debug", message);
        }, ToolRunner2.prototype._argStringToArray = function(argString) {
          for (var args = [], inQuotes = !1, escaped = !1, lastCharWasSpace = !0, arg = "", append = function(c2) {
            escaped && (c2 !== '"' ? arg += "\\" : arg.slice(0, -1)), arg += c2, escaped = !1;
          }, i = 0; i < argString.length; i++) {
            var c = argString.charAt(i);
            if (c === " " && !inQuotes) {
              lastCharWasSpace || (args.push(arg), arg = ""), lastCharWasSpace = !0;
              continue;
            } else
              lastCharWasSpace = !1;
            if (c === '"') {
              escaped ? append(c) : inQuotes = !inQuotes;
              continue;
            }
            if (c === "\\" && escaped) {
              append(c);
              continue;
            }
            if (c === "\\" && inQuotes) {
              escaped = !0;
              continue;
            }
            append(c), lastCharWasSpace = !1;
          }
          return lastCharWasSpace || args.push(arg.trim()), args;
        }, ToolRunner2.prototype._getCommandString = function(options, noPrefix) {
          var _this = this, toolPath = this._getSpawnFileName(), args = this._getSpawnArgs(options), cmd = noPrefix ? "" : "[command]", commandParts = [];
          return process.platform == "win32" ? this._isCmdFile() ? (commandParts.push(toolPath), commandParts = commandParts.concat(args)) : options.windowsVerbatimArguments ? (commandParts.push('"'.concat(toolPath, '"')), commandParts = commandParts.concat(args)) : options.shell ? (commandParts.push(this._windowsQuoteCmdArg(toolPath)), commandParts = commandParts.concat(args)) : (commandParts.push(this._windowsQuoteCmdArg(toolPath)), commandParts = commandParts.concat(args.map(function(arg) {
            return _this._windowsQuoteCmdArg(arg);
          }))) : (commandParts.push(toolPath), commandParts = commandParts.concat(args)), cmd += commandParts.join(" "), this.pipeOutputToTool && (cmd += " | " + this.pipeOutputToTool._getCommandString(
            options,
            /*noPrefix:*/
            !0
          )), cmd;
        }, ToolRunner2.prototype._processLineBuffer = function(data, buffer, onLine) {
          var newBuffer = buffer + data.toString();
          try {
            for (var eolIndex = newBuffer.indexOf(os.EOL); eolIndex > -1; ) {
              var line = newBuffer.substring(0, eolIndex);
              onLine(line), newBuffer = newBuffer.substring(eolIndex + os.EOL.length), eolIndex = newBuffer.indexOf(os.EOL);
            }
          } catch {
            this._debug("error processing line");
          }
          return newBuffer;
        }, ToolRunner2.prototype._wrapArg = function(arg, wrapChar) {
          return this._isWrapped(arg, wrapChar) ? arg : "".concat(wrapChar).concat(arg).concat(wrapChar);
        }, ToolRunner2.prototype._unwrapArg = function(arg, wrapChar) {
          if (this._isWrapped(arg, wrapChar)) {
            var pattern = new RegExp("(^\\\\?".concat(wrapChar, ")|(\\\\?").concat(wrapChar, "$)"), "g");
            return arg.trim().replace(pattern, "");
          }
          return arg;
        }, ToolRunner2.prototype._isWrapped = function(arg, wrapChar) {
          var pattern = new RegExp("^\\\\?".concat(wrapChar, ".+\\\\?").concat(wrapChar, "$"));
          return pattern.test(arg.trim());
        }, ToolRunner2.prototype._getSpawnFileName = function(options) {
          return process.platform == "win32" && this._isCmdFile() ? process.env.COMSPEC || "cmd.exe" : options && options.shell ? this._wrapArg(this.toolPath, '"') : this.toolPath;
        }, ToolRunner2.prototype._getSpawnArgs = function(options) {
          var _this = this;
          if (process.platform == "win32") {
            if (this._isCmdFile()) {
              for (var argline = '/D /S /C "'.concat(this._windowsQuoteCmdArg(this.toolPath)), i = 0; i < this.args.length; i++)
                argline += " ", argline += options.windowsVerbatimArguments ? this.args[i] : this._windowsQuoteCmdArg(this.args[i]);
              return argline += '"', [argline];
            }
            if (options.windowsVerbatimArguments) {
              var args_1 = this.args.slice(0);
              return args_1.slice = function() {
                if (arguments.length != 1 || arguments[0] != 0)
                  throw new Error("Unexpected arguments passed to args.slice when windowsVerbatimArguments flag is set.");
                return args_1;
              }, args_1.unshift = function() {
                if (arguments.length != 1)
                  throw new Error("Unexpected arguments passed to args.unshift when windowsVerbatimArguments flag is set.");
                return Array.prototype.unshift.call(args_1, '"'.concat(arguments[0], '"'));
              }, args_1;
            } else if (options.shell) {
              for (var args = [], _i = 0, _a = this.args; _i < _a.length; _i++) {
                var arg = _a[_i];
                this._needQuotesForCmd(arg, "%") ? args.push(this._wrapArg(arg, '"')) : args.push(arg);
              }
              return args;
            }
          } else if (options.shell)
            return this.args.map(function(arg2) {
              return _this._isWrapped(arg2, "'") ? arg2 : (arg2 = _this._unwrapArg(arg2, '"'), arg2 = _this._escapeChar(arg2, '"'), _this._wrapArg(arg2, '"'));
            });
          return this.args;
        }, ToolRunner2.prototype._escapeChar = function(arg, charToEscape) {
          for (var escChar = "\\", output = "", charIsEscaped = !1, _i = 0, arg_1 = arg; _i < arg_1.length; _i++) {
            var char = arg_1[_i];
            char === charToEscape && !charIsEscaped ? output += escChar + char : output += char, charIsEscaped = char === escChar && !charIsEscaped;
          }
          return output;
        }, ToolRunner2.prototype._isCmdFile = function() {
          var upperToolPath = this.toolPath.toUpperCase();
          return im._endsWith(upperToolPath, ".CMD") || im._endsWith(upperToolPath, ".BAT");
        }, ToolRunner2.prototype._needQuotesForCmd = function(arg, additionalChars) {
          var specialChars = this.cmdSpecialChars;
          additionalChars && (specialChars = this.cmdSpecialChars.concat(additionalChars));
          for (var _loop_1 = function(char2) {
            if (specialChars.some(function(x) {
              return x === char2;
            }))
              return { value: !0 };
          }, _i = 0, arg_2 = arg; _i < arg_2.length; _i++) {
            var char = arg_2[_i], state_1 = _loop_1(char);
            if (typeof state_1 == "object")
              return state_1.value;
          }
          return !1;
        }, ToolRunner2.prototype._windowsQuoteCmdArg = function(arg) {
          if (!this._isCmdFile())
            return this._uv_quote_cmd_arg(arg);
          if (!arg)
            return '""';
          var needsQuotes = this._needQuotesForCmd(arg);
          if (!needsQuotes)
            return arg;
          for (var reverse = '"', quote_hit = !0, i = arg.length; i > 0; i--)
            reverse += arg[i - 1], quote_hit && arg[i - 1] == "\\" ? reverse += "\\" : arg[i - 1] == '"' ? (quote_hit = !0, reverse += '"') : quote_hit = !1;
          return reverse += '"', reverse.split("").reverse().join("");
        }, ToolRunner2.prototype._uv_quote_cmd_arg = function(arg) {
          if (!arg)
            return '""';
          if (arg.indexOf(" ") < 0 && arg.indexOf("	") < 0 && arg.indexOf('"') < 0)
            return arg;
          if (arg.indexOf('"') < 0 && arg.indexOf("\\") < 0)
            return '"'.concat(arg, '"');
          for (var reverse = '"', quote_hit = !0, i = arg.length; i > 0; i--)
            reverse += arg[i - 1], quote_hit && arg[i - 1] == "\\" ? reverse += "\\" : arg[i - 1] == '"' ? (quote_hit = !0, reverse += "\\") : quote_hit = !1;
          return reverse += '"', reverse.split("").reverse().join("");
        }, ToolRunner2.prototype._cloneExecOptions = function(options) {
          options = options || {};
          var result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || !1,
            failOnStdErr: options.failOnStdErr || !1,
            ignoreReturnCode: options.ignoreReturnCode || !1,
            windowsVerbatimArguments: options.windowsVerbatimArguments || !1,
            shell: options.shell || !1,
            externalOutput: options.externalOutput
          };
          return result.outStream = options.outStream || process.stdout, result.errStream = options.errStream || process.stderr, result;
        }, ToolRunner2.prototype._createDisplayFilter = function(options) {
          var ext = options.externalOutput;
          if (!ext)
            return null;
          var outStream = options.outStream, errDest = options.failOnStdErr ? options.errStream : options.outStream, stdoutWriter = eom.createFilteredWriter(ext, outStream), stderrWriter = errDest === outStream ? stdoutWriter : eom.createFilteredWriter(ext, errDest);
          return {
            commandLine: function(text) {
              outStream.write(eom.filterExternalOutput(text, ext));
            },
            stdout: function(data) {
              return stdoutWriter.write(data);
            },
            stderr: function(data) {
              return stderrWriter.write(data);
            },
            finalize: function() {
              stdoutWriter.end(), stderrWriter !== stdoutWriter && stderrWriter.end();
            }
          };
        }, ToolRunner2.prototype._getSpawnOptions = function(options) {
          options = options || {};
          var result = {};
          return result.cwd = options.cwd, result.env = options.env, result.shell = options.shell, result.windowsVerbatimArguments = options.windowsVerbatimArguments || this._isCmdFile(), result;
        }, ToolRunner2.prototype._getSpawnSyncOptions = function(options) {
          var result = {};
          return result.maxBuffer = 1024 * 1024 * 1024, result.cwd = options.cwd, result.env = options.env, result.shell = options.shell, result.windowsVerbatimArguments = options.windowsVerbatimArguments || this._isCmdFile(), result;
        }, ToolRunner2.prototype.execWithPipingAsync = function(pipeOutputToTool, options) {
          var _this = this;
          this._debug("exec tool: " + this.toolPath), this._debug("arguments:"), this.args.forEach(function(arg) {
            _this._debug("   " + arg);
          });
          var success = !0, optionsNonNull = this._cloneExecOptions(options), df = this._createDisplayFilter(optionsNonNull);
          optionsNonNull.silent || (df ? df.commandLine(this._getCommandString(optionsNonNull) + os.EOL) : optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL));
          var cp, toolPath = pipeOutputToTool.toolPath, toolPathFirst, successFirst = !0, returnCodeFirst, fileStream, waitingEvents = 0, returnCode = 0, error;
          toolPathFirst = this.toolPath, waitingEvents++;
          var cpFirst = child.spawn(this._getSpawnFileName(optionsNonNull), this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(optionsNonNull));
          return waitingEvents++, cp = child.spawn(pipeOutputToTool._getSpawnFileName(optionsNonNull), pipeOutputToTool._getSpawnArgs(optionsNonNull), pipeOutputToTool._getSpawnOptions(optionsNonNull)), fileStream = this.pipeOutputToFile ? fs.createWriteStream(this.pipeOutputToFile) : null, new Promise(function(resolve, reject) {
            var _a, _b, _c, _d, complete = function() {
              waitingEvents == 0 && (df && df.finalize(), error ? reject(error) : resolve(returnCode));
            };
            fileStream && (waitingEvents++, fileStream.on("finish", function() {
              waitingEvents--, fileStream = null, complete();
            }), fileStream.on("error", function(err) {
              waitingEvents--, _this._debug("Failed to pipe output of ".concat(toolPathFirst, " to file ").concat(_this.pipeOutputToFile, ". Error = ").concat(err)), fileStream = null, complete();
            })), (_a = cpFirst.stdout) === null || _a === void 0 || _a.on("data", function(data) {
              var _a2, _b2;
              try {
                fileStream && fileStream.write(data), !((_a2 = cp.stdin) === null || _a2 === void 0) && _a2.destroyed || (_b2 = cp.stdin) === null || _b2 === void 0 || _b2.write(data);
              } catch {
                _this._debug("Failed to pipe output of " + toolPathFirst + " to " + toolPath), _this._debug(toolPath + " might have exited due to errors prematurely. Verify the arguments passed are valid.");
              }
            }), (_b = cpFirst.stderr) === null || _b === void 0 || _b.on("data", function(data) {
              if (fileStream && fileStream.write(data), successFirst = !optionsNonNull.failOnStdErr, !optionsNonNull.silent)
                if (df)
                  df.stderr(data);
                else {
                  var s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                  s.write(data);
                }
            }), cpFirst.on("error", function(err) {
              var _a2;
              waitingEvents--, fileStream && fileStream.end(), (_a2 = cp.stdin) === null || _a2 === void 0 || _a2.end(), error = new Error(toolPathFirst + " failed. " + err.message), complete();
            }), cpFirst.on("close", function(code, signal) {
              var _a2;
              waitingEvents--, code != 0 && !optionsNonNull.ignoreReturnCode && (successFirst = !1, returnCodeFirst = code, returnCode = returnCodeFirst), _this._debug("success of first tool:" + successFirst), fileStream && fileStream.end(), (_a2 = cp.stdin) === null || _a2 === void 0 || _a2.end(), complete();
            });
            var stdLineBuffer = "";
            (_c = cp.stdout) === null || _c === void 0 || _c.on("data", function(data) {
              _this.emit("stdout", data), optionsNonNull.silent || (df ? df.stdout(data) : optionsNonNull.outStream.write(data)), stdLineBuffer = _this._processLineBuffer(data, stdLineBuffer, function(line) {
                _this.emit("stdline", line);
              });
            });
            var errLineBuffer = "";
            (_d = cp.stderr) === null || _d === void 0 || _d.on("data", function(data) {
              if (_this.emit("stderr", data), success = !optionsNonNull.failOnStdErr, !optionsNonNull.silent)
                if (df)
                  df.stderr(data);
                else {
                  var s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                  s.write(data);
                }
              errLineBuffer = _this._processLineBuffer(data, errLineBuffer, function(line) {
                _this.emit("errline", line);
              });
            }), cp.on("error", function(err) {
              waitingEvents--, error = new Error(toolPath + " failed. " + err.message), complete();
            }), cp.on("close", function(code, signal) {
              waitingEvents--, _this._debug("rc:" + code), returnCode = code, stdLineBuffer.length > 0 && _this.emit("stdline", stdLineBuffer), errLineBuffer.length > 0 && _this.emit("errline", errLineBuffer), code != 0 && !optionsNonNull.ignoreReturnCode && (success = !1), _this._debug("success:" + success), successFirst ? success || (error = new Error(toolPath + " failed with return code: " + code)) : error = new Error(toolPathFirst + " failed with return code: " + returnCodeFirst), complete();
            });
          });
        }, ToolRunner2.prototype.execWithPiping = function(pipeOutputToTool, options) {
          var _this = this, _a, _b, _c, _d, defer = Q.defer();
          this._debug("exec tool: " + this.toolPath), this._debug("arguments:"), this.args.forEach(function(arg) {
            _this._debug("   " + arg);
          });
          var success = !0, optionsNonNull = this._cloneExecOptions(options), df = this._createDisplayFilter(optionsNonNull);
          optionsNonNull.silent || (df ? df.commandLine(this._getCommandString(optionsNonNull) + os.EOL) : optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL));
          var cp, toolPath = pipeOutputToTool.toolPath, toolPathFirst, successFirst = !0, returnCodeFirst, fileStream, waitingEvents = 0, returnCode = 0, error;
          toolPathFirst = this.toolPath, waitingEvents++;
          var cpFirst = child.spawn(this._getSpawnFileName(optionsNonNull), this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(optionsNonNull));
          waitingEvents++, cp = child.spawn(pipeOutputToTool._getSpawnFileName(optionsNonNull), pipeOutputToTool._getSpawnArgs(optionsNonNull), pipeOutputToTool._getSpawnOptions(optionsNonNull)), fileStream = this.pipeOutputToFile ? fs.createWriteStream(this.pipeOutputToFile) : null;
          var complete = function() {
            waitingEvents == 0 && (df && df.finalize(), error ? defer.reject(error) : defer.resolve(returnCode));
          };
          fileStream && (waitingEvents++, fileStream.on("finish", function() {
            waitingEvents--, fileStream = null, complete();
          }), fileStream.on("error", function(err) {
            waitingEvents--, _this._debug("Failed to pipe output of ".concat(toolPathFirst, " to file ").concat(_this.pipeOutputToFile, ". Error = ").concat(err)), fileStream = null, complete();
          })), (_a = cpFirst.stdout) === null || _a === void 0 || _a.on("data", function(data) {
            var _a2;
            try {
              fileStream && fileStream.write(data), (_a2 = cp.stdin) === null || _a2 === void 0 || _a2.write(data);
            } catch {
              _this._debug("Failed to pipe output of " + toolPathFirst + " to " + toolPath), _this._debug(toolPath + " might have exited due to errors prematurely. Verify the arguments passed are valid.");
            }
          }), (_b = cpFirst.stderr) === null || _b === void 0 || _b.on("data", function(data) {
            if (fileStream && fileStream.write(data), successFirst = !optionsNonNull.failOnStdErr, !optionsNonNull.silent)
              if (df)
                df.stderr(data);
              else {
                var s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                s.write(data);
              }
          }), cpFirst.on("error", function(err) {
            var _a2;
            waitingEvents--, fileStream && fileStream.end(), (_a2 = cp.stdin) === null || _a2 === void 0 || _a2.end(), error = new Error(toolPathFirst + " failed. " + err.message), complete();
          }), cpFirst.on("close", function(code, signal) {
            var _a2;
            waitingEvents--, code != 0 && !optionsNonNull.ignoreReturnCode && (successFirst = !1, returnCodeFirst = code, returnCode = returnCodeFirst), _this._debug("success of first tool:" + successFirst), fileStream && fileStream.end(), (_a2 = cp.stdin) === null || _a2 === void 0 || _a2.end(), complete();
          });
          var stdLineBuffer = "";
          (_c = cp.stdout) === null || _c === void 0 || _c.on("data", function(data) {
            _this.emit("stdout", data), optionsNonNull.silent || (df ? df.stdout(data) : optionsNonNull.outStream.write(data)), stdLineBuffer = _this._processLineBuffer(data, stdLineBuffer, function(line) {
              _this.emit("stdline", line);
            });
          });
          var errLineBuffer = "";
          return (_d = cp.stderr) === null || _d === void 0 || _d.on("data", function(data) {
            if (_this.emit("stderr", data), success = !optionsNonNull.failOnStdErr, !optionsNonNull.silent)
              if (df)
                df.stderr(data);
              else {
                var s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                s.write(data);
              }
            errLineBuffer = _this._processLineBuffer(data, errLineBuffer, function(line) {
              _this.emit("errline", line);
            });
          }), cp.on("error", function(err) {
            waitingEvents--, error = new Error(toolPath + " failed. " + err.message), complete();
          }), cp.on("close", function(code, signal) {
            waitingEvents--, _this._debug("rc:" + code), returnCode = code, stdLineBuffer.length > 0 && _this.emit("stdline", stdLineBuffer), errLineBuffer.length > 0 && _this.emit("errline", errLineBuffer), code != 0 && !optionsNonNull.ignoreReturnCode && (success = !1), _this._debug("success:" + success), successFirst ? success || (error = new Error(toolPath + " failed with return code: " + code)) : error = new Error(toolPathFirst + " failed with return code: " + returnCodeFirst), complete();
          }), defer.promise;
        }, ToolRunner2.prototype.arg = function(val) {
          return val ? (val instanceof Array ? (this._debug(this.toolPath + " arg: " + JSON.stringify(val)), this.args = this.args.concat(val)) : typeof val == "string" && (this._debug(this.toolPath + " arg: " + val), this.args = this.args.concat(val.trim())), this) : this;
        }, ToolRunner2.prototype.line = function(val) {
          return val ? (this._debug(this.toolPath + " arg: " + val), this.args = this.args.concat(this._argStringToArray(val)), this) : this;
        }, ToolRunner2.prototype.argIf = function(condition, val) {
          return condition && this.arg(val), this;
        }, ToolRunner2.prototype.pipeExecOutputToTool = function(tool, file) {
          return this.pipeOutputToTool = tool, this.pipeOutputToFile = file, this;
        }, ToolRunner2.prototype.execAsync = function(options) {
          var _this = this, _a, _b, _c;
          if (this.pipeOutputToTool)
            return this.execWithPipingAsync(this.pipeOutputToTool, options);
          this._debug("exec tool: " + this.toolPath), this._debug("arguments:"), this.args.forEach(function(arg) {
            _this._debug("   " + arg);
          });
          var optionsNonNull = this._cloneExecOptions(options), df = this._createDisplayFilter(optionsNonNull);
          optionsNonNull.silent || (df ? df.commandLine(this._getCommandString(optionsNonNull) + os.EOL) : optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL));
          var state = new ExecState(optionsNonNull, this.toolPath);
          state.on("debug", function(message) {
            _this._debug(message);
          });
          var stdLineBuffer = "", errLineBuffer = "", emitDoneEvent = function(resolve, reject) {
            state.on("done", function(error, exitCode) {
              stdLineBuffer.length > 0 && _this.emit("stdline", stdLineBuffer), errLineBuffer.length > 0 && _this.emit("errline", errLineBuffer), cp && cp.removeAllListeners(), error ? reject(error) : resolve(exitCode);
            });
          }, cp;
          try {
            cp = child.spawn(this._getSpawnFileName(options), this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(options));
          } catch (error) {
            return new Promise(function(resolve, reject) {
              emitDoneEvent(resolve, reject), state.processError = error.message, state.processExited = !0, state.processClosed = !0, state.CheckComplete();
            });
          }
          return this.childProcess = cp, (_a = cp.stdout) === null || _a === void 0 || _a.on("end", function() {
            optionsNonNull.silent || (df ? df.stdout(Buffer.from(os.EOL)) : optionsNonNull.outStream.write(os.EOL));
          }), (_b = cp.stdout) === null || _b === void 0 || _b.on("data", function(data) {
            _this.emit("stdout", data), optionsNonNull.silent || (df ? df.stdout(data) : optionsNonNull.outStream.write(data)), stdLineBuffer = _this._processLineBuffer(data, stdLineBuffer, function(line) {
              _this.emit("stdline", line);
            });
          }), (_c = cp.stderr) === null || _c === void 0 || _c.on("data", function(data) {
            if (state.processStderr = !0, _this.emit("stderr", data), !optionsNonNull.silent)
              if (df)
                df.stderr(data);
              else {
                var s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                s.write(data);
              }
            errLineBuffer = _this._processLineBuffer(data, errLineBuffer, function(line) {
              _this.emit("errline", line);
            });
          }), cp.on("error", function(err) {
            state.processError = err.message, state.processExited = !0, state.processClosed = !0, state.CheckComplete();
          }), cp.on("exit", function(code, signal) {
            state.processExitCode = code, state.processExitSignal = signal, state.processExited = !0, state.CheckComplete();
          }), cp.on("close", function(code, signal) {
            df && df.finalize(), state.processCloseCode = code, state.processCloseSignal = signal, state.processClosed = !0, state.processExited = !0, state.CheckComplete();
          }), new Promise(emitDoneEvent);
        }, ToolRunner2.prototype.exec = function(options) {
          var _this = this, _a, _b, _c;
          if (this.pipeOutputToTool)
            return this.execWithPiping(this.pipeOutputToTool, options);
          var defer = Q.defer();
          this._debug("exec tool: " + this.toolPath), this._debug("arguments:"), this.args.forEach(function(arg) {
            _this._debug("   " + arg);
          });
          var optionsNonNull = this._cloneExecOptions(options), df = this._createDisplayFilter(optionsNonNull);
          optionsNonNull.silent || (df ? df.commandLine(this._getCommandString(optionsNonNull) + os.EOL) : optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL));
          var state = new ExecState(optionsNonNull, this.toolPath);
          state.on("debug", function(message) {
            _this._debug(message);
          });
          var stdLineBuffer = "", errLineBuffer = "";
          state.on("done", function(error, exitCode) {
            stdLineBuffer.length > 0 && _this.emit("stdline", stdLineBuffer), errLineBuffer.length > 0 && _this.emit("errline", errLineBuffer), cp && cp.removeAllListeners(), error ? defer.reject(error) : defer.resolve(exitCode);
          });
          var cp;
          try {
            cp = child.spawn(this._getSpawnFileName(options), this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(options));
          } catch (error) {
            return state.processError = error.message, state.processExited = !0, state.processClosed = !0, state.CheckComplete(), defer.promise;
          }
          return this.childProcess = cp, (_a = cp.stdout) === null || _a === void 0 || _a.on("end", function() {
            optionsNonNull.silent || (df ? df.stdout(Buffer.from(os.EOL)) : optionsNonNull.outStream.write(os.EOL));
          }), (_b = cp.stdout) === null || _b === void 0 || _b.on("data", function(data) {
            _this.emit("stdout", data), optionsNonNull.silent || (df ? df.stdout(data) : optionsNonNull.outStream.write(data)), stdLineBuffer = _this._processLineBuffer(data, stdLineBuffer, function(line) {
              _this.emit("stdline", line);
            });
          }), (_c = cp.stderr) === null || _c === void 0 || _c.on("data", function(data) {
            if (state.processStderr = !0, _this.emit("stderr", data), !optionsNonNull.silent)
              if (df)
                df.stderr(data);
              else {
                var s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                s.write(data);
              }
            errLineBuffer = _this._processLineBuffer(data, errLineBuffer, function(line) {
              _this.emit("errline", line);
            });
          }), cp.on("error", function(err) {
            state.processError = err.message, state.processExited = !0, state.processClosed = !0, state.CheckComplete();
          }), cp.on("exit", function(code, signal) {
            state.processExitCode = code, state.processExitSignal = signal, state.processExited = !0, state.CheckComplete();
          }), cp.on("close", function(code, signal) {
            df && df.finalize(), state.processCloseCode = code, state.processCloseSignal = signal, state.processClosed = !0, state.processExited = !0, state.CheckComplete();
          }), defer.promise;
        }, ToolRunner2.prototype.execSync = function(options) {
          var _this = this;
          this._debug("exec tool: " + this.toolPath), this._debug("arguments:"), this.args.forEach(function(arg) {
            _this._debug("   " + arg);
          });
          var success = !0;
          options = this._cloneExecOptions(options);
          var ext = options.externalOutput;
          if (!options.silent) {
            var cmdLine = this._getCommandString(options) + os.EOL;
            options.outStream.write(ext ? eom.filterExternalOutput(cmdLine, ext) : cmdLine);
          }
          var r = child.spawnSync(this._getSpawnFileName(options), this._getSpawnArgs(options), this._getSpawnSyncOptions(options));
          !options.silent && r.stdout && r.stdout.length > 0 && options.outStream.write(ext ? eom.filterExternalOutput(r.stdout, ext) : r.stdout), !options.silent && r.stderr && r.stderr.length > 0 && options.errStream.write(ext ? eom.filterExternalOutput(r.stderr, ext) : r.stderr);
          var res = { code: r.status, error: r.error };
          return res.stdout = r.stdout ? r.stdout.toString() : "", res.stderr = r.stderr ? r.stderr.toString() : "", res;
        }, ToolRunner2.prototype.killChildProcess = function(signal) {
          signal === void 0 && (signal = "SIGTERM"), this.childProcess && (this._debug("[killChildProcess] Signal ".concat(signal, " received")), this.childProcess.kill(signal));
        }, ToolRunner2;
      })(events.EventEmitter)
    );
    exports2.ToolRunner = ToolRunner;
    var ExecState = (
      /** @class */
      (function(_super) {
        __extends(ExecState2, _super);
        function ExecState2(options, toolPath) {
          var _this = _super.call(this) || this;
          if (_this.delay = 1e4, _this.timeout = null, !toolPath)
            throw new Error("toolPath must not be empty");
          _this.options = options, _this.toolPath = toolPath;
          var delay = process.env.TASKLIB_TEST_TOOLRUNNER_EXITDELAY;
          return delay && (_this.delay = parseInt(delay)), _this;
        }
        return ExecState2.prototype.CheckComplete = function() {
          this.done || (this.processClosed ? this._setResult() : this.processExited && (this.timeout = setTimeout(ExecState2.HandleTimeout, this.delay, this)));
        }, ExecState2.prototype._debug = function(message) {
          this.emit("debug", message);
        }, ExecState2.prototype._setResult = function() {
          var error;
          this.processExited && (this._debug("Process exited with code ".concat(this.processExitCode, " and signal ").concat(this.processExitSignal, " for tool '").concat(this.toolPath, "'")), this.processError ? error = new Error(im._loc("LIB_ProcessError", this.toolPath, this.processError)) : this.processExitCode != 0 && !this.options.ignoreReturnCode ? error = new Error(im._loc("LIB_ProcessExitCode", this.toolPath, this.processExitCode)) : this.processStderr && this.options.failOnStdErr && (error = new Error(im._loc("LIB_ProcessStderr", this.toolPath)))), this.processClosed && this._debug("STDIO streams have closed and received exit code ".concat(this.processCloseCode, " and signal ").concat(this.processCloseSignal, " for tool '").concat(this.toolPath, "'")), this.timeout && (clearTimeout(this.timeout), this.timeout = null), this.done = !0, this.emit("done", error, this.processExitCode);
        }, ExecState2.HandleTimeout = function(state) {
          state.done || (!state.processClosed && state.processExited && (console.log(im._loc("LIB_StdioNotClosed", state.delay / 1e3, state.toolPath)), state._debug(im._loc("LIB_StdioNotClosed", state.delay / 1e3, state.toolPath))), state._setResult());
        }, ExecState2;
      })(events.EventEmitter)
    );
  }
});

// node_modules/azure-pipelines-task-lib/task.js
var require_task = __commonJS({
  "node_modules/azure-pipelines-task-lib/task.js"(exports2) {
    "use strict";
    var __spreadArray = exports2 && exports2.__spreadArray || function(to, from, pack) {
      if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++)
        (ar || !(i in from)) && (ar || (ar = Array.prototype.slice.call(from, 0, i)), ar[i] = from[i]);
      return to.concat(ar || Array.prototype.slice.call(from));
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.getPlatform = exports2.osType = exports2.writeFile = exports2.exist = exports2.stats = exports2.debug = exports2.error = exports2.warning = exports2.command = exports2.setTaskVariable = exports2.getTaskVariable = exports2.getSecureFileTicket = exports2.getSecureFileName = exports2.getEndpointAuthorization = exports2.getEndpointAuthorizationParameterRequired = exports2.getEndpointAuthorizationParameter = exports2.getEndpointAuthorizationSchemeRequired = exports2.getEndpointAuthorizationScheme = exports2.getEndpointDataParameterRequired = exports2.getEndpointDataParameter = exports2.getEndpointUrlRequired = exports2.getEndpointUrl = exports2.getPathInputRequired = exports2.getPathInput = exports2.filePathSupplied = exports2.getDelimitedInput = exports2.getPipelineFeature = exports2.getBoolFeatureFlag = exports2.getBoolInput = exports2.getInputRequired = exports2.getInput = exports2.setSecret = exports2.setVariable = exports2.getVariables = exports2.assertAgent = exports2.getVariable = exports2.loc = exports2.setResourcePath = exports2.setSanitizedResult = exports2.setResult = exports2.setErrStream = exports2.setStdStream = exports2.AgentHostedMode = exports2.Platform = exports2.IssueSource = exports2.FieldType = exports2.ArtifactType = exports2.IssueType = exports2.TaskState = exports2.TaskResult = void 0;
    exports2.defaultAllowedVsoCommands = exports2.errorExternalOutput = exports2.warningExternalOutput = exports2.debugExternalOutput = exports2.writeExternalOutput = exports2.createExternalOutputStream = exports2.updateReleaseName = exports2.addBuildTag = exports2.updateBuildNumber = exports2.uploadBuildLog = exports2.associateArtifact = exports2.uploadArtifact = exports2.logIssue = exports2.logDetail = exports2.setProgress = exports2.setEndpoint = exports2.addAttachment = exports2.uploadSummary = exports2.prependPath = exports2.uploadFile = exports2.CodeCoverageEnabler = exports2.CodeCoveragePublisher = exports2.TestPublisher = exports2.getHttpCertConfiguration = exports2.getHttpProxyConfiguration = exports2.findMatch = exports2.filter = exports2.match = exports2.tool = exports2.execSync = exports2.exec = exports2.execAsync = exports2.rmRF = exports2.legacyFindFiles = exports2.find = exports2.retry = exports2.mv = exports2.cp = exports2.ls = exports2.which = exports2.resolve = exports2.mkdirP = exports2.popd = exports2.pushd = exports2.cd = exports2.checkPath = exports2.cwd = exports2.getSprint = exports2.getAgentMode = exports2.getNodeMajorVersion = void 0;
    var childProcess = require("child_process"), fs = require("fs"), path2 = require("path"), os = require("os"), minimatch = require_minimatch(), im = require_internal(), tcm = require_taskcommand(), trm = require_toolrunner(), eom = require_externaloutput(), semver = require_semver(), TaskResult;
    (function(TaskResult2) {
      TaskResult2[TaskResult2.Succeeded = 0] = "Succeeded", TaskResult2[TaskResult2.SucceededWithIssues = 1] = "SucceededWithIssues", TaskResult2[TaskResult2.Failed = 2] = "Failed", TaskResult2[TaskResult2.Cancelled = 3] = "Cancelled", TaskResult2[TaskResult2.Skipped = 4] = "Skipped";
    })(TaskResult = exports2.TaskResult || (exports2.TaskResult = {}));
    var TaskState;
    (function(TaskState2) {
      TaskState2[TaskState2.Unknown = 0] = "Unknown", TaskState2[TaskState2.Initialized = 1] = "Initialized", TaskState2[TaskState2.InProgress = 2] = "InProgress", TaskState2[TaskState2.Completed = 3] = "Completed";
    })(TaskState = exports2.TaskState || (exports2.TaskState = {}));
    var IssueType;
    (function(IssueType2) {
      IssueType2[IssueType2.Error = 0] = "Error", IssueType2[IssueType2.Warning = 1] = "Warning";
    })(IssueType = exports2.IssueType || (exports2.IssueType = {}));
    var ArtifactType;
    (function(ArtifactType2) {
      ArtifactType2[ArtifactType2.Container = 0] = "Container", ArtifactType2[ArtifactType2.FilePath = 1] = "FilePath", ArtifactType2[ArtifactType2.VersionControl = 2] = "VersionControl", ArtifactType2[ArtifactType2.GitRef = 3] = "GitRef", ArtifactType2[ArtifactType2.TfvcLabel = 4] = "TfvcLabel";
    })(ArtifactType = exports2.ArtifactType || (exports2.ArtifactType = {}));
    var FieldType;
    (function(FieldType2) {
      FieldType2[FieldType2.AuthParameter = 0] = "AuthParameter", FieldType2[FieldType2.DataParameter = 1] = "DataParameter", FieldType2[FieldType2.Url = 2] = "Url";
    })(FieldType = exports2.FieldType || (exports2.FieldType = {}));
    exports2.IssueSource = im.IssueSource;
    var Platform;
    (function(Platform2) {
      Platform2[Platform2.Windows = 0] = "Windows", Platform2[Platform2.MacOS = 1] = "MacOS", Platform2[Platform2.Linux = 2] = "Linux";
    })(Platform = exports2.Platform || (exports2.Platform = {}));
    var AgentHostedMode;
    (function(AgentHostedMode2) {
      AgentHostedMode2[AgentHostedMode2.Unknown = 0] = "Unknown", AgentHostedMode2[AgentHostedMode2.SelfHosted = 1] = "SelfHosted", AgentHostedMode2[AgentHostedMode2.MsHosted = 2] = "MsHosted";
    })(AgentHostedMode = exports2.AgentHostedMode || (exports2.AgentHostedMode = {}));
    var SPRINT_ONE_START_UTC_MS = Date.UTC(2010, 7, 14, 0, 0, 0, 0), DAYS_PER_WEEK = 7, DAYS_PER_SPRINT = 21, MILLISECONDS_PER_DAY = 1440 * 60 * 1e3;
    exports2.setStdStream = im._setStdStream;
    exports2.setErrStream = im._setErrStream;
    function setResult(result, message, done) {
      (0, exports2.debug)("task result: " + TaskResult[result]), result == TaskResult.Failed && message ? (0, exports2.error)(message, exports2.IssueSource.TaskInternal) : result == TaskResult.SucceededWithIssues && message && (0, exports2.warning)(message, exports2.IssueSource.TaskInternal);
      var properties = { result: TaskResult[result] };
      done && (properties.done = "true"), (0, exports2.command)("task.complete", properties, message);
    }
    exports2.setResult = setResult;
    function setSanitizedResult(result, message, done) {
      var pattern = /password|key|secret|bearer|authorization|token|pat/i, sanitizedMessage = im._truncateBeforeSensitiveKeyword(message, pattern);
      setResult(result, sanitizedMessage, done);
    }
    exports2.setSanitizedResult = setSanitizedResult;
    process.on("uncaughtException", function(err) {
      im.isSigPipeError(err) || (setResult(TaskResult.Failed, (0, exports2.loc)("LIB_UnhandledEx", err.message)), (0, exports2.error)(String(err.stack), im.IssueSource.TaskInternal));
    });
    process.on("unhandledRejection", function(reason) {
      throw reason instanceof Error ? reason : new Error(reason);
    });
    exports2.setResourcePath = im._setResourcePath;
    exports2.loc = im._loc;
    exports2.getVariable = im._getVariable;
    function assertAgent(minimum) {
      if (semver.lt(minimum, "2.104.1"))
        throw new Error("assertAgent() requires the parameter to be 2.104.1 or higher");
      var agent = (0, exports2.getVariable)("Agent.Version");
      if ((0, exports2.debug)("Detected Agent.Version=" + (agent || "undefined")), agent && semver.lt(agent, minimum))
        throw new Error("Agent version ".concat(minimum, " or higher is required. Detected Agent version: ").concat(agent));
    }
    exports2.assertAgent = assertAgent;
    function getVariables() {
      return Object.keys(im._knownVariableMap).map(function(key) {
        var info = im._knownVariableMap[key];
        return { name: info.name, value: (0, exports2.getVariable)(info.name), secret: info.secret };
      });
    }
    exports2.getVariables = getVariables;
    function setVariable(name, val, secret, isOutput) {
      secret === void 0 && (secret = !1), isOutput === void 0 && (isOutput = !1);
      var key = im._getVariableKey(name);
      im._knownVariableMap.hasOwnProperty(key) && (secret = secret || im._knownVariableMap[key].secret);
      var varValue = val || "";
      if ((0, exports2.debug)("set " + name + "=" + (secret && varValue ? "********" : varValue)), secret) {
        if (varValue && varValue.match(/\r|\n/) && "".concat(process.env.SYSTEM_UNSAFEALLOWMULTILINESECRET).toUpperCase() != "TRUE")
          throw new Error((0, exports2.loc)("LIB_MultilineSecret"));
        im._vault.storeSecret("SECRET_" + key, varValue), delete process.env[key];
      } else
        process.env[key] = varValue;
      im._knownVariableMap[key] = { name, secret }, (0, exports2.command)("task.setvariable", { variable: name || "", isOutput: (isOutput || !1).toString(), issecret: (secret || !1).toString() }, varValue);
    }
    exports2.setVariable = setVariable;
    function setSecret(val) {
      if (val) {
        if (val.match(/\r|\n/) && "".concat(process.env.SYSTEM_UNSAFEALLOWMULTILINESECRET).toUpperCase() !== "TRUE")
          throw new Error((0, exports2.loc)("LIB_MultilineSecret"));
        (0, exports2.command)("task.setsecret", {}, val);
      }
    }
    exports2.setSecret = setSecret;
    function getInput(name, required2) {
      var inval = im._vault.retrieveSecret("INPUT_" + im._getVariableKey(name));
      if (required2 && !inval)
        throw new Error((0, exports2.loc)("LIB_InputRequired", name));
      return (0, exports2.debug)(name + "=" + inval), inval;
    }
    exports2.getInput = getInput;
    function getInputRequired(name) {
      return getInput(name, !0);
    }
    exports2.getInputRequired = getInputRequired;
    function getBoolInput(name, required2) {
      return (getInput(name, required2) || "").toUpperCase() == "TRUE";
    }
    exports2.getBoolInput = getBoolInput;
    function getBoolFeatureFlag(ffName, defaultValue) {
      defaultValue === void 0 && (defaultValue = !1);
      var ffValue = process.env[ffName];
      return ffValue ? ((0, exports2.debug)("Feature flag ".concat(ffName, " = ").concat(ffValue)), ffValue.toLowerCase() === "true") : ((0, exports2.debug)("Feature flag ".concat(ffName, " not found. Returning ").concat(defaultValue, " as default.")), defaultValue);
    }
    exports2.getBoolFeatureFlag = getBoolFeatureFlag;
    function getPipelineFeature(featureName) {
      var variableName = im._getVariableKey("DistributedTask.Tasks.".concat(featureName)), featureValue = process.env[variableName];
      if (!featureValue)
        return (0, exports2.debug)("Feature '".concat(featureName, "' not found. Returning false as default.")), !1;
      var boolValue = featureValue.toLowerCase() === "true";
      return (0, exports2.debug)("Feature '".concat(featureName, "' = '").concat(featureValue, "'. Processed as '").concat(boolValue, "'.")), boolValue;
    }
    exports2.getPipelineFeature = getPipelineFeature;
    function getDelimitedInput(name, delim, required2) {
      var inputVal = getInput(name, required2);
      if (!inputVal)
        return [];
      var result = [];
      return inputVal.split(delim).forEach(function(x) {
        x && result.push(x);
      }), result;
    }
    exports2.getDelimitedInput = getDelimitedInput;
    function filePathSupplied(name) {
      var pathValue = this.resolve(this.getPathInput(name) || ""), repoRoot = this.resolve((0, exports2.getVariable)("build.sourcesDirectory") || (0, exports2.getVariable)("system.defaultWorkingDirectory") || ""), supplied = pathValue !== repoRoot;
      return (0, exports2.debug)(name + "path supplied :" + supplied), supplied;
    }
    exports2.filePathSupplied = filePathSupplied;
    function getPathInput(name, required2, check) {
      var inval = getInput(name, required2);
      return inval && check && (0, exports2.checkPath)(inval, name), inval;
    }
    exports2.getPathInput = getPathInput;
    function getPathInputRequired(name, check) {
      return getPathInput(name, !0, check);
    }
    exports2.getPathInputRequired = getPathInputRequired;
    function getEndpointUrl(id, optional) {
      var urlval = process.env["ENDPOINT_URL_" + id];
      if (!optional && !urlval)
        throw new Error((0, exports2.loc)("LIB_EndpointNotExist", id));
      return (0, exports2.debug)(id + "=" + urlval), urlval;
    }
    exports2.getEndpointUrl = getEndpointUrl;
    function getEndpointUrlRequired(id) {
      return getEndpointUrl(id, !1);
    }
    exports2.getEndpointUrlRequired = getEndpointUrlRequired;
    function getEndpointDataParameter(id, key, optional) {
      var dataParamVal = process.env["ENDPOINT_DATA_" + id + "_" + key.toUpperCase()];
      if (!optional && !dataParamVal)
        throw new Error((0, exports2.loc)("LIB_EndpointDataNotExist", id, key));
      return (0, exports2.debug)(id + " data " + key + " = " + dataParamVal), dataParamVal;
    }
    exports2.getEndpointDataParameter = getEndpointDataParameter;
    function getEndpointDataParameterRequired(id, key) {
      return getEndpointDataParameter(id, key, !1);
    }
    exports2.getEndpointDataParameterRequired = getEndpointDataParameterRequired;
    function getEndpointAuthorizationScheme(id, optional) {
      var authScheme = im._vault.retrieveSecret("ENDPOINT_AUTH_SCHEME_" + id);
      if (!optional && !authScheme)
        throw new Error((0, exports2.loc)("LIB_EndpointAuthNotExist", id));
      return (0, exports2.debug)(id + " auth scheme = " + authScheme), authScheme;
    }
    exports2.getEndpointAuthorizationScheme = getEndpointAuthorizationScheme;
    function getEndpointAuthorizationSchemeRequired(id) {
      return getEndpointAuthorizationScheme(id, !1);
    }
    exports2.getEndpointAuthorizationSchemeRequired = getEndpointAuthorizationSchemeRequired;
    function getEndpointAuthorizationParameter(id, key, optional) {
      var authParam = im._vault.retrieveSecret("ENDPOINT_AUTH_PARAMETER_" + id + "_" + key.toUpperCase());
      if (!optional && !authParam)
        throw new Error((0, exports2.loc)("LIB_EndpointAuthNotExist", id));
      return (0, exports2.debug)(id + " auth param " + key + " = " + authParam), authParam;
    }
    exports2.getEndpointAuthorizationParameter = getEndpointAuthorizationParameter;
    function getEndpointAuthorizationParameterRequired(id, key) {
      return getEndpointAuthorizationParameter(id, key, !1);
    }
    exports2.getEndpointAuthorizationParameterRequired = getEndpointAuthorizationParameterRequired;
    function getEndpointAuthorization(id, optional) {
      var aval = im._vault.retrieveSecret("ENDPOINT_AUTH_" + id);
      !optional && !aval && setResult(TaskResult.Failed, (0, exports2.loc)("LIB_EndpointAuthNotExist", id)), (0, exports2.debug)(id + " exists " + !!aval);
      var auth;
      try {
        aval && (auth = JSON.parse(aval));
      } catch {
        throw new Error((0, exports2.loc)("LIB_InvalidEndpointAuth", aval));
      }
      return auth;
    }
    exports2.getEndpointAuthorization = getEndpointAuthorization;
    function getSecureFileName(id) {
      var name = process.env["SECUREFILE_NAME_" + id];
      return (0, exports2.debug)("secure file name for id " + id + " = " + name), name;
    }
    exports2.getSecureFileName = getSecureFileName;
    function getSecureFileTicket(id) {
      var ticket = im._vault.retrieveSecret("SECUREFILE_TICKET_" + id);
      return (0, exports2.debug)("secure file ticket for id " + id + " = " + ticket), ticket;
    }
    exports2.getSecureFileTicket = getSecureFileTicket;
    function getTaskVariable(name) {
      assertAgent("2.115.0");
      var inval = im._vault.retrieveSecret("VSTS_TASKVARIABLE_" + im._getVariableKey(name));
      return inval && (inval = inval.trim()), (0, exports2.debug)("task variable: " + name + "=" + inval), inval;
    }
    exports2.getTaskVariable = getTaskVariable;
    function setTaskVariable(name, val, secret) {
      secret === void 0 && (secret = !1), assertAgent("2.115.0");
      var key = im._getVariableKey(name), varValue = val || "";
      (0, exports2.debug)("set task variable: " + name + "=" + (secret && varValue ? "********" : varValue)), im._vault.storeSecret("VSTS_TASKVARIABLE_" + key, varValue), delete process.env[key], (0, exports2.command)("task.settaskvariable", { variable: name || "", issecret: (secret || !1).toString() }, varValue);
    }
    exports2.setTaskVariable = setTaskVariable;
    exports2.command = im._command;
    exports2.warning = im._warning;
    exports2.error = im._error;
    exports2.debug = im._debug;
    function stats(path3) {
      return fs.statSync(path3);
    }
    exports2.stats = stats;
    exports2.exist = im._exist;
    function writeFile(file, data, options) {
      typeof options == "string" ? fs.writeFileSync(file, data, { encoding: options }) : fs.writeFileSync(file, data, options);
    }
    exports2.writeFile = writeFile;
    function osType() {
      return os.type();
    }
    exports2.osType = osType;
    function getPlatform() {
      switch (process.platform) {
        case "win32":
          return Platform.Windows;
        case "darwin":
          return Platform.MacOS;
        case "linux":
          return Platform.Linux;
        default:
          throw Error((0, exports2.loc)("LIB_PlatformNotSupported", process.platform));
      }
    }
    exports2.getPlatform = getPlatform;
    function getNodeMajorVersion() {
      var _a, version = (_a = process == null ? void 0 : process.versions) === null || _a === void 0 ? void 0 : _a.node;
      if (!version)
        throw new Error((0, exports2.loc)("LIB_UndefinedNodeVersion"));
      var parts = version.split(".").map(Number);
      return parts.length < 1 ? NaN : parts[0];
    }
    exports2.getNodeMajorVersion = getNodeMajorVersion;
    function getAgentMode() {
      var agentCloudId = (0, exports2.getVariable)("Agent.CloudId");
      return agentCloudId === void 0 ? AgentHostedMode.Unknown : agentCloudId ? AgentHostedMode.MsHosted : AgentHostedMode.SelfHosted;
    }
    exports2.getAgentMode = getAgentMode;
    function getSprint(date) {
      var targetDate = date || /* @__PURE__ */ new Date(), elapsedDays = Math.floor((targetDate.getTime() - SPRINT_ONE_START_UTC_MS) / MILLISECONDS_PER_DAY), sprintIndex = Math.floor(elapsedDays / DAYS_PER_SPRINT), dayWithinSprint = (elapsedDays % DAYS_PER_SPRINT + DAYS_PER_SPRINT) % DAYS_PER_SPRINT;
      return {
        sprint: sprintIndex + 1,
        week: Math.floor(dayWithinSprint / DAYS_PER_WEEK) + 1
      };
    }
    exports2.getSprint = getSprint;
    function cwd() {
      return process.cwd();
    }
    exports2.cwd = cwd;
    exports2.checkPath = im._checkPath;
    function cd(path3) {
      if (path3 === "-")
        if (process.env.OLDPWD)
          path3 = process.env.OLDPWD;
        else
          throw new Error((0, exports2.loc)("LIB_NotFoundPreviousDirectory"));
      if (path3 === "~" && (path3 = os.homedir()), !fs.existsSync(path3))
        throw new Error((0, exports2.loc)("LIB_PathNotFound", "cd", path3));
      if (!fs.statSync(path3).isDirectory())
        throw new Error((0, exports2.loc)("LIB_PathIsNotADirectory", path3));
      try {
        var currentPath = process.cwd();
        process.chdir(path3), process.env.OLDPWD = currentPath;
      } catch (error) {
        (0, exports2.debug)((0, exports2.loc)("LIB_OperationFailed", "cd", error));
      }
    }
    exports2.cd = cd;
    var dirStack = [];
    function getActualStack() {
      return [process.cwd()].concat(dirStack);
    }
    function pushd(dir) {
      dir === void 0 && (dir = "");
      var dirs = getActualStack(), maybeIndex = parseInt(dir);
      if (dir === "+0")
        return dirs;
      if (dir.length === 0)
        if (dirs.length > 1)
          dirs.splice.apply(dirs, __spreadArray([0, 0], dirs.splice(1, 1), !1));
        else
          throw new Error((0, exports2.loc)("LIB_DirectoryStackEmpty"));
      else isNaN(maybeIndex) ? dirs.unshift(dir) : (maybeIndex < dirStack.length + 1 && (maybeIndex = dir.charAt(0) === "-" ? maybeIndex - 1 : maybeIndex), dirs.splice.apply(dirs, __spreadArray([0, dirs.length], dirs.slice(maybeIndex).concat(dirs.slice(0, maybeIndex)), !1)));
      var _path = path2.resolve(dirs.shift());
      try {
        cd(_path);
      } catch (error) {
        throw fs.existsSync(_path) ? error : new Error((0, exports2.loc)("Not found", "pushd", _path));
      }
      return dirStack.splice.apply(dirStack, __spreadArray([0, dirStack.length], dirs, !1)), getActualStack();
    }
    exports2.pushd = pushd;
    function popd(index) {
      if (index === void 0 && (index = ""), dirStack.length === 0)
        throw new Error((0, exports2.loc)("LIB_DirectoryStackEmpty"));
      var maybeIndex = parseInt(index);
      if (isNaN(maybeIndex) ? maybeIndex = 0 : maybeIndex < dirStack.length + 1 && (maybeIndex = index.charAt(0) === "-" ? maybeIndex - 1 : maybeIndex), maybeIndex > 0 || dirStack.length + maybeIndex === 0)
        maybeIndex = maybeIndex > 0 ? maybeIndex - 1 : maybeIndex, dirStack.splice(maybeIndex, 1);
      else {
        var _path = path2.resolve(dirStack.shift());
        cd(_path);
      }
      return getActualStack();
    }
    exports2.popd = popd;
    function mkdirP(p) {
      if (!p)
        throw new Error((0, exports2.loc)("LIB_ParameterIsRequired", "p"));
      for (var stack = [], testDir = p; ; ) {
        if (stack.length >= Number(process.env.TASKLIB_TEST_MKDIRP_FAILSAFE || 1e3)) {
          (0, exports2.debug)("loop is out of control"), fs.mkdirSync(p);
          return;
        }
        (0, exports2.debug)("testing directory '".concat(testDir, "'"));
        var stats_1 = void 0;
        try {
          stats_1 = fs.statSync(testDir);
        } catch (err) {
          if (err.code == "ENOENT") {
            var parentDir = path2.dirname(testDir);
            if (testDir == parentDir)
              throw new Error((0, exports2.loc)("LIB_MkdirFailedInvalidDriveRoot", p, testDir));
            stack.push(testDir), testDir = parentDir;
            continue;
          } else throw err.code == "UNKNOWN" ? new Error((0, exports2.loc)("LIB_MkdirFailedInvalidShare", p, testDir)) : err;
        }
        if (!stats_1.isDirectory())
          throw new Error((0, exports2.loc)("LIB_MkdirFailedFileExists", p, testDir));
        break;
      }
      for (; stack.length; ) {
        var dir = stack.pop();
        (0, exports2.debug)("mkdir '".concat(dir, "'"));
        try {
          fs.mkdirSync(dir);
        } catch (err) {
          throw new Error((0, exports2.loc)("LIB_MkdirFailed", p, err.message));
        }
      }
    }
    exports2.mkdirP = mkdirP;
    function resolve() {
      for (var pathSegments = [], _i = 0; _i < arguments.length; _i++)
        pathSegments[_i] = arguments[_i];
      var absolutePath = path2.resolve.apply(this, pathSegments);
      return (0, exports2.debug)("Absolute path for pathSegments: " + pathSegments + " = " + absolutePath), absolutePath;
    }
    exports2.resolve = resolve;
    exports2.which = im._which;
    function ls(optionsOrPaths) {
      for (var paths = [], _i = 1; _i < arguments.length; _i++)
        paths[_i - 1] = arguments[_i];
      var isRecursive = !1, includeHidden = !1;
      if (typeof optionsOrPaths == "string" && optionsOrPaths.startsWith("-")) {
        var options = String(optionsOrPaths).toLowerCase();
        isRecursive = options.includes("r"), includeHidden = options.includes("a");
      }
      if (Array.isArray(paths) && (paths = flattenArray(paths)), typeof optionsOrPaths != "string" || !optionsOrPaths.startsWith("-")) {
        var pathsFromOptions = [];
        Array.isArray(optionsOrPaths) ? pathsFromOptions = optionsOrPaths : optionsOrPaths && typeof optionsOrPaths == "string" && (pathsFromOptions = [optionsOrPaths]), paths === void 0 || paths.length === 0 ? paths = pathsFromOptions : paths.push.apply(paths, pathsFromOptions);
      }
      paths.length === 0 && paths.push(path2.resolve("."));
      var pathsCopy = __spreadArray([], paths, !0), preparedPaths = [], fileEntries = [];
      try {
        for (var remainingPaths = []; paths.length > 0; ) {
          var pathEntry = resolve(paths.shift());
          if (pathEntry?.includes("*")) {
            remainingPaths.push(pathEntry);
            continue;
          }
          var stats_2 = fs.lstatSync(pathEntry);
          if (stats_2.isFile()) {
            var fileName = path2.basename(pathEntry);
            fileEntries.push(fileName);
          } else
            remainingPaths.push(pathEntry);
        }
        paths.push.apply(paths, remainingPaths);
        for (var _loop_1 = function() {
          var pathEntry2 = resolve(paths.shift());
          if (pathEntry2?.includes("*"))
            return paths.push.apply(paths, findMatch(path2.dirname(pathEntry2), [path2.basename(pathEntry2)])), "continue";
          fs.lstatSync(pathEntry2).isDirectory() ? preparedPaths.push.apply(preparedPaths, fs.readdirSync(pathEntry2).map(function(file) {
            return path2.join(pathEntry2, file);
          })) : preparedPaths.push(pathEntry2);
        }; paths.length > 0; )
          _loop_1();
        for (var entries = [], _loop_2 = function() {
          var entry = preparedPaths.shift(), entrybasename = path2.basename(entry);
          if (entry?.includes("*"))
            return preparedPaths.push.apply(preparedPaths, findMatch(path2.dirname(entry), [entrybasename])), "continue";
          if (!includeHidden && entrybasename.startsWith(".") && entrybasename !== "." && entrybasename !== "..")
            return "continue";
          var baseDir = safeFind(pathsCopy, function(p) {
            return entry.startsWith(path2.resolve(p));
          }) || path2.resolve(".");
          fs.lstatSync(entry).isDirectory() && isRecursive && preparedPaths.push.apply(preparedPaths, fs.readdirSync(entry).map(function(x) {
            return path2.join(entry, x);
          })), entries.push(path2.relative(baseDir, entry));
        }; preparedPaths.length > 0; )
          _loop_2();
        var finalResults = __spreadArray(__spreadArray([], fileEntries, !0), entries, !0);
        return finalResults;
      } catch (error) {
        throw error.code === "ENOENT" ? new Error((0, exports2.loc)("LIB_PathNotFound", "ls", error.message)) : new Error((0, exports2.loc)("LIB_OperationFailed", "ls", error));
      }
    }
    exports2.ls = ls;
    function flattenArray(arr) {
      return arr.reduce(function(flat, toFlatten) {
        return flat.concat(Array.isArray(toFlatten) ? flattenArray(toFlatten) : toFlatten);
      }, []);
    }
    function cp(sourceOrOptions, destinationOrSource, optionsOrDestination, continueOnError, retryCount) {
      continueOnError === void 0 && (continueOnError = !1), retryCount === void 0 && (retryCount = 0), retry(function() {
        var recursive = !1, force = !0, source = String(sourceOrOptions), destination = destinationOrSource, options = "";
        if (typeof sourceOrOptions == "string" && sourceOrOptions.startsWith("-") ? (options = sourceOrOptions.toLowerCase(), recursive = options.includes("r"), force = !options.includes("n"), source = destinationOrSource, destination = String(optionsOrDestination)) : typeof optionsOrDestination == "string" && optionsOrDestination && optionsOrDestination.startsWith("-") && (options = optionsOrDestination.toLowerCase(), recursive = options.includes("r"), force = !options.includes("n"), source = String(sourceOrOptions), destination = destinationOrSource), !fs.existsSync(destination) && !force)
          throw new Error((0, exports2.loc)("LIB_PathNotFound", "cp", destination));
        var isPattern = /[*?{\[]/.test(source) || /[@+!]\(/.test(source);
        if (isPattern) {
          for (var defaultRoot = (0, exports2.getVariable)("system.defaultWorkingDirectory") || process.cwd(), matches = findMatch(defaultRoot, [source], void 0, { nonegate: !0, nocomment: !0 }), resolvedMatches = matches.filter(function(src2) {
            return path2.resolve(src2) !== path2.resolve(source);
          }), _i = 0, resolvedMatches_1 = resolvedMatches; _i < resolvedMatches_1.length; _i++) {
            var src = resolvedMatches_1[_i];
            cp(src, destination, options, continueOnError, retryCount);
          }
          if (matches.length > 0 && resolvedMatches.length === matches.length)
            return;
          matches.length === 0 && (0, exports2.debug)("No matches found for the pattern: ".concat(source, ". Fallback to check for the literal path."));
        }
        var lstatSource = fs.lstatSync(source);
        if (!recursive && lstatSource.isDirectory())
          throw new Error((0, exports2.loc)("LIB_CopyDirectoryWithoutRecursiveOption", source));
        if (!(!force && fs.existsSync(destination)))
          try {
            fs.existsSync(destination) && fs.lstatSync(destination).isDirectory() && (destination = path2.join(destination, path2.basename(source))), copyWithPreservedSymlinks(source, destination, force);
          } catch (error) {
            throw new Error((0, exports2.loc)("LIB_OperationFailed", "cp", error));
          }
      }, [], { retryCount, continueOnError });
    }
    exports2.cp = cp;
    var copyWithPreservedSymlinks = function(source, destination, force) {
      var lstatSource = fs.lstatSync(source);
      if (lstatSource.isSymbolicLink()) {
        var symlinkTarget = fs.readlinkSync(source);
        if (force && fs.existsSync(destination)) {
          var destStats = fs.lstatSync(destination);
          destStats.isSymbolicLink() ? fs.unlinkSync(destination) : fs.rmSync(destination, { recursive: !0, force: !0 });
        }
        fs.symlinkSync(symlinkTarget, destination);
      } else if (lstatSource.isFile())
        force ? fs.copyFileSync(source, destination) : fs.copyFileSync(source, destination, fs.constants.COPYFILE_EXCL);
      else {
        var entries = fs.readdirSync(source, { withFileTypes: !0 });
        fs.existsSync(destination) || fs.mkdirSync(destination, { recursive: !0 });
        for (var _i = 0, entries_1 = entries; _i < entries_1.length; _i++) {
          var entry = entries_1[_i], srcPath = path2.join(source, entry.name), destPath = path2.join(destination, entry.name);
          copyWithPreservedSymlinks(srcPath, destPath, force);
        }
      }
    };
    function mv(source, dest, options, continueOnError) {
      var force = !1;
      if (options && typeof options == "string" && options.startsWith("-")) {
        var lowercasedOptions = String(options).toLowerCase();
        force = lowercasedOptions.includes("f") && !lowercasedOptions.includes("n");
      }
      var sourceExists = fs.existsSync(source), destExists = fs.existsSync(dest), sources = [];
      try {
        if (sourceExists)
          sources.push(source);
        else if (source.includes("*"))
          sources.push.apply(sources, findMatch(path2.resolve(path2.dirname(source)), [path2.basename(source)]));
        else
          throw new Error((0, exports2.loc)("LIB_PathNotFound", "mv", source));
        if (destExists && !force)
          throw new Error("File already exists at ".concat(dest));
        for (var _i = 0, sources_1 = sources; _i < sources_1.length; _i++) {
          var source_1 = sources_1[_i];
          fs.renameSync(source_1, dest);
        }
      } catch (error) {
        (0, exports2.debug)("mv failed");
        var errMsg = (0, exports2.loc)("LIB_OperationFailed", "mv", error);
        if ((0, exports2.debug)(errMsg), !continueOnError)
          throw new Error(errMsg);
      }
    }
    exports2.mv = mv;
    function retry(func, args, retryOptions) {
      for (retryOptions === void 0 && (retryOptions = { continueOnError: !1, retryCount: 0 }); retryOptions.retryCount >= 0; )
        try {
          return func.apply(void 0, args);
        } catch (e) {
          if (retryOptions.retryCount <= 0)
            if (retryOptions.continueOnError) {
              (0, exports2.warning)(e, exports2.IssueSource.TaskInternal);
              break;
            } else
              throw e;
          else
            (0, exports2.debug)('Attempt to execute function "'.concat(func?.name, '" failed, retries left: ').concat(retryOptions.retryCount)), retryOptions.retryCount--;
        }
    }
    exports2.retry = retry;
    function _getStats(path3, followSymbolicLink, allowBrokenSymbolicLinks) {
      var stats2;
      if (followSymbolicLink)
        try {
          stats2 = fs.statSync(path3);
        } catch (err) {
          if (err.code == "ENOENT" && allowBrokenSymbolicLinks)
            stats2 = fs.lstatSync(path3), (0, exports2.debug)("  ".concat(path3, " (broken symlink)"));
          else
            throw err;
        }
      else
        stats2 = fs.lstatSync(path3);
      return stats2;
    }
    function find(findPath, options) {
      if (!findPath)
        return (0, exports2.debug)("no path specified"), [];
      findPath = path2.normalize(findPath), (0, exports2.debug)("findPath: '".concat(findPath, "'")), options = options || _getDefaultFindOptions(), _debugFindOptions(options);
      try {
        fs.lstatSync(findPath);
      } catch (err) {
        if (err.code == "ENOENT")
          return (0, exports2.debug)("0 results"), [];
        throw err;
      }
      try {
        for (var result = [], stack = [new _FindItem(findPath, 1)], traversalChain = [], _loop_3 = function() {
          var item = stack.pop(), stats_3 = void 0;
          try {
            var isPathToSearch = !result.length, followSpecifiedSymbolicLink = options.followSpecifiedSymbolicLink && isPathToSearch, followSymbolicLink = options.followSymbolicLinks || followSpecifiedSymbolicLink;
            stats_3 = _getStats(item.path, followSymbolicLink, options.allowBrokenSymbolicLinks);
          } catch (err) {
            if (err.code == "ENOENT" && options.skipMissingFiles)
              return (0, exports2.warning)('No such file or directory: "'.concat(item.path, '" - skipping.'), exports2.IssueSource.TaskInternal), "continue";
            throw err;
          }
          if (result.push(item.path), stats_3.isDirectory()) {
            if ((0, exports2.debug)("  ".concat(item.path, " (directory)")), options.followSymbolicLinks) {
              var realPath_1;
              for (im._isUncPath(item.path) ? realPath_1 = retry(fs.realpathSync, [item.path], { continueOnError: !1, retryCount: 5 }) : realPath_1 = fs.realpathSync(item.path); traversalChain.length >= item.level; )
                traversalChain.pop();
              if (traversalChain.some(function(x) {
                return x == realPath_1;
              }))
                return (0, exports2.debug)("    cycle detected"), "continue";
              traversalChain.push(realPath_1);
            }
            for (var childLevel_1 = item.level + 1, childItems = fs.readdirSync(item.path).map(function(childName) {
              return new _FindItem(path2.join(item.path, childName), childLevel_1);
            }), i = childItems.length - 1; i >= 0; i--)
              stack.push(childItems[i]);
          } else
            (0, exports2.debug)("  ".concat(item.path, " (file)"));
        }; stack.length; )
          _loop_3();
        return (0, exports2.debug)("".concat(result.length, " results")), result;
      } catch (err) {
        throw new Error((0, exports2.loc)("LIB_OperationFailed", "find", err.message));
      }
    }
    exports2.find = find;
    var _FindItem = (
      /** @class */
      /* @__PURE__ */ (function() {
        function _FindItem2(path3, level) {
          this.path = path3, this.level = level;
        }
        return _FindItem2;
      })()
    );
    function _debugFindOptions(options) {
      (0, exports2.debug)("findOptions.allowBrokenSymbolicLinks: '".concat(options.allowBrokenSymbolicLinks, "'")), (0, exports2.debug)("findOptions.followSpecifiedSymbolicLink: '".concat(options.followSpecifiedSymbolicLink, "'")), (0, exports2.debug)("findOptions.followSymbolicLinks: '".concat(options.followSymbolicLinks, "'")), (0, exports2.debug)("findOptions.skipMissingFiles: '".concat(options.skipMissingFiles, "'"));
    }
    function _getDefaultFindOptions() {
      return {
        allowBrokenSymbolicLinks: !1,
        followSpecifiedSymbolicLink: !0,
        followSymbolicLinks: !0,
        skipMissingFiles: !1
      };
    }
    function legacyFindFiles(rootDirectory, pattern, includeFiles, includeDirectories) {
      if (!pattern)
        throw new Error("pattern parameter cannot be empty");
      (0, exports2.debug)("legacyFindFiles rootDirectory: '".concat(rootDirectory, "'")), (0, exports2.debug)("pattern: '".concat(pattern, "'")), (0, exports2.debug)("includeFiles: '".concat(includeFiles, "'")), (0, exports2.debug)("includeDirectories: '".concat(includeDirectories, "'")), !includeFiles && !includeDirectories && (includeFiles = !0);
      var includePatterns = [], excludePatterns = [];
      pattern = pattern.replace(/;;/g, "\0");
      for (var _i = 0, _a = pattern.split(";"); _i < _a.length; _i++) {
        var pat = _a[_i];
        if (pat) {
          pat = pat.replace(/\0/g, ";");
          var isIncludePattern = void 0;
          if (im._startsWith(pat, "+:") ? (pat = pat.substring(2), isIncludePattern = !0) : im._startsWith(pat, "-:") ? (pat = pat.substring(2), isIncludePattern = !1) : isIncludePattern = !0, im._endsWith(pat, "/") || process.platform == "win32" && im._endsWith(pat, "\\"))
            throw new Error((0, exports2.loc)("LIB_InvalidPattern", pat));
          rootDirectory && !path2.isAbsolute(pat) && (pat = path2.join(rootDirectory, pat), im._endsWith(pat, "\\") && (pat = pat.substring(0, pat.length - 1))), isIncludePattern ? includePatterns.push(pat) : excludePatterns.push(im._legacyFindFiles_convertPatternToRegExp(pat));
        }
      }
      var count = 0, result = _legacyFindFiles_getMatchingItems(includePatterns, excludePatterns, !!includeFiles, !!includeDirectories);
      (0, exports2.debug)("all matches:");
      for (var _b = 0, result_1 = result; _b < result_1.length; _b++) {
        var resultItem = result_1[_b];
        (0, exports2.debug)(" " + resultItem);
      }
      return (0, exports2.debug)("total matched: " + result.length), result;
    }
    exports2.legacyFindFiles = legacyFindFiles;
    function _legacyFindFiles_getMatchingItems(includePatterns, excludePatterns, includeFiles, includeDirectories) {
      (0, exports2.debug)("getMatchingItems()");
      for (var _i = 0, includePatterns_1 = includePatterns; _i < includePatterns_1.length; _i++) {
        var pattern = includePatterns_1[_i];
        (0, exports2.debug)("includePattern: '".concat(pattern, "'"));
      }
      for (var _a = 0, excludePatterns_1 = excludePatterns; _a < excludePatterns_1.length; _a++) {
        var pattern = excludePatterns_1[_a];
        (0, exports2.debug)("excludePattern: ".concat(pattern));
      }
      (0, exports2.debug)("includeFiles: " + includeFiles), (0, exports2.debug)("includeDirectories: " + includeDirectories);
      for (var allFiles = {}, _loop_4 = function(pattern2) {
        var findPath = void 0, starIndex = pattern2.indexOf("*"), questionIndex = pattern2.indexOf("?");
        if (starIndex < 0 && questionIndex < 0)
          findPath = im._getDirectoryName(pattern2);
        else {
          var index = Math.min(starIndex >= 0 ? starIndex : questionIndex, questionIndex >= 0 ? questionIndex : starIndex);
          findPath = im._getDirectoryName(pattern2.substring(0, index));
        }
        if (!findPath)
          return "continue";
        var patternRegex = im._legacyFindFiles_convertPatternToRegExp(pattern2), items = find(findPath, { followSymbolicLinks: !0 }).filter(function(item) {
          if (includeFiles && includeDirectories)
            return !0;
          var isDir = fs.statSync(item).isDirectory();
          return includeFiles && !isDir || includeDirectories && isDir;
        }).forEach(function(item) {
          var normalizedPath = process.platform == "win32" ? item.replace(/\\/g, "/") : item, alternatePath = "".concat(normalizedPath, "/"), isMatch = !1;
          if (patternRegex.test(normalizedPath) || includeDirectories && patternRegex.test(alternatePath)) {
            isMatch = !0;
            for (var _i2 = 0, excludePatterns_2 = excludePatterns; _i2 < excludePatterns_2.length; _i2++) {
              var regex = excludePatterns_2[_i2];
              if (regex.test(normalizedPath) || includeDirectories && regex.test(alternatePath)) {
                isMatch = !1;
                break;
              }
            }
          }
          isMatch && (allFiles[item] = item);
        });
      }, _b = 0, includePatterns_2 = includePatterns; _b < includePatterns_2.length; _b++) {
        var pattern = includePatterns_2[_b];
        _loop_4(pattern);
      }
      return Object.keys(allFiles).sort();
    }
    function rmRF(inputPath) {
      if ((0, exports2.debug)("rm -rf " + inputPath), getPlatform() == Platform.Windows)
        try {
          var lstats = fs.lstatSync(inputPath);
          if (lstats.isDirectory() && !lstats.isSymbolicLink())
            (0, exports2.debug)("removing directory " + inputPath), childProcess.execFileSync("cmd.exe", ["/c", "rd", "/s", "/q", im._normalizeSeparators(inputPath)]);
          else if (lstats.isSymbolicLink()) {
            (0, exports2.debug)("removing symbolic link " + inputPath);
            var realPath = fs.readlinkSync(inputPath);
            if (fs.existsSync(realPath)) {
              var stats_4 = fs.statSync(realPath);
              stats_4.isDirectory() && childProcess.execFileSync("cmd.exe", ["/c", "rd", "/s", "/q", im._normalizeSeparators(realPath)]), fs.unlinkSync(inputPath);
            } else
              (0, exports2.debug)("Symbolic link '".concat(inputPath, "' points to a non-existing target '").concat(realPath, "'. Removing the symbolic link.")), fs.unlinkSync(inputPath);
          } else
            (0, exports2.debug)("removing file " + inputPath), childProcess.execFileSync("cmd.exe", ["/c", "del", "/f", "/a", im._normalizeSeparators(inputPath)]);
        } catch (err) {
          if ((0, exports2.debug)("Error: " + err.message), err.code != "ENOENT")
            throw new Error((0, exports2.loc)("LIB_OperationFailed", "rmRF", err.message));
        }
      else {
        var lstats = void 0;
        try {
          if (inputPath.includes("*"))
            for (var entries = findMatch(path2.dirname(inputPath), [path2.basename(inputPath)]), _i = 0, entries_2 = entries; _i < entries_2.length; _i++) {
              var entry = entries_2[_i];
              rmRF(entry);
            }
          else if (lstats = fs.lstatSync(inputPath), lstats.isDirectory() && !lstats.isSymbolicLink())
            (0, exports2.debug)("removing directory " + inputPath), fs.rmSync(inputPath, { recursive: !0, force: !0 });
          else if (lstats.isSymbolicLink()) {
            (0, exports2.debug)("removing symbolic link " + inputPath);
            var realPath = fs.readlinkSync(inputPath);
            if (fs.existsSync(realPath)) {
              var stats_5 = fs.statSync(realPath);
              stats_5.isDirectory() && fs.rmSync(realPath, { recursive: !0, force: !0 }), fs.unlinkSync(inputPath);
            } else
              (0, exports2.debug)("Symbolic link '".concat(inputPath, "' points to a non-existing target '").concat(realPath, "'. Removing the symbolic link.")), fs.unlinkSync(inputPath);
          } else
            (0, exports2.debug)("removing file " + inputPath), fs.unlinkSync(inputPath);
        } catch (err) {
          if ((0, exports2.debug)("Error: " + err.message), err.code != "ENOENT")
            throw new Error((0, exports2.loc)("LIB_OperationFailed", "rmRF", err.message));
        }
      }
    }
    exports2.rmRF = rmRF;
    function execAsync(tool2, args, options) {
      var tr = this.tool(tool2);
      return args && (args instanceof Array ? tr.arg(args) : typeof args == "string" && tr.line(args)), tr.execAsync(options);
    }
    exports2.execAsync = execAsync;
    function exec(tool2, args, options) {
      var tr = this.tool(tool2);
      return args && (args instanceof Array ? tr.arg(args) : typeof args == "string" && tr.line(args)), tr.exec(options);
    }
    exports2.exec = exec;
    function execSync(tool2, args, options) {
      var tr = this.tool(tool2);
      return args && (args instanceof Array ? tr.arg(args) : typeof args == "string" && tr.line(args)), tr.execSync(options);
    }
    exports2.execSync = execSync;
    function tool(tool2) {
      var tr = new trm.ToolRunner(tool2);
      return tr.on("debug", function(message) {
        (0, exports2.debug)(message);
      }), tr;
    }
    exports2.tool = tool;
    function match(list, patterns, patternRoot, options) {
      (0, exports2.debug)("patternRoot: '".concat(patternRoot, "'")), options = options || _getDefaultMatchOptions(), _debugMatchOptions(options), typeof patterns == "string" && (patterns = [patterns]);
      for (var map = {}, originalOptions = options, _i = 0, patterns_1 = patterns; _i < patterns_1.length; _i++) {
        var pattern = patterns_1[_i];
        if ((0, exports2.debug)("pattern: '".concat(pattern, "'")), pattern = (pattern || "").trim(), !pattern) {
          (0, exports2.debug)("skipping empty pattern");
          continue;
        }
        var options_1 = im._cloneMatchOptions(originalOptions);
        if (!options_1.nocomment && im._startsWith(pattern, "#")) {
          (0, exports2.debug)("skipping comment");
          continue;
        }
        options_1.nocomment = !0;
        var negateCount = 0;
        if (!options_1.nonegate) {
          for (; pattern.charAt(negateCount) == "!"; )
            negateCount++;
          pattern = pattern.substring(negateCount), negateCount && (0, exports2.debug)("trimmed leading '!'. pattern: '".concat(pattern, "'"));
        }
        var isIncludePattern = negateCount == 0 || negateCount % 2 == 0 && !options_1.flipNegate || negateCount % 2 == 1 && options_1.flipNegate;
        options_1.nonegate = !0, options_1.flipNegate = !1;
        var expanded = void 0, preExpanded = pattern;
        if (options_1.nobrace)
          expanded = [pattern];
        else {
          (0, exports2.debug)("expanding braces");
          var convertedPattern = process.platform == "win32" ? pattern.replace(/\\/g, "/") : pattern;
          expanded = minimatch.braceExpand(convertedPattern);
        }
        options_1.nobrace = !0;
        for (var _a = 0, expanded_1 = expanded; _a < expanded_1.length; _a++) {
          var pattern_1 = expanded_1[_a];
          if ((expanded.length != 1 || pattern_1 != preExpanded) && (0, exports2.debug)("pattern: '".concat(pattern_1, "'")), pattern_1 = (pattern_1 || "").trim(), !pattern_1) {
            (0, exports2.debug)("skipping empty pattern");
            continue;
          }
          if (patternRoot && // patternRoot supplied
          !im._isRooted(pattern_1) && // AND pattern not rooted
          // AND matchBase:false or not basename only
          (!options_1.matchBase || (process.platform == "win32" ? pattern_1.replace(/\\/g, "/") : pattern_1).indexOf("/") >= 0) && (pattern_1 = im._ensureRooted(patternRoot, pattern_1), (0, exports2.debug)("rooted pattern: '".concat(pattern_1, "'"))), isIncludePattern) {
            (0, exports2.debug)("applying include pattern against original list");
            var matchResults = minimatch.match(list, pattern_1, options_1);
            (0, exports2.debug)(matchResults.length + " matches");
            for (var _b = 0, matchResults_1 = matchResults; _b < matchResults_1.length; _b++) {
              var matchResult = matchResults_1[_b];
              map[matchResult] = !0;
            }
          } else {
            (0, exports2.debug)("applying exclude pattern against original list");
            var matchResults = minimatch.match(list, pattern_1, options_1);
            (0, exports2.debug)(matchResults.length + " matches");
            for (var _c = 0, matchResults_2 = matchResults; _c < matchResults_2.length; _c++) {
              var matchResult = matchResults_2[_c];
              delete map[matchResult];
            }
          }
        }
      }
      var result = list.filter(function(item) {
        return map.hasOwnProperty(item);
      });
      return (0, exports2.debug)(result.length + " final results"), result;
    }
    exports2.match = match;
    function filter(pattern, options) {
      return options = options || _getDefaultMatchOptions(), minimatch.filter(pattern, options);
    }
    exports2.filter = filter;
    function _debugMatchOptions(options) {
      (0, exports2.debug)("matchOptions.debug: '".concat(options.debug, "'")), (0, exports2.debug)("matchOptions.nobrace: '".concat(options.nobrace, "'")), (0, exports2.debug)("matchOptions.noglobstar: '".concat(options.noglobstar, "'")), (0, exports2.debug)("matchOptions.dot: '".concat(options.dot, "'")), (0, exports2.debug)("matchOptions.noext: '".concat(options.noext, "'")), (0, exports2.debug)("matchOptions.nocase: '".concat(options.nocase, "'")), (0, exports2.debug)("matchOptions.nonull: '".concat(options.nonull, "'")), (0, exports2.debug)("matchOptions.matchBase: '".concat(options.matchBase, "'")), (0, exports2.debug)("matchOptions.nocomment: '".concat(options.nocomment, "'")), (0, exports2.debug)("matchOptions.nonegate: '".concat(options.nonegate, "'")), (0, exports2.debug)("matchOptions.flipNegate: '".concat(options.flipNegate, "'"));
    }
    function _getDefaultMatchOptions() {
      return {
        debug: !1,
        nobrace: !0,
        noglobstar: !1,
        dot: !0,
        noext: !1,
        nocase: process.platform == "win32",
        nonull: !1,
        matchBase: !1,
        nocomment: !1,
        nonegate: !1,
        flipNegate: !1
      };
    }
    function findMatch(defaultRoot, patterns, findOptions, matchOptions) {
      defaultRoot = defaultRoot || this.getVariable("system.defaultWorkingDirectory") || process.cwd(), (0, exports2.debug)("defaultRoot: '".concat(defaultRoot, "'")), patterns = patterns || [], patterns = typeof patterns == "string" ? [patterns] : patterns, findOptions = findOptions || _getDefaultFindOptions(), _debugFindOptions(findOptions), matchOptions = matchOptions || _getDefaultMatchOptions(), _debugMatchOptions(matchOptions), defaultRoot = im._normalizeSeparators(defaultRoot);
      for (var results = {}, originalMatchOptions = matchOptions, _i = 0, _a = patterns || []; _i < _a.length; _i++) {
        var pattern = _a[_i];
        if ((0, exports2.debug)("pattern: '".concat(pattern, "'")), pattern = (pattern || "").trim(), !pattern) {
          (0, exports2.debug)("skipping empty pattern");
          continue;
        }
        var matchOptions_1 = im._cloneMatchOptions(originalMatchOptions);
        if (!matchOptions_1.nocomment && im._startsWith(pattern, "#")) {
          (0, exports2.debug)("skipping comment");
          continue;
        }
        matchOptions_1.nocomment = !0;
        var negateCount = 0;
        if (!matchOptions_1.nonegate) {
          for (; pattern.charAt(negateCount) == "!"; )
            negateCount++;
          pattern = pattern.substring(negateCount), negateCount && (0, exports2.debug)("trimmed leading '!'. pattern: '".concat(pattern, "'"));
        }
        var isIncludePattern = negateCount == 0 || negateCount % 2 == 0 && !matchOptions_1.flipNegate || negateCount % 2 == 1 && matchOptions_1.flipNegate;
        matchOptions_1.nonegate = !0, matchOptions_1.flipNegate = !1;
        var expanded = void 0, preExpanded = pattern;
        if (matchOptions_1.nobrace)
          expanded = [pattern];
        else {
          (0, exports2.debug)("expanding braces");
          var convertedPattern = process.platform == "win32" ? pattern.replace(/\\/g, "/") : pattern;
          expanded = minimatch.braceExpand(convertedPattern);
        }
        matchOptions_1.nobrace = !0;
        for (var _b = 0, expanded_2 = expanded; _b < expanded_2.length; _b++) {
          var pattern_2 = expanded_2[_b];
          if ((expanded.length != 1 || pattern_2 != preExpanded) && (0, exports2.debug)("pattern: '".concat(pattern_2, "'")), pattern_2 = (pattern_2 || "").trim(), !pattern_2) {
            (0, exports2.debug)("skipping empty pattern");
            continue;
          }
          if (isIncludePattern) {
            var findInfo = im._getFindInfoFromPattern(defaultRoot, pattern_2, matchOptions_1), findPath = findInfo.findPath;
            if ((0, exports2.debug)("findPath: '".concat(findPath, "'")), !findPath) {
              (0, exports2.debug)("skipping empty path");
              continue;
            }
            (0, exports2.debug)("statOnly: '".concat(findInfo.statOnly, "'"));
            var findResults = [];
            if (findInfo.statOnly)
              try {
                fs.statSync(findPath), findResults.push(findPath);
              } catch (err) {
                if (err.code != "ENOENT")
                  throw err;
                (0, exports2.debug)("ENOENT");
              }
            else
              findResults = find(findPath, findOptions);
            (0, exports2.debug)("found ".concat(findResults.length, " paths")), (0, exports2.debug)("applying include pattern"), findInfo.adjustedPattern != pattern_2 && ((0, exports2.debug)("adjustedPattern: '".concat(findInfo.adjustedPattern, "'")), pattern_2 = findInfo.adjustedPattern);
            var matchResults = minimatch.match(findResults, pattern_2, matchOptions_1);
            (0, exports2.debug)(matchResults.length + " matches");
            for (var _c = 0, matchResults_3 = matchResults; _c < matchResults_3.length; _c++) {
              var matchResult = matchResults_3[_c], key = process.platform == "win32" ? matchResult.toUpperCase() : matchResult;
              results[key] = matchResult;
            }
          } else {
            matchOptions_1.matchBase && !im._isRooted(pattern_2) && (process.platform == "win32" ? pattern_2.replace(/\\/g, "/") : pattern_2).indexOf("/") < 0 ? (0, exports2.debug)("matchBase and basename only") : (pattern_2 = im._ensurePatternRooted(defaultRoot, pattern_2), (0, exports2.debug)("after ensurePatternRooted, pattern: '".concat(pattern_2, "'"))), (0, exports2.debug)("applying exclude pattern");
            var matchResults = minimatch.match(Object.keys(results).map(function(key2) {
              return results[key2];
            }), pattern_2, matchOptions_1);
            (0, exports2.debug)(matchResults.length + " matches");
            for (var _d = 0, matchResults_4 = matchResults; _d < matchResults_4.length; _d++) {
              var matchResult = matchResults_4[_d], key = process.platform == "win32" ? matchResult.toUpperCase() : matchResult;
              delete results[key];
            }
          }
        }
      }
      var finalResult = Object.keys(results).map(function(key2) {
        return results[key2];
      }).sort();
      return (0, exports2.debug)(finalResult.length + " final results"), finalResult;
    }
    exports2.findMatch = findMatch;
    function getProxyFormattedUrl(proxyUrl, proxyUsername, proxyPassword) {
      var parsedUrl = new URL(proxyUrl), proxyAddress = "".concat(parsedUrl.protocol, "//").concat(parsedUrl.host);
      return proxyUsername && (proxyAddress = "".concat(parsedUrl.protocol, "//").concat(proxyUsername, ":").concat(proxyPassword, "@").concat(parsedUrl.host)), proxyAddress;
    }
    function getHttpProxyConfiguration(requestUrl) {
      var proxyUrl = (0, exports2.getVariable)("Agent.ProxyUrl");
      if (proxyUrl && proxyUrl.length > 0) {
        var proxyUsername = (0, exports2.getVariable)("Agent.ProxyUsername"), proxyPassword = (0, exports2.getVariable)("Agent.ProxyPassword"), proxyBypassHosts = JSON.parse((0, exports2.getVariable)("Agent.ProxyBypassList") || "[]"), bypass_1 = !1;
        if (requestUrl && proxyBypassHosts.forEach(function(bypassHost) {
          new RegExp(bypassHost, "i").test(requestUrl) && (bypass_1 = !0);
        }), bypass_1)
          return null;
        var proxyAddress = getProxyFormattedUrl(proxyUrl, proxyUsername, proxyPassword);
        return {
          proxyUrl,
          proxyUsername,
          proxyPassword,
          proxyBypassHosts,
          proxyFormattedUrl: proxyAddress
        };
      } else
        return null;
    }
    exports2.getHttpProxyConfiguration = getHttpProxyConfiguration;
    function getHttpCertConfiguration() {
      var ca = (0, exports2.getVariable)("Agent.CAInfo"), clientCert = (0, exports2.getVariable)("Agent.ClientCert");
      if (ca || clientCert) {
        var certConfig = {};
        if (certConfig.caFile = ca, certConfig.certFile = clientCert, clientCert) {
          var clientCertKey = (0, exports2.getVariable)("Agent.ClientCertKey"), clientCertArchive = (0, exports2.getVariable)("Agent.ClientCertArchive"), clientCertPassword = (0, exports2.getVariable)("Agent.ClientCertPassword");
          certConfig.keyFile = clientCertKey, certConfig.certArchiveFile = clientCertArchive, certConfig.passphrase = clientCertPassword;
        }
        return certConfig;
      } else
        return null;
    }
    exports2.getHttpCertConfiguration = getHttpCertConfiguration;
    var TestPublisher = (
      /** @class */
      (function() {
        function TestPublisher2(testRunner) {
          this.testRunner = testRunner;
        }
        return TestPublisher2.prototype.publish = function(resultFiles, mergeResults, platform, config, runTitle, publishRunAttachments, testRunSystem) {
          testRunSystem = testRunSystem || "VSTSTask";
          var properties = {};
          properties.type = this.testRunner, mergeResults && (properties.mergeResults = mergeResults), platform && (properties.platform = platform), config && (properties.config = config), runTitle && (properties.runTitle = runTitle), publishRunAttachments && (properties.publishRunAttachments = publishRunAttachments), resultFiles && (properties.resultFiles = Array.isArray(resultFiles) ? resultFiles.join() : resultFiles), properties.testRunSystem = testRunSystem, (0, exports2.command)("results.publish", properties, "");
        }, TestPublisher2;
      })()
    );
    exports2.TestPublisher = TestPublisher;
    var CodeCoveragePublisher = (
      /** @class */
      (function() {
        function CodeCoveragePublisher2() {
        }
        return CodeCoveragePublisher2.prototype.publish = function(codeCoverageTool, summaryFileLocation, reportDirectory, additionalCodeCoverageFiles) {
          var properties = {};
          codeCoverageTool && (properties.codecoveragetool = codeCoverageTool), summaryFileLocation && (properties.summaryfile = summaryFileLocation), reportDirectory && (properties.reportdirectory = reportDirectory), additionalCodeCoverageFiles && (properties.additionalcodecoveragefiles = Array.isArray(additionalCodeCoverageFiles) ? additionalCodeCoverageFiles.join() : additionalCodeCoverageFiles), (0, exports2.command)("codecoverage.publish", properties, "");
        }, CodeCoveragePublisher2;
      })()
    );
    exports2.CodeCoveragePublisher = CodeCoveragePublisher;
    var CodeCoverageEnabler = (
      /** @class */
      (function() {
        function CodeCoverageEnabler2(buildTool, ccTool) {
          this.buildTool = buildTool, this.ccTool = ccTool;
        }
        return CodeCoverageEnabler2.prototype.enableCodeCoverage = function(buildProps) {
          buildProps.buildtool = this.buildTool, buildProps.codecoveragetool = this.ccTool, (0, exports2.command)("codecoverage.enable", buildProps, "");
        }, CodeCoverageEnabler2;
      })()
    );
    exports2.CodeCoverageEnabler = CodeCoverageEnabler;
    function uploadFile(path3) {
      (0, exports2.command)("task.uploadfile", null, path3);
    }
    exports2.uploadFile = uploadFile;
    function prependPath(path3) {
      assertAgent("2.115.0"), (0, exports2.command)("task.prependpath", null, path3);
    }
    exports2.prependPath = prependPath;
    function uploadSummary(path3) {
      (0, exports2.command)("task.uploadsummary", null, path3);
    }
    exports2.uploadSummary = uploadSummary;
    function addAttachment(type, name, path3) {
      (0, exports2.command)("task.addattachment", { type, name }, path3);
    }
    exports2.addAttachment = addAttachment;
    function setEndpoint(id, field2, key, value) {
      (0, exports2.command)("task.setendpoint", { id, field: FieldType[field2].toLowerCase(), key }, value);
    }
    exports2.setEndpoint = setEndpoint;
    function setProgress(percent, currentOperation) {
      (0, exports2.command)("task.setprogress", { value: "".concat(percent) }, currentOperation);
    }
    exports2.setProgress = setProgress;
    function logDetail(id, message, parentId, recordType, recordName, order, startTime, finishTime, progress, state, result) {
      var properties = {
        id,
        parentid: parentId,
        type: recordType,
        name: recordName,
        order: order ? order.toString() : void 0,
        starttime: startTime,
        finishtime: finishTime,
        progress: progress ? progress.toString() : void 0,
        state: state ? TaskState[state] : void 0,
        result: result ? TaskResult[result] : void 0
      };
      (0, exports2.command)("task.logdetail", properties, message);
    }
    exports2.logDetail = logDetail;
    function logIssue(type, message, sourcePath, lineNumber, columnNumber, errorCode) {
      var properties = {
        type: IssueType[type].toLowerCase(),
        code: errorCode,
        sourcepath: sourcePath,
        linenumber: lineNumber ? lineNumber.toString() : void 0,
        columnnumber: columnNumber ? columnNumber.toString() : void 0
      };
      (0, exports2.command)("task.logissue", properties, message);
    }
    exports2.logIssue = logIssue;
    function uploadArtifact(containerFolder, path3, name) {
      (0, exports2.command)("artifact.upload", { containerfolder: containerFolder, artifactname: name }, path3);
    }
    exports2.uploadArtifact = uploadArtifact;
    function associateArtifact(name, path3, artifactType) {
      (0, exports2.command)("artifact.associate", { type: ArtifactType[artifactType].toLowerCase(), artifactname: name }, path3);
    }
    exports2.associateArtifact = associateArtifact;
    function uploadBuildLog(path3) {
      (0, exports2.command)("build.uploadlog", null, path3);
    }
    exports2.uploadBuildLog = uploadBuildLog;
    function updateBuildNumber(value) {
      (0, exports2.command)("build.updatebuildnumber", null, value);
    }
    exports2.updateBuildNumber = updateBuildNumber;
    function addBuildTag(value) {
      (0, exports2.command)("build.addbuildtag", null, value);
    }
    exports2.addBuildTag = addBuildTag;
    function updateReleaseName(name) {
      assertAgent("2.132.0"), (0, exports2.command)("release.updatereleasename", null, name);
    }
    exports2.updateReleaseName = updateReleaseName;
    exports2.TaskCommand = tcm.TaskCommand;
    exports2.commandFromString = tcm.commandFromString;
    exports2.ToolRunner = trm.ToolRunner;
    function createExternalOutputStream(options) {
      return eom.createExternalOutputStream(options);
    }
    exports2.createExternalOutputStream = createExternalOutputStream;
    function writeExternalOutput(message, options) {
      eom.writeExternalOutput(message, options);
    }
    exports2.writeExternalOutput = writeExternalOutput;
    function debugExternalOutput(message, options) {
      eom.debugExternalOutput(message, options);
    }
    exports2.debugExternalOutput = debugExternalOutput;
    function warningExternalOutput(message, options) {
      eom.warningExternalOutput(message, options);
    }
    exports2.warningExternalOutput = warningExternalOutput;
    function errorExternalOutput(message, options) {
      eom.errorExternalOutput(message, options);
    }
    exports2.errorExternalOutput = errorExternalOutput;
    exports2.defaultAllowedVsoCommands = eom.defaultAllowedVsoCommands;
    semver.lt(process.versions.node, "4.2.0") && (0, exports2.warning)("Tasks require a new agent.  Upgrade your agent or node to 4.2.0 or later", exports2.IssueSource.TaskInternal);
    global._vsts_task_lib_loaded || (im._loadData(), im._exposeProxySettings(), im._exposeCertSettings());
    function safeFind(arr, predicate) {
      for (var i = 0; i < arr.length; i++)
        if (predicate(arr[i]))
          return arr[i];
    }
  }
});

// src/entries/task-main.ts
var tl = __toESM(require_task());

// src/core/errors.ts
var ActionableError = class extends Error {
  kind;
  fix;
  code;
  status;
  retryable;
  constructor(kind, message, fix, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause }), this.name = "ActionableError", this.kind = kind, this.fix = fix, this.code = options.code, this.status = options.status, this.retryable = options.retryable ?? !1;
  }
}, InputError = class extends ActionableError {
  input;
  constructor(input, message, fix) {
    super("input", message, fix, { code: "invalid_input" }), this.name = "InputError", this.input = input;
  }
};
function describeError(error) {
  return error instanceof ActionableError ? `${error.message} Fix: ${error.fix}` : `Unexpected error: ${error instanceof Error ? error.message : String(error)}. This is a bug in ado-ephemeral-pat; please report it with the step log.`;
}

// src/core/create-pat.ts
async function createReconciled(pats, request, log, options = {}) {
  let attempts = options.attempts ?? 3, sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++)
    try {
      return await pats.create(request);
    } catch (error) {
      if (!(error instanceof ActionableError) || !error.retryable || attempt >= attempts) throw error;
      let orphans = await pats.findActive(request.displayName);
      for (let orphan of orphans) await pats.revoke(orphan.authorizationId);
      log.warning(
        `Creating the token failed (${error.message}). ` + (orphans.length > 0 ? `It had been created anyway; revoked ${orphans.length} such token(s). ` : "No token was created. ") + `Trying again (attempt ${attempt + 1} of ${attempts}).`
      ), await sleep(1e3 * attempt);
    }
}

// src/core/log-safety.ts
var UNSAFE_CHAR = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, HASH_COMMAND = /#(?=#(?:vso)?\[)/gi;
function unicodeEscape(chars) {
  let escaped = "";
  for (let i = 0; i < chars.length; i++) escaped += `\\u${chars.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return escaped;
}
function quote(value, maxLength = 80) {
  let codePoints = Array.from(value), limit = Math.max(1, Math.floor(maxLength)), truncated = codePoints.length > limit, kept = truncated ? codePoints.slice(0, limit).join("") : value;
  return `"${JSON.stringify(kept).slice(1, -1).replace(UNSAFE_CHAR, unicodeEscape).replace(/#(?=#(?:vso)?\[)/gi, "\\u0023")}${truncated ? "\u2026" : ""}"`;
}
var LINE_BREAK = /\r\n|\r|\n/, LEADING_COLONS = /^([\s\u0085]*):(?=:)/u, HIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
function neutralizeLine(line) {
  return line.replace(HIDDEN_CONTROL, unicodeEscape).replace(HASH_COMMAND, "#\u200B").replace(LEADING_COLONS, "$1:\u200B");
}
function neutralizeCommands(text) {
  return text.split(LINE_BREAK).map(neutralizeLine).join(`
`);
}
var REDACTED = "***", JWT = /eyJ[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*){1,4}/g, SECRET_FIELD = /(\b(?:refresh_token|access_token|id_token|client_secret|client_assertion|assertion|device_code|password|passwd|pwd|secret|token|sig)\b["']?\s*[:=]\s*["']?)([^\s"'&,;{}[\]()<>]+)/gi, CREDENTIAL_HEADER = /(\b(?:proxy-)?authorization\b["']?\s*[:=]\s*["']?)(?:(basic|bearer|negotiate|ntlm|digest|token)\s+)?([^\r\n"']+)/gi, COOKIE_HEADER = /(\b(?:set-)?cookie\b["']?\s*[:=]\s*["']?)([^\r\n"']+)/gi, URL_USER_INFO = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:)([^\s/@]+)(@)/gi, LONG_RUN = /[A-Za-z0-9+/_=-]{32,}/g, GUID_LIKE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-?)+$/i, PAT_LEGACY = /^[a-z2-7]{52}$/i, PAT_CURRENT = /^[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}$/;
function isSecretLike(run) {
  if (PAT_LEGACY.test(run) || PAT_CURRENT.test(run)) return !0;
  if (GUID_LIKE.test(run)) return !1;
  let core = run.replace(/^[/_=-]+|[/_=-]+$/g, "");
  if (core.length < 32) return !1;
  let digit = /[0-9]/.test(core), upper = /[A-Z]/.test(core), lower = /[a-z]/.test(core);
  return digit && (upper || lower) || upper && lower;
}
function scrubSecrets(text) {
  return text.replace(
    CREDENTIAL_HEADER,
    (_m, key, scheme) => scheme === void 0 ? `${key}${REDACTED}` : `${key}${scheme} ${REDACTED}`
  ).replace(COOKIE_HEADER, `$1${REDACTED}`).replace(URL_USER_INFO, `$1${REDACTED}$3`).replace(SECRET_FIELD, `$1${REDACTED}`).replace(JWT, REDACTED).replace(LONG_RUN, (run) => isSecretLike(run) ? REDACTED : run);
}

// src/core/jwt.ts
var AZURE_DEVOPS_AUDIENCES = /* @__PURE__ */ new Set([
  "499b84ac-1321-427f-aa17-267ca6975798",
  "api://499b84ac-1321-427f-aa17-267ca6975798",
  "https://app.vssps.visualstudio.com"
]), PAT_SCOPES = ["vso.pats_manage", "user_impersonation"];
function decodeSegment(segment) {
  if (/^[A-Za-z0-9_-]+={0,2}$/.test(segment))
    try {
      let parsed = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
      return typeof parsed == "object" && parsed !== null && !Array.isArray(parsed) ? parsed : void 0;
    } catch {
      return;
    }
}
function decodeJwtUnverified(token) {
  let parts = token.trim().split(".");
  if (parts.length !== 3) return;
  let header = decodeSegment(parts[0] ?? ""), payload = decodeSegment(parts[1] ?? "");
  return header && payload ? { header, payload } : void 0;
}
var USER_CREDENTIAL_FIX = "Use a user credential: a refresh token of the bot user from `ado-ephemeral-pat login` (the `refresh-token` input, or a Key Vault secret read by the job identity), the bot user's `username`/`password`, or `auth: azure-cli` after `az login` as that user.";
function audiences(payload) {
  let aud = payload.aud;
  return typeof aud == "string" ? [aud] : Array.isArray(aud) ? aud.filter((value) => typeof value == "string") : [];
}
function assertDelegatedUserToken(token, origin) {
  let decoded = decodeJwtUnverified(token);
  if (!decoded) return;
  let { payload } = decoded, scp = payload.scp;
  if (payload.idtyp === "app" || typeof scp != "string" || scp.trim() === "") {
    let appId = typeof payload.appid == "string" ? payload.appid : payload.azp, who = typeof appId == "string" ? ` (app ${quote(appId, 40)})` : "";
    throw new ActionableError(
      "auth",
      `The Entra token from ${origin} is an app-only token${who}: it belongs to a service principal or managed identity, and Azure DevOps refuses those for PAT management (they cannot create or revoke PATs).`,
      USER_CREDENTIAL_FIX,
      { code: "app_only_token" }
    );
  }
  let aud = audiences(payload);
  if (aud.length > 0 && !aud.some((value) => AZURE_DEVOPS_AUDIENCES.has(value)))
    throw new ActionableError(
      "auth",
      `The Entra token from ${origin} is for ${aud.map((value) => quote(value, 80)).join(", ")}, not for Azure DevOps.`,
      "Request the token for Azure DevOps (resource 499b84ac-1321-427f-aa17-267ca6975798, scope 499b84ac-1321-427f-aa17-267ca6975798/vso.pats_manage), e.g. `az account get-access-token --resource 499b84ac-1321-427f-aa17-267ca6975798`.",
      { code: "wrong_audience" }
    );
}
function tokenExpiry(token) {
  let exp = decodeJwtUnverified(token)?.payload.exp;
  return typeof exp == "number" && Number.isFinite(exp) ? new Date(exp * 1e3) : void 0;
}
function patScopeWarning(token, origin) {
  let scp = decodeJwtUnverified(token)?.payload.scp;
  if (typeof scp != "string") return;
  let granted = scp.split(/\s+/);
  if (!PAT_SCOPES.some((scope) => granted.includes(scope)))
    return `The Entra token from ${origin} has the scopes ${quote(scp, 200)} but not vso.pats_manage: Azure DevOps will probably refuse to create or revoke a PAT. Consent to vso.pats and vso.pats_manage for the app.`;
}

// src/core/credentials/credential.ts
var TokenCache = class {
  constructor(now = Date.now) {
    this.now = now;
  }
  now;
  cached;
  pending;
  get(fetch2) {
    return this.cached && this.cached.expiresOn.getTime() - 3e5 > this.now() ? Promise.resolve(this.cached.token) : (this.pending ??= fetch2().then((fresh) => (this.cached = fresh, fresh.token)).finally(() => {
      this.pending = void 0;
    }), this.pending);
  }
};

// src/core/credentials/access-token.ts
var ORIGIN = "the `access-token` input", AccessTokenCredential = class {
  constructor(accessToken, context, now = Date.now) {
    this.accessToken = accessToken;
    this.context = context;
    this.now = now;
    context.mask(accessToken);
  }
  accessToken;
  context;
  now;
  source = "access-token";
  checked = !1;
  // async so a failed check rejects the promise rather than throwing synchronously
  // eslint-disable-next-line @typescript-eslint/require-await
  async getAccessToken() {
    return this.check(), this.accessToken;
  }
  check() {
    assertDelegatedUserToken(this.accessToken, ORIGIN);
    let expiry = tokenExpiry(this.accessToken);
    if (expiry && expiry.getTime() <= this.now())
      throw new ActionableError(
        "auth",
        `The Entra token from ${ORIGIN} expired at ${expiry.toISOString()}.`,
        "Obtain the token right before this step (Entra access tokens live about an hour), or use the `refresh-token` source, which fetches fresh tokens itself.",
        { code: "access_token_expired" }
      );
    if (this.checked) return;
    this.checked = !0, expiry && expiry.getTime() - 3e5 <= this.now() && this.context.warn(
      `The Entra token from ${ORIGIN} expires at ${expiry.toISOString()}, in less than 5 minutes: revoking the PAT at the end of the job may fail. Prefer the \`refresh-token\` source.`
    );
    let warning = patScopeWarning(this.accessToken, ORIGIN);
    warning && this.context.warn(warning);
  }
};

// src/core/entra-errors.ts
var LOGIN_AGAIN = "Run `ado-ephemeral-pat login` again as the bot user and store the new refresh token where the job reads it (the `refresh-token` secret, or the Key Vault secret).", ENTRA_ERROR_RULES = [
  {
    id: "refresh_token_expired",
    kind: "auth",
    codes: [70008, 700082, 700084, 50173, 9002313, 70043, 700081],
    cause: "The refresh token expired, was revoked (password change, admin sign-out, sign-in frequency policy, 90 days unused) or is not a valid refresh token for this app and tenant.",
    fix: LOGIN_AGAIN
  },
  {
    id: "interaction_required",
    kind: "auth",
    codes: [50076, 50079, 50158, 53003, 50074, 50072],
    cause: "Multi-factor authentication or a Conditional Access policy requires an interactive sign-in, which a password or non-interactive flow cannot do.",
    fix: "Use the refresh-token source: run `ado-ephemeral-pat login` once (device code, where MFA can be done) and store the refresh token; or ask an admin to exempt the bot user from the policy for this app."
  },
  {
    id: "consent_required",
    kind: "auth",
    codes: [65001, 65004],
    cause: "The user (or an admin) has not consented to the Azure DevOps permissions vso.pats and vso.pats_manage.",
    fix: 'Grant consent: run `ado-ephemeral-pat login` as the bot user and accept, or have an admin use "Grant admin consent" on the app registration\'s API permissions page.'
  },
  {
    id: "app_or_tenant_invalid",
    kind: "input",
    codes: [7000218, 700016, 90002, 900023, 50059, 90033],
    cause: "The app registration or tenant cannot be used: the client id is unknown in this tenant, the tenant does not exist, or the app is not a public client (Entra asked for a client secret).",
    fix: 'Check the `client-id` and `tenant-id` inputs; on the app registration enable Authentication -> "Allow public client flows".'
  },
  {
    id: "invalid_username_or_password",
    kind: "auth",
    codes: [50126],
    cause: "The username or password is wrong.",
    fix: "Check the `username` (a UPN such as bot@contoso.onmicrosoft.com) and `password` inputs. Federated (ADFS) accounts cannot use the password flow: use the refresh-token source."
  },
  {
    id: "account_unusable",
    kind: "auth",
    codes: [50034, 50057, 50053, 50055, 50144],
    cause: "The bot user does not exist in this tenant, is disabled or locked, or its password has expired.",
    fix: "Sign in once interactively as the bot user to see what Entra ID asks for, or ask an admin to fix the account."
  },
  {
    id: "invalid_scope",
    kind: "input",
    codes: [70011, 650057, 500011],
    cause: "Entra ID cannot issue the Azure DevOps permissions asked for: the app does not list them, or the tenant has no Azure DevOps.",
    fix: "Add the delegated Azure DevOps permissions vso.pats and vso.pats_manage to the app registration, and check that the tenant is the one your Azure DevOps organization is connected to."
  },
  {
    id: "invalid_client",
    kind: "auth",
    codes: [7000215, 7000222, 700027, 700024],
    errors: ["invalid_client", "unauthorized_client"],
    cause: "Entra ID refused the app's credentials or the app is not allowed to use this flow.",
    fix: 'Check the `client-id` input; for a public client enable "Allow public client flows"; for a federated identity check the federated credential\'s issuer, subject and audience.'
  },
  {
    id: "device_code_expired",
    kind: "auth",
    codes: [70020],
    errors: ["expired_token", "code_expired"],
    cause: "The sign-in code expired before it was entered.",
    fix: "Run `ado-ephemeral-pat login` again and enter the code within the time shown."
  },
  {
    id: "authorization_declined",
    kind: "auth",
    codes: [70019, 65004],
    errors: ["authorization_declined", "access_denied"],
    cause: "The user declined the sign-in or the consent prompt.",
    fix: "Run `ado-ephemeral-pat login` again and accept the permissions asked for."
  },
  {
    id: "bad_verification_code",
    kind: "auth",
    codes: [],
    errors: ["bad_verification_code", "invalid_device_code"],
    cause: "Entra ID does not recognise the device code (it was already used, or belongs to another app).",
    fix: "Run `ado-ephemeral-pat login` again."
  }
], ENTRA_FALLBACK = {
  id: "entra_error",
  kind: "auth",
  cause: "Microsoft Entra ID refused the request for a reason not listed here.",
  fix: "Look the AADSTS code up at https://login.microsoftonline.com/error, fix the cause, and run the job again."
};
function parseEntraErrorBody(body) {
  try {
    let parsed = JSON.parse(body);
    if (typeof parsed != "object" || parsed === null) return;
    let value = parsed;
    return typeof value.error != "string" ? void 0 : {
      error: value.error,
      error_description: typeof value.error_description == "string" ? value.error_description : void 0,
      error_codes: Array.isArray(value.error_codes) ? value.error_codes.filter((code) => typeof code == "number") : void 0,
      correlation_id: typeof value.correlation_id == "string" ? value.correlation_id : void 0,
      trace_id: typeof value.trace_id == "string" ? value.trace_id : void 0
    };
  } catch {
    return;
  }
}
function aadstsCodes(body) {
  if (body.error_codes && body.error_codes.length > 0) return body.error_codes;
  let match = /AADSTS(\d+)/.exec(body.error_description ?? "");
  return match?.[1] ? [Number(match[1])] : [];
}
function findEntraRule(body) {
  let codes = aadstsCodes(body);
  return ENTRA_ERROR_RULES.find((rule) => rule.codes.some((code) => codes.includes(code))) ?? ENTRA_ERROR_RULES.find((rule) => body.error !== void 0 && rule.errors?.includes(body.error));
}
function redactSecrets(text, secrets) {
  let result = text;
  for (let secret of secrets) secret.length >= 4 && (result = result.split(secret).join(REDACTED));
  return scrubSecrets(result);
}
function firstSentences(description) {
  return description.split(/\r?\n|\s+Trace ID:/)[0]?.trim() ?? "";
}
function entraError(body, operation, secrets = []) {
  let rule = findEntraRule(body), codes = aadstsCodes(body), errorName = body.error && /^[a-z_]{1,60}$/.test(body.error) ? body.error : "unknown_error", label = codes.length > 0 ? `AADSTS${codes[0]}` : errorName, description = body.error_description ? ` Entra ID said: ${quote(redactSecrets(firstSentences(body.error_description), secrets), 300)}.` : "", correlation = body.correlation_id ? ` (correlation id ${body.correlation_id.replace(/[^0-9a-f-]/gi, "").slice(0, 36)})` : "", chosen = rule ?? ENTRA_FALLBACK;
  return new ActionableError(
    chosen.kind,
    `Microsoft Entra ID refused to ${operation} (${label}): ${chosen.cause}${description}${correlation}`,
    chosen.fix,
    { code: rule ? rule.id : label }
  );
}

// src/core/entra.ts
var AZURE_DEVOPS_RESOURCE = "499b84ac-1321-427f-aa17-267ca6975798", PAT_MANAGEMENT_SCOPES = [
  `${AZURE_DEVOPS_RESOURCE}/vso.pats`,
  `${AZURE_DEVOPS_RESOURCE}/vso.pats_manage`
], OFFLINE_ACCESS = "offline_access", DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code", JWT_BEARER_ASSERTION = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
function withOfflineAccess(scopes) {
  return [.../* @__PURE__ */ new Set([...scopes, OFFLINE_ACCESS])].join(" ");
}
function positiveNumber(value) {
  let number = typeof value == "string" ? Number(value) : value;
  return typeof number == "number" && Number.isFinite(number) && number > 0 ? number : void 0;
}
function accountOf(idToken, accessToken) {
  for (let token of [idToken, accessToken]) {
    if (typeof token != "string") continue;
    let claims = decodeJwtUnverified(token)?.payload, name = claims?.preferred_username ?? claims?.upn ?? claims?.unique_name;
    if (typeof name == "string") return name;
  }
}
var EntraClient = class {
  base;
  http;
  mask;
  sleep;
  now;
  constructor(options) {
    this.base = `${options.authorityHost.replace(/\/+$/, "")}/${encodeURIComponent(options.tenantId)}/oauth2/v2.0`, this.http = options.http, this.mask = options.mask ?? (() => {
    }), this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))), this.now = options.now ?? Date.now;
  }
  /** Adds offline_access so Entra returns the rotated refresh token, which the caller must keep. */
  redeemRefreshToken(input) {
    let form = {
      grant_type: "refresh_token",
      client_id: input.clientId,
      refresh_token: input.refreshToken,
      scope: withOfflineAccess(input.scopes ?? PAT_MANAGEMENT_SCOPES)
    };
    return this.token(form, "redeem the refresh token", [input.refreshToken]);
  }
  /** Resource-owner password grant: deprecated by Microsoft, fails under MFA and Conditional Access. */
  passwordGrant(input) {
    let form = {
      grant_type: "password",
      client_id: input.clientId,
      username: input.username,
      password: input.password,
      scope: withOfflineAccess(input.scopes ?? PAT_MANAGEMENT_SCOPES)
    };
    return this.token(form, `sign in as ${input.username.replace(/[^\w.@+-]/g, "")}`, [input.password]);
  }
  /**
   * App-only token for the job's own identity (e.g. Key Vault access with a federated client assertion).
   * Such a token can never mint a PAT.
   */
  clientCredentials(input) {
    let form = {
      grant_type: "client_credentials",
      client_id: input.clientId,
      scope: input.scopes.join(" ")
    };
    input.clientAssertion !== void 0 && (form.client_assertion_type = JWT_BEARER_ASSERTION, form.client_assertion = input.clientAssertion), input.clientSecret !== void 0 && (form.client_secret = input.clientSecret);
    let secrets = [input.clientAssertion, input.clientSecret].filter((s) => s !== void 0);
    return this.token(form, "issue a token for the job identity", secrets);
  }
  async startDeviceCode(input) {
    let form = {
      client_id: input.clientId,
      scope: withOfflineAccess(input.scopes ?? PAT_MANAGEMENT_SCOPES)
    }, json = await this.post("devicecode", form, "start the device code sign-in", []), deviceCode = json.device_code, userCode = json.user_code, verificationUri = json.verification_uri ?? json.verification_url;
    if (typeof deviceCode != "string" || typeof userCode != "string" || typeof verificationUri != "string")
      throw this.malformed("the device code response lacks device_code, user_code or verification_uri");
    this.mask(deviceCode);
    let expiresIn = positiveNumber(json.expires_in) ?? 900, interval = positiveNumber(json.interval) ?? 5, message = typeof json.message == "string" ? json.message : `To sign in, open ${verificationUri} and enter the code ${userCode}.`;
    return { deviceCode, userCode, verificationUri, expiresIn, interval, message };
  }
  /** Polls until the user signs in; slow_down adds 5 s to the interval, as RFC 8628 asks. */
  async pollDeviceCode(input) {
    let deadline = this.now() + input.expiresIn * 1e3, interval = Math.max(1, input.interval), form = { grant_type: DEVICE_CODE_GRANT, client_id: input.clientId, device_code: input.deviceCode };
    for (; this.now() + interval * 1e3 <= deadline; ) {
      await this.sleep(interval * 1e3);
      let response = await this.http.send(this.request("token", form), { idempotent: !0 }), pending = parseEntraErrorBody(response.body)?.error;
      if (!(response.status === 400 && pending === "authorization_pending")) {
        if (response.status === 400 && pending === "slow_down") {
          interval += 5;
          continue;
        }
        return this.tokens(response, "complete the device code sign-in", [input.deviceCode]);
      }
    }
    throw entraError({ error: "expired_token" }, "complete the device code sign-in");
  }
  token(form, operation, secrets) {
    return this.http.send(this.request("token", form), { idempotent: !0 }).then((response) => this.tokens(response, operation, secrets));
  }
  request(endpoint, form) {
    return {
      method: "POST",
      url: `${this.base}/${endpoint}`,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams(form).toString()
    };
  }
  async post(endpoint, form, operation, secrets) {
    let response = await this.http.send(this.request(endpoint, form), { idempotent: !0 });
    return this.json(response, operation, secrets);
  }
  tokens(response, operation, secrets) {
    let json = this.json(response, operation, secrets);
    for (let key of ["access_token", "refresh_token", "id_token"]) {
      let value = json[key];
      typeof value == "string" && value !== "" && this.mask(value);
    }
    let accessToken = json.access_token;
    if (typeof accessToken != "string" || accessToken === "")
      throw this.malformed("the token response has no access_token");
    let expiresIn = positiveNumber(json.expires_in) ?? 3600;
    return {
      accessToken,
      refreshToken: typeof json.refresh_token == "string" && json.refresh_token !== "" ? json.refresh_token : void 0,
      expiresOn: new Date(this.now() + expiresIn * 1e3),
      scope: typeof json.scope == "string" ? json.scope : void 0,
      account: accountOf(json.id_token, accessToken)
    };
  }
  json(response, operation, secrets) {
    let parsed;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      parsed = void 0;
    }
    let isObject2 = typeof parsed == "object" && parsed !== null && !Array.isArray(parsed);
    if (response.status >= 200 && response.status < 300 && isObject2) return parsed;
    let error = parseEntraErrorBody(response.body);
    throw error ? entraError(error, operation, secrets) : this.unexpected(response, operation);
  }
  unexpected(response, operation) {
    let type = response.headers.get("content-type")?.split(";")[0] ?? "no content type", wrongEndpoint = response.status === 404 || response.status === 405 || /html/.test(type);
    return new ActionableError(
      wrongEndpoint ? "input" : "server",
      `The Entra ID endpoint ${this.base} did not answer like Microsoft Entra ID when asked to ${operation} (HTTP ${response.status}, ${type}).`,
      wrongEndpoint ? "Check the `authority-host` input (e.g. https://login.microsoftonline.com) and the `tenant-id` input; a proxy that answers with its own page can also cause this." : "This is usually temporary: run the job again later.",
      { code: "unexpected_entra_response", status: response.status, retryable: !wrongEndpoint }
    );
  }
  malformed(detail) {
    return new ActionableError(
      "server",
      `Microsoft Entra ID answered in an unexpected shape: ${detail}.`,
      "Check the `authority-host` input; if it is right, run the job again later.",
      { code: "unexpected_entra_response" }
    );
  }
};

// src/core/credentials/azure-cli.ts
var AZ_ARGS = [
  "account",
  "get-access-token",
  "--resource",
  AZURE_DEVOPS_RESOURCE,
  "--output",
  "json"
], ORIGIN2 = "the Azure CLI (`az account get-access-token`)", AZ_TIMEOUT_MS = 6e4, AzError = class extends Error {
  constructor(error, stderr) {
    super(error.message);
    this.stderr = stderr;
    this.name = "AzError", this.code = error.code, this.killed = error.killed === !0;
  }
  stderr;
  code;
  killed;
}, runAz = async (args) => {
  let { execFile } = await import("node:child_process");
  return new Promise((resolve, reject) => {
    let windows = process.platform === "win32";
    execFile(
      windows ? "az.cmd" : "az",
      [...args],
      { timeout: AZ_TIMEOUT_MS, windowsHide: !0, shell: windows, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        error ? reject(new AzError(error, stderr)) : resolve({ stdout, stderr });
      }
    );
  });
};
function parseAzExpiry(output) {
  let epoch = typeof output.expires_on == "string" ? Number(output.expires_on) : output.expires_on;
  if (typeof epoch == "number" && Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1e3);
  if (typeof output.expiresOn == "string") {
    let local = Date.parse(output.expiresOn.trim().replace(" ", "T"));
    if (!Number.isNaN(local)) return new Date(local);
  }
}
function failure(error) {
  let details = error;
  if (details.code === "ENOENT")
    return new ActionableError(
      "input",
      "The Azure CLI (`az`) is not installed on this runner or not on PATH.",
      "Install the Azure CLI and run `az login` as the bot user before this step, or choose another credential source (refresh-token is recommended).",
      { code: "azure_cli_missing" }
    );
  let stderr = typeof details.stderr == "string" ? details.stderr : "";
  if (/az login|not logged in|no subscription found|AADSTS70043|AADSTS700082|refresh token.*expired/i.test(
    stderr
  ))
    return new ActionableError(
      "auth",
      "The Azure CLI is not signed in (or its sign-in expired).",
      "Run `az login` as the bot user (a user account, not --service-principal or --identity) on this runner before this step; `az login --use-device-code` works on a headless runner.",
      { code: "azure_cli_not_logged_in" }
    );
  let firstLine = stderr.split(/\r?\n/).find((line) => line.trim() !== "") ?? "", said2 = firstLine ? ` It said: ${quote(scrubSecrets(firstLine.trim()), 300)}.` : "";
  return new ActionableError(
    "auth",
    `\`az account get-access-token\` failed${details.killed === !0 ? " (timed out)" : ""}.${said2}`,
    "Run `az account get-access-token --resource 499b84ac-1321-427f-aa17-267ca6975798` on the runner to see the whole message; `az login` as the bot user again if its sign-in expired.",
    { code: "azure_cli_failed", cause: error }
  );
}
function parseOutput(stdout, mask) {
  let output;
  try {
    output = JSON.parse(stdout);
  } catch {
    output = void 0;
  }
  let token = output?.accessToken;
  if (typeof token != "string" || token === "")
    throw new ActionableError(
      "server",
      "`az account get-access-token` printed no accessToken (its output is not shown: it may hold a token).",
      "Update the Azure CLI, and check that `az account get-access-token --output json` works on the runner.",
      { code: "azure_cli_unexpected_output" }
    );
  mask(token);
  let expiresOn = tokenExpiry(token) ?? parseAzExpiry(output ?? {}) ?? new Date(Date.now() + 5 * 6e4);
  return { token, expiresOn };
}
var AzureCliCredential = class {
  constructor(context, run = runAz, now) {
    this.context = context;
    this.run = run;
    this.cache = new TokenCache(now);
  }
  context;
  run;
  source = "azure-cli";
  cache;
  getAccessToken() {
    return this.cache.get(() => this.fetch());
  }
  async fetch() {
    this.context.debug("Asking the Azure CLI for a token for Azure DevOps.");
    let result;
    try {
      result = await this.run(AZ_ARGS);
    } catch (error) {
      throw failure(error);
    }
    let fresh = parseOutput(result.stdout, (secret) => this.context.mask(secret));
    try {
      assertDelegatedUserToken(fresh.token, ORIGIN2);
    } catch (error) {
      throw !(error instanceof ActionableError) || error.code !== "app_only_token" ? error : new ActionableError(
        error.kind,
        `${error.message} The Azure CLI is signed in as a service principal or managed identity.`,
        "Run `az login` as the bot user (a user account) on this runner instead of `az login --service-principal` or `--identity`; or choose another credential source (refresh-token is recommended).",
        { code: error.code, cause: error }
      );
    }
    let warning = patScopeWarning(fresh.token, ORIGIN2);
    return warning && this.context.warn(warning), fresh;
  }
};

// src/core/credentials/azure-identity-loader.ts
function loadAzureIdentity() {
  return require("../chunks/azure-identity.js");
}

// src/core/credentials/key-vault-auth.ts
var TOKEN_EXCHANGE_AUDIENCE = "api://AzureADTokenExchange", FEDERATION_MISMATCH = [70021, 700211, 700212, 700213], RENEW_MARGIN_MS = 300 * 1e3;
function keyVaultScope(vaultUrl) {
  let host2 = new URL(vaultUrl).hostname.toLowerCase();
  return `https://${/^[^.]+\.(vault\.[a-z0-9.-]+)$/.exec(host2)?.[1] ?? "vault.azure.net"}/.default`;
}
function cached(fetch2, mask) {
  let current;
  return async () => {
    if (current && current.expiresOnTimestamp - RENEW_MARGIN_MS > Date.now()) return current.token;
    let fresh = await fetch2();
    return mask(fresh.token), current = fresh, fresh.token;
  };
}
function entraBodyOf(error) {
  let shape = error ?? {};
  if (Array.isArray(shape.errors))
    for (let inner of shape.errors) {
      let body = entraBodyOf(inner);
      if (body) return body;
    }
  let response = shape.errorResponse, message = typeof shape.message == "string" ? shape.message : "", description = typeof response?.errorDescription == "string" ? response.errorDescription : message, codes = Array.isArray(response?.errorCodes) ? response.errorCodes.filter((c) => typeof c == "number") : [...description.matchAll(/AADSTS(\d+)/g)].map((m) => Number(m[1]));
  if (!(typeof response?.error != "string" && codes.length === 0))
    return {
      error: typeof response?.error == "string" ? response.error : void 0,
      error_description: description,
      error_codes: codes,
      correlation_id: typeof response?.correlationId == "string" ? response.correlationId : void 0
    };
}
function identityFailure(error, operation, fix) {
  if (error instanceof ActionableError) return error;
  let body = entraBodyOf(error);
  if (body) return entraError(body, operation);
  let name = error?.name, detail = error instanceof Error ? scrubSecrets(error.message.split(`
`)[0] ?? "") : String(error);
  return new ActionableError(
    "auth",
    `Could not ${operation}${name === "CredentialUnavailableError" ? ": no Azure identity is available" : ""}: ${quote(detail, 300)}.`,
    fix,
    { code: "key_vault_sign_in_failed", cause: error }
  );
}
function federationMismatch(clientId, oidcToken, cause) {
  let claims = oidcToken ? decodeJwtUnverified(oidcToken)?.payload : void 0, text = (value) => typeof value == "string" ? value : "", presented = typeof claims?.sub == "string" ? ` The job presented issuer ${quote(text(claims.iss), 120)}, subject ${quote(claims.sub, 200)}, audience ${quote(text(claims.aud), 80)}.` : "";
  return new ActionableError(
    "auth",
    `No federated credential of the app ${clientId} matches this job's OIDC token.${presented} (${cause.message})`,
    "Add a federated credential to that app registration (Certificates & secrets > Federated credentials) with exactly this issuer and subject and the audience api://AzureADTokenExchange. GitHub: issuer https://token.actions.githubusercontent.com, subject repo:OWNER/REPO:ref:refs/heads/BRANCH or repo:OWNER/REPO:environment:NAME. Azure Pipelines: the service connection (workload identity federation) creates it. See docs/credentials.md.",
    { code: "federated_credential_mismatch", cause }
  );
}
function federatedVaultToken(options) {
  let { context, clientId } = options, credential, assertionError, oidcToken, getAssertion = async () => {
    try {
      if (!context.getIdToken)
        throw new ActionableError(
          "input",
          "The Key Vault source needs the job's own federated identity, and this platform gives the step none.",
          "On GitHub add `permissions: id-token: write`; on Azure Pipelines set azureSubscription to an Azure Resource Manager service connection with workload identity federation; elsewhere use the `refresh-token` source.",
          { code: "oidc_unavailable" }
        );
      let token = await context.getIdToken(TOKEN_EXCHANGE_AUDIENCE);
      return context.mask(token), oidcToken = token, token;
    } catch (error) {
      throw assertionError = error, error;
    }
  }, operation = `issue a Key Vault token for the job identity (app ${clientId})`;
  return cached(
    async () => {
      let identity = options.identity ?? loadAzureIdentity();
      credential ??= new identity.ClientAssertionCredential(options.tenantId, clientId, getAssertion, {
        authorityHost: context.endpoints.authorityHost,
        // Sovereign clouds and the emulator: do not ask login.microsoftonline.com about the authority.
        disableInstanceDiscovery: !0
      }), assertionError = void 0;
      try {
        return await credential.getToken(keyVaultScope(options.vaultUrl));
      } catch (error) {
        if (assertionError !== void 0)
          throw identityFailure(
            assertionError,
            "get this job's OIDC token",
            "Check that the runner can reach its OIDC token endpoint, then run the job again."
          );
        let failure2 = identityFailure(
          error,
          operation,
          "Check the `azure-client-id` and `azure-tenant-id` inputs and the `authority-host` input."
        );
        throw (entraBodyOf(error)?.error_codes ?? []).some((code) => FEDERATION_MISMATCH.includes(code)) ? federationMismatch(clientId, oidcToken, failure2) : failure2;
      }
    },
    (secret) => context.mask(secret)
  );
}

// src/core/credentials/key-vault-client.ts
var KEY_VAULT_API_VERSION = "7.4";
function parseError(body) {
  try {
    let error = JSON.parse(body).error ?? {};
    return {
      code: typeof error.code == "string" ? error.code : void 0,
      innerCode: typeof error.innererror?.code == "string" ? error.innererror.code : void 0,
      message: typeof error.message == "string" ? error.message : void 0
    };
  } catch {
    return {};
  }
}
function said(error) {
  let first2 = error.message?.split(/\r?\n/)[0]?.trim();
  return first2 ? ` Key Vault said: ${quote(scrubSecrets(first2), 300)}.` : "";
}
var KeyVaultClient = class {
  constructor(options) {
    this.options = options;
    this.base = options.vaultUrl.replace(/\/+$/, "");
  }
  options;
  base;
  /** The newest enabled version of `name`. */
  async getSecret(name) {
    let response = await this.send("GET", name, void 0);
    if (response.status !== 200) throw this.failure(response, "read", name);
    return this.parseBundle(response, name);
  }
  /** Adds a new version (Key Vault keeps the older ones); returns it. */
  async setSecret(name, value) {
    this.options.mask(value);
    let response = await this.send("PUT", name, JSON.stringify({ value }));
    if (response.status !== 200) throw this.failure(response, "write", name);
    return this.parseBundle(response, name);
  }
  async send(method, name, body) {
    let token = await this.options.getToken(), url = `${this.base}/secrets/${encodeURIComponent(name)}?api-version=${KEY_VAULT_API_VERSION}`;
    return this.options.http.send(
      {
        method,
        url,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: "application/json",
          ...body === void 0 ? {} : { "Content-Type": "application/json" }
        },
        body
      },
      { idempotent: !0 }
    );
  }
  parseBundle(response, name) {
    let parsed;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      parsed = void 0;
    }
    if (typeof parsed?.value != "string")
      throw new ActionableError(
        "server",
        `Key Vault ${this.base} answered in an unexpected shape for the secret ${quote(name)} (no value).`,
        "Check the `key-vault-url` input (https://<vault-name>.vault.azure.net); a proxy answering with its own page can also cause this.",
        { code: "unexpected_key_vault_response" }
      );
    parsed.value !== "" && this.options.mask(parsed.value);
    let version = typeof parsed.id == "string" ? parsed.id.split("/").pop() ?? "" : "";
    return { value: parsed.value, version: /^[0-9a-f]{32}$/i.test(version) ? version : "" };
  }
  failure(response, action, name) {
    let error = parseError(response.body), secret = `the secret ${quote(name)} in ${this.base}`, role = action === "read" ? '"Key Vault Secrets Officer" (Azure RBAC; "Key Vault Secrets User" can only read, and the rotated token must be written back)' : '"Key Vault Secrets Officer" (Azure RBAC)';
    if (response.status === 404 && action === "read")
      return new ActionableError(
        "not-found",
        `Key Vault ${this.base} has no secret ${quote(name)} (${error.code ?? "HTTP 404"}).${said(error)}`,
        `Store the bot user's refresh token there first: \`npx ado-ephemeral-pat login --client-id <app> --key-vault-url ${this.base} --key-vault-secret ${name}\`; or fix the \`key-vault-secret\` and \`key-vault-url\` inputs (names are case-insensitive; a deleted secret must be recovered first).`,
        { code: "key_vault_secret_not_found", status: 404 }
      );
    if (response.status === 403) {
      let model = error.innerCode === "ForbiddenByRbac" ? "Azure RBAC" : "the access policies";
      return new ActionableError(
        "auth",
        `Key Vault refused to let ${this.options.who} ${action} ${secret} (HTTP 403, ${error.innerCode ?? error.code ?? "Forbidden"}: ${model}).${said(error)}`,
        `Grant ${this.options.who} ${role} on the secret or vault, or with access policies the secret permissions Get and Set. Also check the vault's firewall allows the runner.`,
        { code: "key_vault_forbidden", status: 403 }
      );
    }
    if (response.status === 401)
      return new ActionableError(
        "auth",
        `Key Vault did not accept the token of ${this.options.who} (HTTP 401).${said(error)}`,
        "The vault must belong to the same tenant as the identity: check the `azure-tenant-id` input (or AZURE_TENANT_ID) and the `key-vault-url` input.",
        { code: "key_vault_unauthorized", status: 401 }
      );
    let wrongEndpoint = response.status === 404 || response.status === 400 || response.status === 405;
    return new ActionableError(
      wrongEndpoint ? "input" : "server",
      `Key Vault ${this.base} refused to ${action} ${secret} (HTTP ${response.status}${error.code ? `, ${error.code}` : ""}).${said(error)}`,
      wrongEndpoint ? "Check the `key-vault-url` input: it is the vault URI, e.g. https://my-vault.vault.azure.net." : "This is usually temporary: run the job again later.",
      { code: "key_vault_error", status: response.status, retryable: !wrongEndpoint }
    );
  }
};

// src/core/credentials/refresh-token.ts
var RefreshTokenCredential = class {
  constructor(options, context) {
    this.options = options;
    this.context = context;
    context.mask(options.refreshToken), this.refreshToken = options.refreshToken, this.cache = new TokenCache(options.now), this.entra = new EntraClient({
      authorityHost: context.endpoints.authorityHost,
      tenantId: options.tenantId,
      http: context.http,
      mask: (secret) => context.mask(secret),
      now: options.now
    });
  }
  options;
  context;
  source = "refresh-token";
  entra;
  cache;
  refreshToken;
  rotatedCount = 0;
  /** The newest refresh token: the input one until Entra rotates it. */
  get currentRefreshToken() {
    return this.refreshToken;
  }
  /** True once Entra returned a refresh token different from the input one. */
  get rotated() {
    return this.rotatedCount > 0;
  }
  getAccessToken() {
    return this.cache.get(() => this.redeem());
  }
  async redeem() {
    let origin = this.options.origin ?? "the refresh token";
    this.context.debug("Redeeming the refresh token at Microsoft Entra ID.");
    let tokens = await this.entra.redeemRefreshToken({
      clientId: this.options.clientId,
      refreshToken: this.refreshToken
    });
    tokens.refreshToken && tokens.refreshToken !== this.refreshToken && (this.refreshToken = tokens.refreshToken, this.rotatedCount++, await this.options.onRotated?.(tokens.refreshToken)), assertDelegatedUserToken(tokens.accessToken, `redeeming ${origin}`);
    let warning = patScopeWarning(tokens.accessToken, `redeeming ${origin}`);
    return warning && this.context.warn(warning), { token: tokens.accessToken, expiresOn: tokens.expiresOn };
  }
};

// src/core/credentials/key-vault.ts
var MIN_REFRESH_TOKEN_LENGTH = 20;
function loginCommand(settings) {
  return `npx ado-ephemeral-pat login --client-id ${settings.clientId} --tenant-id ${settings.tenantId} --key-vault-url ${settings.keyVaultUrl} --key-vault-secret ${settings.keyVaultSecret}`;
}
function notARefreshToken(value) {
  if (value === "") return "it is empty (or only whitespace)";
  if (/^bearer\s/i.test(value)) return 'it starts with "Bearer " (an Authorization header value)';
  if (/[\s\p{Cc}\p{Cf}]/u.test(value)) return "it contains whitespace or control characters inside";
  if (decodeJwtUnverified(value)) return "it is a JWT (an access or ID token, which expires within hours)";
  if (value.startsWith("{") || value.startsWith("["))
    return "it is JSON (store only the refresh_token value)";
  if (value.length < MIN_REFRESH_TOKEN_LENGTH) return `it is only ${value.length} characters long`;
}
function checkStoredRefreshToken(value, settings) {
  let trimmed = value.trim(), reason = notARefreshToken(trimmed);
  if (reason === void 0) return trimmed;
  throw new ActionableError(
    "input",
    `The Key Vault secret ${quote(settings.keyVaultSecret)} in ${settings.keyVaultUrl} does not hold a refresh token: ${reason}. Its value is not shown.`,
    `Store the bot user's refresh token in it as the whole secret value: \`${loginCommand(settings)}\`.`,
    { code: "key_vault_secret_not_refresh_token" }
  );
}
function jobIdentity(settings) {
  return { clientId: settings.azureClientId, tenantId: settings.azureTenantId };
}
var KeyVaultCredential = class {
  constructor(settings, context, deps = {}) {
    this.settings = settings;
    this.context = context;
    let identity = jobIdentity(settings);
    this.vault = new KeyVaultClient({
      vaultUrl: settings.keyVaultUrl,
      http: context.http,
      mask: (secret) => context.mask(secret),
      who: `the job identity (app ${identity.clientId})`,
      getToken: deps.vaultToken ?? federatedVaultToken({ ...identity, vaultUrl: settings.keyVaultUrl, context })
    });
  }
  settings;
  context;
  source = "key-vault";
  vault;
  opened;
  async getAccessToken() {
    this.opened ??= this.open().catch((error) => {
      throw this.opened = void 0, error;
    });
    let credential = await this.opened;
    try {
      return await credential.getAccessToken();
    } catch (error) {
      throw this.explain(error);
    }
  }
  async open() {
    let { keyVaultSecret: name } = this.settings;
    this.context.debug(`Reading the newest version of the Key Vault secret ${quote(name)}.`);
    let secret = await this.vault.getSecret(name);
    return new RefreshTokenCredential(
      {
        refreshToken: checkStoredRefreshToken(secret.value, this.settings),
        clientId: this.settings.clientId,
        tenantId: this.settings.tenantId,
        origin: `the Key Vault secret ${quote(name)}`,
        onRotated: (rotated) => this.writeBack(rotated)
      },
      this.context
    );
  }
  /** Awaited by the refresh-token credential before it hands out the access token. */
  async writeBack(rotated) {
    let { keyVaultSecret: name } = this.settings, stored = await this.vault.setSecret(name, rotated);
    this.context.info(
      `Stored the rotated refresh token as a new version${stored.version ? ` (${stored.version})` : ""} of the Key Vault secret ${quote(name)}.`
    );
  }
  /** An expired or revoked refresh token: say how to put a new one into this vault. */
  explain(error) {
    return !(error instanceof ActionableError) || error.code !== "refresh_token_expired" ? error : new ActionableError(
      error.kind,
      `${error.message} (read from the Key Vault secret ${quote(this.settings.keyVaultSecret)})`,
      `Sign the bot user in again and store the new refresh token in the vault: \`${loginCommand(this.settings)}\`.`,
      { code: error.code, cause: error }
    );
  }
};

// src/core/credentials/password.ts
var ORIGIN3 = "the password sign-in", PasswordCredential = class {
  constructor(settings, context, now) {
    this.settings = settings;
    this.context = context;
    context.mask(settings.password), this.cache = new TokenCache(now), this.entra = new EntraClient({
      authorityHost: context.endpoints.authorityHost,
      tenantId: settings.tenantId,
      http: context.http,
      mask: (secret) => context.mask(secret),
      now
    });
  }
  settings;
  context;
  source = "password";
  entra;
  cache;
  getAccessToken() {
    return this.cache.get(() => this.signIn());
  }
  async signIn() {
    this.context.debug("Signing the bot user in with the password grant at Microsoft Entra ID.");
    let tokens;
    try {
      tokens = await this.entra.passwordGrant({
        clientId: this.settings.clientId,
        username: this.settings.username,
        password: this.settings.password
      });
    } catch (error) {
      throw this.explain(error);
    }
    assertDelegatedUserToken(tokens.accessToken, ORIGIN3);
    let warning = patScopeWarning(tokens.accessToken, ORIGIN3);
    return warning && this.context.warn(warning), { token: tokens.accessToken, expiresOn: tokens.expiresOn };
  }
  /** MFA / Conditional Access: the password flow can never pass; the device code login can. */
  explain(error) {
    return !(error instanceof ActionableError) || error.code !== "interaction_required" ? error : new ActionableError(
      error.kind,
      `${error.message} The password source cannot sign in ${this.settings.username.replace(/[^\w.@+-]/g, "")}.`,
      `Switch to the refresh-token path: run \`npx ado-ephemeral-pat login --client-id ${this.settings.clientId} --tenant-id ${this.settings.tenantId} --output bot.refresh-token\` once (device code: MFA works there), store the token as a CI secret and pass it as \`refresh-token\` (or store it in Key Vault for the key-vault source); then remove \`username\` and \`password\`.`,
      { code: error.code, cause: error }
    );
  }
};

// src/core/credentials/index.ts
function createCredential(settings, context) {
  switch (settings.source) {
    case "refresh-token":
      return new RefreshTokenCredential(
        {
          refreshToken: settings.refreshToken,
          clientId: settings.clientId,
          tenantId: settings.tenantId,
          origin: "the `refresh-token` input"
        },
        context
      );
    case "access-token":
      return new AccessTokenCredential(settings.accessToken, context);
    case "password":
      return new PasswordCredential(settings, context);
    case "key-vault":
      return new KeyVaultCredential(settings, context);
    case "azure-cli":
      return new AzureCliCredential(context);
  }
}

// src/core/pat-errors.ts
var NOT_FOUND_VALUES = /* @__PURE__ */ new Set([
  "tokenNotFound",
  "authorizationNotFound",
  "hostAuthorizationNotFound",
  "invalidAuthorizationId"
]), USER_CREDENTIAL = "Use a delegated Microsoft Entra user token for Azure DevOps with vso.pats and vso.pats_manage: the bot user's refresh token (`ado-ephemeral-pat login`), its username/password, or `az login` as that user. Service principals and managed identities cannot mint PATs.", TEMPORARY = "Usually temporary: run the job again. If it persists, check https://status.dev.azure.com.", ADMIN_ALLOW_LIST = "ask the Azure DevOps Administrator to add the bot user to the policy's allow-list", ALREADY_GONE = "Nothing to do when revoking: the token is already gone.", OAUTH_CLIENT = {
  kind: "auth",
  cause: "Azure DevOps refused the OAuth client (the Entra app) that the token was issued to.",
  fix: "Check the `client-id` input: a registered public client app with the delegated Azure DevOps permissions vso.pats and vso.pats_manage."
}, SOURCE_RESTRICTED = {
  kind: "policy",
  cause: "An IP or source restriction (Conditional Access, IP allow-list) refused this runner's address.",
  fix: "Ask the tenant or organization admin to allow the runner's IP ranges, or use a runner inside the allowed network."
}, TOKEN_REFUSED = {
  kind: "auth",
  cause: "Azure DevOps refused the Entra token's type, audience or subject.",
  fix: USER_CREDENTIAL
}, PAT_TOKEN_ERRORS = {
  displayNameRequired: {
    kind: "input",
    cause: "The display name is empty (after HTML encoding).",
    fix: "Set `display-name` to a non-empty name, or leave it unset to derive one from the run."
  },
  invalidDisplayName: {
    kind: "input",
    cause: "The display name is longer than 256 characters after HTML encoding, or has characters Azure DevOps refuses.",
    fix: "Shorten `display-name` (& < > \" ' grow when encoded) and remove control characters."
  },
  invalidValidTo: {
    kind: "input",
    cause: "Azure DevOps refused the expiry date (in the past, too far ahead, or malformed).",
    fix: "Check `lifetime` (5 minutes to 7 days, e.g. `1h`) and that the runner's clock is right."
  },
  invalidScope: {
    kind: "input",
    cause: "Azure DevOps does not accept one of the requested scopes.",
    fix: "Use scope ids from the catalogue in docs (e.g. `vso.code_write` or `code_write`); drop scopes Azure DevOps no longer offers."
  },
  userIdRequired: { kind: "auth", cause: "The Entra token does not identify a user.", fix: USER_CREDENTIAL },
  invalidUserId: {
    kind: "auth",
    cause: "The user in the Entra token is not a valid user of this organization.",
    fix: "Add the bot user to the organization (Organization settings -> Users) with Basic or Stakeholder access."
  },
  invalidUserType: {
    kind: "auth",
    cause: "The identity is a service identity or a deployment admin, which cannot own PATs.",
    fix: USER_CREDENTIAL
  },
  accessDenied: {
    kind: "auth",
    cause: "Azure DevOps denied the request: this identity may not manage PATs here (alternate credentials, impersonation, or a failed permission check).",
    fix: `Make sure the bot user is a member of the organization. ${USER_CREDENTIAL}`
  },
  failedToIssueAccessToken: {
    kind: "server",
    cause: "Azure DevOps failed to issue the token.",
    fix: TEMPORARY,
    retryable: !0
  },
  invalidClient: OAUTH_CLIENT,
  invalidClientType: OAUTH_CLIENT,
  invalidClientId: OAUTH_CLIENT,
  invalidTargetAccounts: {
    kind: "input",
    cause: "The token would target more than one organization, or an organization other than this one.",
    fix: "Check `organization`: the bot user must belong to it. (ado-ephemeral-pat always sends allOrgs: false.)"
  },
  hostAuthorizationNotFound: {
    kind: "not-found",
    cause: "No authorization with that id exists in this organization.",
    fix: `${ALREADY_GONE} Otherwise check \`organization\`.`
  },
  authorizationNotFound: {
    kind: "not-found",
    cause: "No authorization with that id exists for this user.",
    fix: `${ALREADY_GONE} Otherwise check that the same user minted it.`
  },
  failedToUpdateAccessToken: {
    kind: "server",
    cause: "Azure DevOps failed to update the token.",
    fix: TEMPORARY,
    retryable: !0
  },
  sourceNotSupported: SOURCE_RESTRICTED,
  invalidSourceIP: SOURCE_RESTRICTED,
  invalidSource: SOURCE_RESTRICTED,
  duplicateHash: {
    kind: "server",
    cause: "Azure DevOps generated a token that collided with an existing one.",
    fix: "Run the job again.",
    retryable: !0
  },
  sshPolicyDisabled: {
    kind: "policy",
    cause: "An organization policy on SSH keys and tokens refused the request.",
    fix: "Ask an organization admin to review Organization settings -> Policies."
  },
  invalidToken: {
    kind: "not-found",
    cause: "The PAT is revoked or no longer valid.",
    fix: `${ALREADY_GONE} Mint a new token if you need one.`
  },
  tokenNotFound: {
    kind: "not-found",
    cause: "No PAT with that authorization id exists for this user in this organization.",
    fix: `${ALREADY_GONE} Otherwise check \`organization\` and that the same user minted it.`
  },
  invalidAuthorizationId: {
    kind: "not-found",
    cause: "The authorization id is not valid.",
    fix: `${ALREADY_GONE} Otherwise check the saved authorization id.`
  },
  failedToReadTenantPolicy: {
    kind: "server",
    cause: "Azure DevOps could not read the tenant's PAT policies.",
    fix: TEMPORARY,
    retryable: !0
  },
  globalPatPolicyViolation: {
    kind: "policy",
    cause: "A tenant policy restricts global (all-organization) PATs.",
    fix: `ado-ephemeral-pat only asks for organization-scoped PATs; if this persists, ${ADMIN_ALLOW_LIST}.`
  },
  fullScopePatPolicyViolation: {
    kind: "policy",
    cause: "A tenant policy forbids full-access PATs.",
    fix: `Request narrower \`scopes\`, or ${ADMIN_ALLOW_LIST}.`
  },
  patLifespanPolicyViolation: {
    kind: "policy",
    cause: "A tenant policy caps the lifetime of PATs, and the requested lifetime exceeds it.",
    fix: `Reduce \`lifetime\` below the tenant's maximum, or ${ADMIN_ALLOW_LIST}.`
  },
  invalidTokenType: TOKEN_REFUSED,
  invalidAudience: TOKEN_REFUSED,
  invalidSubject: TOKEN_REFUSED,
  deploymentHostNotSupported: {
    kind: "input",
    cause: "This Azure DevOps host does not offer the PAT API at this level.",
    fix: "Set `organization` to the organization name and `vssps-url` to https://vssps.dev.azure.com (the default)."
  },
  disablePatCreationPolicyViolation: {
    kind: "policy",
    cause: 'The organization policy "Restrict personal access token (PAT) creation" is on, and the bot user is not on its allow-list.',
    fix: "Ask an organization admin to add the bot user (or its group) to the allow-list in Organization settings -> Policies; if only packaging scopes are allowed, request only vso.packaging scopes."
  },
  failedToReadOrgPolicy: {
    kind: "server",
    cause: "Azure DevOps could not read the organization's PAT policies.",
    fix: TEMPORARY,
    retryable: !0
  },
  globalPATCreationBlocked: {
    kind: "policy",
    cause: "Creating global (all-organization) PATs was retired in March 2026.",
    fix: "Request an organization-scoped PAT; ado-ephemeral-pat always does, so report this if you see it."
  },
  expiredPatCannotBeExtended: {
    kind: "input",
    cause: "The PAT has already expired and cannot be extended.",
    fix: "Mint a new token."
  }
}, UNKNOWN_VALUE = {
  kind: "server",
  cause: "Azure DevOps reported an error this version of ado-ephemeral-pat does not know.",
  fix: "Read the message from Azure DevOps; update ado-ephemeral-pat, and report the value if it is still unknown."
};
function serverText(text, maxLength = 300) {
  return quote(scrubSecrets(text.trim()), maxLength);
}
function patTokenError(value, serverMessage, operation) {
  let name = /^[A-Za-z]{1,60}$/.test(value) ? value : "unrecognised", entry = (Object.hasOwn(PAT_TOKEN_ERRORS, name) ? PAT_TOKEN_ERRORS[name] : void 0) ?? UNKNOWN_VALUE, said2 = serverMessage?.trim() ? ` Azure DevOps said: ${serverText(serverMessage)}.` : "";
  return new ActionableError(
    entry.kind,
    `Azure DevOps refused to ${operation} (patTokenError ${quote(name, 60)}): ${entry.cause}${said2}`,
    entry.fix,
    { code: name, status: 200, retryable: entry.retryable ?? !1 }
  );
}
var PAT_HTTP_FAILURES = {
  sign_in_page: {
    seen: "HTTP 203, a 3xx redirect to `_signin`, or any `text/html` body",
    kind: "auth",
    cause: "Azure DevOps answered with a sign-in page: the bearer was not accepted. The token is missing, expired, not for Azure DevOps, or not a user token.",
    fix: USER_CREDENTIAL
  },
  http_401: {
    seen: "HTTP 401",
    kind: "auth",
    cause: "Azure DevOps rejected the Entra token: it is expired, not for Azure DevOps, or lacks vso.pats/vso.pats_manage.",
    fix: `${USER_CREDENTIAL} Make sure the app has consent for vso.pats and vso.pats_manage.`
  },
  service_principal: {
    seen: 'HTTP 403 "Service principals are not allowed to perform this action."',
    kind: "auth",
    cause: "The token belongs to a service principal or managed identity; those cannot create or revoke PATs.",
    fix: USER_CREDENTIAL
  },
  invalid_access: {
    seen: 'HTTP 403 `InvalidAccessException` "The requested operation is not allowed."',
    kind: "auth",
    cause: "The PAT API accepts only Microsoft Entra user tokens; a PAT, Basic auth or System.AccessToken was refused.",
    fix: USER_CREDENTIAL
  },
  http_403: {
    seen: "HTTP 403 with another message",
    kind: "auth",
    cause: "Azure DevOps refused the request for this user.",
    fix: `Check that the bot user is a member of the organization and may create PATs. ${USER_CREDENTIAL}`
  },
  api_version: {
    seen: "HTTP 400 `VssInvalidPreviewVersionException`",
    kind: "input",
    cause: "The PAT API is in preview and refused the api-version.",
    fix: "Use a preview api-version such as 7.1-preview.1 (the default)."
  },
  http_400: {
    seen: "HTTP 400 with another message",
    kind: "server",
    cause: "Azure DevOps refused the request as malformed.",
    fix: "Check `display-name`, `lifetime` and `scopes`; if they look right, report the message as a bug."
  },
  org_not_found: {
    seen: "HTTP 404",
    kind: "not-found",
    cause: "Azure DevOps found no such organization at this URL.",
    fix: "Check `organization` (the name in https://dev.azure.com/<name>) and `vssps-url`."
  },
  unexpected_response: {
    seen: "HTTP 2xx whose body is not the expected JSON",
    kind: "server",
    cause: "Azure DevOps answered in an unexpected shape (a proxy page, or a changed API).",
    fix: "Check `vssps-url` and any proxy between the runner and Azure DevOps; run the job again later.",
    retryable: !0
  },
  http_error: {
    seen: "any other HTTP status",
    kind: "server",
    cause: "Azure DevOps answered with an unexpected HTTP status.",
    fix: TEMPORARY
  }
};
function adoErrorBody(body) {
  try {
    let parsed = JSON.parse(body);
    if (typeof parsed != "object" || parsed === null) return {};
    let { message, typeKey } = parsed;
    return {
      message: typeof message == "string" ? message : void 0,
      typeKey: typeof typeKey == "string" ? typeKey : void 0
    };
  } catch {
    return {};
  }
}
function isHtml(response) {
  let type = response.headers.get("content-type") ?? "";
  return /text\/html/i.test(type) || /^\s*(<!doctype html|<html)/i.test(response.body);
}
function classifyPatResponse(response) {
  let { status } = response, body = adoErrorBody(response.body);
  return status === 203 || status >= 300 && status < 400 || isHtml(response) ? { id: "sign_in_page", body } : status === 401 ? { id: "http_401", body } : status === 403 ? /service principals/i.test(body.message ?? "") ? { id: "service_principal", body } : body.typeKey === "InvalidAccessException" ? { id: "invalid_access", body } : { id: "http_403", body } : status === 400 ? { id: body.typeKey === "VssInvalidPreviewVersionException" || /-preview/.test(body.message ?? "") ? "api_version" : "http_400", body } : status === 404 ? { id: "org_not_found", body } : status >= 200 && status < 300 ? { id: "unexpected_response", body } : { id: "http_error", body };
}
function patHttpFailure(response, operation, detail = "") {
  let { id, body } = classifyPatResponse(response), entry = PAT_HTTP_FAILURES[id], typeKey = body.typeKey && /^[A-Za-z][A-Za-z.]{0,99}$/.test(body.typeKey) ? `, ${body.typeKey}` : "", parts = [
    `Could not ${operation}: Azure DevOps answered HTTP ${response.status}${typeKey}. ${entry.cause}`
  ];
  detail && parts.push(detail), body.message && id !== "sign_in_page" && parts.push(`Azure DevOps said: ${serverText(body.message)}.`);
  let serviceError = response.headers.get("x-tfs-serviceerror");
  return serviceError && parts.push(`(${serverText(safeDecode(serviceError), 200)})`), new ActionableError(entry.kind, parts.join(" "), entry.fix, {
    code: id === "http_error" ? `http_${response.status}` : id,
    status: response.status,
    retryable: entry.retryable ?? response.status >= 500
  });
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// src/core/pats.ts
var DEFAULT_API_VERSION = "7.1-preview.1", PAGE_SIZE = 100, MAX_PAGES = 200, SAFE_ID = /^[A-Za-z0-9-]{1,100}$/, NAMED_ENTITIES = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\xA0"
};
function decodeHtmlEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body) => {
    if (body.startsWith("#")) {
      let code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function malformed(operation, detail, retryable = !0) {
  let entry = PAT_HTTP_FAILURES.unexpected_response;
  return new ActionableError("server", `Could not ${operation}: ${entry.cause} (${detail})`, entry.fix, {
    code: "unexpected_response",
    retryable
  });
}
function parsePatToken(value, operation) {
  if (!isObject(value)) throw malformed(operation, "patToken is not an object");
  let { authorizationId, displayName, scope, targetAccounts, validFrom, validTo, token } = value;
  if (typeof authorizationId != "string" || !SAFE_ID.test(authorizationId))
    throw malformed(operation, "patToken.authorizationId is missing or not an id");
  if (typeof validTo != "string" || Number.isNaN(Date.parse(validTo)))
    throw malformed(operation, "patToken.validTo is missing or not a date");
  let accounts = Array.isArray(targetAccounts) && targetAccounts.every((account) => typeof account == "string") ? targetAccounts : null;
  return {
    authorizationId,
    displayName: typeof displayName == "string" ? decodeHtmlEntities(displayName) : "",
    scope: typeof scope == "string" ? scope : "",
    targetAccounts: accounts,
    validFrom: typeof validFrom == "string" ? validFrom : "",
    validTo,
    token: typeof token == "string" && token !== "" ? token : null
  };
}
function isMissingOrganization(response) {
  try {
    let body = JSON.parse(response.body), typeKey = isObject(body) ? body.typeKey : void 0;
    return typeof typeKey == "string" && /account|host|organization|collection/i.test(typeKey);
  } catch {
    return !1;
  }
}
var PatClient = class {
  base;
  getAccessToken;
  http;
  apiVersion;
  mask;
  constructor(options) {
    let vssps = options.vsspsUrl.replace(/\/+$/, "");
    this.base = `${vssps}/${encodeURIComponent(options.organization)}/_apis/tokens/pats`, this.getAccessToken = options.getAccessToken, this.http = options.http, this.apiVersion = options.apiVersion ?? DEFAULT_API_VERSION, this.mask = options.mask ?? (() => {
    });
  }
  /** Never retried blindly (a lost answer may hide a created token): failures are retryable errors. */
  async create(input) {
    let operation = "create a PAT", body = JSON.stringify({
      displayName: input.displayName,
      scope: input.scope.join(" "),
      validTo: input.validTo.toISOString(),
      allOrgs: !1
    }), response = await this.send("POST", {}, operation, body, !1), result = this.result(response, operation), raw = isObject(result.patToken) ? result.patToken.token : void 0;
    typeof raw == "string" && raw !== "" && this.mask(raw);
    let error = result.patTokenError;
    if (typeof error == "string" && error !== "none")
      throw patTokenError(error, this.message(result), operation);
    if (result.patToken === null || result.patToken === void 0)
      throw malformed(operation, "patToken is null");
    let pat = parsePatToken(result.patToken, operation);
    if (pat.token === null) throw malformed(operation, "patToken.token is missing");
    return { ...pat, token: pat.token };
  }
  /** undefined when the server does not know the id (tokenNotFound and kin). */
  async get(authorizationId) {
    let operation = "read a PAT", response = await this.send("GET", { authorizationId }, operation), result = this.result(response, operation), error = result.patTokenError;
    if (!(typeof error == "string" && NOT_FOUND_VALUES.has(error))) {
      if (typeof error == "string" && error !== "none")
        throw patTokenError(error, this.message(result), operation);
      if (!(result.patToken === null || result.patToken === void 0))
        return parsePatToken(result.patToken, operation);
    }
  }
  /** Every page, $top=100 each, until the continuation token is empty. */
  async list(options = {}) {
    let operation = "list PATs", tokens = [], seen = /* @__PURE__ */ new Set(), continuationToken = "";
    for (let page = 1; ; page++) {
      let query = {
        displayFilterOption: options.filter ?? "active",
        sortByOption: "displayName",
        isSortAscending: "true",
        $top: String(PAGE_SIZE)
      };
      continuationToken && (query.continuationToken = continuationToken);
      let result = this.result(await this.send("GET", query, operation), operation);
      if (!Array.isArray(result.patTokens)) throw malformed(operation, "patTokens is not a list");
      for (let item of result.patTokens) tokens.push(parsePatToken(item, operation));
      let next = result.continuationToken;
      if (next == null || next === "") return tokens;
      if (typeof next != "string") throw malformed(operation, "continuationToken is not a string");
      if (seen.has(next)) throw malformed(operation, "the server repeated a continuation token", !1);
      if (page >= MAX_PAGES) throw malformed(operation, `still more pages after ${MAX_PAGES}`, !1);
      seen.add(next), continuationToken = next;
    }
  }
  /** Active tokens whose (decoded) display name is exactly `displayName`. */
  async findActive(displayName) {
    return (await this.list({ filter: "active" })).filter((token) => token.displayName === displayName);
  }
  /**
   * 'not-found' for 404 and for not-found `patTokenError`s (including an already revoked token): the status
   * the service uses for an unknown id is unverified, and for a revoke "already gone" is success anyway.
   */
  async revoke(authorizationId) {
    let operation = "revoke a PAT", response = await this.send("DELETE", { authorizationId }, operation);
    if (response.status === 404 && !isHtml(response)) {
      if (!isMissingOrganization(response)) return "not-found";
      throw patHttpFailure(response, operation, this.organizationDetail());
    }
    if ((response.status === 200 || response.status === 204) && !isHtml(response)) {
      if (response.body.trim() === "") return "revoked";
      let result = this.result(response, operation), error = result.patTokenError;
      if (typeof error != "string" || error === "none") return "revoked";
      if (NOT_FOUND_VALUES.has(error) || error === "invalidToken") return "not-found";
      throw patTokenError(error, this.message(result), operation);
    }
    throw patHttpFailure(response, operation);
  }
  async send(method, query, operation, body, idempotent = !0) {
    let headers = {
      Authorization: `Bearer ${await this.getAccessToken()}`,
      Accept: "application/json",
      // Ask for a 401 rather than a redirect to the sign-in page (both are handled).
      "X-TFS-FedAuthRedirect": "Suppress"
    };
    body !== void 0 && (headers["Content-Type"] = "application/json");
    let url = this.url(query), response = await this.http.send({ method, url, headers, body }, { idempotent });
    if (response.status === 404 && method !== "DELETE")
      throw patHttpFailure(response, operation, this.organizationDetail());
    return response;
  }
  organizationDetail() {
    return `The organization URL was ${this.base.replace(/\/_apis.*$/, "")}.`;
  }
  /** `$top` must stay literal (URLSearchParams would write %24top). */
  url(query) {
    let all = { ...query, "api-version": this.apiVersion }, text = Object.entries(all).map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join("&");
    return `${this.base}?${text}`;
  }
  /** A 200 JSON object, or an ActionableError that explains what came back instead. */
  result(response, operation) {
    if (response.status !== 200 || isHtml(response)) throw patHttpFailure(response, operation);
    let parsed;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      throw patHttpFailure(response, operation);
    }
    if (!isObject(parsed)) throw malformed(operation, "the body is not a JSON object");
    return parsed;
  }
  message(result) {
    return typeof result.patTokenErrorMessage == "string" ? result.patTokenErrorMessage : void 0;
  }
};

// src/core/secrets.ts
function base64(bytes) {
  return bytes.toString("base64");
}
function basicAuth(token) {
  return base64(Buffer.from(`:${token}`, "utf8"));
}
function alignedBase64(value, shift) {
  let bytes = Buffer.from(value, "utf8"), encoded = base64(Buffer.concat([Buffer.alloc(shift), bytes])), start = Math.ceil(8 * shift / 6), end = Math.floor(8 * (shift + bytes.length) / 6);
  return end > start ? encoded.slice(start, end) : "";
}
function toBase64Url(text) {
  return text.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function maskForms(secret) {
  if (secret === "") return [];
  let aligned = [0, 1, 2].map((shift) => alignedBase64(secret, shift)), candidates = [
    ...secret.split(/\r\n|\r|\n/).map((line) => line.trim()),
    encodeURIComponent(secret),
    new URLSearchParams({ v: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
    base64(Buffer.from(secret, "utf8")),
    basicAuth(secret),
    ...aligned,
    ...aligned.map(toBase64Url)
  ], forms = /* @__PURE__ */ new Set([secret]);
  for (let form of candidates) form.length >= 8 && forms.add(form);
  return [...forms];
}

// src/core/secret-inputs.ts
var SECRET_INPUTS = ["refresh-token", "access-token", "password"], registered = /* @__PURE__ */ new WeakMap();
function maskSecret(host2, secret) {
  let seen = registered.get(host2);
  seen || registered.set(host2, seen = /* @__PURE__ */ new Set());
  for (let form of maskForms(secret))
    seen.has(form) || (seen.add(form), host2.setSecret(form));
}
function maskSecretInputs(host2) {
  for (let name of SECRET_INPUTS) {
    let value = host2.getInput(name);
    value && maskSecret(host2, value);
  }
}

// src/core/credential-context.ts
function credentialContext(host2, http, endpoints) {
  return {
    http,
    endpoints,
    mask: (secret) => maskSecret(host2, secret),
    warn: (message) => host2.warning(message),
    info: (message) => host2.info(message),
    debug: (message) => host2.debug(message),
    getIdToken: host2.getIdToken?.bind(host2)
  };
}
function connectBot(host2, http, target, settings) {
  let credential = createCredential(settings, credentialContext(host2, http, target.endpoints)), pats = new PatClient({
    vsspsUrl: target.endpoints.vsspsUrl,
    organization: target.organization,
    getAccessToken: () => credential.getAccessToken(),
    http,
    mask: (secret) => maskSecret(host2, secret)
  });
  return { credential, pats };
}

// src/core/display-name.ts
var import_node_crypto = require("node:crypto"), DISPLAY_NAME_PREFIX = "ado-ephemeral-pat", DISPLAY_NAME_MAX_ENCODED_LENGTH = 256;
function randomSuffix() {
  return (0, import_node_crypto.randomBytes)(4).toString("hex");
}
var SUFFIX = /^[0-9a-f]{8}$/, HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function htmlEncodedLength(text) {
  let length = 0;
  for (let char of text) {
    let code = char.codePointAt(0) ?? 0;
    HTML_ENTITIES[char] !== void 0 ? length += HTML_ENTITIES[char].length : code >= 160 && code <= 255 ? length += 6 : code > 65535 ? length += 9 : length += 1;
  }
  return length;
}
function cleanDisplayName(text) {
  return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, " ").replace(/\s+/g, " ").trim();
}
function deriveBaseName(ctx) {
  let parts = [];
  return ctx.source && parts.push(ctx.source), ctx.runId && parts.push(`run ${ctx.runId}${ctx.attempt ? `.${ctx.attempt}` : ""}`), ctx.job && parts.push(`job ${ctx.job}`), cleanDisplayName(parts.join(" ")) || "ci job";
}
function buildDisplayName(requested, ctx, suffix) {
  if (!SUFFIX.test(suffix)) throw new TypeError("display name suffix must be 8 lower-case hex characters");
  let head = `${DISPLAY_NAME_PREFIX}: `, tail = ` [${suffix}]`, base = cleanDisplayName(requested ?? "") || deriveBaseName(ctx), budget = DISPLAY_NAME_MAX_ENCODED_LENGTH - htmlEncodedLength(head) - htmlEncodedLength(tail);
  if (htmlEncodedLength(base) <= budget) return head + base + tail;
  let ellipsis = "\u2026", kept = "", used = htmlEncodedLength(ellipsis);
  for (let char of base) {
    let cost = htmlEncodedLength(char);
    if (used + cost > budget) break;
    kept += char, used += cost;
  }
  return `${head}${kept.trimEnd()}${ellipsis}${tail}`;
}
var OWN_NAME = new RegExp(`^${DISPLAY_NAME_PREFIX}: .* \\[[0-9a-f]{8}\\]$`, "s");

// src/core/git-credentials.ts
function gitCredentialVariables(env, azureDevOpsUrl, organization, basicAuth2) {
  let existing = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10), index = Number.isSafeInteger(existing) && existing > 0 ? existing : 0;
  return {
    GIT_CONFIG_COUNT: String(index + 1),
    [`GIT_CONFIG_KEY_${index}`]: `http.${azureDevOpsUrl}/${organization}/.extraheader`,
    [`GIT_CONFIG_VALUE_${index}`]: `AUTHORIZATION: Basic ${basicAuth2}`
  };
}

// src/core/http.ts
var import_node_http = require("node:http"), import_node_https = require("node:https");
var IncomingHeaders = class {
  constructor(raw) {
    this.raw = raw;
  }
  raw;
  get(name) {
    let value = this.raw[name.toLowerCase()];
    return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
  }
}, DEFAULT_RETRY_POLICY = {
  attempts: 5,
  totalMs: 6e4,
  baseDelayMs: 1e3,
  maxDelayMs: 3e4
}, DEFAULT_TIMEOUT_MS = 3e4, MIN_PACED_DELAY_MS = 250, MAX_ATTEMPTS = 50, DEFAULT_USER_AGENT = "ado-ephemeral-pat", HTTP_CLIENT_FAILURES = {
  throttled: {
    seen: "HTTP 429 until the retry budget ran out (or a Retry-After beyond it)",
    kind: "throttled",
    cause: "Azure DevOps or Entra ID throttled the requests (200 TSTUs per identity per 5 minutes).",
    fix: "Wait a few minutes and run the job again; if many jobs mint tokens with the same bot user at once, stagger them or use more than one bot user."
  },
  server: {
    seen: "HTTP 500, 502, 503 or 504 until the retry budget ran out; once for a create",
    kind: "server",
    cause: "The service failed. A failed create is not repeated blindly: it may have been applied.",
    fix: "This is usually temporary: run the job again later. Check https://status.dev.azure.com if it persists."
  },
  network: {
    seen: "a connection refused, reset, DNS failure or timeout until the retry budget ran out",
    kind: "network",
    cause: "The runner could not reach the host named in the message.",
    fix: "If the runner needs a proxy, set HTTPS_PROXY and NODE_USE_ENV_PROXY=1 (Node 24; Node 20 ignores proxy variables). Check that a firewall allows the host, and the endpoint inputs (organization, vssps-url, authority-host)."
  },
  tls: {
    seen: "a TLS or certificate error (not retried)",
    kind: "network",
    cause: "The server certificate is not trusted by Node, or the endpoint does not speak TLS.",
    fix: "If a proxy inspects TLS or you use the emulator, trust its CA with NODE_EXTRA_CA_CERTS=<pem file>; otherwise check the endpoint URL inputs."
  },
  insecure_url: {
    seen: "an http:// endpoint that is not loopback (nothing is sent)",
    kind: "input",
    cause: "Tokens must not travel in clear text.",
    fix: "Use an https:// URL in the endpoint inputs (vssps-url, authority-host, azure-devops-url)."
  }
}, RETRYABLE_STATUS = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]), LOOPBACK_HOSTS = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
function redactUrl(url) {
  try {
    let parsed = new URL(url), names = [...parsed.searchParams.keys()], query = names.length > 0 ? `?${names.map((name) => `${name}=\u2026`).join("&")}` : "";
    return `${parsed.origin}${parsed.pathname}${query}`;
  } catch {
    return "(invalid URL)";
  }
}
function isLoopback(hostname) {
  return LOOPBACK_HOSTS.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
function assertSecureUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new ActionableError(
      "input",
      `The URL ${redactUrl(url)} is not valid.`,
      "Check the endpoint inputs (organization, vssps-url, authority-host).",
      { code: "invalid_url" }
    );
  }
  if (parsed.protocol === "https:" || parsed.protocol === "http:" && isLoopback(parsed.hostname)) return parsed;
  throw new ActionableError(
    "input",
    `Refusing to send a request to ${redactUrl(url)}: only HTTPS is allowed (plain HTTP only on loopback).`,
    HTTP_CLIENT_FAILURES.insecure_url.fix,
    { code: "insecure_url" }
  );
}
function serverRequestedDelayMs(status, headers, now) {
  let retryAfter = headers.get("retry-after")?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1e3);
    let date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  let reset = headers.get("x-ratelimit-reset")?.trim();
  if (status === 429 && reset && /^\d+$/.test(reset)) {
    let delay = Number(reset) * 1e3 - now;
    if (delay > 0) return delay;
  }
}
var NEVER_REACHED_SERVER = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
function field(value, name) {
  return typeof value == "object" && value !== null ? value[name] : void 0;
}
function stringField(value, name) {
  let found = field(value, name);
  return typeof found == "string" ? found : void 0;
}
function networkErrorCode(error) {
  let name = stringField(error, "name");
  if (name === "TimeoutError") return "timeout";
  if (name === "AbortError") return "aborted";
  let cause = field(error, "cause"), nested = field(cause, "errors"), first2 = Array.isArray(nested) ? nested[0] : void 0;
  return stringField(cause, "code") ?? stringField(first2, "code") ?? stringField(error, "code") ?? name ?? "unknown";
}
function isMalformedRequest(error) {
  return stringField(error, "name") === "TypeError" && field(error, "cause") === void 0 && stringField(error, "message") !== "fetch failed";
}
function isTlsFailure(code) {
  return /CERT|^ERR_TLS_|^ERR_SSL_|^UNABLE_TO_|^DEPTH_ZERO|^EPROTO$/.test(code);
}
function describeNetworkFailure(error, url, target, tries, idempotent) {
  if (isMalformedRequest(error))
    return new ActionableError(
      "input",
      `${target} could not be sent: a header value has characters HTTP does not allow.`,
      "Check the credential inputs for a stray line break, quote or non-ASCII character.",
      { code: "invalid_request" }
    );
  let code = networkErrorCode(error), host2 = url.host;
  if (isTlsFailure(code))
    return new ActionableError(
      "network",
      `The TLS connection to ${host2} failed (${code}) for ${target}.`,
      HTTP_CLIENT_FAILURES.tls.fix,
      { code, retryable: !1 }
    );
  let maybeApplied = idempotent || NEVER_REACHED_SERVER.has(code) ? "" : " The request may have reached the server, so it was not repeated.", what = code === "timeout" ? `${host2} did not answer in time` : `Could not reach ${host2} (${code})`;
  return new ActionableError(
    "network",
    `${what} for ${target} after ${tries}.${maybeApplied}`,
    HTTP_CLIENT_FAILURES.network.fix,
    {
      code,
      retryable: !0
    }
  );
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
var HttpClient = class {
  policy;
  log;
  sleep;
  random;
  now;
  userAgent;
  constructor(options = {}) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry }, this.log = options.log ?? (() => {
    }), this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))), this.random = options.random ?? Math.random, this.now = options.now ?? Date.now, this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  }
  /**
   * Idempotent requests (the default for every method but POST) are retried on 429, 500/502/503/504,
   * timeouts and network errors. Non-idempotent ones only on 429 and on failures where the request surely
   * never reached the server; any other failure throws a retryable ActionableError so the caller can check
   * what the server did. Other responses, 2xx or not, are returned.
   */
  async send(request, options = {}) {
    let url = assertSecureUrl(request.url), idempotent = options.idempotent ?? request.method !== "POST", started = this.now(), failures = 0;
    for (let attempt = 1; ; attempt++) {
      let outcome = await this.attempt(request, started), elapsed = this.now() - started, verdict = this.judge(outcome, idempotent);
      if (verdict === "done" && "response" in outcome) return outcome.response;
      if (verdict === "fail") throw this.failure(request, url, outcome, attempt, elapsed, idempotent);
      let requested = "response" in outcome ? serverRequestedDelayMs(outcome.response.status, outcome.response.headers, this.now()) : void 0, paced = requested !== void 0 && "response" in outcome && outcome.response.status === 429;
      paced || failures++;
      let delay = paced ? Math.max(requested, MIN_PACED_DELAY_MS) : requested ?? this.backoff(failures);
      if (failures >= this.policy.attempts || attempt >= MAX_ATTEMPTS || elapsed + delay > this.policy.totalMs) throw this.failure(request, url, outcome, attempt, elapsed, idempotent, requested);
      this.log(
        `Retrying ${request.method} ${redactUrl(request.url)} after ${this.reason(outcome)} in ${seconds(delay)} (attempt ${attempt + 1}${paced ? "" : ` of ${this.policy.attempts}`}).`
      ), await this.sleep(delay);
    }
  }
  /** Full jitter: a random delay up to the exponential cap, so parallel jobs do not retry in lock step. */
  backoff(attempt) {
    let cap = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(this.random() * cap);
  }
  async attempt(request, started) {
    let remaining = Math.max(1e3, this.policy.totalMs - (this.now() - started)), timeoutMs = Math.min(request.timeoutMs ?? DEFAULT_TIMEOUT_MS, remaining), headers = { "User-Agent": this.userAgent, ...request.headers }, signal = AbortSignal.timeout(timeoutMs), failed = (error) => ({
      error: signal.aborted ? signal.reason : error
    });
    return new Promise((resolve) => {
      let url = new URL(request.url);
      request.body !== void 0 && (headers["Content-Length"] = String(Buffer.byteLength(request.body)));
      try {
        let outgoing = (url.protocol === "https:" ? import_node_https.request : import_node_http.request)(
          url,
          { method: request.method, headers, signal },
          (response) => {
            let chunks = [];
            response.on("data", (chunk) => chunks.push(chunk)), response.on("error", (error) => resolve(failed(error))), response.on("close", () => {
              if (!response.complete) {
                resolve(
                  failed(
                    Object.assign(new Error("The connection closed mid-response"), { code: "ECONNRESET" })
                  )
                );
                return;
              }
              resolve({
                response: {
                  status: response.statusCode ?? 0,
                  headers: new IncomingHeaders(response.headers),
                  body: Buffer.concat(chunks).toString("utf8"),
                  url: request.url
                }
              });
            });
          }
        );
        outgoing.on("error", (error) => resolve(failed(error))), outgoing.end(request.body);
      } catch (error) {
        resolve({ error });
      }
    });
  }
  judge(outcome, idempotent) {
    if ("response" in outcome) {
      let { status } = outcome.response;
      return RETRYABLE_STATUS.has(status) ? status === 429 || idempotent ? "retry" : "fail" : "done";
    }
    let code = networkErrorCode(outcome.error);
    return isMalformedRequest(outcome.error) || isTlsFailure(code) ? "fail" : idempotent || NEVER_REACHED_SERVER.has(code) ? "retry" : "fail";
  }
  reason(outcome) {
    return "response" in outcome ? `HTTP ${outcome.response.status}` : networkErrorCode(outcome.error);
  }
  failure(request, url, outcome, attempts, elapsed, idempotent, requestedDelay) {
    let tries = `${attempts} attempt${attempts === 1 ? "" : "s"} over ${seconds(elapsed)}`, target = `${request.method} ${redactUrl(request.url)}`, budget = requestedDelay !== void 0 && elapsed + requestedDelay > this.policy.totalMs ? ` The server asked to wait ${seconds(requestedDelay)}, beyond the retry budget of ${seconds(this.policy.totalMs)}.` : "";
    if ("error" in outcome) return describeNetworkFailure(outcome.error, url, target, tries, idempotent);
    let { status } = outcome.response;
    if (status === 429)
      return new ActionableError(
        "throttled",
        `The server throttled ${target} (HTTP 429) after ${tries}.${budget}`,
        HTTP_CLIENT_FAILURES.throttled.fix,
        { code: "http_429", status, retryable: !0 }
      );
    let appliedMaybe = idempotent ? "" : " The request may have been applied before the error.";
    return new ActionableError(
      "server",
      `The server failed ${target} with HTTP ${status} after ${tries}.${budget}${appliedMaybe}`,
      HTTP_CLIENT_FAILURES.server.fix,
      { code: `http_${status}`, status, retryable: !0 }
    );
  }
};

// src/core/validate.ts
function readInput(read, name, keepWhitespace = !1) {
  let raw = read(name);
  if (!(raw === void 0 || raw.trim() === ""))
    return keepWhitespace ? raw : raw.trim();
}
var TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]), FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
function parseBoolean(input, raw, fallback) {
  if (raw === void 0) return fallback;
  let value = raw.trim();
  if (TRUE.has(value)) return !0;
  if (FALSE.has(value)) return !1;
  throw new InputError(
    input,
    `Input ${input} must be a boolean, got ${quote(raw)}.`,
    `Set ${input} to true, True, TRUE, false, False or FALSE (default: ${fallback}).`
  );
}
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isGuid(value) {
  return GUID.test(value);
}
function parseGuid(input, raw, what = "an application (client) id") {
  let value = raw.trim();
  if (isGuid(value)) return value.toLowerCase();
  throw new InputError(
    input,
    `Input ${input} must be ${what}, a GUID like 00000000-0000-0000-0000-000000000000; got ${quote(raw)}.`,
    `Copy the "Application (client) ID" from the app registration's overview page in the Entra admin center.`
  );
}
var DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, MULTI_TENANT = /* @__PURE__ */ new Set(["organizations", "common", "consumers"]);
function parseTenant(input, raw, allowMultiTenant = !0) {
  let value = raw.trim(), lower = value.toLowerCase();
  if (isGuid(value) || DOMAIN.test(value) || allowMultiTenant && MULTI_TENANT.has(lower)) return lower;
  let alternatives = allowMultiTenant ? ", a verified domain, or organizations" : " or a verified domain";
  throw new InputError(
    input,
    `Input ${input} must be a tenant id (a GUID)${alternatives}; got ${quote(raw)}.`,
    'Copy the "Directory (tenant) ID" from the Entra admin center (Overview page).'
  );
}
var KEY_VAULT_SECRET_NAME = /^[0-9a-zA-Z-]{1,127}$/;
function parseKeyVaultSecretName(input, raw) {
  let value = raw.trim();
  if (KEY_VAULT_SECRET_NAME.test(value)) return value;
  throw new InputError(
    input,
    `Input ${input} must be a Key Vault secret name, got ${quote(raw)}.`,
    "Use the secret name only (1 to 127 letters, digits and hyphens), not its URL or value."
  );
}
function checkTokenShape(input, value) {
  if (/^bearer\s/i.test(value))
    throw new InputError(
      input,
      `Input ${input} starts with "Bearer ".`,
      'Pass the token alone, without the "Bearer " scheme.'
    );
  if (/[\s\p{Cc}\p{Cf}]/u.test(value))
    throw new InputError(
      input,
      `Input ${input} contains whitespace or control characters (its value is not shown).`,
      "Store the token as a single line without spaces, quotes or a trailing line break."
    );
  return value;
}
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/, RESERVED_NAMES = new Set(
  "PATH HOME USER USERNAME USERPROFILE LOGNAME SHELL PWD OLDPWD TMP TEMP TMPDIR LANG LANGUAGE TERM IFS PS1 PS2 PS4 ENV BASH_ENV PROMPT_COMMAND CDPATH PATHEXT COMSPEC SYSTEMROOT WINDIR PROGRAMFILES APPDATA LOCALAPPDATA HOSTNAME CI TF_BUILD HTTP_PROXY HTTPS_PROXY NO_PROXY ALL_PROXY SSL_CERT_FILE SSL_CERT_DIR CLASSPATH PYTHONPATH PYTHONSTARTUP PYTHONHOME PERL5LIB PERL5OPT RUBYOPT RUBYLIB JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS DOTNET_STARTUP_HOOKS GOFLAGS EDITOR VISUAL PAGER".split(" ")
), RESERVED_PREFIXES = [
  "GITHUB_",
  "RUNNER_",
  "ACTIONS_",
  "INPUT_",
  "STATE_",
  "SYSTEM_",
  "AGENT_",
  "BUILD_",
  "RELEASE_",
  "PIPELINE_",
  "ENDPOINT_",
  "VSTS_",
  "LD_",
  "DYLD_",
  "NODE_",
  "NPM_CONFIG_",
  "GIT_",
  "BASH_FUNC_"
];
function parseExportVariable(input, raw) {
  let name = raw.trim();
  if (!ENV_NAME.test(name) || name.length > 255)
    throw new InputError(
      input,
      `Input ${input} must be an environment variable name, got ${quote(raw)}.`,
      "Use letters, digits and underscores, not starting with a digit, e.g. AZURE_DEVOPS_EXT_PAT."
    );
  let upper = name.toUpperCase(), prefix = RESERVED_PREFIXES.find((p) => upper.startsWith(p));
  if (RESERVED_NAMES.has(upper) || prefix !== void 0)
    throw new InputError(
      input,
      `Input ${input} names ${quote(name)}, ${prefix === void 0 ? "a variable" : `in the ${prefix}* namespace,`} that the runner, the shell or a tool relies on: overwriting it would break later steps.`,
      "Choose a name of your own, e.g. AZURE_DEVOPS_EXT_PAT (read by `az devops`) or ADO_PAT."
    );
  return name;
}

// src/core/endpoints.ts
var DEFAULT_ENDPOINTS = {
  authorityHost: "https://login.microsoftonline.com",
  vsspsUrl: "https://vssps.dev.azure.com",
  azureDevOpsUrl: "https://dev.azure.com"
};
function isLoopbackHost(hostname) {
  let host2 = hostname.toLowerCase();
  return host2 === "localhost" || host2 === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(host2);
}
function refuse(input, raw, problem) {
  throw new InputError(
    input,
    `Input ${input} ${problem}: ${quote(raw)}.`,
    `Give an absolute https:// URL without credentials, query or fragment (http:// only for localhost or 127.0.0.1), e.g. ${DEFAULT_ENDPOINTS.vsspsUrl}.`
  );
}
function parseEndpointUrl(input, raw) {
  let text = raw.trim();
  /[\s\p{Cc}\p{Cf}\\]/u.test(text) && refuse(input, raw, "contains whitespace, control characters or backslashes");
  let url;
  try {
    url = new URL(text);
  } catch {
    refuse(input, raw, "is not an absolute URL");
  }
  return url.protocol !== "https:" && url.protocol !== "http:" && refuse(input, raw, "must use https"), url.protocol === "http:" && !isLoopbackHost(url.hostname) && refuse(input, raw, "must use https (plain http is allowed only on loopback addresses)"), (url.username !== "" || url.password !== "") && refuse(input, raw, "must not contain a user name or password"), (text.includes("?") || text.includes("#")) && refuse(input, raw, "must not contain a query or fragment"), url.hostname === "" && refuse(input, raw, "has no host"), `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
function parseEndpoints(read) {
  let pick = (input, fallback) => {
    let raw = readInput(read, input);
    return raw === void 0 ? fallback : parseEndpointUrl(input, raw);
  };
  return {
    authorityHost: pick("authority-host", DEFAULT_ENDPOINTS.authorityHost),
    vsspsUrl: pick("vssps-url", DEFAULT_ENDPOINTS.vsspsUrl),
    azureDevOpsUrl: pick("azure-devops-url", DEFAULT_ENDPOINTS.azureDevOpsUrl)
  };
}

// src/core/credential-settings.ts
var CREDENTIAL_SOURCES = [
  "refresh-token",
  "access-token",
  "password",
  "key-vault",
  "azure-cli"
], SELECTING_INPUTS = {
  "refresh-token": ["refresh-token"],
  "access-token": ["access-token"],
  password: ["username", "password"],
  "key-vault": ["key-vault-url", "key-vault-secret"],
  "azure-cli": []
}, SOURCE_INPUTS = {
  "refresh-token": ["refresh-token", "client-id", "tenant-id"],
  "access-token": ["access-token"],
  password: ["username", "password", "client-id", "tenant-id"],
  "key-vault": [
    "key-vault-url",
    "key-vault-secret",
    "client-id",
    "tenant-id",
    "azure-client-id",
    "azure-tenant-id"
  ],
  "azure-cli": []
}, CREDENTIAL_INPUTS = [...new Set(Object.values(SOURCE_INPUTS).flat())], SOURCE_REQUIREMENTS = "refresh-token (recommended): refresh-token + client-id [+ tenant-id]; key-vault: key-vault-url + key-vault-secret + client-id [+ tenant-id, azure-client-id, azure-tenant-id]; access-token: access-token; password (deprecated): username + password + client-id [+ tenant-id]; azure-cli: auth: azure-cli.";
function present(read, name) {
  return readInput(read, name, !0) !== void 0;
}
function chooseSource(read) {
  let auth = readInput(read, "auth"), found = CREDENTIAL_INPUTS.filter((name) => present(read, name)), selected = CREDENTIAL_SOURCES.filter(
    (source) => SELECTING_INPUTS[source].some((name) => present(read, name))
  ), listed = found.length > 0 ? `found: ${found.join(", ")}` : "no credential input was given";
  if (auth !== void 0) {
    let source = CREDENTIAL_SOURCES.find((s) => s === auth.toLowerCase());
    if (source === void 0)
      throw new InputError(
        "auth",
        `Input auth must name a credential source, got ${quote(auth)}.`,
        `Use one of ${CREDENTIAL_SOURCES.join(", ")}, or leave auth empty to choose from the inputs given.`
      );
    let conflicting = selected.filter((s) => s !== source);
    if (conflicting.length > 0)
      throw new InputError(
        "auth",
        `Input auth selects ${source}, but inputs of ${conflicting.join(" and ")} were also given (${listed}).`,
        `Give only the inputs of one source. ${SOURCE_REQUIREMENTS}`
      );
    return source;
  }
  if (selected.length === 1 && selected[0] !== void 0) return selected[0];
  throw new InputError(
    "auth",
    selected.length === 0 ? `No credential source given (${listed}).` : `Several credential sources given: ${selected.join(" and ")} (${listed}); exactly one is allowed.`,
    `Give the inputs of exactly one source. ${SOURCE_REQUIREMENTS}`
  );
}
function required(read, source, name, keepWhitespace = !1) {
  let value = readInput(read, name, keepWhitespace);
  if (value !== void 0) return value;
  throw new InputError(
    name,
    `The ${source} credential source needs input ${name}, which was not given.`,
    `Set ${name}. ${SOURCE_REQUIREMENTS}`
  );
}
function tenant(read) {
  let raw = readInput(read, "tenant-id");
  return raw === void 0 ? "organizations" : parseTenant("tenant-id", raw);
}
function build(read, source) {
  switch (source) {
    case "refresh-token":
      return {
        source,
        refreshToken: checkTokenShape("refresh-token", required(read, source, "refresh-token")),
        clientId: parseGuid("client-id", required(read, source, "client-id")),
        tenantId: tenant(read)
      };
    case "access-token":
      return { source, accessToken: checkTokenShape("access-token", required(read, source, "access-token")) };
    case "password": {
      let username = required(read, source, "username");
      if (/[\s\p{Cc}\p{Cf}]/u.test(username))
        throw new InputError(
          "username",
          `Input username must be a sign-in name without spaces, got ${quote(username)}.`,
          "Use the user principal name, e.g. bot@contoso.onmicrosoft.com."
        );
      return {
        source,
        username,
        password: required(read, source, "password", !0),
        clientId: parseGuid("client-id", required(read, source, "client-id")),
        tenantId: tenant(read)
      };
    }
    case "key-vault": {
      let tenantId = tenant(read);
      return {
        source,
        keyVaultUrl: parseEndpointUrl("key-vault-url", required(read, source, "key-vault-url")),
        keyVaultSecret: parseKeyVaultSecretName(
          "key-vault-secret",
          required(read, source, "key-vault-secret")
        ),
        azureClientId: parseGuid("azure-client-id", jobClientId(read), "the job identity's client id"),
        azureTenantId: jobTenant(read, tenantId),
        clientId: parseGuid("client-id", required(read, source, "client-id")),
        tenantId
      };
    }
    case "azure-cli":
      return { source };
  }
}
function jobClientId(read) {
  let raw = readInput(read, "azure-client-id");
  if (raw !== void 0) return raw;
  throw new InputError(
    "azure-client-id",
    "The key-vault credential source needs input azure-client-id: the client id of the app registration (or user-assigned managed identity) whose federated credential trusts this job.",
    "On GitHub, set azure-client-id (and azure-tenant-id) and grant `permissions: id-token: write`. On Azure Pipelines, set azureSubscription to a service connection with workload identity federation."
  );
}
function jobTenant(read, botTenant) {
  let raw = readInput(read, "azure-tenant-id");
  if (raw !== void 0) return parseTenant("azure-tenant-id", raw, !1);
  if (!MULTI_TENANT_ALIASES.has(botTenant.toLowerCase())) return botTenant;
  throw new InputError(
    "azure-tenant-id",
    "The key-vault credential source needs the job identity's tenant: input azure-tenant-id, or a specific tenant-id.",
    "Set azure-tenant-id to the directory (tenant) id of the app registration the job federates to."
  );
}
var MULTI_TENANT_ALIASES = /* @__PURE__ */ new Set(["organizations", "common", "consumers"]);
function parseCredential(read) {
  let source = chooseSource(read), credential = build(read, source), warnings = [], ignored = CREDENTIAL_INPUTS.filter(
    (name) => !SOURCE_INPUTS[source].includes(name) && present(read, name)
  );
  return ignored.length > 0 && warnings.push(`Ignoring ${ignored.join(", ")}: the ${source} credential source does not use them.`), source === "password" && warnings.push(
    "The password source uses the resource-owner password flow, which Microsoft has deprecated and which fails for accounts with MFA or Conditional Access. Switch to the refresh-token source (obtain one with `ado-ephemeral-pat login`) or the key-vault source."
  ), { credential, warnings };
}

// src/core/lifetime.ts
var SECOND = 1e3, MINUTE = 60 * SECOND, HOUR = 60 * MINUTE, DAY = 24 * HOUR, MIN_LIFETIME_MS = 5 * MINUTE, MAX_LIFETIME_MS = 7 * DAY, DEFAULT_LIFETIME = "1h", COMPACT = /^(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/i, ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i, EXAMPLES = "`30m`, `2h`, `1h30m`, `1d`, or ISO 8601 `PT45M`, `P1D`, `P1DT2H`";
function total(parts, units) {
  if (!parts.every((part) => part === void 0))
    return parts.reduce((sum, part, i) => sum + (part === void 0 ? 0 : Number(part) * (units[i] ?? 0)), 0);
}
function toMilliseconds(text) {
  let iso = ISO.exec(text);
  if (iso !== null)
    return /T$/i.test(text) ? void 0 : total(iso.slice(1), [7 * DAY, DAY, HOUR, MINUTE, SECOND]);
  let compact = COMPACT.exec(text);
  return compact === null ? void 0 : total(compact.slice(1), [DAY, HOUR, MINUTE, SECOND]);
}
function formatDuration(milliseconds) {
  let rest = Math.round(milliseconds / SECOND) * SECOND, text = "";
  for (let [unit, size] of [
    ["d", DAY],
    ["h", HOUR],
    ["m", MINUTE],
    ["s", SECOND]
  ]) {
    let count = Math.floor(rest / size);
    rest -= count * size, count > 0 && (text += `${count}${unit}`);
  }
  return text || "0s";
}
function parseLifetime(raw) {
  let text = raw.trim(), milliseconds = text === "" ? void 0 : toMilliseconds(text);
  if (milliseconds === void 0) {
    let hint = /^\d+$/.test(text) ? " A number needs a unit." : "";
    throw new InputError(
      "lifetime",
      `Invalid lifetime ${quote(raw)}.${hint}`,
      `Use a duration such as ${EXAMPLES}.`
    );
  }
  if (milliseconds < MIN_LIFETIME_MS || milliseconds > MAX_LIFETIME_MS)
    throw new InputError(
      "lifetime",
      `Lifetime ${quote(raw)} is ${milliseconds < MIN_LIFETIME_MS ? "shorter than 5 minutes" : "longer than 7 days"}.`,
      `Use a duration from 5 minutes to 7 days that covers the job, e.g. ${EXAMPLES}; the token is revoked when the job ends anyway.`
    );
  return { milliseconds, text: formatDuration(milliseconds) };
}

// src/core/organization.ts
var ORGANIZATION_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,48}[A-Za-z0-9])?$/;
function isOrganizationName(value) {
  return ORGANIZATION_NAME.test(value);
}
function refuse2(raw, fix) {
  throw new InputError(
    "organization",
    `Input organization must be an Azure DevOps organization name or URL, got ${quote(raw)}.`,
    fix ?? "Give the name (letters, digits and hyphens, at most 50 characters, e.g. contoso) or its URL, e.g. https://dev.azure.com/contoso."
  );
}
function segmentsBelow(url, base) {
  let root = new URL(base);
  if (url.origin !== root.origin) return;
  let rootPath = root.pathname.replace(/\/+$/, "");
  if (!(url.pathname !== rootPath && !url.pathname.startsWith(`${rootPath}/`)))
    return url.pathname.slice(rootPath.length).split("/").filter((segment) => segment !== "");
}
function nameFromUrl(raw, text, azureDevOpsUrl) {
  let url;
  try {
    url = new URL(text);
  } catch {
    refuse2(raw);
  }
  (url.username !== "" || url.password !== "" || text.includes("?") || text.includes("#")) && refuse2(raw);
  let host2 = url.hostname.toLowerCase(), legacy = /^([a-z0-9-]+)\.visualstudio\.com$/.exec(host2), segments = legacy !== null ? [
    legacy[1] ?? "",
    ...url.pathname.split("/").filter((s) => s !== "" && s.toLowerCase() !== "defaultcollection")
  ] : segmentsBelow(url, azureDevOpsUrl) ?? segmentsBelow(url, "https://dev.azure.com");
  return (segments === void 0 || legacy !== null && url.protocol !== "https:") && refuse2(raw, "Use https://dev.azure.com/<name>, https://<name>.visualstudio.com, or just the name."), segments.length !== 1 && refuse2(
    raw,
    "Give the organization URL without a project or other path, e.g. https://dev.azure.com/contoso."
  ), segments[0] ?? "";
}
function parseOrganization(raw, azureDevOpsUrl = "https://dev.azure.com") {
  let text = raw.trim();
  /[\s\p{Cc}\p{Cf}\\]/u.test(text) && refuse2(raw);
  let name = text.includes("/") || text.includes(":") ? nameFromUrl(raw, text, azureDevOpsUrl) : text;
  return isOrganizationName(name) || refuse2(raw), name;
}

// src/core/scopes.ts
var SCOPES_DOCUMENTATION_URL = "https://learn.microsoft.com/azure/devops/integrate/get-started/authentication/oauth#scopes", FULL_ACCESS_SCOPE = "app_token", ENTRA_ONLY_SCOPES = /* @__PURE__ */ new Map([
  ["user_impersonation", { id: "user_impersonation", highPrivilege: !0, includes: [], area: "Entra" }],
  ["vso.pats", { id: "vso.pats", highPrivilege: !1, includes: [], area: "Entra" }],
  ["vso.pats_manage", { id: "vso.pats_manage", highPrivilege: !1, includes: ["vso.pats"], area: "Entra" }]
]), TABLE = [
  ["Advanced security", "advsec\u2605 advsec_write\u2605\u2192advsec advsec_manage\u2605\u2192advsec_write"],
  ["Agent pools", "agentpools agentpools_manage\u2605\u2192agentpools environment_manage\u2605\u2192agentpools_manage"],
  ["Analytics", "analytics"],
  ["Audit", "auditlog auditstreams_manage\u2605\u2192auditlog"],
  ["Build", "build\u2192hooks_write build_execute\u2605\u2192build"],
  ["Code", "code\u2192hooks_write code_write\u2605\u2192code code_manage\u2605\u2192code_write code_full\u2605\u2192code_manage code_status"],
  ["Connected server", "connected_server"],
  [
    "Entitlements",
    "entitlements memberentitlementmanagement memberentitlementmanagement_write\u2605\u2192memberentitlementmanagement"
  ],
  [
    "Extensions",
    "extension\u2192profile extension_manage\u2605\u2192extension extension.data\u2192profile extension.data_write\u2192extension.data"
  ],
  ["GitHub connections", "githubconnections githubconnections_manage\u2605\u2192githubconnections"],
  ["Graph and identity", "graph graph_manage\u2605\u2192graph identity identity_manage\u2605\u2192identity"],
  ["Deployment groups", "machinegroup_manage\u2605\u2192agentpools_manage"],
  [
    "Marketplace",
    "gallery\u2192profile gallery_acquire\u2192gallery gallery_publish\u2605\u2192gallery gallery_manage\u2605\u2192gallery_publish"
  ],
  [
    "Notifications",
    "notification\u2192profile notification_write\u2192notification notification_manage\u2192notification_write notification_diagnostics\u2192notification"
  ],
  ["Packaging", "packaging\u2192profile packaging_write\u2605\u2192packaging packaging_manage\u2605\u2192packaging_write"],
  ["Pipeline resources", "pipelineresources_use\u2605 pipelineresources_manage\u2605\u2192pipelineresources_use"],
  ["Project and team", "project project_write\u2192project project_manage\u2605\u2192project_write"],
  ["Release", "release\u2192profile release_execute\u2605\u2192release release_manage\u2605\u2192release_execute"],
  [
    "Secure files",
    "securefiles_read\u2605 securefiles_write\u2605\u2192securefiles_read securefiles_manage\u2605\u2192securefiles_write"
  ],
  ["Security", "security_manage\u2605"],
  [
    "Service connections",
    "serviceendpoint\u2192profile serviceendpoint_query\u2192serviceendpoint serviceendpoint_manage\u2605\u2192serviceendpoint_query"
  ],
  ["Service hooks", "hooks\u2192profile hooks_write\u2192hooks hooks_interact\u2192profile"],
  ["Settings", "settings settings_write\u2192settings"],
  ["Symbols", "symbols\u2192profile symbols_write\u2192symbols symbols_manage\u2192symbols_write"],
  ["Task groups", "taskgroups_read taskgroups_write\u2192taskgroups_read taskgroups_manage\u2605\u2192taskgroups_write"],
  ["Dashboards", "dashboards dashboards_manage\u2192dashboards"],
  ["Test", "test\u2192profile test_write\u2192test"],
  ["PR threads", "threads_full"],
  ["Tokens", "tokens\u2605 tokenadministration\u2605"],
  ["Profile", "profile profile_write\u2192profile"],
  [
    "Variable groups",
    "variablegroups_read variablegroups_write\u2192variablegroups_read variablegroups_manage\u2605\u2192variablegroups_write"
  ],
  ["Wiki", "wiki wiki_write\u2192wiki"],
  ["Work items", "work\u2192hooks_write work_write\u2192work work_full\u2192work_write"],
  // Accepted by Microsoft's AzureAuth CLI (src/AdoPat/Scopes.cs), absent from the OAuth page; the
  // read < write < manage chain is inferred from the naming convention. The retired load-test scopes are not.
  ["Drops (AzureAuth)", "drop drop_write\u2192drop drop_manage\u2192drop_write"]
];
function buildCatalogue() {
  let catalogue = /* @__PURE__ */ new Map();
  for (let [area, scopes] of TABLE)
    for (let entry of scopes.split(" ")) {
      let [nameAndFlag = "", implied] = entry.split("\u2192"), highPrivilege = nameAndFlag.endsWith("\u2605"), id = `vso.${nameAndFlag.replace("\u2605", "")}`;
      catalogue.set(id, {
        id,
        highPrivilege,
        includes: implied === void 0 ? [] : [`vso.${implied}`],
        area
      });
    }
  return catalogue;
}
var SCOPE_CATALOGUE = buildCatalogue();
function directIncludes(scope) {
  return (SCOPE_CATALOGUE.get(scope) ?? ENTRA_ONLY_SCOPES.get(scope))?.includes ?? [];
}
function scopeClosure(scope) {
  let seen = /* @__PURE__ */ new Set(), pending = [scope];
  for (let next = pending.pop(); next !== void 0; next = pending.pop())
    seen.has(next) || (seen.add(next), pending.push(...directIncludes(next)));
  return seen;
}
var SEPARATORS = /[\s,]+/;
function canonicalId(token) {
  let lower = token.toLowerCase();
  return lower.startsWith("vso.") ? lower : `vso.${lower}`;
}
var FULL_ACCESS_ALIASES = /* @__PURE__ */ new Set([
  FULL_ACCESS_SCOPE,
  "user_impersonation",
  "*",
  "all",
  "full",
  "full_access"
]), LEAST_PRIVILEGE_FIX = `List only the scopes the job needs, e.g. \`scopes: vso.code\` to clone or \`vso.code_write\` to push (least privilege: a leaked token can do only what its scopes allow). Scopes: ${SCOPES_DOCUMENTATION_URL}`;
function refuseFullAccess(token, id) {
  throw id === "vso.pats" || id === "vso.pats_manage" ? new InputError(
    "scopes",
    `Scope ${quote(token)} exists only for Entra tokens: a PAT cannot carry it (and a PAT that manages PATs would defeat the purpose).`,
    LEAST_PRIVILEGE_FIX
  ) : new InputError(
    "scopes",
    `Scope ${quote(token)} asks for a full-access token, which this product never mints.`,
    LEAST_PRIVILEGE_FIX
  );
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let current = [i];
    for (let j = 1; j <= b.length; j++) {
      let substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function suggestScopes(id) {
  let name = id.slice(4);
  if (name.length > 64) return [];
  let stem = name.split(/[_.]/)[0] ?? name, threshold = Math.max(2, Math.floor(name.length / 3));
  return [...SCOPE_CATALOGUE.keys()].map((candidate) => {
    let candidateName = candidate.slice(4), distance = editDistance(name, candidateName), prefix = stem.length >= 3 && candidateName.startsWith(stem);
    return { candidate, score: prefix ? Math.min(distance, threshold) : distance };
  }).filter(({ score }) => score <= threshold).sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate)).slice(0, 3).map(({ candidate }) => candidate);
}
function refuseUnknown(token, id) {
  let suggestions = suggestScopes(id), hint = suggestions.length > 0 ? `Did you mean ${suggestions.join(" or ")}? ` : "";
  throw new InputError(
    "scopes",
    `Unknown Azure DevOps scope ${quote(token)}.`,
    `${hint}Use a scope id from the catalogue (with or without the \`vso.\` prefix): ${SCOPES_DOCUMENTATION_URL}`
  );
}
function parseScopes(raw) {
  let tokens = raw.split(SEPARATORS).filter((token) => token !== "");
  if (tokens.length === 0)
    throw new InputError(
      "scopes",
      "No scope given: Azure DevOps would turn an empty scope into a full-access token.",
      LEAST_PRIVILEGE_FIX
    );
  let requested = /* @__PURE__ */ new Set();
  for (let token of tokens) {
    let id = canonicalId(token);
    FULL_ACCESS_ALIASES.has(id.slice(4)) && refuseFullAccess(token, id), ENTRA_ONLY_SCOPES.has(id) && refuseFullAccess(token, id), SCOPE_CATALOGUE.has(id) || refuseUnknown(token, id), requested.add(id);
  }
  let implied = /* @__PURE__ */ new Set();
  for (let id of requested) for (let other of scopeClosure(id)) other !== id && implied.add(other);
  let scopes = [...requested].filter((id) => !implied.has(id)).sort(), highPrivilege = scopes.filter((id) => SCOPE_CATALOGUE.get(id)?.highPrivilege === !0);
  return { scopes, highPrivilege };
}

// src/core/settings.ts
function highPrivilegeWarning(scopes) {
  let areas = [...new Set(scopes.map((id) => SCOPE_CATALOGUE.get(id)?.area ?? id))].join(", ");
  return `Requested high-privilege scope${scopes.length > 1 ? "s" : ""} ${scopes.join(", ")} (${areas}). Keep them only if the job needs them: the token can do everything they allow until it is revoked.`;
}
function parseSettings(read, defaults = {}) {
  let endpoints = parseEndpoints(read), organizationRaw = readInput(read, "organization") ?? defaults.organization;
  if (organizationRaw === void 0 || organizationRaw.trim() === "")
    throw new InputError(
      "organization",
      "Input organization is required.",
      "Set organization to the Azure DevOps organization name, e.g. contoso, or its URL https://dev.azure.com/contoso."
    );
  let scopesRaw = readInput(read, "scopes");
  if (scopesRaw === void 0)
    throw new InputError(
      "scopes",
      "Input scopes is required: Azure DevOps would turn an empty scope into a full-access token.",
      "List only the scopes the job needs, e.g. `scopes: vso.code` to clone or `vso.code_write` to push."
    );
  let organization = parseOrganization(organizationRaw, endpoints.azureDevOpsUrl), { scopes, highPrivilege } = parseScopes(scopesRaw), lifetime = parseLifetime(readInput(read, "lifetime") ?? DEFAULT_LIFETIME), revoke = parseBoolean("revoke", readInput(read, "revoke"), !0), gitCredentials = parseBoolean("git-credentials", readInput(read, "git-credentials"), !1), exportRaw = readInput(read, "export-variable"), exportVariable = exportRaw === void 0 ? void 0 : parseExportVariable("export-variable", exportRaw), { credential, warnings } = parseCredential(read);
  return highPrivilege.length > 0 && warnings.unshift(highPrivilegeWarning(highPrivilege)), {
    settings: {
      organization,
      scopes,
      highPrivilegeScopes: highPrivilege,
      lifetime,
      displayName: readInput(read, "display-name"),
      revoke,
      gitCredentials,
      exportVariable,
      endpoints,
      credential
    },
    warnings
  };
}

// src/core/signals.ts
var STOP_SIGNALS = ["SIGINT", "SIGTERM"];
var InterruptedError = class extends Error {
  constructor(signal) {
    super(`Stopped on ${signal} before starting a new request.`);
    this.signal = signal;
    this.name = "InterruptedError";
  }
  signal;
}, received, listeners = /* @__PURE__ */ new Set();
function throwIfInterrupted() {
  if (received) throw new InterruptedError(received);
}
function interruptibleSleep(ms) {
  return new Promise((resolve, reject) => {
    if (received) return reject(new InterruptedError(received));
    let onSignal = (signal) => {
      clearTimeout(timer), listeners.delete(onSignal), reject(new InterruptedError(signal));
    }, timer = setTimeout(() => {
      listeners.delete(onSignal), resolve();
    }, ms);
    listeners.add(onSignal);
  });
}
function watchStopSignals(onSignal, source = process) {
  let handlers = STOP_SIGNALS.map((signal) => {
    let handler = () => {
      if (!received) {
        received = signal;
        for (let listener of [...listeners]) listener(signal);
        onSignal(signal);
      }
    };
    return source.on(signal, handler), [signal, handler];
  });
  return () => {
    for (let [signal, handler] of handlers) source.off(signal, handler);
  };
}

// src/core/state.ts
var KEYS = {
  displayName: "displayName",
  authorizationId: "authorizationId",
  expiresAt: "expiresAt",
  organization: "organization",
  authorityHost: "authorityHost",
  vsspsUrl: "vsspsUrl",
  azureDevOpsUrl: "azureDevOpsUrl"
};
function savePending(host2, organization, endpoints, displayName) {
  host2.saveState(KEYS.organization, organization), host2.saveState(KEYS.authorityHost, endpoints.authorityHost), host2.saveState(KEYS.vsspsUrl, endpoints.vsspsUrl), host2.saveState(KEYS.azureDevOpsUrl, endpoints.azureDevOpsUrl), host2.saveState(KEYS.displayName, displayName);
}
function saveMinted(host2, authorizationId, expiresAt) {
  host2.saveState(KEYS.authorizationId, authorizationId), host2.saveState(KEYS.expiresAt, expiresAt);
}

// src/core/summary.ts
function cell(value) {
  return value.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[`\r\n]/g, " ");
}
function mintSummary(facts) {
  return [
    "### Azure DevOps PAT minted",
    "",
    "| | |",
    "|---|---|",
    ...[
      ["Display name", facts.displayName],
      ["Organization", facts.organization],
      ["Scopes", facts.scopes],
      ["Expires at", facts.expiresAt],
      ["Authorization id", facts.authorizationId],
      ["Revoked at job end", facts.revoke ? "yes" : "no (revoke: false)"]
    ].map(([name, value]) => `| ${name} | ${cell(value)} |`),
    ""
  ].join(`
`);
}

// src/core/mint.ts
var LIFETIME_TOLERANCE_MS = 6e4;
async function mint(host2, deps = {}) {
  maskSecretInputs(host2);
  let { settings, warnings } = parseSettings((name) => host2.getInput(name), {
    organization: host2.runContext().organization
  });
  for (let warning of warnings) host2.warning(warning);
  let http = deps.http ?? new HttpClient({ log: (message) => host2.debug(message), sleep: interruptibleSleep }), { credential, pats } = connectBot(host2, http, settings, settings.credential);
  await credential.getAccessToken();
  let displayName = buildDisplayName(
    settings.displayName,
    host2.runContext(),
    (deps.suffix ?? randomSuffix)()
  );
  savePending(host2, settings.organization, settings.endpoints, displayName);
  let now = deps.now ?? (() => /* @__PURE__ */ new Date()), validTo = new Date(now().getTime() + settings.lifetime.milliseconds), scopeText = settings.scopes.join(" ");
  host2.info(
    `Minting a PAT in ${settings.organization} with ${scopeText}, valid for ${settings.lifetime.text}.`
  ), throwIfInterrupted();
  let pat = await createReconciled(pats, { displayName, scope: settings.scopes, validTo }, host2, {
    sleep: interruptibleSleep
  }), basic = basicAuth(pat.token);
  maskSecret(host2, basic);
  let expiresAt = new Date(pat.validTo).toISOString();
  saveMinted(host2, pat.authorizationId, expiresAt), Date.parse(pat.validTo) < validTo.getTime() - LIFETIME_TOLERANCE_MS && host2.warning(
    `Azure DevOps granted the token until ${expiresAt}, earlier than the ${settings.lifetime.text} asked for: an organization policy caps PAT lifetimes. Steps that use the token must finish before then.`
  );
  let grantedScopes = pat.scope.split(/\s+/).filter(Boolean).join(" "), result = {
    token: pat.token,
    basicAuth: basic,
    authorizationId: pat.authorizationId,
    expiresAt,
    scopes: grantedScopes,
    displayName
  };
  if (setOutputs(host2, result), settings.gitCredentials) {
    let variables = gitCredentialVariables(
      deps.env ?? process.env,
      settings.endpoints.azureDevOpsUrl,
      settings.organization,
      basic
    );
    for (let [name, value] of Object.entries(variables))
      host2.exportVariable(name, value, { secret: !1 });
    host2.info(
      `Later steps' git commands authenticate to ${settings.endpoints.azureDevOpsUrl}/${settings.organization}/.`
    );
  }
  return settings.exportVariable && (host2.exportVariable(settings.exportVariable, pat.token, { secret: !0 }), host2.info(`Exported the token to later steps as ${settings.exportVariable}.`)), host2.addSummary(
    mintSummary({
      ...result,
      scopes: grantedScopes,
      organization: settings.organization,
      revoke: settings.revoke
    })
  ), host2.info(
    `Minted "${displayName}" (authorization id ${pat.authorizationId}), scopes ${grantedScopes}, expires ${expiresAt}.`
  ), result;
}
function setOutputs(host2, result) {
  host2.setOutput("token", result.token, { secret: !0 }), host2.setOutput("basic-auth", result.basicAuth, { secret: !0 }), host2.setOutput("authorization-id", result.authorizationId, { secret: !1 }), host2.setOutput("expires-at", result.expiresAt, { secret: !1 }), host2.setOutput("scopes", result.scopes, { secret: !1 }), host2.setOutput("display-name", result.displayName, { secret: !1 });
}

// src/core/run.ts
async function runStep(host2, step, options = {}) {
  let onSignal = () => {
  }, signalled = new Promise(
    (resolve) => onSignal = (signal) => resolve({ done: !1, signal })
  );
  watchStopSignals((signal) => onSignal(signal), options.signals);
  let work = step().then(
    () => ({ done: !0 }),
    (error) => ({ done: !0, error })
  ), exit = options.exit ?? ((code) => process.exit(code)), first2 = await Promise.race([work, signalled]);
  if (first2.done) {
    "error" in first2 && host2.setFailed(describeError(first2.error)), onSignal = () => exit(typeof process.exitCode == "number" ? process.exitCode : 0);
    return;
  }
  let graceMs = options.graceMs ?? 5e3, timer, timeout = new Promise(
    (resolve) => timer = setTimeout(() => resolve(void 0), graceMs)
  ), settled = await Promise.race([work, timeout]);
  clearTimeout(timer), host2.setFailed(interruptedMessage(first2.signal, settled, graceMs)), exit(1);
}
function interruptedMessage(signal, settled, graceMs) {
  let what = settled === void 0 ? `the request in flight did not finish within ${graceMs / 1e3} s and was abandoned` : "error" in settled ? settled.error instanceof InterruptedError ? "no new request was started" : `the request in flight failed: ${describeError(settled.error)}` : "the request in flight finished and its result was saved";
  return `Stopped on ${signal} (the job was cancelled or timed out): ${what}. The saved state names any token this step created, by authorization id or display name, so the post step revokes it; if no post step runs, revoke it with \`npx ado-ephemeral-pat revoke\`.`;
}

// src/hosts/azure-pipelines.ts
var import_node_crypto2 = require("node:crypto"), import_node_fs = require("node:fs"), import_node_os = require("node:os"), import_node_path = __toESM(require("node:path"));

// src/hosts/azure-pipelines-context.ts
function organizationFromCollectionUri(uri) {
  let text = uri?.trim();
  if (!text) return;
  let url;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  let segments = url.pathname.split("/").filter(Boolean), host2 = url.hostname.toLowerCase();
  if (url.protocol === "https:" && host2 === "dev.azure.com" && segments.length === 1) return segments[0];
  let legacy = /^([a-z0-9-]+)\.visualstudio\.com$/.exec(host2);
  return url.protocol === "https:" && legacy && segments.length === 0 ? legacy[1] : text;
}
function first(read, ...names) {
  for (let name of names) {
    let value = read(name)?.trim();
    if (value) return value;
  }
}
function runContextFrom(read) {
  let project = first(read, "System.TeamProject"), pipeline = first(read, "Build.DefinitionName", "Release.DefinitionName");
  return {
    source: [project, pipeline].filter(Boolean).join("/") || void 0,
    runId: first(read, "Build.BuildId", "Release.ReleaseId"),
    attempt: first(read, "System.JobAttempt"),
    job: first(read, "System.JobDisplayName", "Agent.JobName"),
    organization: organizationFromCollectionUri(
      first(read, "System.CollectionUri", "System.TeamFoundationCollectionUri")
    )
  };
}

// src/hosts/azure-pipelines-names.ts
var SPELLINGS = { "azure-devops-url": "azureDevOpsUrl" };
function taskName(kebab) {
  return SPELLINGS[kebab] ?? kebab.replace(/-([a-z0-9])/g, (_match, char) => char.toUpperCase());
}
var SERVICE_CONNECTION_INPUT = "azureSubscription", SERVICE_CONNECTION_PARAMETERS = {
  "azure-client-id": "serviceprincipalid",
  "azure-tenant-id": "tenantid"
};

// src/hosts/azure-pipelines-oidc.ts
var FIX_ACCESS = "Run the job on an Azure Pipelines agent (2.x or newer) and let the pipeline use the service connection (authorize it for this pipeline; a YAML pipeline must name it in the azureSubscription input itself).";
async function requestOidcToken(request) {
  if (!request.requestUri || !request.accessToken)
    throw new ActionableError(
      "input",
      "The agent did not give this task an OIDC request URI or System.AccessToken, which the Key Vault source needs to sign in with the service connection.",
      FIX_ACCESS,
      { code: "oidc_unavailable" }
    );
  let url = new URL(request.requestUri);
  url.searchParams.set("api-version", "7.1"), url.searchParams.set("serviceConnectionId", request.serviceConnectionId);
  let response;
  try {
    response = await (request.fetch ?? fetch)(url, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${request.accessToken}`,
        "Content-Type": "application/json",
        // Without it, an expired System.AccessToken gets a sign-in redirect instead of a 401.
        "X-TFS-FedAuthRedirect": "Suppress"
      },
      signal: AbortSignal.timeout(request.timeoutMs ?? 3e4)
    });
  } catch (error) {
    throw new ActionableError(
      "network",
      `Could not reach the Azure Pipelines OIDC endpoint (${url.origin}): ${error instanceof Error ? error.message : String(error)}.`,
      "Check that the agent can reach Azure DevOps, then re-run the job.",
      { code: "oidc_network", retryable: !0, cause: error }
    );
  }
  let body = await response.json().catch(() => {
  });
  if (!response.ok || typeof body?.oidcToken != "string" || body.oidcToken === "")
    throw new ActionableError(
      "auth",
      `Azure Pipelines refused an OIDC token for service connection ${request.serviceConnectionId} (HTTP ${response.status}).`,
      `Use an Azure Resource Manager service connection with workload identity federation. ${FIX_ACCESS}`,
      { code: "oidc_request_failed", status: response.status }
    );
  return body.oidcToken;
}

// src/hosts/azure-pipelines.ts
var SECRET_INPUT_NAMES = new Set(SECRET_INPUTS), SILENT = { write: () => !0 }, AzurePipelinesHost = class {
  constructor(tl2, options = {}) {
    this.tl = tl2;
    this.write = options.write ?? ((text) => process.stdout.write(text)), this.fetch = options.fetch;
  }
  tl;
  platform = "azure-pipelines";
  write;
  fetch;
  getInput(name) {
    let parameter = SERVICE_CONNECTION_PARAMETERS[name];
    if (parameter !== void 0) {
      let connection = this.serviceConnection();
      return connection ? this.authParameter(connection, parameter) : void 0;
    }
    let read = () => this.tl.getInput(taskName(name), !1), value = SECRET_INPUT_NAMES.has(name) ? this.quietly(read) : read();
    return value?.trim() ? value : void 0;
  }
  setSecret(value) {
    value && !/[\r\n]/.test(value) && this.tl.setSecret(value);
  }
  /** Secret and output: `$(step.token)` in later steps, `dependencies.<job>.outputs['step.token']` in later jobs. */
  setOutput(name, value, options) {
    this.tl.setVariable(taskName(name), value, options.secret, !0);
  }
  /** Task variables reach this task's post-job step only (as VSTS_TASKVARIABLE_*); never secrets. */
  saveState(name, value) {
    this.tl.setTaskVariable(name, value, !1);
  }
  getState(name) {
    return this.tl.getTaskVariable(name) || void 0;
  }
  /** Non-secret variables reach later steps' environment; secret ones only `$(name)` and `env:` mappings. */
  exportVariable(name, value, options) {
    if (options.secret) {
      this.tl.setVariable(name, value, !0, !1);
      return;
    }
    this.tl.command("task.setvariable", { variable: name, isOutput: "false", issecret: "false" }, value);
  }
  info(message) {
    this.write(`${neutralizeCommands(message)}
`);
  }
  warning(message) {
    this.tl.warning(neutralizeCommands(message));
  }
  debug(message) {
    this.tl.debug(neutralizeCommands(message));
  }
  setFailed(message) {
    this.tl.setResult(this.tl.TaskResult.Failed, neutralizeCommands(message)), process.exitCode = 1;
  }
  /** Attached to the run's Extensions tab; the file must outlive the step, so it goes to the agent's temp. */
  addSummary(markdown) {
    let root = this.tl.getVariable("Agent.TempDirectory") || (0, import_node_os.tmpdir)(), dir = import_node_path.default.join(root, `ado-ephemeral-pat-${(0, import_node_crypto2.randomBytes)(4).toString("hex")}`);
    (0, import_node_fs.mkdirSync)(dir, { recursive: !0 });
    let file = import_node_path.default.join(dir, "Azure DevOps PAT.md");
    (0, import_node_fs.writeFileSync)(file, `${markdown}
`, "utf8"), this.tl.uploadSummary(file);
  }
  runContext() {
    return runContextFrom((name) => this.tl.getVariable(name));
  }
  /** The service connection's federated token; the audience is fixed by Azure Pipelines (api://AzureADTokenExchange). */
  async getIdToken(audience) {
    let connection = this.serviceConnection();
    if (!connection)
      throw new ActionableError(
        "input",
        "The Key Vault source needs the job to sign in to Azure, but the azureSubscription input is empty.",
        "Set azureSubscription to an Azure Resource Manager service connection that uses workload identity federation and may read and write the Key Vault secret (see docs/azure-pipelines.md).",
        { code: "service_connection_missing" }
      );
    this.debug(`Requesting an OIDC token for service connection ${connection} (audience ${audience}).`);
    let accessToken = this.quietly(
      () => this.tl.getEndpointAuthorizationParameter("SystemVssConnection", "AccessToken", !0)
    );
    accessToken && this.setSecret(accessToken);
    let token = await requestOidcToken({
      requestUri: this.tl.getVariable("System.OidcRequestUri"),
      accessToken,
      serviceConnectionId: connection,
      ...this.fetch ? { fetch: this.fetch } : {}
    });
    return this.setSecret(token), token;
  }
  serviceConnection() {
    return this.tl.getInput(SERVICE_CONNECTION_INPUT, !1)?.trim() || void 0;
  }
  authParameter(connection, key) {
    return this.quietly(() => this.tl.getEndpointAuthorizationParameter(connection, key, !0))?.trim() || void 0;
  }
  /** Runs a task-lib read without its debug line (which would print the value before it is masked). */
  quietly(read) {
    this.tl.setStdStream(SILENT);
    try {
      return read();
    } finally {
      this.tl.setStdStream(process.stdout);
    }
  }
};

// src/entries/task-main.ts
var host = new AzurePipelinesHost(tl);
runStep(host, () => mint(host));
/*! For license information please see main.js.LEGAL.txt */
