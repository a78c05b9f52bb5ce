import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ChunkedFile,
  SiteFileMap,
  formatTableCsvBytes,
  monthRanges,
  sha256Hex,
  sha256Pieces,
  textOf
} from "./chunk-VOV37SS5.js";
import {
  csvField,
  monthFileName
} from "./chunk-FLAOZLUO.js";
import {
  HistoryTable
} from "./chunk-FKZYN2WJ.js";
import {
  CAP_THRESHOLDS,
  alertView,
  appRow,
  baselineText,
  budgetAlerts,
  budgetClass,
  budgetText,
  budgetsUndecidedText,
  capAlerts,
  capStatuses,
  compareAlerts,
  comparisonText,
  createFormatter,
  dailyValues,
  deltaText,
  escapeMarkdown,
  escapeMarkdownCell,
  escapeMermaidLabel,
  findSpikes,
  headline,
  maybeNumber,
  monthStatus,
  partialNote,
  periodText,
  rateSnippet,
  relativeChange,
  relativeChangeText,
  sameDaysText,
  spikeAlert,
  sum,
  thresholdPercent,
  tokensText,
  yamlKey
} from "./chunk-WDD4KGC6.js";
import {
  hintText
} from "./chunk-6HVOL5NP.js";
import {
  addDays,
  addMonths,
  dayNumber,
  dayText,
  daysBetween,
  daysInMonth,
  eachDay,
  monthEnd,
  monthOf,
  monthStart,
  previousRange,
  rangeLength,
  weekStart
} from "./chunk-I3O4MRPB.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-FA6EQWUK.js";

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame2 = extend({}, object);
      frame2._parent = object;
      return frame2;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l3 = lines.length; i < l3; i++) {
              if (!lines[i] && i + 1 === l3) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars2) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars2.noConflict = function() {
        if (globalThis.Handlebars === Handlebars2) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars2;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime;
      hb.template = function(spec) {
        return runtime.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js
var require_ast = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var AST = {
      // Public API used to evaluate derived attributes regarding AST nodes
      helpers: {
        // a mustache is definitely a helper if:
        // * it is an eligible helper, and
        // * it has at least one parameter or hash segment
        helperExpression: function helperExpression(node) {
          return node.type === "SubExpression" || (node.type === "MustacheStatement" || node.type === "BlockStatement") && !!(node.params && node.params.length || node.hash);
        },
        scopedId: function scopedId(path) {
          return /^\.|this\b/.test(path.original);
        },
        // an ID is simple if it only has one part, and that part is not
        // `..` or `this`.
        simpleId: function simpleId(path) {
          return path.parts.length === 1 && !AST.helpers.scopedId(path) && !path.depth;
        }
      }
    };
    exports["default"] = AST;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js
var require_parser = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var handlebars = (function() {
      var parser = {
        trace: function trace() {
        },
        yy: {},
        symbols_: { "error": 2, "root": 3, "program": 4, "EOF": 5, "program_repetition0": 6, "statement": 7, "mustache": 8, "block": 9, "rawBlock": 10, "partial": 11, "partialBlock": 12, "content": 13, "COMMENT": 14, "CONTENT": 15, "openRawBlock": 16, "rawBlock_repetition0": 17, "END_RAW_BLOCK": 18, "OPEN_RAW_BLOCK": 19, "helperName": 20, "openRawBlock_repetition0": 21, "openRawBlock_option0": 22, "CLOSE_RAW_BLOCK": 23, "openBlock": 24, "block_option0": 25, "closeBlock": 26, "openInverse": 27, "block_option1": 28, "OPEN_BLOCK": 29, "openBlock_repetition0": 30, "openBlock_option0": 31, "openBlock_option1": 32, "CLOSE": 33, "OPEN_INVERSE": 34, "openInverse_repetition0": 35, "openInverse_option0": 36, "openInverse_option1": 37, "openInverseChain": 38, "OPEN_INVERSE_CHAIN": 39, "openInverseChain_repetition0": 40, "openInverseChain_option0": 41, "openInverseChain_option1": 42, "inverseAndProgram": 43, "INVERSE": 44, "inverseChain": 45, "inverseChain_option0": 46, "OPEN_ENDBLOCK": 47, "OPEN": 48, "mustache_repetition0": 49, "mustache_option0": 50, "OPEN_UNESCAPED": 51, "mustache_repetition1": 52, "mustache_option1": 53, "CLOSE_UNESCAPED": 54, "OPEN_PARTIAL": 55, "partialName": 56, "partial_repetition0": 57, "partial_option0": 58, "openPartialBlock": 59, "OPEN_PARTIAL_BLOCK": 60, "openPartialBlock_repetition0": 61, "openPartialBlock_option0": 62, "param": 63, "sexpr": 64, "OPEN_SEXPR": 65, "sexpr_repetition0": 66, "sexpr_option0": 67, "CLOSE_SEXPR": 68, "hash": 69, "hash_repetition_plus0": 70, "hashSegment": 71, "ID": 72, "EQUALS": 73, "blockParams": 74, "OPEN_BLOCK_PARAMS": 75, "blockParams_repetition_plus0": 76, "CLOSE_BLOCK_PARAMS": 77, "path": 78, "dataName": 79, "STRING": 80, "NUMBER": 81, "BOOLEAN": 82, "UNDEFINED": 83, "NULL": 84, "DATA": 85, "pathSegments": 86, "SEP": 87, "$accept": 0, "$end": 1 },
        terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
        productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
        performAction: function anonymous(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
          var $0 = $$.length - 1;
          switch (yystate) {
            case 1:
              return $$[$0 - 1];
              break;
            case 2:
              this.$ = yy.prepareProgram($$[$0]);
              break;
            case 3:
              this.$ = $$[$0];
              break;
            case 4:
              this.$ = $$[$0];
              break;
            case 5:
              this.$ = $$[$0];
              break;
            case 6:
              this.$ = $$[$0];
              break;
            case 7:
              this.$ = $$[$0];
              break;
            case 8:
              this.$ = $$[$0];
              break;
            case 9:
              this.$ = {
                type: "CommentStatement",
                value: yy.stripComment($$[$0]),
                strip: yy.stripFlags($$[$0], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 10:
              this.$ = {
                type: "ContentStatement",
                original: $$[$0],
                value: $$[$0],
                loc: yy.locInfo(this._$)
              };
              break;
            case 11:
              this.$ = yy.prepareRawBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 12:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1] };
              break;
            case 13:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], false, this._$);
              break;
            case 14:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], true, this._$);
              break;
            case 15:
              this.$ = { open: $$[$0 - 5], path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 16:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 17:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 18:
              this.$ = { strip: yy.stripFlags($$[$0 - 1], $$[$0 - 1]), program: $$[$0] };
              break;
            case 19:
              var inverse = yy.prepareBlock($$[$0 - 2], $$[$0 - 1], $$[$0], $$[$0], false, this._$), program = yy.prepareProgram([inverse], $$[$0 - 1].loc);
              program.chained = true;
              this.$ = { strip: $$[$0 - 2].strip, program, chain: true };
              break;
            case 20:
              this.$ = $$[$0];
              break;
            case 21:
              this.$ = { path: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 2], $$[$0]) };
              break;
            case 22:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 23:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 24:
              this.$ = {
                type: "PartialStatement",
                name: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                indent: "",
                strip: yy.stripFlags($$[$0 - 4], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 25:
              this.$ = yy.preparePartialBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 26:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 4], $$[$0]) };
              break;
            case 27:
              this.$ = $$[$0];
              break;
            case 28:
              this.$ = $$[$0];
              break;
            case 29:
              this.$ = {
                type: "SubExpression",
                path: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                loc: yy.locInfo(this._$)
              };
              break;
            case 30:
              this.$ = { type: "Hash", pairs: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 31:
              this.$ = { type: "HashPair", key: yy.id($$[$0 - 2]), value: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 32:
              this.$ = yy.id($$[$0 - 1]);
              break;
            case 33:
              this.$ = $$[$0];
              break;
            case 34:
              this.$ = $$[$0];
              break;
            case 35:
              this.$ = { type: "StringLiteral", value: $$[$0], original: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 36:
              this.$ = { type: "NumberLiteral", value: Number($$[$0]), original: Number($$[$0]), loc: yy.locInfo(this._$) };
              break;
            case 37:
              this.$ = { type: "BooleanLiteral", value: $$[$0] === "true", original: $$[$0] === "true", loc: yy.locInfo(this._$) };
              break;
            case 38:
              this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: yy.locInfo(this._$) };
              break;
            case 39:
              this.$ = { type: "NullLiteral", original: null, value: null, loc: yy.locInfo(this._$) };
              break;
            case 40:
              this.$ = $$[$0];
              break;
            case 41:
              this.$ = $$[$0];
              break;
            case 42:
              this.$ = yy.preparePath(true, $$[$0], this._$);
              break;
            case 43:
              this.$ = yy.preparePath(false, $$[$0], this._$);
              break;
            case 44:
              $$[$0 - 2].push({ part: yy.id($$[$0]), original: $$[$0], separator: $$[$0 - 1] });
              this.$ = $$[$0 - 2];
              break;
            case 45:
              this.$ = [{ part: yy.id($$[$0]), original: $$[$0] }];
              break;
            case 46:
              this.$ = [];
              break;
            case 47:
              $$[$0 - 1].push($$[$0]);
              break;
            case 48:
              this.$ = [];
              break;
            case 49:
              $$[$0 - 1].push($$[$0]);
              break;
            case 50:
              this.$ = [];
              break;
            case 51:
              $$[$0 - 1].push($$[$0]);
              break;
            case 58:
              this.$ = [];
              break;
            case 59:
              $$[$0 - 1].push($$[$0]);
              break;
            case 64:
              this.$ = [];
              break;
            case 65:
              $$[$0 - 1].push($$[$0]);
              break;
            case 70:
              this.$ = [];
              break;
            case 71:
              $$[$0 - 1].push($$[$0]);
              break;
            case 78:
              this.$ = [];
              break;
            case 79:
              $$[$0 - 1].push($$[$0]);
              break;
            case 82:
              this.$ = [];
              break;
            case 83:
              $$[$0 - 1].push($$[$0]);
              break;
            case 86:
              this.$ = [];
              break;
            case 87:
              $$[$0 - 1].push($$[$0]);
              break;
            case 90:
              this.$ = [];
              break;
            case 91:
              $$[$0 - 1].push($$[$0]);
              break;
            case 94:
              this.$ = [];
              break;
            case 95:
              $$[$0 - 1].push($$[$0]);
              break;
            case 98:
              this.$ = [$$[$0]];
              break;
            case 99:
              $$[$0 - 1].push($$[$0]);
              break;
            case 100:
              this.$ = [$$[$0]];
              break;
            case 101:
              $$[$0 - 1].push($$[$0]);
              break;
          }
        },
        table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
        defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
        parseError: function parseError(str, hash) {
          throw new Error(str);
        },
        parse: function parse(input) {
          var self = this, stack = [0], vstack = [null], lstack = [], table = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1;
          this.lexer.setInput(input);
          this.lexer.yy = this.yy;
          this.yy.lexer = this.lexer;
          this.yy.parser = this;
          if (typeof this.lexer.yylloc == "undefined") this.lexer.yylloc = {};
          var yyloc = this.lexer.yylloc;
          lstack.push(yyloc);
          var ranges = this.lexer.options && this.lexer.options.ranges;
          if (typeof this.yy.parseError === "function") this.parseError = this.yy.parseError;
          function popStack(n2) {
            stack.length = stack.length - 2 * n2;
            vstack.length = vstack.length - n2;
            lstack.length = lstack.length - n2;
          }
          function lex() {
            var token;
            token = self.lexer.lex() || 1;
            if (typeof token !== "number") {
              token = self.symbols_[token] || token;
            }
            return token;
          }
          var symbol, preErrorSymbol, state, action, a, r, yyval = {}, p, len, newState, expected;
          while (true) {
            state = stack[stack.length - 1];
            if (this.defaultActions[state]) {
              action = this.defaultActions[state];
            } else {
              if (symbol === null || typeof symbol == "undefined") {
                symbol = lex();
              }
              action = table[state] && table[state][symbol];
            }
            if (typeof action === "undefined" || !action.length || !action[0]) {
              var errStr = "";
              if (!recovering) {
                expected = [];
                for (p in table[state]) if (this.terminals_[p] && p > 2) {
                  expected.push("'" + this.terminals_[p] + "'");
                }
                if (this.lexer.showPosition) {
                  errStr = "Parse error on line " + (yylineno + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'";
                } else {
                  errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == 1 ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'");
                }
                this.parseError(errStr, { text: this.lexer.match, token: this.terminals_[symbol] || symbol, line: this.lexer.yylineno, loc: yyloc, expected });
              }
            }
            if (action[0] instanceof Array && action.length > 1) {
              throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
            }
            switch (action[0]) {
              case 1:
                stack.push(symbol);
                vstack.push(this.lexer.yytext);
                lstack.push(this.lexer.yylloc);
                stack.push(action[1]);
                symbol = null;
                if (!preErrorSymbol) {
                  yyleng = this.lexer.yyleng;
                  yytext = this.lexer.yytext;
                  yylineno = this.lexer.yylineno;
                  yyloc = this.lexer.yylloc;
                  if (recovering > 0) recovering--;
                } else {
                  symbol = preErrorSymbol;
                  preErrorSymbol = null;
                }
                break;
              case 2:
                len = this.productions_[action[1]][1];
                yyval.$ = vstack[vstack.length - len];
                yyval._$ = { first_line: lstack[lstack.length - (len || 1)].first_line, last_line: lstack[lstack.length - 1].last_line, first_column: lstack[lstack.length - (len || 1)].first_column, last_column: lstack[lstack.length - 1].last_column };
                if (ranges) {
                  yyval._$.range = [lstack[lstack.length - (len || 1)].range[0], lstack[lstack.length - 1].range[1]];
                }
                r = this.performAction.call(yyval, yytext, yyleng, yylineno, this.yy, action[1], vstack, lstack);
                if (typeof r !== "undefined") {
                  return r;
                }
                if (len) {
                  stack = stack.slice(0, -1 * len * 2);
                  vstack = vstack.slice(0, -1 * len);
                  lstack = lstack.slice(0, -1 * len);
                }
                stack.push(this.productions_[action[1]][0]);
                vstack.push(yyval.$);
                lstack.push(yyval._$);
                newState = table[stack[stack.length - 2]][stack[stack.length - 1]];
                stack.push(newState);
                break;
              case 3:
                return true;
            }
          }
          return true;
        }
      };
      var lexer = (function() {
        var lexer2 = {
          EOF: 1,
          parseError: function parseError(str, hash) {
            if (this.yy.parser) {
              this.yy.parser.parseError(str, hash);
            } else {
              throw new Error(str);
            }
          },
          setInput: function setInput(input) {
            this._input = input;
            this._more = this._less = this.done = false;
            this.yylineno = this.yyleng = 0;
            this.yytext = this.matched = this.match = "";
            this.conditionStack = ["INITIAL"];
            this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
            if (this.options.ranges) this.yylloc.range = [0, 0];
            this.offset = 0;
            return this;
          },
          input: function input() {
            var ch = this._input[0];
            this.yytext += ch;
            this.yyleng++;
            this.offset++;
            this.match += ch;
            this.matched += ch;
            var lines = ch.match(/(?:\r\n?|\n).*/g);
            if (lines) {
              this.yylineno++;
              this.yylloc.last_line++;
            } else {
              this.yylloc.last_column++;
            }
            if (this.options.ranges) this.yylloc.range[1]++;
            this._input = this._input.slice(1);
            return ch;
          },
          unput: function unput(ch) {
            var len = ch.length;
            var lines = ch.split(/(?:\r\n?|\n)/g);
            this._input = ch + this._input;
            this.yytext = this.yytext.substr(0, this.yytext.length - len - 1);
            this.offset -= len;
            var oldLines = this.match.split(/(?:\r\n?|\n)/g);
            this.match = this.match.substr(0, this.match.length - 1);
            this.matched = this.matched.substr(0, this.matched.length - 1);
            if (lines.length - 1) this.yylineno -= lines.length - 1;
            var r = this.yylloc.range;
            this.yylloc = {
              first_line: this.yylloc.first_line,
              last_line: this.yylineno + 1,
              first_column: this.yylloc.first_column,
              last_column: lines ? (lines.length === oldLines.length ? this.yylloc.first_column : 0) + oldLines[oldLines.length - lines.length].length - lines[0].length : this.yylloc.first_column - len
            };
            if (this.options.ranges) {
              this.yylloc.range = [r[0], r[0] + this.yyleng - len];
            }
            return this;
          },
          more: function more() {
            this._more = true;
            return this;
          },
          less: function less(n2) {
            this.unput(this.match.slice(n2));
          },
          pastInput: function pastInput() {
            var past = this.matched.substr(0, this.matched.length - this.match.length);
            return (past.length > 20 ? "..." : "") + past.substr(-20).replace(/\n/g, "");
          },
          upcomingInput: function upcomingInput() {
            var next = this.match;
            if (next.length < 20) {
              next += this._input.substr(0, 20 - next.length);
            }
            return (next.substr(0, 20) + (next.length > 20 ? "..." : "")).replace(/\n/g, "");
          },
          showPosition: function showPosition() {
            var pre = this.pastInput();
            var c = new Array(pre.length + 1).join("-");
            return pre + this.upcomingInput() + "\n" + c + "^";
          },
          next: function next() {
            if (this.done) {
              return this.EOF;
            }
            if (!this._input) this.done = true;
            var token, match, tempMatch, index, col, lines;
            if (!this._more) {
              this.yytext = "";
              this.match = "";
            }
            var rules = this._currentRules();
            for (var i = 0; i < rules.length; i++) {
              tempMatch = this._input.match(this.rules[rules[i]]);
              if (tempMatch && (!match || tempMatch[0].length > match[0].length)) {
                match = tempMatch;
                index = i;
                if (!this.options.flex) break;
              }
            }
            if (match) {
              lines = match[0].match(/(?:\r\n?|\n).*/g);
              if (lines) this.yylineno += lines.length;
              this.yylloc = {
                first_line: this.yylloc.last_line,
                last_line: this.yylineno + 1,
                first_column: this.yylloc.last_column,
                last_column: lines ? lines[lines.length - 1].length - lines[lines.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + match[0].length
              };
              this.yytext += match[0];
              this.match += match[0];
              this.matches = match;
              this.yyleng = this.yytext.length;
              if (this.options.ranges) {
                this.yylloc.range = [this.offset, this.offset += this.yyleng];
              }
              this._more = false;
              this._input = this._input.slice(match[0].length);
              this.matched += match[0];
              token = this.performAction.call(this, this.yy, this, rules[index], this.conditionStack[this.conditionStack.length - 1]);
              if (this.done && this._input) this.done = false;
              if (token) return token;
              else return;
            }
            if (this._input === "") {
              return this.EOF;
            } else {
              return this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
            }
          },
          lex: function lex() {
            var r = this.next();
            if (typeof r !== "undefined") {
              return r;
            } else {
              return this.lex();
            }
          },
          begin: function begin(condition) {
            this.conditionStack.push(condition);
          },
          popState: function popState() {
            return this.conditionStack.pop();
          },
          _currentRules: function _currentRules() {
            return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
          },
          topState: function topState() {
            return this.conditionStack[this.conditionStack.length - 2];
          },
          pushState: function begin(condition) {
            this.begin(condition);
          }
        };
        lexer2.options = {};
        lexer2.performAction = function anonymous(yy, yy_, $avoiding_name_collisions, YY_START) {
          function strip(start, end) {
            return yy_.yytext = yy_.yytext.substring(start, yy_.yyleng - end + start);
          }
          var YYSTATE = YY_START;
          switch ($avoiding_name_collisions) {
            case 0:
              if (yy_.yytext.slice(-2) === "\\\\") {
                strip(0, 1);
                this.begin("mu");
              } else if (yy_.yytext.slice(-1) === "\\") {
                strip(0, 1);
                this.begin("emu");
              } else {
                this.begin("mu");
              }
              if (yy_.yytext) return 15;
              break;
            case 1:
              return 15;
              break;
            case 2:
              this.popState();
              return 15;
              break;
            case 3:
              this.begin("raw");
              return 15;
              break;
            case 4:
              this.popState();
              if (this.conditionStack[this.conditionStack.length - 1] === "raw") {
                return 15;
              } else {
                strip(5, 9);
                return "END_RAW_BLOCK";
              }
              break;
            case 5:
              return 15;
              break;
            case 6:
              this.popState();
              return 14;
              break;
            case 7:
              return 65;
              break;
            case 8:
              return 68;
              break;
            case 9:
              return 19;
              break;
            case 10:
              this.popState();
              this.begin("raw");
              return 23;
              break;
            case 11:
              return 55;
              break;
            case 12:
              return 60;
              break;
            case 13:
              return 29;
              break;
            case 14:
              return 47;
              break;
            case 15:
              this.popState();
              return 44;
              break;
            case 16:
              this.popState();
              return 44;
              break;
            case 17:
              return 34;
              break;
            case 18:
              return 39;
              break;
            case 19:
              return 51;
              break;
            case 20:
              return 48;
              break;
            case 21:
              this.unput(yy_.yytext);
              this.popState();
              this.begin("com");
              break;
            case 22:
              this.popState();
              return 14;
              break;
            case 23:
              return 48;
              break;
            case 24:
              return 73;
              break;
            case 25:
              return 72;
              break;
            case 26:
              return 72;
              break;
            case 27:
              return 87;
              break;
            case 28:
              break;
            case 29:
              this.popState();
              return 54;
              break;
            case 30:
              this.popState();
              return 33;
              break;
            case 31:
              yy_.yytext = strip(1, 2).replace(/\\"/g, '"');
              return 80;
              break;
            case 32:
              yy_.yytext = strip(1, 2).replace(/\\'/g, "'");
              return 80;
              break;
            case 33:
              return 85;
              break;
            case 34:
              return 82;
              break;
            case 35:
              return 82;
              break;
            case 36:
              return 83;
              break;
            case 37:
              return 84;
              break;
            case 38:
              return 81;
              break;
            case 39:
              return 75;
              break;
            case 40:
              return 77;
              break;
            case 41:
              return 72;
              break;
            case 42:
              yy_.yytext = yy_.yytext.replace(/\\([\\\]])/g, "$1");
              return 72;
              break;
            case 43:
              return "INVALID";
              break;
            case 44:
              return 5;
              break;
          }
        };
        lexer2.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^\/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/];
        lexer2.conditions = { "mu": { "rules": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], "inclusive": false }, "emu": { "rules": [2], "inclusive": false }, "com": { "rules": [6], "inclusive": false }, "raw": { "rules": [3, 4, 5], "inclusive": false }, "INITIAL": { "rules": [0, 1, 44], "inclusive": true } };
        return lexer2;
      })();
      parser.lexer = lexer;
      function Parser() {
        this.yy = {};
      }
      Parser.prototype = parser;
      parser.Parser = Parser;
      return new Parser();
    })();
    exports["default"] = handlebars;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js
var require_node_types = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js"(exports) {
    "use strict";
    exports.__esModule = true;
    var NODE_TYPES = ["Program", "BlockStatement", "DecoratorBlock", "PartialStatement", "PartialBlockStatement", "Decorator", "MustacheStatement", "ContentStatement", "CommentStatement", "SubExpression", "PathExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral", "Hash", "HashPair"];
    exports.NODE_TYPES = NODE_TYPES;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js
var require_visitor = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _nodeTypes = require_node_types();
    function Visitor() {
      this.parents = [];
    }
    function isDispatchable(visitor, type) {
      return _utils.indexOf(_nodeTypes.NODE_TYPES, type) !== -1 || !(type in Visitor.prototype) && typeof visitor[type] === "function";
    }
    Visitor.prototype = {
      constructor: Visitor,
      mutating: false,
      // Visits a given value. If mutating, will replace the value if necessary.
      acceptKey: function acceptKey(node, name) {
        var value = this.accept(node[name]);
        if (this.mutating) {
          if (value && !isDispatchable(this, value.type)) {
            throw new _exception2["default"]('Unexpected node type "' + value.type + '" found when accepting ' + name + " on " + node.type);
          }
          node[name] = value;
        }
      },
      // Performs an accept operation with added sanity check to ensure
      // required keys are not removed.
      acceptRequired: function acceptRequired(node, name) {
        this.acceptKey(node, name);
        if (!node[name]) {
          throw new _exception2["default"](node.type + " requires " + name);
        }
      },
      // Traverses a given array. If mutating, empty respnses will be removed
      // for child elements.
      acceptArray: function acceptArray(array) {
        for (var i = 0, l3 = array.length; i < l3; i++) {
          this.acceptKey(array, i);
          if (!array[i]) {
            array.splice(i, 1);
            i--;
            l3--;
          }
        }
      },
      accept: function accept(object) {
        if (!object) {
          return;
        }
        if (!isDispatchable(this, object.type) || !this[object.type]) {
          throw new _exception2["default"]("Unknown type: " + object.type, object);
        }
        if (this.current) {
          this.parents.unshift(this.current);
        }
        this.current = object;
        var ret = this[object.type](object);
        this.current = this.parents.shift();
        if (!this.mutating || ret) {
          return ret;
        } else if (ret !== false) {
          return object;
        }
      },
      Program: function Program(program) {
        this.acceptArray(program.body);
      },
      MustacheStatement: visitSubExpression,
      Decorator: visitSubExpression,
      BlockStatement: visitBlock,
      DecoratorBlock: visitBlock,
      PartialStatement: visitPartial,
      PartialBlockStatement: function PartialBlockStatement(partial) {
        visitPartial.call(this, partial);
        this.acceptKey(partial, "program");
      },
      ContentStatement: function ContentStatement() {
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: visitSubExpression,
      PathExpression: function PathExpression() {
      },
      StringLiteral: function StringLiteral() {
      },
      NumberLiteral: function NumberLiteral() {
      },
      BooleanLiteral: function BooleanLiteral() {
      },
      UndefinedLiteral: function UndefinedLiteral() {
      },
      NullLiteral: function NullLiteral() {
      },
      Hash: function Hash(hash) {
        this.acceptArray(hash.pairs);
      },
      HashPair: function HashPair(pair) {
        this.acceptRequired(pair, "value");
      }
    };
    function visitSubExpression(mustache) {
      this.acceptRequired(mustache, "path");
      this.acceptArray(mustache.params);
      this.acceptKey(mustache, "hash");
    }
    function visitBlock(block) {
      visitSubExpression.call(this, block);
      this.acceptKey(block, "program");
      this.acceptKey(block, "inverse");
    }
    function visitPartial(partial) {
      this.acceptRequired(partial, "name");
      this.acceptArray(partial.params);
      this.acceptKey(partial, "hash");
    }
    exports["default"] = Visitor;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js
var require_whitespace_control = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function WhitespaceControl() {
      var options = arguments.length <= 0 || arguments[0] === void 0 ? {} : arguments[0];
      this.options = options;
    }
    WhitespaceControl.prototype = new _visitor2["default"]();
    WhitespaceControl.prototype.Program = function(program) {
      var doStandalone = !this.options.ignoreStandalone;
      var isRoot = !this.isRootSeen;
      this.isRootSeen = true;
      var body = program.body;
      for (var i = 0, l3 = body.length; i < l3; i++) {
        var current = body[i], strip = this.accept(current);
        if (!strip) {
          continue;
        }
        var _isPrevWhitespace = isPrevWhitespace(body, i, isRoot), _isNextWhitespace = isNextWhitespace(body, i, isRoot), openStandalone = strip.openStandalone && _isPrevWhitespace, closeStandalone = strip.closeStandalone && _isNextWhitespace, inlineStandalone = strip.inlineStandalone && _isPrevWhitespace && _isNextWhitespace;
        if (strip.close) {
          omitRight(body, i, true);
        }
        if (strip.open) {
          omitLeft(body, i, true);
        }
        if (doStandalone && inlineStandalone) {
          omitRight(body, i);
          if (omitLeft(body, i)) {
            if (current.type === "PartialStatement") {
              current.indent = /(?:^|[^ \t])([ \t]+)$/.exec(body[i - 1].original)[1];
            }
          }
        }
        if (doStandalone && openStandalone) {
          omitRight((current.program || current.inverse).body);
          omitLeft(body, i);
        }
        if (doStandalone && closeStandalone) {
          omitRight(body, i);
          omitLeft((current.inverse || current.program).body);
        }
      }
      return program;
    };
    WhitespaceControl.prototype.BlockStatement = WhitespaceControl.prototype.DecoratorBlock = WhitespaceControl.prototype.PartialBlockStatement = function(block) {
      this.accept(block.program);
      this.accept(block.inverse);
      var program = block.program || block.inverse, inverse = block.program && block.inverse, firstInverse = inverse, lastInverse = inverse;
      if (inverse && inverse.chained) {
        firstInverse = inverse.body[0].program;
        while (lastInverse.chained) {
          lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
        }
      }
      var strip = {
        open: block.openStrip.open,
        close: block.closeStrip.close,
        // Determine the standalone candiacy. Basically flag our content as being possibly standalone
        // so our parent can determine if we actually are standalone
        openStandalone: isNextWhitespace(program.body),
        closeStandalone: isPrevWhitespace((firstInverse || program).body)
      };
      if (block.openStrip.close) {
        omitRight(program.body, null, true);
      }
      if (inverse) {
        var inverseStrip = block.inverseStrip;
        if (inverseStrip.open) {
          omitLeft(program.body, null, true);
        }
        if (inverseStrip.close) {
          omitRight(firstInverse.body, null, true);
        }
        if (block.closeStrip.open) {
          omitLeft(lastInverse.body, null, true);
        }
        if (!this.options.ignoreStandalone && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
          omitLeft(program.body);
          omitRight(firstInverse.body);
        }
      } else if (block.closeStrip.open) {
        omitLeft(program.body, null, true);
      }
      return strip;
    };
    WhitespaceControl.prototype.Decorator = WhitespaceControl.prototype.MustacheStatement = function(mustache) {
      return mustache.strip;
    };
    WhitespaceControl.prototype.PartialStatement = WhitespaceControl.prototype.CommentStatement = function(node) {
      var strip = node.strip || {};
      return {
        inlineStandalone: true,
        open: strip.open,
        close: strip.close
      };
    };
    function isPrevWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = body.length;
      }
      var prev = body[i - 1], sibling = body[i - 2];
      if (!prev) {
        return isRoot;
      }
      if (prev.type === "ContentStatement") {
        return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(prev.original);
      }
    }
    function isNextWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = -1;
      }
      var next = body[i + 1], sibling = body[i + 2];
      if (!next) {
        return isRoot;
      }
      if (next.type === "ContentStatement") {
        return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
      }
    }
    function omitRight(body, i, multiple) {
      var current = body[i == null ? 0 : i + 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.rightStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, "");
      current.rightStripped = current.value !== original;
    }
    function omitLeft(body, i, multiple) {
      var current = body[i == null ? body.length - 1 : i - 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.leftStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, "$1");
      current.leftStripped = current.value !== original;
      return current.leftStripped;
    }
    exports["default"] = WhitespaceControl;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js
var require_helpers2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.SourceLocation = SourceLocation;
    exports.id = id;
    exports.stripFlags = stripFlags;
    exports.stripComment = stripComment;
    exports.preparePath = preparePath;
    exports.prepareMustache = prepareMustache;
    exports.prepareRawBlock = prepareRawBlock;
    exports.prepareBlock = prepareBlock;
    exports.prepareProgram = prepareProgram;
    exports.preparePartialBlock = preparePartialBlock;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function validateClose(open2, close2) {
      close2 = close2.path ? close2.path.original : close2;
      if (open2.path.original !== close2) {
        var errorNode = { loc: open2.path.loc };
        throw new _exception2["default"](open2.path.original + " doesn't match " + close2, errorNode);
      }
    }
    function SourceLocation(source, locInfo) {
      this.source = source;
      this.start = {
        line: locInfo.first_line,
        column: locInfo.first_column
      };
      this.end = {
        line: locInfo.last_line,
        column: locInfo.last_column
      };
    }
    function id(token) {
      if (/^\[.*\]$/.test(token)) {
        return token.substring(1, token.length - 1);
      } else {
        return token;
      }
    }
    function stripFlags(open2, close2) {
      return {
        open: open2.charAt(2) === "~",
        close: close2.charAt(close2.length - 3) === "~"
      };
    }
    function stripComment(comment) {
      return comment.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
    }
    function preparePath(data, parts, loc) {
      loc = this.locInfo(loc);
      var original = data ? "@" : "", dig = [], depth = 0;
      for (var i = 0, l3 = parts.length; i < l3; i++) {
        var part = parts[i].part, isLiteral = parts[i].original !== part;
        original += (parts[i].separator || "") + part;
        if (!isLiteral && (part === ".." || part === "." || part === "this")) {
          if (dig.length > 0) {
            throw new _exception2["default"]("Invalid path: " + original, { loc });
          } else if (part === "..") {
            depth++;
          }
        } else {
          dig.push(part);
        }
      }
      return {
        type: "PathExpression",
        data,
        depth,
        parts: dig,
        original,
        loc
      };
    }
    function prepareMustache(path, params, hash, open2, strip, locInfo) {
      var escapeFlag = open2.charAt(3) || open2.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
      var decorator = /\*/.test(open2);
      return {
        type: decorator ? "Decorator" : "MustacheStatement",
        path,
        params,
        hash,
        escaped,
        strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareRawBlock(openRawBlock, contents, close2, locInfo) {
      validateClose(openRawBlock, close2);
      locInfo = this.locInfo(locInfo);
      var program = {
        type: "Program",
        body: contents,
        strip: {},
        loc: locInfo
      };
      return {
        type: "BlockStatement",
        path: openRawBlock.path,
        params: openRawBlock.params,
        hash: openRawBlock.hash,
        program,
        openStrip: {},
        inverseStrip: {},
        closeStrip: {},
        loc: locInfo
      };
    }
    function prepareBlock(openBlock, program, inverseAndProgram, close2, inverted, locInfo) {
      if (close2 && close2.path) {
        validateClose(openBlock, close2);
      }
      var decorator = /\*/.test(openBlock.open);
      program.blockParams = openBlock.blockParams;
      var inverse = void 0, inverseStrip = void 0;
      if (inverseAndProgram) {
        if (decorator) {
          throw new _exception2["default"]("Unexpected inverse block on decorator", inverseAndProgram);
        }
        if (inverseAndProgram.chain) {
          inverseAndProgram.program.body[0].closeStrip = close2.strip;
        }
        inverseStrip = inverseAndProgram.strip;
        inverse = inverseAndProgram.program;
      }
      if (inverted) {
        inverted = inverse;
        inverse = program;
        program = inverted;
      }
      return {
        type: decorator ? "DecoratorBlock" : "BlockStatement",
        path: openBlock.path,
        params: openBlock.params,
        hash: openBlock.hash,
        program,
        inverse,
        openStrip: openBlock.strip,
        inverseStrip,
        closeStrip: close2 && close2.strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareProgram(statements, loc) {
      if (!loc && statements.length) {
        var firstLoc = statements[0].loc, lastLoc = statements[statements.length - 1].loc;
        if (firstLoc && lastLoc) {
          loc = {
            source: firstLoc.source,
            start: {
              line: firstLoc.start.line,
              column: firstLoc.start.column
            },
            end: {
              line: lastLoc.end.line,
              column: lastLoc.end.column
            }
          };
        }
      }
      return {
        type: "Program",
        body: statements,
        strip: {},
        loc
      };
    }
    function preparePartialBlock(open2, program, close2, locInfo) {
      validateClose(open2, close2);
      return {
        type: "PartialBlockStatement",
        name: open2.path,
        params: open2.params,
        hash: open2.hash,
        program,
        openStrip: open2.strip,
        closeStrip: close2 && close2.strip,
        loc: this.locInfo(locInfo)
      };
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/base.js
var require_base2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.parseWithoutProcessing = parseWithoutProcessing;
    exports.parse = parse;
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _parser = require_parser();
    var _parser2 = _interopRequireDefault(_parser);
    var _whitespaceControl = require_whitespace_control();
    var _whitespaceControl2 = _interopRequireDefault(_whitespaceControl);
    var _helpers = require_helpers2();
    var Helpers = _interopRequireWildcard(_helpers);
    var _utils = require_utils();
    exports.parser = _parser2["default"];
    var yy = {};
    _utils.extend(yy, Helpers);
    function parseWithoutProcessing(input, options) {
      if (input.type === "Program") {
        return input;
      }
      _parser2["default"].yy = yy;
      yy.locInfo = function(locInfo) {
        return new yy.SourceLocation(options && options.srcName, locInfo);
      };
      var ast = _parser2["default"].parse(input);
      return ast;
    }
    function parse(input, options) {
      var ast = parseWithoutProcessing(input, options);
      var strip = new _whitespaceControl2["default"](options);
      return strip.accept(ast);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js
var require_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.Compiler = Compiler;
    exports.precompile = precompile;
    exports.compile = compile;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _ast = require_ast();
    var _ast2 = _interopRequireDefault(_ast);
    var _nodeTypes = require_node_types();
    var slice = [].slice;
    function Compiler() {
    }
    Compiler.prototype = {
      compiler: Compiler,
      equals: function equals(other) {
        var len = this.opcodes.length;
        if (other.opcodes.length !== len) {
          return false;
        }
        for (var i = 0; i < len; i++) {
          var opcode = this.opcodes[i], otherOpcode = other.opcodes[i];
          if (opcode.opcode !== otherOpcode.opcode || !argEquals(opcode.args, otherOpcode.args)) {
            return false;
          }
        }
        len = this.children.length;
        for (var i = 0; i < len; i++) {
          if (!this.children[i].equals(other.children[i])) {
            return false;
          }
        }
        return true;
      },
      guid: 0,
      compile: function compile2(program, options) {
        this.sourceNode = [];
        this.opcodes = [];
        this.children = [];
        this.options = options;
        this.stringParams = options.stringParams;
        this.trackIds = options.trackIds;
        options.blockParams = options.blockParams || [];
        options.knownHelpers = _utils.extend(/* @__PURE__ */ Object.create(null), {
          helperMissing: true,
          blockHelperMissing: true,
          each: true,
          "if": true,
          unless: true,
          "with": true,
          log: true,
          lookup: true
        }, options.knownHelpers);
        return this.accept(program);
      },
      compileProgram: function compileProgram(program) {
        var childCompiler = new this.compiler(), result = childCompiler.compile(program, this.options), guid = this.guid++;
        this.usePartial = this.usePartial || result.usePartial;
        this.children[guid] = result;
        this.useDepths = this.useDepths || result.useDepths;
        return guid;
      },
      accept: function accept(node) {
        if (_utils.indexOf(_nodeTypes.NODE_TYPES, node.type) === -1 || !this[node.type]) {
          throw new _exception2["default"]("Unknown type: " + node.type, node);
        }
        this.sourceNode.unshift(node);
        var ret = this[node.type](node);
        this.sourceNode.shift();
        return ret;
      },
      Program: function Program(program) {
        validateBlockParams(program);
        this.options.blockParams.unshift(program.blockParams);
        var body = program.body, bodyLength = body.length;
        for (var i = 0; i < bodyLength; i++) {
          this.accept(body[i]);
        }
        this.options.blockParams.shift();
        this.isSimple = bodyLength === 1;
        this.blockParams = program.blockParams ? program.blockParams.length : 0;
        return this;
      },
      BlockStatement: function BlockStatement(block) {
        transformLiteralToPath(block);
        var program = block.program, inverse = block.inverse;
        program = program && this.compileProgram(program);
        inverse = inverse && this.compileProgram(inverse);
        var type = this.classifySexpr(block);
        if (type === "helper") {
          this.helperSexpr(block, program, inverse);
        } else if (type === "simple") {
          this.simpleSexpr(block);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("blockValue", block.path.original);
        } else {
          this.ambiguousSexpr(block, program, inverse);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("ambiguousBlockValue");
        }
        this.opcode("append");
      },
      DecoratorBlock: function DecoratorBlock(decorator) {
        var program = decorator.program && this.compileProgram(decorator.program);
        var params = this.setupFullMustacheParams(decorator, program, void 0), path = decorator.path;
        this.useDecorators = true;
        this.opcode("registerDecorator", params.length, path.original);
      },
      PartialStatement: function PartialStatement(partial) {
        this.usePartial = true;
        var program = partial.program;
        if (program) {
          program = this.compileProgram(partial.program);
        }
        var params = partial.params;
        if (params.length > 1) {
          throw new _exception2["default"]("Unsupported number of partial arguments: " + params.length, partial);
        } else if (!params.length) {
          if (this.options.explicitPartialContext) {
            this.opcode("pushLiteral", "undefined");
          } else {
            params.push({ type: "PathExpression", parts: [], depth: 0 });
          }
        }
        var partialName = partial.name.original, isDynamic = partial.name.type === "SubExpression";
        if (isDynamic) {
          this.accept(partial.name);
        }
        this.setupFullMustacheParams(partial, program, void 0, true);
        var indent = partial.indent || "";
        if (this.options.preventIndent && indent) {
          this.opcode("appendContent", indent);
          indent = "";
        }
        this.opcode("invokePartial", isDynamic, partialName, indent);
        this.opcode("append");
      },
      PartialBlockStatement: function PartialBlockStatement(partialBlock) {
        this.PartialStatement(partialBlock);
      },
      MustacheStatement: function MustacheStatement(mustache) {
        this.SubExpression(mustache);
        if (mustache.escaped && !this.options.noEscape) {
          this.opcode("appendEscaped");
        } else {
          this.opcode("append");
        }
      },
      Decorator: function Decorator(decorator) {
        this.DecoratorBlock(decorator);
      },
      ContentStatement: function ContentStatement(content) {
        if (content.value != null && typeof content.value !== "string") {
          throw invalidAst(content, "value must be a string");
        }
        if (content.value) {
          this.opcode("appendContent", content.value);
        }
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: function SubExpression(sexpr) {
        transformLiteralToPath(sexpr);
        var type = this.classifySexpr(sexpr);
        if (type === "simple") {
          this.simpleSexpr(sexpr);
        } else if (type === "helper") {
          this.helperSexpr(sexpr);
        } else {
          this.ambiguousSexpr(sexpr);
        }
      },
      ambiguousSexpr: function ambiguousSexpr(sexpr, program, inverse) {
        var path = sexpr.path, name = path.parts[0], isBlock = program != null || inverse != null;
        this.opcode("getContext", validateDepth(path));
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        path.strict = true;
        this.accept(path);
        this.opcode("invokeAmbiguous", name, isBlock);
      },
      simpleSexpr: function simpleSexpr(sexpr) {
        var path = sexpr.path;
        path.strict = true;
        this.accept(path);
        this.opcode("resolvePossibleLambda");
      },
      helperSexpr: function helperSexpr(sexpr, program, inverse) {
        var params = this.setupFullMustacheParams(sexpr, program, inverse), path = sexpr.path, name = path.parts[0];
        if (this.options.knownHelpers[name]) {
          this.opcode("invokeKnownHelper", params.length, name);
        } else if (this.options.knownHelpersOnly) {
          throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
        } else {
          path.strict = true;
          path.falsy = true;
          this.accept(path);
          this.opcode("invokeHelper", params.length, path.original, _ast2["default"].helpers.simpleId(path));
        }
      },
      PathExpression: function PathExpression(path) {
        var depth = validateDepth(path);
        var parts = validateParts(path);
        this.addDepth(depth);
        this.opcode("getContext", depth);
        var name = parts[0], scoped = _ast2["default"].helpers.scopedId(path), blockParamId = !depth && !scoped && this.blockParamIndex(name);
        if (blockParamId) {
          this.opcode("lookupBlockParam", blockParamId, parts);
        } else if (!name) {
          this.opcode("pushContext");
        } else if (path.data) {
          this.options.data = true;
          this.opcode("lookupData", depth, parts, path.strict);
        } else {
          this.opcode("lookupOnContext", parts, path.falsy, path.strict, scoped);
        }
      },
      StringLiteral: function StringLiteral(string) {
        validateLiteral(string);
        this.opcode("pushString", string.value);
      },
      NumberLiteral: function NumberLiteral(number) {
        validateLiteral(number);
        this.opcode("pushLiteral", number.value);
      },
      BooleanLiteral: function BooleanLiteral(bool) {
        validateLiteral(bool);
        this.opcode("pushLiteral", bool.value);
      },
      UndefinedLiteral: function UndefinedLiteral() {
        this.opcode("pushLiteral", "undefined");
      },
      NullLiteral: function NullLiteral() {
        this.opcode("pushLiteral", "null");
      },
      Hash: function Hash(hash) {
        var pairs = hash.pairs, i = 0, l3 = void 0;
        if (!_utils.isArray(pairs)) {
          throw invalidAst(hash, "pairs must be an array");
        }
        l3 = pairs.length;
        for (var j = 0; j < l3; j++) {
          if (!pairs[j] || typeof pairs[j].key !== "string") {
            throw invalidAst(hash, "pair keys must be strings");
          }
        }
        this.opcode("pushHash");
        for (; i < l3; i++) {
          this.pushParam(pairs[i].value);
        }
        while (i--) {
          this.opcode("assignToHash", pairs[i].key);
        }
        this.opcode("popHash");
      },
      // HELPERS
      opcode: function opcode(name) {
        this.opcodes.push({
          opcode: name,
          args: slice.call(arguments, 1),
          loc: this.sourceNode[0].loc
        });
      },
      addDepth: function addDepth(depth) {
        if (!depth) {
          return;
        }
        this.useDepths = true;
      },
      classifySexpr: function classifySexpr(sexpr) {
        validateParts(sexpr.path);
        var isSimple = _ast2["default"].helpers.simpleId(sexpr.path);
        var isBlockParam = isSimple && !!this.blockParamIndex(sexpr.path.parts[0]);
        var isHelper = !isBlockParam && _ast2["default"].helpers.helperExpression(sexpr);
        var isEligible = !isBlockParam && (isHelper || isSimple);
        if (isEligible && !isHelper) {
          var _name = sexpr.path.parts[0], options = this.options;
          if (options.knownHelpers[_name]) {
            isHelper = true;
          } else if (options.knownHelpersOnly) {
            isEligible = false;
          }
        }
        if (isHelper) {
          return "helper";
        } else if (isEligible) {
          return "ambiguous";
        } else {
          return "simple";
        }
      },
      pushParams: function pushParams(params) {
        for (var i = 0, l3 = params.length; i < l3; i++) {
          this.pushParam(params[i]);
        }
      },
      pushParam: function pushParam(val) {
        validateLiteral(val);
        var value = val.value != null ? val.value : val.original || "";
        var depth = validateDepth(val);
        if (this.stringParams) {
          if (typeof value !== "number" && typeof value !== "boolean") {
            value = String(value);
          }
          if (value.replace) {
            value = value.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".");
          }
          if (depth) {
            this.addDepth(depth);
          }
          this.opcode("getContext", depth);
          this.opcode("pushStringParam", value, val.type);
          if (val.type === "SubExpression") {
            this.accept(val);
          }
        } else {
          if (this.trackIds) {
            var blockParamIndex = void 0;
            if (val.parts && !_ast2["default"].helpers.scopedId(val) && !depth) {
              blockParamIndex = this.blockParamIndex(validateParts(val)[0]);
            }
            if (blockParamIndex) {
              var blockParamChild = val.parts.slice(1).join(".");
              this.opcode("pushId", "BlockParam", blockParamIndex, blockParamChild);
            } else {
              value = val.original || value;
              if (value.replace) {
                value = value.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "");
              }
              this.opcode("pushId", val.type, value);
            }
          }
          this.accept(val);
        }
      },
      setupFullMustacheParams: function setupFullMustacheParams(sexpr, program, inverse, omitEmpty) {
        var params = sexpr.params;
        this.pushParams(params);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        if (sexpr.hash) {
          this.accept(sexpr.hash);
        } else {
          this.opcode("emptyHash", omitEmpty);
        }
        return params;
      },
      blockParamIndex: function blockParamIndex(name) {
        for (var depth = 0, len = this.options.blockParams.length; depth < len; depth++) {
          var blockParams = this.options.blockParams[depth], param = blockParams && _utils.indexOf(blockParams, name);
          if (blockParams && param >= 0) {
            return [depth, param];
          }
        }
      }
    };
    function precompile(input, options, env) {
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + input);
      }
      options = options || {};
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options);
      return new env.JavaScriptCompiler().compile(environment, options);
    }
    function compile(input, options, env) {
      if (options === void 0) options = {};
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + input);
      }
      options = _utils.extend({}, options);
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var compiled = void 0;
      function compileInput() {
        var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options), templateSpec = new env.JavaScriptCompiler().compile(environment, options, void 0, true);
        return env.template(templateSpec);
      }
      function ret(context, execOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled.call(this, context, execOptions);
      }
      ret._setup = function(setupOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._setup(setupOptions);
      };
      ret._child = function(i, data, blockParams, depths) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._child(i, data, blockParams, depths);
      };
      return ret;
    }
    function invalidAst(node, message) {
      return new _exception2["default"]("Invalid AST: " + node.type + " " + message, node);
    }
    function validateDepth(node) {
      var depth = node.depth;
      if (depth == null) {
        return 0;
      }
      if (typeof depth !== "number" || !isFinite(depth) || Math.floor(depth) !== depth || depth < 0) {
        throw invalidAst(node, "depth must be a non-negative integer");
      }
      return depth;
    }
    function validateLiteral(node) {
      var value = node.value;
      if (node.type === "StringLiteral" && typeof value !== "string") {
        throw invalidAst(node, "value must be a string");
      } else if (node.type === "NumberLiteral" && typeof value !== "number") {
        throw invalidAst(node, "value must be a number");
      } else if (node.type === "BooleanLiteral" && typeof value !== "boolean") {
        throw invalidAst(node, "value must be a boolean");
      }
    }
    function validateStringArray(node, value, name) {
      if (!_utils.isArray(value)) {
        throw invalidAst(node, name + " must be an array");
      }
      for (var i = 0; i < value.length; i++) {
        if (typeof value[i] !== "string") {
          throw invalidAst(node, name + " must only contain strings");
        }
      }
      return value;
    }
    function validateParts(path) {
      return validateStringArray(path, path.parts, "parts");
    }
    function validateBlockParams(program) {
      if (program.blockParams != null) {
        validateStringArray(program, program.blockParams, "blockParams");
      }
    }
    function argEquals(a, b) {
      if (a === b) {
        return true;
      }
      if (_utils.isArray(a) && _utils.isArray(b) && a.length === b.length) {
        for (var i = 0; i < a.length; i++) {
          if (!argEquals(a[i], b[i])) {
            return false;
          }
        }
        return true;
      }
    }
    function transformLiteralToPath(sexpr) {
      if (!sexpr.path.parts) {
        var literal = sexpr.path;
        sexpr.path = {
          type: "PathExpression",
          data: false,
          depth: 0,
          parts: [literal.original + ""],
          original: literal.original + "",
          loc: literal.loc
        };
      }
    }
  }
});

// node_modules/source-map/lib/base64.js
var require_base64 = __commonJS({
  "node_modules/source-map/lib/base64.js"(exports) {
    var intToCharMap = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
    exports.encode = function(number) {
      if (0 <= number && number < intToCharMap.length) {
        return intToCharMap[number];
      }
      throw new TypeError("Must be between 0 and 63: " + number);
    };
    exports.decode = function(charCode) {
      var bigA = 65;
      var bigZ = 90;
      var littleA = 97;
      var littleZ = 122;
      var zero = 48;
      var nine = 57;
      var plus = 43;
      var slash = 47;
      var littleOffset = 26;
      var numberOffset = 52;
      if (bigA <= charCode && charCode <= bigZ) {
        return charCode - bigA;
      }
      if (littleA <= charCode && charCode <= littleZ) {
        return charCode - littleA + littleOffset;
      }
      if (zero <= charCode && charCode <= nine) {
        return charCode - zero + numberOffset;
      }
      if (charCode == plus) {
        return 62;
      }
      if (charCode == slash) {
        return 63;
      }
      return -1;
    };
  }
});

// node_modules/source-map/lib/base64-vlq.js
var require_base64_vlq = __commonJS({
  "node_modules/source-map/lib/base64-vlq.js"(exports) {
    var base64 = require_base64();
    var VLQ_BASE_SHIFT = 5;
    var VLQ_BASE = 1 << VLQ_BASE_SHIFT;
    var VLQ_BASE_MASK = VLQ_BASE - 1;
    var VLQ_CONTINUATION_BIT = VLQ_BASE;
    function toVLQSigned(aValue) {
      return aValue < 0 ? (-aValue << 1) + 1 : (aValue << 1) + 0;
    }
    function fromVLQSigned(aValue) {
      var isNegative = (aValue & 1) === 1;
      var shifted = aValue >> 1;
      return isNegative ? -shifted : shifted;
    }
    exports.encode = function base64VLQ_encode(aValue) {
      var encoded = "";
      var digit;
      var vlq = toVLQSigned(aValue);
      do {
        digit = vlq & VLQ_BASE_MASK;
        vlq >>>= VLQ_BASE_SHIFT;
        if (vlq > 0) {
          digit |= VLQ_CONTINUATION_BIT;
        }
        encoded += base64.encode(digit);
      } while (vlq > 0);
      return encoded;
    };
    exports.decode = function base64VLQ_decode(aStr, aIndex, aOutParam) {
      var strLen = aStr.length;
      var result = 0;
      var shift = 0;
      var continuation, digit;
      do {
        if (aIndex >= strLen) {
          throw new Error("Expected more digits in base 64 VLQ value.");
        }
        digit = base64.decode(aStr.charCodeAt(aIndex++));
        if (digit === -1) {
          throw new Error("Invalid base64 digit: " + aStr.charAt(aIndex - 1));
        }
        continuation = !!(digit & VLQ_CONTINUATION_BIT);
        digit &= VLQ_BASE_MASK;
        result = result + (digit << shift);
        shift += VLQ_BASE_SHIFT;
      } while (continuation);
      aOutParam.value = fromVLQSigned(result);
      aOutParam.rest = aIndex;
    };
  }
});

// node_modules/source-map/lib/util.js
var require_util = __commonJS({
  "node_modules/source-map/lib/util.js"(exports) {
    function getArg(aArgs, aName, aDefaultValue) {
      if (aName in aArgs) {
        return aArgs[aName];
      } else if (arguments.length === 3) {
        return aDefaultValue;
      } else {
        throw new Error('"' + aName + '" is a required argument.');
      }
    }
    exports.getArg = getArg;
    var urlRegexp = /^(?:([\w+\-.]+):)?\/\/(?:(\w+:\w+)@)?([\w.-]*)(?::(\d+))?(.*)$/;
    var dataUrlRegexp = /^data:.+\,.+$/;
    function urlParse(aUrl) {
      var match = aUrl.match(urlRegexp);
      if (!match) {
        return null;
      }
      return {
        scheme: match[1],
        auth: match[2],
        host: match[3],
        port: match[4],
        path: match[5]
      };
    }
    exports.urlParse = urlParse;
    function urlGenerate(aParsedUrl) {
      var url = "";
      if (aParsedUrl.scheme) {
        url += aParsedUrl.scheme + ":";
      }
      url += "//";
      if (aParsedUrl.auth) {
        url += aParsedUrl.auth + "@";
      }
      if (aParsedUrl.host) {
        url += aParsedUrl.host;
      }
      if (aParsedUrl.port) {
        url += ":" + aParsedUrl.port;
      }
      if (aParsedUrl.path) {
        url += aParsedUrl.path;
      }
      return url;
    }
    exports.urlGenerate = urlGenerate;
    function normalize(aPath) {
      var path = aPath;
      var url = urlParse(aPath);
      if (url) {
        if (!url.path) {
          return aPath;
        }
        path = url.path;
      }
      var isAbsolute = exports.isAbsolute(path);
      var parts = path.split(/\/+/);
      for (var part, up = 0, i = parts.length - 1; i >= 0; i--) {
        part = parts[i];
        if (part === ".") {
          parts.splice(i, 1);
        } else if (part === "..") {
          up++;
        } else if (up > 0) {
          if (part === "") {
            parts.splice(i + 1, up);
            up = 0;
          } else {
            parts.splice(i, 2);
            up--;
          }
        }
      }
      path = parts.join("/");
      if (path === "") {
        path = isAbsolute ? "/" : ".";
      }
      if (url) {
        url.path = path;
        return urlGenerate(url);
      }
      return path;
    }
    exports.normalize = normalize;
    function join(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      if (aPath === "") {
        aPath = ".";
      }
      var aPathUrl = urlParse(aPath);
      var aRootUrl = urlParse(aRoot);
      if (aRootUrl) {
        aRoot = aRootUrl.path || "/";
      }
      if (aPathUrl && !aPathUrl.scheme) {
        if (aRootUrl) {
          aPathUrl.scheme = aRootUrl.scheme;
        }
        return urlGenerate(aPathUrl);
      }
      if (aPathUrl || aPath.match(dataUrlRegexp)) {
        return aPath;
      }
      if (aRootUrl && !aRootUrl.host && !aRootUrl.path) {
        aRootUrl.host = aPath;
        return urlGenerate(aRootUrl);
      }
      var joined = aPath.charAt(0) === "/" ? aPath : normalize(aRoot.replace(/\/+$/, "") + "/" + aPath);
      if (aRootUrl) {
        aRootUrl.path = joined;
        return urlGenerate(aRootUrl);
      }
      return joined;
    }
    exports.join = join;
    exports.isAbsolute = function(aPath) {
      return aPath.charAt(0) === "/" || urlRegexp.test(aPath);
    };
    function relative(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      aRoot = aRoot.replace(/\/$/, "");
      var level = 0;
      while (aPath.indexOf(aRoot + "/") !== 0) {
        var index = aRoot.lastIndexOf("/");
        if (index < 0) {
          return aPath;
        }
        aRoot = aRoot.slice(0, index);
        if (aRoot.match(/^([^\/]+:\/)?\/*$/)) {
          return aPath;
        }
        ++level;
      }
      return Array(level + 1).join("../") + aPath.substr(aRoot.length + 1);
    }
    exports.relative = relative;
    var supportsNullProto = (function() {
      var obj = /* @__PURE__ */ Object.create(null);
      return !("__proto__" in obj);
    })();
    function identity(s) {
      return s;
    }
    function toSetString(aStr) {
      if (isProtoString(aStr)) {
        return "$" + aStr;
      }
      return aStr;
    }
    exports.toSetString = supportsNullProto ? identity : toSetString;
    function fromSetString(aStr) {
      if (isProtoString(aStr)) {
        return aStr.slice(1);
      }
      return aStr;
    }
    exports.fromSetString = supportsNullProto ? identity : fromSetString;
    function isProtoString(s) {
      if (!s) {
        return false;
      }
      var length = s.length;
      if (length < 9) {
        return false;
      }
      if (s.charCodeAt(length - 1) !== 95 || s.charCodeAt(length - 2) !== 95 || s.charCodeAt(length - 3) !== 111 || s.charCodeAt(length - 4) !== 116 || s.charCodeAt(length - 5) !== 111 || s.charCodeAt(length - 6) !== 114 || s.charCodeAt(length - 7) !== 112 || s.charCodeAt(length - 8) !== 95 || s.charCodeAt(length - 9) !== 95) {
        return false;
      }
      for (var i = length - 10; i >= 0; i--) {
        if (s.charCodeAt(i) !== 36) {
          return false;
        }
      }
      return true;
    }
    function compareByOriginalPositions(mappingA, mappingB, onlyCompareOriginal) {
      var cmp2 = strcmp(mappingA.source, mappingB.source);
      if (cmp2 !== 0) {
        return cmp2;
      }
      cmp2 = mappingA.originalLine - mappingB.originalLine;
      if (cmp2 !== 0) {
        return cmp2;
      }
      cmp2 = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp2 !== 0 || onlyCompareOriginal) {
        return cmp2;
      }
      cmp2 = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp2 !== 0) {
        return cmp2;
      }
      cmp2 = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp2 !== 0) {
        return cmp2;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByOriginalPositions = compareByOriginalPositions;
    function compareByGeneratedPositionsDeflated(mappingA, mappingB, onlyCompareGenerated) {
      var cmp2 = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp2 !== 0) {
        return cmp2;
      }
      cmp2 = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp2 !== 0 || onlyCompareGenerated) {
        return cmp2;
      }
      cmp2 = strcmp(mappingA.source, mappingB.source);
      if (cmp2 !== 0) {
        return cmp2;
      }
      cmp2 = mappingA.originalLine - mappingB.originalLine;
      if (cmp2 !== 0) {
        return cmp2;
      }
      cmp2 = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp2 !== 0) {
        return cmp2;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsDeflated = compareByGeneratedPositionsDeflated;
    function strcmp(aStr1, aStr2) {
      if (aStr1 === aStr2) {
        return 0;
      }
      if (aStr1 === null) {
        return 1;
      }
      if (aStr2 === null) {
        return -1;
      }
      if (aStr1 > aStr2) {
        return 1;
      }
      return -1;
    }
    function compareByGeneratedPositionsInflated(mappingA, mappingB) {
      var cmp2 = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp2 !== 0) {
        return cmp2;
      }
      cmp2 = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp2 !== 0) {
        return cmp2;
      }
      cmp2 = strcmp(mappingA.source, mappingB.source);
      if (cmp2 !== 0) {
        return cmp2;
      }
      cmp2 = mappingA.originalLine - mappingB.originalLine;
      if (cmp2 !== 0) {
        return cmp2;
      }
      cmp2 = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp2 !== 0) {
        return cmp2;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsInflated = compareByGeneratedPositionsInflated;
    function parseSourceMapInput(str) {
      return JSON.parse(str.replace(/^\)]}'[^\n]*\n/, ""));
    }
    exports.parseSourceMapInput = parseSourceMapInput;
    function computeSourceURL(sourceRoot, sourceURL, sourceMapURL) {
      sourceURL = sourceURL || "";
      if (sourceRoot) {
        if (sourceRoot[sourceRoot.length - 1] !== "/" && sourceURL[0] !== "/") {
          sourceRoot += "/";
        }
        sourceURL = sourceRoot + sourceURL;
      }
      if (sourceMapURL) {
        var parsed = urlParse(sourceMapURL);
        if (!parsed) {
          throw new Error("sourceMapURL could not be parsed");
        }
        if (parsed.path) {
          var index = parsed.path.lastIndexOf("/");
          if (index >= 0) {
            parsed.path = parsed.path.substring(0, index + 1);
          }
        }
        sourceURL = join(urlGenerate(parsed), sourceURL);
      }
      return normalize(sourceURL);
    }
    exports.computeSourceURL = computeSourceURL;
  }
});

// node_modules/source-map/lib/array-set.js
var require_array_set = __commonJS({
  "node_modules/source-map/lib/array-set.js"(exports) {
    var util = require_util();
    var has = Object.prototype.hasOwnProperty;
    var hasNativeMap = typeof Map !== "undefined";
    function ArraySet() {
      this._array = [];
      this._set = hasNativeMap ? /* @__PURE__ */ new Map() : /* @__PURE__ */ Object.create(null);
    }
    ArraySet.fromArray = function ArraySet_fromArray(aArray, aAllowDuplicates) {
      var set = new ArraySet();
      for (var i = 0, len = aArray.length; i < len; i++) {
        set.add(aArray[i], aAllowDuplicates);
      }
      return set;
    };
    ArraySet.prototype.size = function ArraySet_size() {
      return hasNativeMap ? this._set.size : Object.getOwnPropertyNames(this._set).length;
    };
    ArraySet.prototype.add = function ArraySet_add(aStr, aAllowDuplicates) {
      var sStr = hasNativeMap ? aStr : util.toSetString(aStr);
      var isDuplicate = hasNativeMap ? this.has(aStr) : has.call(this._set, sStr);
      var idx = this._array.length;
      if (!isDuplicate || aAllowDuplicates) {
        this._array.push(aStr);
      }
      if (!isDuplicate) {
        if (hasNativeMap) {
          this._set.set(aStr, idx);
        } else {
          this._set[sStr] = idx;
        }
      }
    };
    ArraySet.prototype.has = function ArraySet_has(aStr) {
      if (hasNativeMap) {
        return this._set.has(aStr);
      } else {
        var sStr = util.toSetString(aStr);
        return has.call(this._set, sStr);
      }
    };
    ArraySet.prototype.indexOf = function ArraySet_indexOf(aStr) {
      if (hasNativeMap) {
        var idx = this._set.get(aStr);
        if (idx >= 0) {
          return idx;
        }
      } else {
        var sStr = util.toSetString(aStr);
        if (has.call(this._set, sStr)) {
          return this._set[sStr];
        }
      }
      throw new Error('"' + aStr + '" is not in the set.');
    };
    ArraySet.prototype.at = function ArraySet_at(aIdx) {
      if (aIdx >= 0 && aIdx < this._array.length) {
        return this._array[aIdx];
      }
      throw new Error("No element indexed by " + aIdx);
    };
    ArraySet.prototype.toArray = function ArraySet_toArray() {
      return this._array.slice();
    };
    exports.ArraySet = ArraySet;
  }
});

// node_modules/source-map/lib/mapping-list.js
var require_mapping_list = __commonJS({
  "node_modules/source-map/lib/mapping-list.js"(exports) {
    var util = require_util();
    function generatedPositionAfter(mappingA, mappingB) {
      var lineA = mappingA.generatedLine;
      var lineB = mappingB.generatedLine;
      var columnA = mappingA.generatedColumn;
      var columnB = mappingB.generatedColumn;
      return lineB > lineA || lineB == lineA && columnB >= columnA || util.compareByGeneratedPositionsInflated(mappingA, mappingB) <= 0;
    }
    function MappingList() {
      this._array = [];
      this._sorted = true;
      this._last = { generatedLine: -1, generatedColumn: 0 };
    }
    MappingList.prototype.unsortedForEach = function MappingList_forEach(aCallback, aThisArg) {
      this._array.forEach(aCallback, aThisArg);
    };
    MappingList.prototype.add = function MappingList_add(aMapping) {
      if (generatedPositionAfter(this._last, aMapping)) {
        this._last = aMapping;
        this._array.push(aMapping);
      } else {
        this._sorted = false;
        this._array.push(aMapping);
      }
    };
    MappingList.prototype.toArray = function MappingList_toArray() {
      if (!this._sorted) {
        this._array.sort(util.compareByGeneratedPositionsInflated);
        this._sorted = true;
      }
      return this._array;
    };
    exports.MappingList = MappingList;
  }
});

// node_modules/source-map/lib/source-map-generator.js
var require_source_map_generator = __commonJS({
  "node_modules/source-map/lib/source-map-generator.js"(exports) {
    var base64VLQ = require_base64_vlq();
    var util = require_util();
    var ArraySet = require_array_set().ArraySet;
    var MappingList = require_mapping_list().MappingList;
    function SourceMapGenerator(aArgs) {
      if (!aArgs) {
        aArgs = {};
      }
      this._file = util.getArg(aArgs, "file", null);
      this._sourceRoot = util.getArg(aArgs, "sourceRoot", null);
      this._skipValidation = util.getArg(aArgs, "skipValidation", false);
      this._sources = new ArraySet();
      this._names = new ArraySet();
      this._mappings = new MappingList();
      this._sourcesContents = null;
    }
    SourceMapGenerator.prototype._version = 3;
    SourceMapGenerator.fromSourceMap = function SourceMapGenerator_fromSourceMap(aSourceMapConsumer) {
      var sourceRoot = aSourceMapConsumer.sourceRoot;
      var generator = new SourceMapGenerator({
        file: aSourceMapConsumer.file,
        sourceRoot
      });
      aSourceMapConsumer.eachMapping(function(mapping) {
        var newMapping = {
          generated: {
            line: mapping.generatedLine,
            column: mapping.generatedColumn
          }
        };
        if (mapping.source != null) {
          newMapping.source = mapping.source;
          if (sourceRoot != null) {
            newMapping.source = util.relative(sourceRoot, newMapping.source);
          }
          newMapping.original = {
            line: mapping.originalLine,
            column: mapping.originalColumn
          };
          if (mapping.name != null) {
            newMapping.name = mapping.name;
          }
        }
        generator.addMapping(newMapping);
      });
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var sourceRelative = sourceFile;
        if (sourceRoot !== null) {
          sourceRelative = util.relative(sourceRoot, sourceFile);
        }
        if (!generator._sources.has(sourceRelative)) {
          generator._sources.add(sourceRelative);
        }
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          generator.setSourceContent(sourceFile, content);
        }
      });
      return generator;
    };
    SourceMapGenerator.prototype.addMapping = function SourceMapGenerator_addMapping(aArgs) {
      var generated = util.getArg(aArgs, "generated");
      var original = util.getArg(aArgs, "original", null);
      var source = util.getArg(aArgs, "source", null);
      var name = util.getArg(aArgs, "name", null);
      if (!this._skipValidation) {
        this._validateMapping(generated, original, source, name);
      }
      if (source != null) {
        source = String(source);
        if (!this._sources.has(source)) {
          this._sources.add(source);
        }
      }
      if (name != null) {
        name = String(name);
        if (!this._names.has(name)) {
          this._names.add(name);
        }
      }
      this._mappings.add({
        generatedLine: generated.line,
        generatedColumn: generated.column,
        originalLine: original != null && original.line,
        originalColumn: original != null && original.column,
        source,
        name
      });
    };
    SourceMapGenerator.prototype.setSourceContent = function SourceMapGenerator_setSourceContent(aSourceFile, aSourceContent) {
      var source = aSourceFile;
      if (this._sourceRoot != null) {
        source = util.relative(this._sourceRoot, source);
      }
      if (aSourceContent != null) {
        if (!this._sourcesContents) {
          this._sourcesContents = /* @__PURE__ */ Object.create(null);
        }
        this._sourcesContents[util.toSetString(source)] = aSourceContent;
      } else if (this._sourcesContents) {
        delete this._sourcesContents[util.toSetString(source)];
        if (Object.keys(this._sourcesContents).length === 0) {
          this._sourcesContents = null;
        }
      }
    };
    SourceMapGenerator.prototype.applySourceMap = function SourceMapGenerator_applySourceMap(aSourceMapConsumer, aSourceFile, aSourceMapPath) {
      var sourceFile = aSourceFile;
      if (aSourceFile == null) {
        if (aSourceMapConsumer.file == null) {
          throw new Error(
            `SourceMapGenerator.prototype.applySourceMap requires either an explicit source file, or the source map's "file" property. Both were omitted.`
          );
        }
        sourceFile = aSourceMapConsumer.file;
      }
      var sourceRoot = this._sourceRoot;
      if (sourceRoot != null) {
        sourceFile = util.relative(sourceRoot, sourceFile);
      }
      var newSources = new ArraySet();
      var newNames = new ArraySet();
      this._mappings.unsortedForEach(function(mapping) {
        if (mapping.source === sourceFile && mapping.originalLine != null) {
          var original = aSourceMapConsumer.originalPositionFor({
            line: mapping.originalLine,
            column: mapping.originalColumn
          });
          if (original.source != null) {
            mapping.source = original.source;
            if (aSourceMapPath != null) {
              mapping.source = util.join(aSourceMapPath, mapping.source);
            }
            if (sourceRoot != null) {
              mapping.source = util.relative(sourceRoot, mapping.source);
            }
            mapping.originalLine = original.line;
            mapping.originalColumn = original.column;
            if (original.name != null) {
              mapping.name = original.name;
            }
          }
        }
        var source = mapping.source;
        if (source != null && !newSources.has(source)) {
          newSources.add(source);
        }
        var name = mapping.name;
        if (name != null && !newNames.has(name)) {
          newNames.add(name);
        }
      }, this);
      this._sources = newSources;
      this._names = newNames;
      aSourceMapConsumer.sources.forEach(function(sourceFile2) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile2);
        if (content != null) {
          if (aSourceMapPath != null) {
            sourceFile2 = util.join(aSourceMapPath, sourceFile2);
          }
          if (sourceRoot != null) {
            sourceFile2 = util.relative(sourceRoot, sourceFile2);
          }
          this.setSourceContent(sourceFile2, content);
        }
      }, this);
    };
    SourceMapGenerator.prototype._validateMapping = function SourceMapGenerator_validateMapping(aGenerated, aOriginal, aSource, aName) {
      if (aOriginal && typeof aOriginal.line !== "number" && typeof aOriginal.column !== "number") {
        throw new Error(
          "original.line and original.column are not numbers -- you probably meant to omit the original mapping entirely and only map the generated position. If so, pass null for the original mapping instead of an object with empty or null values."
        );
      }
      if (aGenerated && "line" in aGenerated && "column" in aGenerated && aGenerated.line > 0 && aGenerated.column >= 0 && !aOriginal && !aSource && !aName) {
        return;
      } else if (aGenerated && "line" in aGenerated && "column" in aGenerated && aOriginal && "line" in aOriginal && "column" in aOriginal && aGenerated.line > 0 && aGenerated.column >= 0 && aOriginal.line > 0 && aOriginal.column >= 0 && aSource) {
        return;
      } else {
        throw new Error("Invalid mapping: " + JSON.stringify({
          generated: aGenerated,
          source: aSource,
          original: aOriginal,
          name: aName
        }));
      }
    };
    SourceMapGenerator.prototype._serializeMappings = function SourceMapGenerator_serializeMappings() {
      var previousGeneratedColumn = 0;
      var previousGeneratedLine = 1;
      var previousOriginalColumn = 0;
      var previousOriginalLine = 0;
      var previousName = 0;
      var previousSource = 0;
      var result = "";
      var next;
      var mapping;
      var nameIdx;
      var sourceIdx;
      var mappings = this._mappings.toArray();
      for (var i = 0, len = mappings.length; i < len; i++) {
        mapping = mappings[i];
        next = "";
        if (mapping.generatedLine !== previousGeneratedLine) {
          previousGeneratedColumn = 0;
          while (mapping.generatedLine !== previousGeneratedLine) {
            next += ";";
            previousGeneratedLine++;
          }
        } else {
          if (i > 0) {
            if (!util.compareByGeneratedPositionsInflated(mapping, mappings[i - 1])) {
              continue;
            }
            next += ",";
          }
        }
        next += base64VLQ.encode(mapping.generatedColumn - previousGeneratedColumn);
        previousGeneratedColumn = mapping.generatedColumn;
        if (mapping.source != null) {
          sourceIdx = this._sources.indexOf(mapping.source);
          next += base64VLQ.encode(sourceIdx - previousSource);
          previousSource = sourceIdx;
          next += base64VLQ.encode(mapping.originalLine - 1 - previousOriginalLine);
          previousOriginalLine = mapping.originalLine - 1;
          next += base64VLQ.encode(mapping.originalColumn - previousOriginalColumn);
          previousOriginalColumn = mapping.originalColumn;
          if (mapping.name != null) {
            nameIdx = this._names.indexOf(mapping.name);
            next += base64VLQ.encode(nameIdx - previousName);
            previousName = nameIdx;
          }
        }
        result += next;
      }
      return result;
    };
    SourceMapGenerator.prototype._generateSourcesContent = function SourceMapGenerator_generateSourcesContent(aSources, aSourceRoot) {
      return aSources.map(function(source) {
        if (!this._sourcesContents) {
          return null;
        }
        if (aSourceRoot != null) {
          source = util.relative(aSourceRoot, source);
        }
        var key = util.toSetString(source);
        return Object.prototype.hasOwnProperty.call(this._sourcesContents, key) ? this._sourcesContents[key] : null;
      }, this);
    };
    SourceMapGenerator.prototype.toJSON = function SourceMapGenerator_toJSON() {
      var map = {
        version: this._version,
        sources: this._sources.toArray(),
        names: this._names.toArray(),
        mappings: this._serializeMappings()
      };
      if (this._file != null) {
        map.file = this._file;
      }
      if (this._sourceRoot != null) {
        map.sourceRoot = this._sourceRoot;
      }
      if (this._sourcesContents) {
        map.sourcesContent = this._generateSourcesContent(map.sources, map.sourceRoot);
      }
      return map;
    };
    SourceMapGenerator.prototype.toString = function SourceMapGenerator_toString() {
      return JSON.stringify(this.toJSON());
    };
    exports.SourceMapGenerator = SourceMapGenerator;
  }
});

// node_modules/source-map/lib/binary-search.js
var require_binary_search = __commonJS({
  "node_modules/source-map/lib/binary-search.js"(exports) {
    exports.GREATEST_LOWER_BOUND = 1;
    exports.LEAST_UPPER_BOUND = 2;
    function recursiveSearch(aLow, aHigh, aNeedle, aHaystack, aCompare, aBias) {
      var mid = Math.floor((aHigh - aLow) / 2) + aLow;
      var cmp2 = aCompare(aNeedle, aHaystack[mid], true);
      if (cmp2 === 0) {
        return mid;
      } else if (cmp2 > 0) {
        if (aHigh - mid > 1) {
          return recursiveSearch(mid, aHigh, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return aHigh < aHaystack.length ? aHigh : -1;
        } else {
          return mid;
        }
      } else {
        if (mid - aLow > 1) {
          return recursiveSearch(aLow, mid, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return mid;
        } else {
          return aLow < 0 ? -1 : aLow;
        }
      }
    }
    exports.search = function search(aNeedle, aHaystack, aCompare, aBias) {
      if (aHaystack.length === 0) {
        return -1;
      }
      var index = recursiveSearch(
        -1,
        aHaystack.length,
        aNeedle,
        aHaystack,
        aCompare,
        aBias || exports.GREATEST_LOWER_BOUND
      );
      if (index < 0) {
        return -1;
      }
      while (index - 1 >= 0) {
        if (aCompare(aHaystack[index], aHaystack[index - 1], true) !== 0) {
          break;
        }
        --index;
      }
      return index;
    };
  }
});

// node_modules/source-map/lib/quick-sort.js
var require_quick_sort = __commonJS({
  "node_modules/source-map/lib/quick-sort.js"(exports) {
    function swap(ary, x2, y2) {
      var temp = ary[x2];
      ary[x2] = ary[y2];
      ary[y2] = temp;
    }
    function randomIntInRange(low, high) {
      return Math.round(low + Math.random() * (high - low));
    }
    function doQuickSort(ary, comparator, p, r) {
      if (p < r) {
        var pivotIndex = randomIntInRange(p, r);
        var i = p - 1;
        swap(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot) <= 0) {
            i += 1;
            swap(ary, i, j);
          }
        }
        swap(ary, i + 1, j);
        var q2 = i + 1;
        doQuickSort(ary, comparator, p, q2 - 1);
        doQuickSort(ary, comparator, q2 + 1, r);
      }
    }
    exports.quickSort = function(ary, comparator) {
      doQuickSort(ary, comparator, 0, ary.length - 1);
    };
  }
});

// node_modules/source-map/lib/source-map-consumer.js
var require_source_map_consumer = __commonJS({
  "node_modules/source-map/lib/source-map-consumer.js"(exports) {
    var util = require_util();
    var binarySearch = require_binary_search();
    var ArraySet = require_array_set().ArraySet;
    var base64VLQ = require_base64_vlq();
    var quickSort = require_quick_sort().quickSort;
    function SourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      return sourceMap.sections != null ? new IndexedSourceMapConsumer(sourceMap, aSourceMapURL) : new BasicSourceMapConsumer(sourceMap, aSourceMapURL);
    }
    SourceMapConsumer.fromSourceMap = function(aSourceMap, aSourceMapURL) {
      return BasicSourceMapConsumer.fromSourceMap(aSourceMap, aSourceMapURL);
    };
    SourceMapConsumer.prototype._version = 3;
    SourceMapConsumer.prototype.__generatedMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_generatedMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__generatedMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__generatedMappings;
      }
    });
    SourceMapConsumer.prototype.__originalMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_originalMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__originalMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__originalMappings;
      }
    });
    SourceMapConsumer.prototype._charIsMappingSeparator = function SourceMapConsumer_charIsMappingSeparator(aStr, index) {
      var c = aStr.charAt(index);
      return c === ";" || c === ",";
    };
    SourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      throw new Error("Subclasses must implement _parseMappings");
    };
    SourceMapConsumer.GENERATED_ORDER = 1;
    SourceMapConsumer.ORIGINAL_ORDER = 2;
    SourceMapConsumer.GREATEST_LOWER_BOUND = 1;
    SourceMapConsumer.LEAST_UPPER_BOUND = 2;
    SourceMapConsumer.prototype.eachMapping = function SourceMapConsumer_eachMapping(aCallback, aContext, aOrder) {
      var context = aContext || null;
      var order = aOrder || SourceMapConsumer.GENERATED_ORDER;
      var mappings;
      switch (order) {
        case SourceMapConsumer.GENERATED_ORDER:
          mappings = this._generatedMappings;
          break;
        case SourceMapConsumer.ORIGINAL_ORDER:
          mappings = this._originalMappings;
          break;
        default:
          throw new Error("Unknown order of iteration.");
      }
      var sourceRoot = this.sourceRoot;
      mappings.map(function(mapping) {
        var source = mapping.source === null ? null : this._sources.at(mapping.source);
        source = util.computeSourceURL(sourceRoot, source, this._sourceMapURL);
        return {
          source,
          generatedLine: mapping.generatedLine,
          generatedColumn: mapping.generatedColumn,
          originalLine: mapping.originalLine,
          originalColumn: mapping.originalColumn,
          name: mapping.name === null ? null : this._names.at(mapping.name)
        };
      }, this).forEach(aCallback, context);
    };
    SourceMapConsumer.prototype.allGeneratedPositionsFor = function SourceMapConsumer_allGeneratedPositionsFor(aArgs) {
      var line = util.getArg(aArgs, "line");
      var needle = {
        source: util.getArg(aArgs, "source"),
        originalLine: line,
        originalColumn: util.getArg(aArgs, "column", 0)
      };
      needle.source = this._findSourceIndex(needle.source);
      if (needle.source < 0) {
        return [];
      }
      var mappings = [];
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        binarySearch.LEAST_UPPER_BOUND
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (aArgs.column === void 0) {
          var originalLine = mapping.originalLine;
          while (mapping && mapping.originalLine === originalLine) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        } else {
          var originalColumn = mapping.originalColumn;
          while (mapping && mapping.originalLine === line && mapping.originalColumn == originalColumn) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        }
      }
      return mappings;
    };
    exports.SourceMapConsumer = SourceMapConsumer;
    function BasicSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sources = util.getArg(sourceMap, "sources");
      var names = util.getArg(sourceMap, "names", []);
      var sourceRoot = util.getArg(sourceMap, "sourceRoot", null);
      var sourcesContent = util.getArg(sourceMap, "sourcesContent", null);
      var mappings = util.getArg(sourceMap, "mappings");
      var file = util.getArg(sourceMap, "file", null);
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      if (sourceRoot) {
        sourceRoot = util.normalize(sourceRoot);
      }
      sources = sources.map(String).map(util.normalize).map(function(source) {
        return sourceRoot && util.isAbsolute(sourceRoot) && util.isAbsolute(source) ? util.relative(sourceRoot, source) : source;
      });
      this._names = ArraySet.fromArray(names.map(String), true);
      this._sources = ArraySet.fromArray(sources, true);
      this._absoluteSources = this._sources.toArray().map(function(s) {
        return util.computeSourceURL(sourceRoot, s, aSourceMapURL);
      });
      this.sourceRoot = sourceRoot;
      this.sourcesContent = sourcesContent;
      this._mappings = mappings;
      this._sourceMapURL = aSourceMapURL;
      this.file = file;
    }
    BasicSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    BasicSourceMapConsumer.prototype.consumer = SourceMapConsumer;
    BasicSourceMapConsumer.prototype._findSourceIndex = function(aSource) {
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      if (this._sources.has(relativeSource)) {
        return this._sources.indexOf(relativeSource);
      }
      var i;
      for (i = 0; i < this._absoluteSources.length; ++i) {
        if (this._absoluteSources[i] == aSource) {
          return i;
        }
      }
      return -1;
    };
    BasicSourceMapConsumer.fromSourceMap = function SourceMapConsumer_fromSourceMap(aSourceMap, aSourceMapURL) {
      var smc = Object.create(BasicSourceMapConsumer.prototype);
      var names = smc._names = ArraySet.fromArray(aSourceMap._names.toArray(), true);
      var sources = smc._sources = ArraySet.fromArray(aSourceMap._sources.toArray(), true);
      smc.sourceRoot = aSourceMap._sourceRoot;
      smc.sourcesContent = aSourceMap._generateSourcesContent(
        smc._sources.toArray(),
        smc.sourceRoot
      );
      smc.file = aSourceMap._file;
      smc._sourceMapURL = aSourceMapURL;
      smc._absoluteSources = smc._sources.toArray().map(function(s) {
        return util.computeSourceURL(smc.sourceRoot, s, aSourceMapURL);
      });
      var generatedMappings = aSourceMap._mappings.toArray().slice();
      var destGeneratedMappings = smc.__generatedMappings = [];
      var destOriginalMappings = smc.__originalMappings = [];
      for (var i = 0, length = generatedMappings.length; i < length; i++) {
        var srcMapping = generatedMappings[i];
        var destMapping = new Mapping();
        destMapping.generatedLine = srcMapping.generatedLine;
        destMapping.generatedColumn = srcMapping.generatedColumn;
        if (srcMapping.source) {
          destMapping.source = sources.indexOf(srcMapping.source);
          destMapping.originalLine = srcMapping.originalLine;
          destMapping.originalColumn = srcMapping.originalColumn;
          if (srcMapping.name) {
            destMapping.name = names.indexOf(srcMapping.name);
          }
          destOriginalMappings.push(destMapping);
        }
        destGeneratedMappings.push(destMapping);
      }
      quickSort(smc.__originalMappings, util.compareByOriginalPositions);
      return smc;
    };
    BasicSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(BasicSourceMapConsumer.prototype, "sources", {
      get: function() {
        return this._absoluteSources.slice();
      }
    });
    function Mapping() {
      this.generatedLine = 0;
      this.generatedColumn = 0;
      this.source = null;
      this.originalLine = null;
      this.originalColumn = null;
      this.name = null;
    }
    BasicSourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      var generatedLine = 1;
      var previousGeneratedColumn = 0;
      var previousOriginalLine = 0;
      var previousOriginalColumn = 0;
      var previousSource = 0;
      var previousName = 0;
      var length = aStr.length;
      var index = 0;
      var cachedSegments = {};
      var temp = {};
      var originalMappings = [];
      var generatedMappings = [];
      var mapping, str, segment, end, value;
      while (index < length) {
        if (aStr.charAt(index) === ";") {
          generatedLine++;
          index++;
          previousGeneratedColumn = 0;
        } else if (aStr.charAt(index) === ",") {
          index++;
        } else {
          mapping = new Mapping();
          mapping.generatedLine = generatedLine;
          for (end = index; end < length; end++) {
            if (this._charIsMappingSeparator(aStr, end)) {
              break;
            }
          }
          str = aStr.slice(index, end);
          segment = cachedSegments[str];
          if (segment) {
            index += str.length;
          } else {
            segment = [];
            while (index < end) {
              base64VLQ.decode(aStr, index, temp);
              value = temp.value;
              index = temp.rest;
              segment.push(value);
            }
            if (segment.length === 2) {
              throw new Error("Found a source, but no line and column");
            }
            if (segment.length === 3) {
              throw new Error("Found a source and line, but no column");
            }
            cachedSegments[str] = segment;
          }
          mapping.generatedColumn = previousGeneratedColumn + segment[0];
          previousGeneratedColumn = mapping.generatedColumn;
          if (segment.length > 1) {
            mapping.source = previousSource + segment[1];
            previousSource += segment[1];
            mapping.originalLine = previousOriginalLine + segment[2];
            previousOriginalLine = mapping.originalLine;
            mapping.originalLine += 1;
            mapping.originalColumn = previousOriginalColumn + segment[3];
            previousOriginalColumn = mapping.originalColumn;
            if (segment.length > 4) {
              mapping.name = previousName + segment[4];
              previousName += segment[4];
            }
          }
          generatedMappings.push(mapping);
          if (typeof mapping.originalLine === "number") {
            originalMappings.push(mapping);
          }
        }
      }
      quickSort(generatedMappings, util.compareByGeneratedPositionsDeflated);
      this.__generatedMappings = generatedMappings;
      quickSort(originalMappings, util.compareByOriginalPositions);
      this.__originalMappings = originalMappings;
    };
    BasicSourceMapConsumer.prototype._findMapping = function SourceMapConsumer_findMapping(aNeedle, aMappings, aLineName, aColumnName, aComparator, aBias) {
      if (aNeedle[aLineName] <= 0) {
        throw new TypeError("Line must be greater than or equal to 1, got " + aNeedle[aLineName]);
      }
      if (aNeedle[aColumnName] < 0) {
        throw new TypeError("Column must be greater than or equal to 0, got " + aNeedle[aColumnName]);
      }
      return binarySearch.search(aNeedle, aMappings, aComparator, aBias);
    };
    BasicSourceMapConsumer.prototype.computeColumnSpans = function SourceMapConsumer_computeColumnSpans() {
      for (var index = 0; index < this._generatedMappings.length; ++index) {
        var mapping = this._generatedMappings[index];
        if (index + 1 < this._generatedMappings.length) {
          var nextMapping = this._generatedMappings[index + 1];
          if (mapping.generatedLine === nextMapping.generatedLine) {
            mapping.lastGeneratedColumn = nextMapping.generatedColumn - 1;
            continue;
          }
        }
        mapping.lastGeneratedColumn = Infinity;
      }
    };
    BasicSourceMapConsumer.prototype.originalPositionFor = function SourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._generatedMappings,
        "generatedLine",
        "generatedColumn",
        util.compareByGeneratedPositionsDeflated,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._generatedMappings[index];
        if (mapping.generatedLine === needle.generatedLine) {
          var source = util.getArg(mapping, "source", null);
          if (source !== null) {
            source = this._sources.at(source);
            source = util.computeSourceURL(this.sourceRoot, source, this._sourceMapURL);
          }
          var name = util.getArg(mapping, "name", null);
          if (name !== null) {
            name = this._names.at(name);
          }
          return {
            source,
            line: util.getArg(mapping, "originalLine", null),
            column: util.getArg(mapping, "originalColumn", null),
            name
          };
        }
      }
      return {
        source: null,
        line: null,
        column: null,
        name: null
      };
    };
    BasicSourceMapConsumer.prototype.hasContentsOfAllSources = function BasicSourceMapConsumer_hasContentsOfAllSources() {
      if (!this.sourcesContent) {
        return false;
      }
      return this.sourcesContent.length >= this._sources.size() && !this.sourcesContent.some(function(sc) {
        return sc == null;
      });
    };
    BasicSourceMapConsumer.prototype.sourceContentFor = function SourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      if (!this.sourcesContent) {
        return null;
      }
      var index = this._findSourceIndex(aSource);
      if (index >= 0) {
        return this.sourcesContent[index];
      }
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      var url;
      if (this.sourceRoot != null && (url = util.urlParse(this.sourceRoot))) {
        var fileUriAbsPath = relativeSource.replace(/^file:\/\//, "");
        if (url.scheme == "file" && this._sources.has(fileUriAbsPath)) {
          return this.sourcesContent[this._sources.indexOf(fileUriAbsPath)];
        }
        if ((!url.path || url.path == "/") && this._sources.has("/" + relativeSource)) {
          return this.sourcesContent[this._sources.indexOf("/" + relativeSource)];
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + relativeSource + '" is not in the SourceMap.');
      }
    };
    BasicSourceMapConsumer.prototype.generatedPositionFor = function SourceMapConsumer_generatedPositionFor(aArgs) {
      var source = util.getArg(aArgs, "source");
      source = this._findSourceIndex(source);
      if (source < 0) {
        return {
          line: null,
          column: null,
          lastColumn: null
        };
      }
      var needle = {
        source,
        originalLine: util.getArg(aArgs, "line"),
        originalColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (mapping.source === needle.source) {
          return {
            line: util.getArg(mapping, "generatedLine", null),
            column: util.getArg(mapping, "generatedColumn", null),
            lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
          };
        }
      }
      return {
        line: null,
        column: null,
        lastColumn: null
      };
    };
    exports.BasicSourceMapConsumer = BasicSourceMapConsumer;
    function IndexedSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sections = util.getArg(sourceMap, "sections");
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      this._sources = new ArraySet();
      this._names = new ArraySet();
      var lastOffset = {
        line: -1,
        column: 0
      };
      this._sections = sections.map(function(s) {
        if (s.url) {
          throw new Error("Support for url field in sections not implemented.");
        }
        var offset = util.getArg(s, "offset");
        var offsetLine = util.getArg(offset, "line");
        var offsetColumn = util.getArg(offset, "column");
        if (offsetLine < lastOffset.line || offsetLine === lastOffset.line && offsetColumn < lastOffset.column) {
          throw new Error("Section offsets must be ordered and non-overlapping.");
        }
        lastOffset = offset;
        return {
          generatedOffset: {
            // The offset fields are 0-based, but we use 1-based indices when
            // encoding/decoding from VLQ.
            generatedLine: offsetLine + 1,
            generatedColumn: offsetColumn + 1
          },
          consumer: new SourceMapConsumer(util.getArg(s, "map"), aSourceMapURL)
        };
      });
    }
    IndexedSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    IndexedSourceMapConsumer.prototype.constructor = SourceMapConsumer;
    IndexedSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(IndexedSourceMapConsumer.prototype, "sources", {
      get: function() {
        var sources = [];
        for (var i = 0; i < this._sections.length; i++) {
          for (var j = 0; j < this._sections[i].consumer.sources.length; j++) {
            sources.push(this._sections[i].consumer.sources[j]);
          }
        }
        return sources;
      }
    });
    IndexedSourceMapConsumer.prototype.originalPositionFor = function IndexedSourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var sectionIndex = binarySearch.search(
        needle,
        this._sections,
        function(needle2, section2) {
          var cmp2 = needle2.generatedLine - section2.generatedOffset.generatedLine;
          if (cmp2) {
            return cmp2;
          }
          return needle2.generatedColumn - section2.generatedOffset.generatedColumn;
        }
      );
      var section = this._sections[sectionIndex];
      if (!section) {
        return {
          source: null,
          line: null,
          column: null,
          name: null
        };
      }
      return section.consumer.originalPositionFor({
        line: needle.generatedLine - (section.generatedOffset.generatedLine - 1),
        column: needle.generatedColumn - (section.generatedOffset.generatedLine === needle.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
        bias: aArgs.bias
      });
    };
    IndexedSourceMapConsumer.prototype.hasContentsOfAllSources = function IndexedSourceMapConsumer_hasContentsOfAllSources() {
      return this._sections.every(function(s) {
        return s.consumer.hasContentsOfAllSources();
      });
    };
    IndexedSourceMapConsumer.prototype.sourceContentFor = function IndexedSourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var content = section.consumer.sourceContentFor(aSource, true);
        if (content) {
          return content;
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + aSource + '" is not in the SourceMap.');
      }
    };
    IndexedSourceMapConsumer.prototype.generatedPositionFor = function IndexedSourceMapConsumer_generatedPositionFor(aArgs) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        if (section.consumer._findSourceIndex(util.getArg(aArgs, "source")) === -1) {
          continue;
        }
        var generatedPosition = section.consumer.generatedPositionFor(aArgs);
        if (generatedPosition) {
          var ret = {
            line: generatedPosition.line + (section.generatedOffset.generatedLine - 1),
            column: generatedPosition.column + (section.generatedOffset.generatedLine === generatedPosition.line ? section.generatedOffset.generatedColumn - 1 : 0)
          };
          return ret;
        }
      }
      return {
        line: null,
        column: null
      };
    };
    IndexedSourceMapConsumer.prototype._parseMappings = function IndexedSourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      this.__generatedMappings = [];
      this.__originalMappings = [];
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var sectionMappings = section.consumer._generatedMappings;
        for (var j = 0; j < sectionMappings.length; j++) {
          var mapping = sectionMappings[j];
          var source = section.consumer._sources.at(mapping.source);
          source = util.computeSourceURL(section.consumer.sourceRoot, source, this._sourceMapURL);
          this._sources.add(source);
          source = this._sources.indexOf(source);
          var name = null;
          if (mapping.name) {
            name = section.consumer._names.at(mapping.name);
            this._names.add(name);
            name = this._names.indexOf(name);
          }
          var adjustedMapping = {
            source,
            generatedLine: mapping.generatedLine + (section.generatedOffset.generatedLine - 1),
            generatedColumn: mapping.generatedColumn + (section.generatedOffset.generatedLine === mapping.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
            originalLine: mapping.originalLine,
            originalColumn: mapping.originalColumn,
            name
          };
          this.__generatedMappings.push(adjustedMapping);
          if (typeof adjustedMapping.originalLine === "number") {
            this.__originalMappings.push(adjustedMapping);
          }
        }
      }
      quickSort(this.__generatedMappings, util.compareByGeneratedPositionsDeflated);
      quickSort(this.__originalMappings, util.compareByOriginalPositions);
    };
    exports.IndexedSourceMapConsumer = IndexedSourceMapConsumer;
  }
});

// node_modules/source-map/lib/source-node.js
var require_source_node = __commonJS({
  "node_modules/source-map/lib/source-node.js"(exports) {
    var SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    var util = require_util();
    var REGEX_NEWLINE = /(\r?\n)/;
    var NEWLINE_CODE = 10;
    var isSourceNode = "$$$isSourceNode$$$";
    function SourceNode(aLine, aColumn, aSource, aChunks, aName) {
      this.children = [];
      this.sourceContents = {};
      this.line = aLine == null ? null : aLine;
      this.column = aColumn == null ? null : aColumn;
      this.source = aSource == null ? null : aSource;
      this.name = aName == null ? null : aName;
      this[isSourceNode] = true;
      if (aChunks != null) this.add(aChunks);
    }
    SourceNode.fromStringWithSourceMap = function SourceNode_fromStringWithSourceMap(aGeneratedCode, aSourceMapConsumer, aRelativePath) {
      var node = new SourceNode();
      var remainingLines = aGeneratedCode.split(REGEX_NEWLINE);
      var remainingLinesIndex = 0;
      var shiftNextLine = function() {
        var lineContents = getNextLine();
        var newLine = getNextLine() || "";
        return lineContents + newLine;
        function getNextLine() {
          return remainingLinesIndex < remainingLines.length ? remainingLines[remainingLinesIndex++] : void 0;
        }
      };
      var lastGeneratedLine = 1, lastGeneratedColumn = 0;
      var lastMapping = null;
      aSourceMapConsumer.eachMapping(function(mapping) {
        if (lastMapping !== null) {
          if (lastGeneratedLine < mapping.generatedLine) {
            addMappingWithCode(lastMapping, shiftNextLine());
            lastGeneratedLine++;
            lastGeneratedColumn = 0;
          } else {
            var nextLine = remainingLines[remainingLinesIndex] || "";
            var code = nextLine.substr(0, mapping.generatedColumn - lastGeneratedColumn);
            remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn - lastGeneratedColumn);
            lastGeneratedColumn = mapping.generatedColumn;
            addMappingWithCode(lastMapping, code);
            lastMapping = mapping;
            return;
          }
        }
        while (lastGeneratedLine < mapping.generatedLine) {
          node.add(shiftNextLine());
          lastGeneratedLine++;
        }
        if (lastGeneratedColumn < mapping.generatedColumn) {
          var nextLine = remainingLines[remainingLinesIndex] || "";
          node.add(nextLine.substr(0, mapping.generatedColumn));
          remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn);
          lastGeneratedColumn = mapping.generatedColumn;
        }
        lastMapping = mapping;
      }, this);
      if (remainingLinesIndex < remainingLines.length) {
        if (lastMapping) {
          addMappingWithCode(lastMapping, shiftNextLine());
        }
        node.add(remainingLines.splice(remainingLinesIndex).join(""));
      }
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          if (aRelativePath != null) {
            sourceFile = util.join(aRelativePath, sourceFile);
          }
          node.setSourceContent(sourceFile, content);
        }
      });
      return node;
      function addMappingWithCode(mapping, code) {
        if (mapping === null || mapping.source === void 0) {
          node.add(code);
        } else {
          var source = aRelativePath ? util.join(aRelativePath, mapping.source) : mapping.source;
          node.add(new SourceNode(
            mapping.originalLine,
            mapping.originalColumn,
            source,
            code,
            mapping.name
          ));
        }
      }
    };
    SourceNode.prototype.add = function SourceNode_add(aChunk) {
      if (Array.isArray(aChunk)) {
        aChunk.forEach(function(chunk) {
          this.add(chunk);
        }, this);
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        if (aChunk) {
          this.children.push(aChunk);
        }
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.prepend = function SourceNode_prepend(aChunk) {
      if (Array.isArray(aChunk)) {
        for (var i = aChunk.length - 1; i >= 0; i--) {
          this.prepend(aChunk[i]);
        }
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        this.children.unshift(aChunk);
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.walk = function SourceNode_walk(aFn) {
      var chunk;
      for (var i = 0, len = this.children.length; i < len; i++) {
        chunk = this.children[i];
        if (chunk[isSourceNode]) {
          chunk.walk(aFn);
        } else {
          if (chunk !== "") {
            aFn(chunk, {
              source: this.source,
              line: this.line,
              column: this.column,
              name: this.name
            });
          }
        }
      }
    };
    SourceNode.prototype.join = function SourceNode_join(aSep) {
      var newChildren;
      var i;
      var len = this.children.length;
      if (len > 0) {
        newChildren = [];
        for (i = 0; i < len - 1; i++) {
          newChildren.push(this.children[i]);
          newChildren.push(aSep);
        }
        newChildren.push(this.children[i]);
        this.children = newChildren;
      }
      return this;
    };
    SourceNode.prototype.replaceRight = function SourceNode_replaceRight(aPattern, aReplacement) {
      var lastChild = this.children[this.children.length - 1];
      if (lastChild[isSourceNode]) {
        lastChild.replaceRight(aPattern, aReplacement);
      } else if (typeof lastChild === "string") {
        this.children[this.children.length - 1] = lastChild.replace(aPattern, aReplacement);
      } else {
        this.children.push("".replace(aPattern, aReplacement));
      }
      return this;
    };
    SourceNode.prototype.setSourceContent = function SourceNode_setSourceContent(aSourceFile, aSourceContent) {
      this.sourceContents[util.toSetString(aSourceFile)] = aSourceContent;
    };
    SourceNode.prototype.walkSourceContents = function SourceNode_walkSourceContents(aFn) {
      for (var i = 0, len = this.children.length; i < len; i++) {
        if (this.children[i][isSourceNode]) {
          this.children[i].walkSourceContents(aFn);
        }
      }
      var sources = Object.keys(this.sourceContents);
      for (var i = 0, len = sources.length; i < len; i++) {
        aFn(util.fromSetString(sources[i]), this.sourceContents[sources[i]]);
      }
    };
    SourceNode.prototype.toString = function SourceNode_toString() {
      var str = "";
      this.walk(function(chunk) {
        str += chunk;
      });
      return str;
    };
    SourceNode.prototype.toStringWithSourceMap = function SourceNode_toStringWithSourceMap(aArgs) {
      var generated = {
        code: "",
        line: 1,
        column: 0
      };
      var map = new SourceMapGenerator(aArgs);
      var sourceMappingActive = false;
      var lastOriginalSource = null;
      var lastOriginalLine = null;
      var lastOriginalColumn = null;
      var lastOriginalName = null;
      this.walk(function(chunk, original) {
        generated.code += chunk;
        if (original.source !== null && original.line !== null && original.column !== null) {
          if (lastOriginalSource !== original.source || lastOriginalLine !== original.line || lastOriginalColumn !== original.column || lastOriginalName !== original.name) {
            map.addMapping({
              source: original.source,
              original: {
                line: original.line,
                column: original.column
              },
              generated: {
                line: generated.line,
                column: generated.column
              },
              name: original.name
            });
          }
          lastOriginalSource = original.source;
          lastOriginalLine = original.line;
          lastOriginalColumn = original.column;
          lastOriginalName = original.name;
          sourceMappingActive = true;
        } else if (sourceMappingActive) {
          map.addMapping({
            generated: {
              line: generated.line,
              column: generated.column
            }
          });
          lastOriginalSource = null;
          sourceMappingActive = false;
        }
        for (var idx = 0, length = chunk.length; idx < length; idx++) {
          if (chunk.charCodeAt(idx) === NEWLINE_CODE) {
            generated.line++;
            generated.column = 0;
            if (idx + 1 === length) {
              lastOriginalSource = null;
              sourceMappingActive = false;
            } else if (sourceMappingActive) {
              map.addMapping({
                source: original.source,
                original: {
                  line: original.line,
                  column: original.column
                },
                generated: {
                  line: generated.line,
                  column: generated.column
                },
                name: original.name
              });
            }
          } else {
            generated.column++;
          }
        }
      });
      this.walkSourceContents(function(sourceFile, sourceContent) {
        map.setSourceContent(sourceFile, sourceContent);
      });
      return { code: generated.code, map };
    };
    exports.SourceNode = SourceNode;
  }
});

// node_modules/source-map/source-map.js
var require_source_map = __commonJS({
  "node_modules/source-map/source-map.js"(exports) {
    exports.SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    exports.SourceMapConsumer = require_source_map_consumer().SourceMapConsumer;
    exports.SourceNode = require_source_node().SourceNode;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js
var require_code_gen = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.safeJsonLiteral = safeJsonLiteral;
    var _utils = require_utils();
    var NEEDS_ESCAPING = /[\x00-\x1f\\"\u2028\u2029<\ud800-\udfff]/;
    var SCRIPT_DELIMITERS = /<(?=!--|\/?script)/gi;
    function escapeScriptDelimiters(code) {
      return code.replace(SCRIPT_DELIMITERS, "\\u003C");
    }
    function escapeSurrogate(surrogate) {
      return "\\u" + surrogate.charCodeAt(0).toString(16);
    }
    function safeJsonLiteral(value) {
      return escapeScriptDelimiters(JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/[\ud800-\udfff]/g, escapeSurrogate));
    }
    var SourceNode = void 0;
    try {
      if (typeof define !== "function" || !define.amd) {
        SourceMap = require_source_map();
        SourceNode = SourceMap.SourceNode;
      }
    } catch (err) {
    }
    var SourceMap;
    if (!SourceNode) {
      SourceNode = function(line, column, srcFile, chunks) {
        this.src = "";
        if (chunks) {
          this.add(chunks);
        }
      };
      SourceNode.prototype = {
        add: function add(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src += chunks;
        },
        prepend: function prepend(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src = chunks + this.src;
        },
        toStringWithSourceMap: function toStringWithSourceMap() {
          return { code: this.toString() };
        },
        toString: function toString() {
          return this.src;
        }
      };
    }
    function castChunk(chunk, codeGen, loc) {
      if (_utils.isArray(chunk)) {
        var ret = [];
        for (var i = 0, len = chunk.length; i < len; i++) {
          ret.push(codeGen.wrap(chunk[i], loc));
        }
        return ret;
      } else if (typeof chunk === "boolean" || typeof chunk === "number") {
        return chunk + "";
      }
      return chunk;
    }
    function CodeGen(srcFile) {
      this.srcFile = srcFile;
      this.source = [];
    }
    CodeGen.prototype = {
      isEmpty: function isEmpty() {
        return !this.source.length;
      },
      prepend: function prepend(source, loc) {
        this.source.unshift(this.wrap(source, loc));
      },
      push: function push(source, loc) {
        this.source.push(this.wrap(source, loc));
      },
      merge: function merge() {
        var source = this.empty();
        this.each(function(line) {
          source.add(["  ", line, "\n"]);
        });
        return source;
      },
      each: function each(iter) {
        for (var i = 0, len = this.source.length; i < len; i++) {
          iter(this.source[i]);
        }
      },
      empty: function empty() {
        var loc = this.currentLocation || { start: {} };
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile);
      },
      wrap: function wrap(chunk) {
        var loc = arguments.length <= 1 || arguments[1] === void 0 ? this.currentLocation || { start: {} } : arguments[1];
        if (chunk instanceof SourceNode) {
          return chunk;
        }
        chunk = castChunk(chunk, this, loc);
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile, chunk);
      },
      functionCall: function functionCall(fn, type, params) {
        params = this.generateList(params);
        return this.wrap([fn, type ? "." + type + "(" : "(", params, ")"]);
      },
      quotedString: function quotedString(str) {
        str = str + "";
        if (!NEEDS_ESCAPING.test(str)) {
          return '"' + str + '"';
        }
        return safeJsonLiteral(str);
      },
      objectLiteral: function objectLiteral(obj) {
        var _this = this;
        var pairs = [];
        Object.keys(obj).forEach(function(key) {
          var value = castChunk(obj[key], _this);
          if (value !== "undefined") {
            pairs.push([_this.quotedString(key), ":", value]);
          }
        });
        var ret = this.generateList(pairs);
        ret.prepend("{");
        ret.add("}");
        return ret;
      },
      generateList: function generateList(entries) {
        var ret = this.empty();
        for (var i = 0, len = entries.length; i < len; i++) {
          if (i) {
            ret.add(",");
          }
          ret.add(castChunk(entries[i], this));
        }
        return ret;
      },
      generateArray: function generateArray(entries) {
        var ret = this.generateList(entries);
        ret.prepend("[");
        ret.add("]");
        return ret;
      }
    };
    exports["default"] = CodeGen;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js
var require_javascript_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _base = require_base();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _codeGen = require_code_gen();
    var _codeGen2 = _interopRequireDefault(_codeGen);
    function Literal(value) {
      this.value = value;
    }
    function JavaScriptCompiler() {
    }
    JavaScriptCompiler.prototype = {
      // PUBLIC API: You can override these methods in a subclass to provide
      // alternative compiled forms for name lookup and buffering semantics
      nameLookup: function nameLookup(parent, name) {
        return this.internalNameLookup(parent, name);
      },
      depthedLookup: function depthedLookup(name) {
        return [this.aliasable("container.lookup"), "(depths, ", this.quotedString(name), ")"];
      },
      compilerInfo: function compilerInfo() {
        var revision = _base.COMPILER_REVISION, versions = _base.REVISION_CHANGES[revision];
        return [revision, versions];
      },
      appendToBuffer: function appendToBuffer(source, location, explicit) {
        if (!_utils.isArray(source)) {
          source = [source];
        }
        source = this.source.wrap(source, location);
        if (this.environment.isSimple) {
          return ["return ", source, ";"];
        } else if (explicit) {
          return ["buffer += ", source, ";"];
        } else {
          source.appendToBuffer = true;
          return source;
        }
      },
      initializeBuffer: function initializeBuffer() {
        return this.quotedString("");
      },
      // END PUBLIC API
      internalNameLookup: function internalNameLookup(parent, name) {
        this.lookupPropertyFunctionIsUsed = true;
        return ["lookupProperty(", parent, ",", this.quotedString(name), ")"];
      },
      lookupPropertyFunctionIsUsed: false,
      compile: function compile(environment, options, context, asObject) {
        this.environment = environment;
        this.options = options;
        this.stringParams = this.options.stringParams;
        this.trackIds = this.options.trackIds;
        this.precompile = !asObject;
        this.name = this.environment.name;
        this.isChild = !!context;
        this.context = context || {
          decorators: [],
          programs: [],
          environments: []
        };
        this.preamble();
        this.stackSlot = 0;
        this.stackVars = [];
        this.aliases = {};
        this.registers = { list: [] };
        this.hashes = [];
        this.compileStack = [];
        this.inlineStack = [];
        this.blockParams = [];
        this.compileChildren(environment, options);
        this.useDepths = this.useDepths || environment.useDepths || environment.useDecorators || this.options.compat;
        this.useBlockParams = this.useBlockParams || environment.useBlockParams;
        var opcodes = environment.opcodes, opcode = void 0, firstLoc = void 0, i = void 0, l3 = void 0;
        for (i = 0, l3 = opcodes.length; i < l3; i++) {
          opcode = opcodes[i];
          this.source.currentLocation = opcode.loc;
          firstLoc = firstLoc || opcode.loc;
          this[opcode.opcode].apply(this, opcode.args);
        }
        this.source.currentLocation = firstLoc;
        this.pushSource("");
        if (this.stackSlot || this.inlineStack.length || this.compileStack.length) {
          throw new _exception2["default"]("Compile completed with content left on stack");
        }
        if (!this.decorators.isEmpty()) {
          this.useDecorators = true;
          this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]);
          this.decorators.push("return fn;");
          if (asObject) {
            this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]);
          } else {
            this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n");
            this.decorators.push("}\n");
            this.decorators = this.decorators.merge();
          }
        } else {
          this.decorators = void 0;
        }
        var fn = this.createFunctionContext(asObject);
        if (!this.isChild) {
          var ret = {
            compiler: this.compilerInfo(),
            main: fn
          };
          if (this.decorators) {
            ret.main_d = this.decorators;
            ret.useDecorators = true;
          }
          var _context = this.context;
          var programs = _context.programs;
          var decorators = _context.decorators;
          for (i = 0, l3 = programs.length; i < l3; i++) {
            ret[i] = programs[i];
            if (decorators[i]) {
              ret[i + "_d"] = decorators[i];
              ret.useDecorators = true;
            }
          }
          if (this.environment.usePartial) {
            ret.usePartial = true;
          }
          if (this.options.data) {
            ret.useData = true;
          }
          if (this.useDepths) {
            ret.useDepths = true;
          }
          if (this.useBlockParams) {
            ret.useBlockParams = true;
          }
          if (this.options.compat) {
            ret.compat = true;
          }
          if (!asObject) {
            ret.compiler = JSON.stringify(ret.compiler);
            this.source.currentLocation = { start: { line: 1, column: 0 } };
            ret = this.objectLiteral(ret);
            if (options.srcName) {
              ret = ret.toStringWithSourceMap({ file: options.destName });
              ret.map = ret.map && ret.map.toString();
            } else {
              ret = ret.toString();
            }
          } else {
            ret.compilerOptions = this.options;
          }
          return ret;
        } else {
          return fn;
        }
      },
      preamble: function preamble() {
        this.lastContext = 0;
        this.source = new _codeGen2["default"](this.options.srcName);
        this.decorators = new _codeGen2["default"](this.options.srcName);
      },
      createFunctionContext: function createFunctionContext(asObject) {
        var _this = this;
        var varDeclarations = "";
        var locals = this.stackVars.concat(this.registers.list);
        if (locals.length > 0) {
          varDeclarations += ", " + locals.join(", ");
        }
        var aliasCount = 0;
        Object.keys(this.aliases).forEach(function(alias) {
          var node = _this.aliases[alias];
          if (node.children && node.referenceCount > 1) {
            varDeclarations += ", alias" + ++aliasCount + "=" + alias;
            node.children[0] = "alias" + aliasCount;
          }
        });
        if (this.lookupPropertyFunctionIsUsed) {
          varDeclarations += ", " + this.lookupPropertyFunctionVarDeclaration();
        }
        var params = ["container", "depth0", "helpers", "partials", "data"];
        if (this.useBlockParams || this.useDepths) {
          params.push("blockParams");
        }
        if (this.useDepths) {
          params.push("depths");
        }
        var source = this.mergeSource(varDeclarations);
        if (asObject) {
          params.push(source);
          return Function.apply(this, params);
        } else {
          return this.source.wrap(["function(", params.join(","), ") {\n  ", source, "}"]);
        }
      },
      mergeSource: function mergeSource(varDeclarations) {
        var isSimple = this.environment.isSimple, appendOnly = !this.forceBuffer, appendFirst = void 0, sourceSeen = void 0, bufferStart = void 0, bufferEnd = void 0;
        this.source.each(function(line) {
          if (line.appendToBuffer) {
            if (bufferStart) {
              line.prepend("  + ");
            } else {
              bufferStart = line;
            }
            bufferEnd = line;
          } else {
            if (bufferStart) {
              if (!sourceSeen) {
                appendFirst = true;
              } else {
                bufferStart.prepend("buffer += ");
              }
              bufferEnd.add(";");
              bufferStart = bufferEnd = void 0;
            }
            sourceSeen = true;
            if (!isSimple) {
              appendOnly = false;
            }
          }
        });
        if (appendOnly) {
          if (bufferStart) {
            bufferStart.prepend("return ");
            bufferEnd.add(";");
          } else if (!sourceSeen) {
            this.source.push('return "";');
          }
        } else {
          varDeclarations += ", buffer = " + (appendFirst ? "" : this.initializeBuffer());
          if (bufferStart) {
            bufferStart.prepend("return buffer + ");
            bufferEnd.add(";");
          } else {
            this.source.push("return buffer;");
          }
        }
        if (varDeclarations) {
          this.source.prepend("var " + varDeclarations.substring(2) + (appendFirst ? "" : ";\n"));
        }
        return this.source.merge();
      },
      lookupPropertyFunctionVarDeclaration: function lookupPropertyFunctionVarDeclaration() {
        return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
      },
      // [blockValue]
      //
      // On stack, before: hash, inverse, program, value
      // On stack, after: return value of blockHelperMissing
      //
      // The purpose of this opcode is to take a block of the form
      // `{{#this.foo}}...{{/this.foo}}`, resolve the value of `foo`, and
      // replace it on the stack with the result of properly
      // invoking blockHelperMissing.
      blockValue: function blockValue(name) {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs(name, 0, params);
        var blockName = this.popStack();
        params.splice(1, 0, blockName);
        this.push(this.source.functionCall(blockHelperMissing, "call", params));
      },
      // [ambiguousBlockValue]
      //
      // On stack, before: hash, inverse, program, value
      // Compiler value, before: lastHelper=value of last found helper, if any
      // On stack, after, if no lastHelper: same as [blockValue]
      // On stack, after, if lastHelper: value
      ambiguousBlockValue: function ambiguousBlockValue() {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs("", 0, params, true);
        this.flushInline();
        var current = this.topStack();
        params.splice(1, 0, current);
        this.pushSource(["if (!", this.lastHelper, ") { ", current, " = ", this.source.functionCall(blockHelperMissing, "call", params), "}"]);
      },
      // [appendContent]
      //
      // On stack, before: ...
      // On stack, after: ...
      //
      // Appends the string value of `content` to the current buffer
      appendContent: function appendContent(content) {
        if (this.pendingContent) {
          content = this.pendingContent + content;
        } else {
          this.pendingLocation = this.source.currentLocation;
        }
        this.pendingContent = content;
      },
      // [append]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Coerces `value` to a String and appends it to the current buffer.
      //
      // If `value` is truthy, or 0, it is coerced into a string and appended
      // Otherwise, the empty string is appended
      append: function append() {
        if (this.isInline()) {
          this.replaceStack(function(current) {
            return [" != null ? ", current, ' : ""'];
          });
          this.pushSource(this.appendToBuffer(this.popStack()));
        } else {
          var local = this.popStack();
          this.pushSource(["if (", local, " != null) { ", this.appendToBuffer(local, void 0, true), " }"]);
          if (this.environment.isSimple) {
            this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
          }
        }
      },
      // [appendEscaped]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Escape `value` and append it to the buffer
      appendEscaped: function appendEscaped() {
        this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
      },
      // [getContext]
      //
      // On stack, before: ...
      // On stack, after: ...
      // Compiler value, after: lastContext=depth
      //
      // Set the value of the `lastContext` compiler value to the depth
      getContext: function getContext(depth) {
        this.lastContext = depth;
      },
      // [pushContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext, ...
      //
      // Pushes the value of the current context onto the stack.
      pushContext: function pushContext() {
        this.pushStackLiteral(this.contextName(this.lastContext));
      },
      // [lookupOnContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext[name], ...
      //
      // Looks up the value of `name` on the current context and pushes
      // it onto the stack.
      lookupOnContext: function lookupOnContext(parts, falsy, strict, scoped) {
        var i = 0;
        if (!scoped && this.options.compat && !this.lastContext) {
          this.push(this.depthedLookup(parts[i++]));
        } else {
          this.pushContext();
        }
        this.resolvePath("context", parts, i, falsy, strict);
      },
      // [lookupBlockParam]
      //
      // On stack, before: ...
      // On stack, after: blockParam[name], ...
      //
      // Looks up the value of `parts` on the given block param and pushes
      // it onto the stack.
      lookupBlockParam: function lookupBlockParam(blockParamId, parts) {
        this.useBlockParams = true;
        this.push(["blockParams[", blockParamId[0], "][", blockParamId[1], "]"]);
        this.resolvePath("context", parts, 1);
      },
      // [lookupData]
      //
      // On stack, before: ...
      // On stack, after: data, ...
      //
      // Push the data lookup operator
      lookupData: function lookupData(depth, parts, strict) {
        if (!depth) {
          this.pushStackLiteral("data");
        } else {
          this.pushStackLiteral("container.data(data, " + depth + ")");
        }
        this.resolvePath("data", parts, 0, true, strict);
      },
      resolvePath: function resolvePath(type, parts, startPartIndex, falsy, strict) {
        var _this2 = this;
        if (this.options.strict || this.options.assumeObjects) {
          this.push(strictLookup(this.options.strict && strict, this, parts, startPartIndex, type));
          return;
        }
        var len = parts.length;
        var _loop = function(i2) {
          _this2.replaceStack(function(current) {
            var lookup = _this2.nameLookup(current, parts[i2], type);
            if (!falsy) {
              return [" != null ? ", lookup, " : ", current];
            } else {
              return [" && ", lookup];
            }
          });
        };
        for (var i = startPartIndex; i < len; i++) {
          _loop(i);
        }
      },
      // [resolvePossibleLambda]
      //
      // On stack, before: value, ...
      // On stack, after: resolved value, ...
      //
      // If the `value` is a lambda, replace it on the stack by
      // the return value of the lambda
      resolvePossibleLambda: function resolvePossibleLambda() {
        this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
      },
      // [pushStringParam]
      //
      // On stack, before: ...
      // On stack, after: string, currentContext, ...
      //
      // This opcode is designed for use in string mode, which
      // provides the string value of a parameter along with its
      // depth rather than resolving it immediately.
      pushStringParam: function pushStringParam(string, type) {
        this.pushContext();
        this.pushString(type);
        if (type !== "SubExpression") {
          if (typeof string === "string") {
            this.pushString(string);
          } else {
            this.pushStackLiteral(string);
          }
        }
      },
      emptyHash: function emptyHash(omitEmpty) {
        if (this.trackIds) {
          this.push("{}");
        }
        if (this.stringParams) {
          this.push("{}");
          this.push("{}");
        }
        this.pushStackLiteral(omitEmpty ? "undefined" : "{}");
      },
      pushHash: function pushHash() {
        if (this.hash) {
          this.hashes.push(this.hash);
        }
        this.hash = { values: {}, types: [], contexts: [], ids: [] };
      },
      popHash: function popHash() {
        var hash = this.hash;
        this.hash = this.hashes.pop();
        if (this.trackIds) {
          this.push(this.objectLiteral(hash.ids));
        }
        if (this.stringParams) {
          this.push(this.objectLiteral(hash.contexts));
          this.push(this.objectLiteral(hash.types));
        }
        this.push(this.objectLiteral(hash.values));
      },
      // [pushString]
      //
      // On stack, before: ...
      // On stack, after: quotedString(string), ...
      //
      // Push a quoted version of `string` onto the stack
      pushString: function pushString(string) {
        this.pushStackLiteral(this.quotedString(string));
      },
      // [pushLiteral]
      //
      // On stack, before: ...
      // On stack, after: value, ...
      //
      // Pushes a value onto the stack. This operation prevents
      // the compiler from creating a temporary variable to hold
      // it.
      pushLiteral: function pushLiteral(value) {
        this.pushStackLiteral(value);
      },
      // [pushProgram]
      //
      // On stack, before: ...
      // On stack, after: program(guid), ...
      //
      // Push a program expression onto the stack. This takes
      // a compile-time guid and converts it into a runtime-accessible
      // expression.
      pushProgram: function pushProgram(guid) {
        if (guid != null) {
          this.pushStackLiteral(this.programExpression(guid));
        } else {
          this.pushStackLiteral(null);
        }
      },
      // [registerDecorator]
      //
      // On stack, before: hash, program, params..., ...
      // On stack, after: ...
      //
      // Pops off the decorator's parameters, invokes the decorator,
      // and inserts the decorator into the decorators list.
      registerDecorator: function registerDecorator(paramSize, name) {
        var foundDecorator = this.nameLookup("decorators", name, "decorator"), options = this.setupHelperArgs(name, paramSize);
        this.decorators.push(["var decorator = ", foundDecorator, ";"]);
        this.decorators.push(['if (typeof decorator !== "function") { throw new Error(', this.quotedString('Missing decorator: "' + name + '"'), "); }"]);
        this.decorators.push(["fn = ", this.decorators.functionCall("decorator", "", ["fn", "props", "container", options]), " || fn;"]);
      },
      // [invokeHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // Pops off the helper's parameters, invokes the helper,
      // and pushes the helper's return value onto the stack.
      //
      // If the helper is not found, `helperMissing` is called.
      invokeHelper: function invokeHelper(paramSize, name, isSimple) {
        var nonHelper = this.popStack(), helper = this.setupHelper(paramSize, name);
        var possibleFunctionCalls = [];
        if (isSimple) {
          possibleFunctionCalls.push(helper.name);
        }
        possibleFunctionCalls.push(nonHelper);
        if (!this.options.strict) {
          possibleFunctionCalls.push(this.aliasable("container.hooks.helperMissing"));
        }
        var functionLookupCode = ["(", this.itemsSeparatedBy(possibleFunctionCalls, "||"), ")"];
        var functionCall = this.source.functionCall(functionLookupCode, "call", helper.callParams);
        this.push(functionCall);
      },
      itemsSeparatedBy: function itemsSeparatedBy(items, separator) {
        var result = [];
        result.push(items[0]);
        for (var i = 1; i < items.length; i++) {
          result.push(separator, items[i]);
        }
        return result;
      },
      // [invokeKnownHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // This operation is used when the helper is known to exist,
      // so a `helperMissing` fallback is not required.
      invokeKnownHelper: function invokeKnownHelper(paramSize, name) {
        var helper = this.setupHelper(paramSize, name);
        this.push(this.source.functionCall(helper.name, "call", helper.callParams));
      },
      // [invokeAmbiguous]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of disambiguation
      //
      // This operation is used when an expression like `{{foo}}`
      // is provided, but we don't know at compile-time whether it
      // is a helper or a path.
      //
      // This operation emits more code than the other options,
      // and can be avoided by passing the `knownHelpers` and
      // `knownHelpersOnly` flags at compile-time.
      invokeAmbiguous: function invokeAmbiguous(name, helperCall) {
        this.useRegister("helper");
        var nonHelper = this.popStack();
        this.emptyHash();
        var helper = this.setupHelper(0, name, helperCall);
        var helperName = this.lastHelper = this.nameLookup("helpers", name, "helper");
        var lookup = ["(", "(helper = ", helperName, " || ", nonHelper, ")"];
        if (!this.options.strict) {
          lookup[0] = "(helper = ";
          lookup.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"));
        }
        this.push(["(", lookup, helper.paramsInit ? ["),(", helper.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", helper.callParams), " : helper))"]);
      },
      // [invokePartial]
      //
      // On stack, before: context, ...
      // On stack after: result of partial invocation
      //
      // This operation pops off a context, invokes a partial with that context,
      // and pushes the result of the invocation back.
      invokePartial: function invokePartial(isDynamic, name, indent) {
        var params = [], options = this.setupParams(name, 1, params);
        if (isDynamic) {
          name = this.popStack();
          delete options.name;
        }
        if (indent) {
          options.indent = this.quotedString(indent);
        }
        options.helpers = "helpers";
        options.partials = "partials";
        options.decorators = "container.decorators";
        if (!isDynamic) {
          params.unshift(this.nameLookup("partials", name, "partial"));
        } else {
          params.unshift(name);
        }
        if (this.options.compat) {
          options.depths = "depths";
        }
        options = this.objectLiteral(options);
        params.push(options);
        this.push(this.source.functionCall("container.invokePartial", "", params));
      },
      // [assignToHash]
      //
      // On stack, before: value, ..., hash, ...
      // On stack, after: ..., hash, ...
      //
      // Pops a value off the stack and assigns it to the current hash
      assignToHash: function assignToHash(key) {
        var value = this.popStack(), context = void 0, type = void 0, id = void 0;
        if (this.trackIds) {
          id = this.popStack();
        }
        if (this.stringParams) {
          type = this.popStack();
          context = this.popStack();
        }
        var hash = this.hash;
        if (context) {
          hash.contexts[key] = context;
        }
        if (type) {
          hash.types[key] = type;
        }
        if (id) {
          hash.ids[key] = id;
        }
        hash.values[key] = value;
      },
      pushId: function pushId(type, name, child) {
        if (type === "BlockParam") {
          this.pushStackLiteral("blockParams[" + name[0] + "].path[" + name[1] + "]" + (child ? " + " + this.quotedString("." + child) : ""));
        } else if (type === "PathExpression") {
          this.pushString(name);
        } else if (type === "SubExpression") {
          this.pushStackLiteral("true");
        } else {
          this.pushStackLiteral("null");
        }
      },
      // HELPERS
      compiler: JavaScriptCompiler,
      compileChildren: function compileChildren(environment, options) {
        var children = environment.children, child = void 0, compiler = void 0;
        for (var i = 0, l3 = children.length; i < l3; i++) {
          child = children[i];
          compiler = new this.compiler();
          var existing = this.matchExistingProgram(child);
          if (existing == null) {
            var index = this.context.programs.push("") - 1;
            child.index = index;
            child.name = "program" + index;
            this.context.programs[index] = compiler.compile(child, options, this.context, !this.precompile);
            this.context.decorators[index] = compiler.decorators;
            this.context.environments[index] = child;
            this.useDepths = this.useDepths || compiler.useDepths;
            this.useBlockParams = this.useBlockParams || compiler.useBlockParams;
            child.useDepths = this.useDepths;
            child.useBlockParams = this.useBlockParams;
          } else {
            child.index = existing.index;
            child.name = "program" + existing.index;
            this.useDepths = this.useDepths || existing.useDepths;
            this.useBlockParams = this.useBlockParams || existing.useBlockParams;
          }
        }
      },
      matchExistingProgram: function matchExistingProgram(child) {
        for (var i = 0, len = this.context.environments.length; i < len; i++) {
          var environment = this.context.environments[i];
          if (environment && environment.equals(child)) {
            return environment;
          }
        }
      },
      programExpression: function programExpression(guid) {
        var child = this.environment.children[guid], programParams = [child.index, "data", child.blockParams];
        if (this.useBlockParams || this.useDepths) {
          programParams.push("blockParams");
        }
        if (this.useDepths) {
          programParams.push("depths");
        }
        return "container.program(" + programParams.join(", ") + ")";
      },
      useRegister: function useRegister(name) {
        if (!this.registers[name]) {
          this.registers[name] = true;
          this.registers.list.push(name);
        }
      },
      push: function push(expr) {
        if (!(expr instanceof Literal)) {
          expr = this.source.wrap(expr);
        }
        this.inlineStack.push(expr);
        return expr;
      },
      pushStackLiteral: function pushStackLiteral(item) {
        this.push(new Literal(item));
      },
      pushSource: function pushSource(source) {
        if (this.pendingContent) {
          this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation));
          this.pendingContent = void 0;
        }
        if (source) {
          this.source.push(source);
        }
      },
      replaceStack: function replaceStack(callback) {
        var prefix = ["("], stack = void 0, createdStack = void 0, usedLiteral = void 0;
        if (!this.isInline()) {
          throw new _exception2["default"]("replaceStack on non-inline");
        }
        var top2 = this.popStack(true);
        if (top2 instanceof Literal) {
          stack = [top2.value];
          prefix = ["(", stack];
          usedLiteral = true;
        } else {
          createdStack = true;
          var _name = this.incrStack();
          prefix = ["((", this.push(_name), " = ", top2, ")"];
          stack = this.topStack();
        }
        var item = callback.call(this, stack);
        if (!usedLiteral) {
          this.popStack();
        }
        if (createdStack) {
          this.stackSlot--;
        }
        this.push(prefix.concat(item, ")"));
      },
      incrStack: function incrStack() {
        this.stackSlot++;
        if (this.stackSlot > this.stackVars.length) {
          this.stackVars.push("stack" + this.stackSlot);
        }
        return this.topStackName();
      },
      topStackName: function topStackName() {
        return "stack" + this.stackSlot;
      },
      flushInline: function flushInline() {
        var inlineStack = this.inlineStack;
        this.inlineStack = [];
        for (var i = 0, len = inlineStack.length; i < len; i++) {
          var entry = inlineStack[i];
          if (entry instanceof Literal) {
            this.compileStack.push(entry);
          } else {
            var stack = this.incrStack();
            this.pushSource([stack, " = ", entry, ";"]);
            this.compileStack.push(stack);
          }
        }
      },
      isInline: function isInline() {
        return this.inlineStack.length;
      },
      popStack: function popStack(wrapped) {
        var inline = this.isInline(), item = (inline ? this.inlineStack : this.compileStack).pop();
        if (!wrapped && item instanceof Literal) {
          return item.value;
        } else {
          if (!inline) {
            if (!this.stackSlot) {
              throw new _exception2["default"]("Invalid stack pop");
            }
            this.stackSlot--;
          }
          return item;
        }
      },
      topStack: function topStack() {
        var stack = this.isInline() ? this.inlineStack : this.compileStack, item = stack[stack.length - 1];
        if (item instanceof Literal) {
          return item.value;
        } else {
          return item;
        }
      },
      contextName: function contextName(context) {
        if (this.useDepths && context) {
          return "depths[" + context + "]";
        } else {
          return "depth" + context;
        }
      },
      quotedString: function quotedString(str) {
        return this.source.quotedString(str);
      },
      objectLiteral: function objectLiteral(obj) {
        return this.source.objectLiteral(obj);
      },
      aliasable: function aliasable(name) {
        var ret = this.aliases[name];
        if (ret) {
          ret.referenceCount++;
          return ret;
        }
        ret = this.aliases[name] = this.source.wrap(name);
        ret.aliasable = true;
        ret.referenceCount = 1;
        return ret;
      },
      setupHelper: function setupHelper(paramSize, name, blockHelper) {
        var params = [], paramsInit = this.setupHelperArgs(name, paramSize, params, blockHelper);
        var foundHelper = this.nameLookup("helpers", name, "helper"), callContext = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
        return {
          params,
          paramsInit,
          name: foundHelper,
          callParams: [callContext].concat(params)
        };
      },
      setupParams: function setupParams(helper, paramSize, params) {
        var options = {}, contexts = [], types = [], ids = [], objectArgs = !params, param = void 0;
        if (objectArgs) {
          params = [];
        }
        options.name = this.quotedString(helper);
        options.hash = this.popStack();
        if (this.trackIds) {
          options.hashIds = this.popStack();
        }
        if (this.stringParams) {
          options.hashTypes = this.popStack();
          options.hashContexts = this.popStack();
        }
        var inverse = this.popStack(), program = this.popStack();
        if (program || inverse) {
          options.fn = program || "container.noop";
          options.inverse = inverse || "container.noop";
        }
        var i = paramSize;
        while (i--) {
          param = this.popStack();
          params[i] = param;
          if (this.trackIds) {
            ids[i] = this.popStack();
          }
          if (this.stringParams) {
            types[i] = this.popStack();
            contexts[i] = this.popStack();
          }
        }
        if (objectArgs) {
          options.args = this.source.generateArray(params);
        }
        if (this.trackIds) {
          options.ids = this.source.generateArray(ids);
        }
        if (this.stringParams) {
          options.types = this.source.generateArray(types);
          options.contexts = this.source.generateArray(contexts);
        }
        if (this.options.data) {
          options.data = "data";
        }
        if (this.useBlockParams) {
          options.blockParams = "blockParams";
        }
        return options;
      },
      setupHelperArgs: function setupHelperArgs(helper, paramSize, params, useRegister) {
        var options = this.setupParams(helper, paramSize, params);
        options.loc = locationLiteral(this);
        options = this.objectLiteral(options);
        if (useRegister) {
          this.useRegister("options");
          params.push("options");
          return ["options=", options];
        } else if (params) {
          params.push(options);
          return "";
        } else {
          return options;
        }
      }
    };
    (function() {
      var reservedWords = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" ");
      var compilerWords = JavaScriptCompiler.RESERVED_WORDS = {};
      for (var i = 0, l3 = reservedWords.length; i < l3; i++) {
        compilerWords[reservedWords[i]] = true;
      }
    })();
    JavaScriptCompiler.isValidJavaScriptVariableName = function(name) {
      return !JavaScriptCompiler.RESERVED_WORDS[name] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(name);
    };
    function locationLiteral(compiler) {
      var loc = compiler.source.currentLocation;
      return loc ? _codeGen.safeJsonLiteral(loc) : "undefined";
    }
    function strictLookup(requireTerminal, compiler, parts, startPartIndex, type) {
      var stack = compiler.popStack(), len = parts.length;
      if (requireTerminal) {
        len--;
      }
      for (var i = startPartIndex; i < len; i++) {
        stack = compiler.nameLookup(stack, parts[i], type);
      }
      if (requireTerminal) {
        return [compiler.aliasable("container.strict"), "(", stack, ", ", compiler.quotedString(parts[len]), ", ", locationLiteral(compiler), " )"];
      } else {
        return stack;
      }
    }
    exports["default"] = JavaScriptCompiler;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.js
var require_handlebars = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _handlebarsRuntime = require_handlebars_runtime();
    var _handlebarsRuntime2 = _interopRequireDefault(_handlebarsRuntime);
    var _handlebarsCompilerAst = require_ast();
    var _handlebarsCompilerAst2 = _interopRequireDefault(_handlebarsCompilerAst);
    var _handlebarsCompilerBase = require_base2();
    var _handlebarsCompilerCompiler = require_compiler();
    var _handlebarsCompilerJavascriptCompiler = require_javascript_compiler();
    var _handlebarsCompilerJavascriptCompiler2 = _interopRequireDefault(_handlebarsCompilerJavascriptCompiler);
    var _handlebarsCompilerVisitor = require_visitor();
    var _handlebarsCompilerVisitor2 = _interopRequireDefault(_handlebarsCompilerVisitor);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    var _create = _handlebarsRuntime2["default"].create;
    function create() {
      var hb = _create();
      hb.compile = function(input, options) {
        return _handlebarsCompilerCompiler.compile(input, options, hb);
      };
      hb.precompile = function(input, options) {
        return _handlebarsCompilerCompiler.precompile(input, options, hb);
      };
      hb.AST = _handlebarsCompilerAst2["default"];
      hb.Compiler = _handlebarsCompilerCompiler.Compiler;
      hb.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2["default"];
      hb.Parser = _handlebarsCompilerBase.parser;
      hb.parse = _handlebarsCompilerBase.parse;
      hb.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst.Visitor = _handlebarsCompilerVisitor2["default"];
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js
var require_printer = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.print = print;
    exports.PrintVisitor = PrintVisitor;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function print(ast) {
      return new PrintVisitor().accept(ast);
    }
    function PrintVisitor() {
      this.padding = 0;
    }
    PrintVisitor.prototype = new _visitor2["default"]();
    PrintVisitor.prototype.pad = function(string) {
      var out = "";
      for (var i = 0, l3 = this.padding; i < l3; i++) {
        out += "  ";
      }
      out += string + "\n";
      return out;
    };
    PrintVisitor.prototype.Program = function(program) {
      var out = "", body = program.body, i = void 0, l3 = void 0;
      if (program.blockParams) {
        var blockParams = "BLOCK PARAMS: [";
        for (i = 0, l3 = program.blockParams.length; i < l3; i++) {
          blockParams += " " + program.blockParams[i];
        }
        blockParams += " ]";
        out += this.pad(blockParams);
      }
      for (i = 0, l3 = body.length; i < l3; i++) {
        out += this.accept(body[i]);
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.MustacheStatement = function(mustache) {
      return this.pad("{{ " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.Decorator = function(mustache) {
      return this.pad("{{ DIRECTIVE " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.BlockStatement = PrintVisitor.prototype.DecoratorBlock = function(block) {
      var out = "";
      out += this.pad((block.type === "DecoratorBlock" ? "DIRECTIVE " : "") + "BLOCK:");
      this.padding++;
      out += this.pad(this.SubExpression(block));
      if (block.program) {
        out += this.pad("PROGRAM:");
        this.padding++;
        out += this.accept(block.program);
        this.padding--;
      }
      if (block.inverse) {
        if (block.program) {
          this.padding++;
        }
        out += this.pad("{{^}}");
        this.padding++;
        out += this.accept(block.inverse);
        this.padding--;
        if (block.program) {
          this.padding--;
        }
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.PartialStatement = function(partial) {
      var content = "PARTIAL:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.PartialBlockStatement = function(partial) {
      var content = "PARTIAL BLOCK:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      content += " " + this.pad("PROGRAM:");
      this.padding++;
      content += this.accept(partial.program);
      this.padding--;
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.ContentStatement = function(content) {
      return this.pad("CONTENT[ '" + content.value + "' ]");
    };
    PrintVisitor.prototype.CommentStatement = function(comment) {
      return this.pad("{{! '" + comment.value + "' }}");
    };
    PrintVisitor.prototype.SubExpression = function(sexpr) {
      var params = sexpr.params, paramStrings = [], hash = void 0;
      for (var i = 0, l3 = params.length; i < l3; i++) {
        paramStrings.push(this.accept(params[i]));
      }
      params = "[" + paramStrings.join(", ") + "]";
      hash = sexpr.hash ? " " + this.accept(sexpr.hash) : "";
      return this.accept(sexpr.path) + " " + params + hash;
    };
    PrintVisitor.prototype.PathExpression = function(id) {
      var path = id.parts.join("/");
      return (id.data ? "@" : "") + "PATH:" + path;
    };
    PrintVisitor.prototype.StringLiteral = function(string) {
      return '"' + string.value + '"';
    };
    PrintVisitor.prototype.NumberLiteral = function(number) {
      return "NUMBER{" + number.value + "}";
    };
    PrintVisitor.prototype.BooleanLiteral = function(bool) {
      return "BOOLEAN{" + bool.value + "}";
    };
    PrintVisitor.prototype.UndefinedLiteral = function() {
      return "UNDEFINED";
    };
    PrintVisitor.prototype.NullLiteral = function() {
      return "NULL";
    };
    PrintVisitor.prototype.Hash = function(hash) {
      var pairs = hash.pairs, joinedPairs = [];
      for (var i = 0, l3 = pairs.length; i < l3; i++) {
        joinedPairs.push(this.accept(pairs[i]));
      }
      return "HASH{" + joinedPairs.join(", ") + "}";
    };
    PrintVisitor.prototype.HashPair = function(pair) {
      return pair.key + "=" + this.accept(pair.value);
    };
  }
});

// node_modules/handlebars/lib/index.js
var require_lib = __commonJS({
  "node_modules/handlebars/lib/index.js"(exports, module) {
    var handlebars = require_handlebars()["default"];
    var printer = require_printer();
    handlebars.PrintVisitor = printer.PrintVisitor;
    handlebars.print = printer.print;
    module.exports = handlebars;
    function extension(module2, filename) {
      var fs = __require("fs");
      var templateString = fs.readFileSync(filename, "utf8");
      module2.exports = handlebars.compile(templateString);
    }
    if (typeof __require !== "undefined" && __require.extensions) {
      __require.extensions[".handlebars"] = extension;
      __require.extensions[".hbs"] = extension;
    }
  }
});

// src/model/aggregate.ts
function granularityFor(range) {
  const days = rangeLength(range);
  return days <= 92 ? "day" : days <= 731 ? "week" : "month";
}
function bucketOf(day, granularity) {
  return granularity === "day" ? day : granularity === "week" ? weekStart(day) : `${monthOf(day)}-01`;
}
function bucketSeries(byDay, range, granularity) {
  const { bucketOfDay, buckets: keys } = bucketLayout(range, granularity);
  const buckets = /* @__PURE__ */ new Map();
  for (const b of keys) buckets.set(b, 0);
  for (const [day, v2] of byDay) {
    const b = bucketOfDay.get(day);
    if (b !== void 0) buckets.set(b, buckets.get(b) + v2);
  }
  return [...buckets].map(([date, tokens]) => ({ date, tokens: round2(tokens) }));
}
var layouts = /* @__PURE__ */ new Map();
function bucketLayout(range, granularity) {
  const key = `${range.from}|${range.to}|${granularity}`;
  let layout = layouts.get(key);
  if (!layout) {
    const bucketOfDay = /* @__PURE__ */ new Map();
    const buckets = [];
    for (let d = range.from; d <= range.to; d = addDays(d, 1)) {
      const b = bucketOf(d, granularity);
      if (buckets[buckets.length - 1] !== b) buckets.push(b);
      bucketOfDay.set(d, b);
    }
    layout = { bucketOfDay, buckets };
    if (layouts.size >= 16) layouts.clear();
    layouts.set(key, layout);
  }
  return layout;
}
function round2(n2) {
  return Math.round(n2 * 100) / 100;
}

// src/model/coverage.ts
function appCoverage(firstDay, lastDay, asOf, fetched) {
  if (firstDay === void 0 || lastDay === void 0) return null;
  const to = fetched ? lastDay > asOf ? lastDay : asOf : lastDay;
  return { from: firstDay, to };
}
function coveredDays(coverage, range) {
  if (!coverage) return 0;
  const from = coverage.from > range.from ? coverage.from : range.from;
  const to = coverage.to < range.to ? coverage.to : range.to;
  return from > to ? 0 : rangeLength({ from, to });
}
function compareOver(current, previous, baseline, coverage) {
  const days = rangeLength(baseline);
  const covered = coveredDays(coverage, baseline);
  if (covered < days) return { previous: null, change: null, delta: null, covered, days };
  return {
    previous: round2(previous),
    change: relativeChange(current, previous),
    delta: round2(current - previous),
    covered,
    days
  };
}
function intersect(coverages) {
  let out;
  for (const c of coverages) {
    if (!c) return null;
    if (out === void 0) out = { ...c };
    else {
      if (c.from > out.from) out.from = c.from;
      if (c.to < out.to) out.to = c.to;
    }
  }
  return out && out.from <= out.to ? out : null;
}

// src/model/features.ts
function mergeFeatures(features) {
  const byId = /* @__PURE__ */ new Map();
  for (const f of features) {
    const m = byId.get(f.featureId);
    if (!m) byId.set(f.featureId, { ...f });
    else {
      m.quantity += f.quantity;
      m.tokens += f.tokens;
      m.hasTokens ||= f.hasTokens;
      m.estimated ||= f.estimated;
      m.previousQuantity += f.previousQuantity;
      m.previousTokens += f.previousTokens;
      m.coverage = intersect([m.coverage, f.coverage]);
    }
  }
  return [...byId.values()];
}
function isRatedZero(featureId, rates) {
  return Object.hasOwn(rates, featureId) && rates[featureId].tokensPerUnit === 0;
}
function toFeatureSummary(f, ctx) {
  return {
    featureId: f.featureId,
    featureName: f.featureName,
    api: f.api,
    unit: f.unit,
    quantity: round2(f.quantity),
    tokens: f.hasTokens ? round2(f.tokens) : null,
    estimated: f.estimated,
    ratedZero: isRatedZero(f.featureId, ctx.rates),
    previousQuantity: round2(f.previousQuantity),
    quantityChange: compareOver(f.quantity, f.previousQuantity, ctx.previous, f.coverage)
  };
}
var byTokensThenQuantity = (a, b) => (b.tokens ?? -1) - (a.tokens ?? -1) || b.quantity - a.quantity;
function summarizeApis(features, ctx) {
  const byApi = /* @__PURE__ */ new Map();
  for (const f of features) {
    if (f.quantity === 0 && f.tokens === 0) continue;
    const list = byApi.get(f.api) ?? [];
    list.push(f);
    byApi.set(f.api, list);
  }
  return [...byApi].map(([api, list]) => ({
    api,
    tokens: list.some((f) => f.hasTokens) ? round2(sum(list.map((f) => f.tokens))) : null,
    estimated: list.some((f) => f.estimated),
    unrated: list.filter((f) => !f.hasTokens).length,
    features: list.map((f) => toFeatureSummary(f, ctx)).sort(byTokensThenQuantity)
  })).sort((a, b) => (b.tokens ?? -1) - (a.tokens ?? -1) || (a.api < b.api ? -1 : 1));
}
function topFeatures(features, ctx) {
  return features.filter((f) => f.quantity > 0).map((f) => toFeatureSummary(f, ctx)).sort(byTokensThenQuantity).slice(0, 10);
}
function row(f) {
  return {
    featureId: f.featureId,
    featureName: f.featureName,
    api: f.api,
    unit: f.unit,
    quantity: f.quantity
  };
}
function unratedFeatures(features) {
  return features.filter((f) => !f.hasTokens && f.quantity > 0).map(row);
}
function ratedZeroFeatures(features, rates) {
  return features.filter((f) => f.quantity > 0 && isRatedZero(f.featureId, rates)).map(row);
}

// src/model/slug.ts
function appSlug(appId) {
  const safe = appId.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 32).toLowerCase();
  return `${safe || "app"}-${fnv1a(appId)}`;
}
function fnv1a(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

// src/model/apps.ts
function summarizeApp(app, ctx) {
  const h = app.history;
  const features = [...h.features.values()].map((f) => ({ ...f, coverage: app.coverage }));
  const tokens = sum(features.map((f) => f.tokens));
  const previous = sum(features.map((f) => f.previousTokens));
  const used = features.some((f) => f.quantity !== 0);
  const rated = features.some((f) => f.hasTokens);
  const month = monthStatus(
    { byDay: h.byDay, firstDay: h.firstDay, unrated: [...h.monthUnrated], rated: h.monthRated },
    ctx.reportDay,
    app.budget
  );
  const summary = {
    id: h.id,
    slug: appSlug(h.id),
    name: app.name,
    status: app.status,
    coverage: app.coverage,
    tokens: used && !rated ? null : round2(tokens),
    comparison: compareOver(tokens, previous, ctx.previous, app.coverage),
    share: 0,
    estimated: features.some((f) => f.estimated),
    month: roundMonth(month),
    apis: summarizeApis(features, ctx),
    history: bucketSeries(h.byDay, ctx.historyRange, ctx.historyGranularity),
    historyGranularity: ctx.historyGranularity,
    daily: bucketSeries(h.byDay, ctx.range, "day"),
    burn: burnDown(h.byDay, monthStart(monthOf(ctx.reportDay)), ctx.reportDay),
    spikes: findSpikes(h.byDay, eachDay(ctx.range), { appId: h.id, appName: app.name }, app.coverage),
    // Filled from the records by the report builder (usage-extras).
    units: []
  };
  if (app.error) summary.error = app.error;
  if (app.hint) summary.hint = app.hint;
  return { summary, features, tokens };
}
function roundMonth(m) {
  return {
    ...m,
    tokens: m.tokens === null ? null : round2(m.tokens),
    forecast: m.forecast === null ? null : round2(m.forecast)
  };
}
function burnDown(byDay, from, to) {
  let acc = 0;
  return eachDay({ from, to }).map((date) => {
    acc += byDay.get(date) ?? 0;
    return { date, tokens: round2(acc) };
  });
}

// src/model/index-history.ts
function indexHistory(rows, windows) {
  const table = rows instanceof HistoryTable ? rows : HistoryTable.from(rows);
  const index = {
    apps: /* @__PURE__ */ new Map(),
    totalByDay: /* @__PURE__ */ new Map(),
    months: /* @__PURE__ */ new Map(),
    featureUnits: /* @__PURE__ */ new Map(),
    apiFeatures: /* @__PURE__ */ new Map(),
    firstDay: void 0,
    lastDay: void 0
  };
  const { period, previous, month, withCaps } = windows;
  let day = "";
  let dayTotal = 0;
  let where = "other";
  let inMonth = false;
  let monthIndex;
  let app;
  let appDay = 0;
  let monthApp;
  const endApp = () => {
    if (app) app.byDay.set(day, appDay);
    app = void 0;
  };
  const r = {
    date: "",
    appId: "",
    appName: "",
    api: "",
    featureId: "",
    featureName: "",
    unit: "",
    quantity: 0,
    tokens: null,
    tokensEstimated: false
  };
  let dayNumber3 = NaN;
  for (let i = 0; i < table.length; i++) {
    if (table.day[i] !== dayNumber3) {
      dayNumber3 = table.day[i];
      r.date = table.date(i);
    }
    const a = table.apps[table.app[i]];
    r.appId = a.id;
    r.appName = a.name;
    const f = table.features[table.feature[i]];
    r.api = f.api;
    r.featureId = f.id;
    r.featureName = f.name;
    r.unit = f.unit;
    r.quantity = table.quantity[i];
    r.tokens = table.tokensAt(i);
    r.tokensEstimated = table.estimated(i);
    if (r.date !== day) {
      endApp();
      if (day) index.totalByDay.set(day, dayTotal);
      day = r.date;
      if (index.firstDay === void 0 || day < index.firstDay) index.firstDay = day;
      if (index.lastDay === void 0 || day > index.lastDay) index.lastDay = day;
      dayTotal = index.totalByDay.get(day) ?? 0;
      monthIndex = monthOfDay(index.months, day);
      monthIndex.days.add(day);
      inMonth = day >= month.from && day <= month.to;
      where = day >= period.from && day <= period.to ? "period" : day >= previous.from && day <= previous.to ? "previous" : "other";
    }
    if (r.appId !== app?.id) {
      endApp();
      app = appOf(index.apps, r, day);
      appDay = app.byDay.get(day) ?? 0;
      monthApp = monthIndex.apps.get(r.appId);
      if (!monthApp) monthIndex.apps.set(r.appId, monthApp = { tokens: 0, quantity: 0, name: r.appName });
    }
    if (day >= app.lastDay) {
      app.name = r.appName;
      app.lastDay = day;
    }
    if (day < app.firstDay) app.firstDay = day;
    const tokens = r.tokens ?? 0;
    app.totalTokens += tokens;
    appDay += tokens;
    dayTotal += tokens;
    monthApp.tokens += tokens;
    monthApp.quantity += r.quantity;
    const apiTokens = monthIndex.apis.get(r.api) ?? null;
    monthIndex.apis.set(r.api, r.tokens === null ? apiTokens : (apiTokens ?? 0) + r.tokens);
    if (inMonth) {
      if (r.tokens !== null) app.monthRated = true;
      else if (r.quantity !== 0) app.monthUnrated.add(r.featureName);
    }
    if (withCaps) addUnits(index, r, inMonth);
    if (where !== "other") addFeature(app, r, where === "period");
  }
  endApp();
  if (day) index.totalByDay.set(day, dayTotal);
  return index;
}
function monthOfDay(months, day) {
  const m = day.slice(0, 7);
  let found = months.get(m);
  if (!found) months.set(m, found = { apps: /* @__PURE__ */ new Map(), apis: /* @__PURE__ */ new Map(), days: /* @__PURE__ */ new Set() });
  return found;
}
function appOf(apps, r, day) {
  let app = apps.get(r.appId);
  if (!app) {
    app = {
      id: r.appId,
      name: r.appName,
      byDay: /* @__PURE__ */ new Map(),
      firstDay: day,
      lastDay: day,
      totalTokens: 0,
      features: /* @__PURE__ */ new Map(),
      monthUnrated: /* @__PURE__ */ new Set(),
      monthRated: false
    };
    apps.set(r.appId, app);
  }
  return app;
}
function addFeature(app, r, inPeriod) {
  let f = app.features.get(r.featureId);
  if (!f) {
    f = {
      featureId: r.featureId,
      featureName: r.featureName,
      api: r.api,
      unit: r.unit,
      quantity: 0,
      tokens: 0,
      hasTokens: false,
      estimated: false,
      previousQuantity: 0,
      previousTokens: 0
    };
    app.features.set(r.featureId, f);
  }
  const tokens = r.tokens ?? 0;
  if (inPeriod) {
    f.quantity += r.quantity;
    f.tokens += tokens;
    if (r.tokens !== null) f.hasTokens = true;
    if (r.tokensEstimated) f.estimated = true;
  } else {
    f.previousQuantity += r.quantity;
    f.previousTokens += tokens;
  }
}
function addUnits(index, r, inMonth) {
  let features = index.apiFeatures.get(r.api);
  if (!features) index.apiFeatures.set(r.api, features = /* @__PURE__ */ new Map());
  features.set(r.featureId, r.unit);
  if (!inMonth) return;
  let f = index.featureUnits.get(r.featureId);
  if (!f) index.featureUnits.set(r.featureId, f = { api: r.api, unit: r.unit, byDay: /* @__PURE__ */ new Map() });
  f.byDay.set(r.date, (f.byDay.get(r.date) ?? 0) + r.quantity);
}

// src/model/months.ts
function summarizeMonths(index, team, appCoverage2) {
  return [...index.months.keys()].sort().map((month) => {
    const m = index.months.get(month);
    const range = { from: monthStart(month), to: monthEnd(month) };
    const through = team && team.to < range.to && team.to >= range.from ? team.to : range.to;
    const current = { from: range.from, to: through };
    const tokens = sum([...m.apps.values()].map((v2) => v2.tokens));
    const previousWindow = sameDays(current, -1);
    return {
      month,
      tokens: round2(tokens),
      days: m.days.size,
      daysInMonth: daysInMonth(month),
      coveredDays: coveredDays(team, range),
      through,
      apps: [...m.apps].map(([id, v2]) => {
        const app = index.apps.get(id);
        return {
          id,
          name: v2.name,
          slug: appSlug(id),
          tokens: round2(v2.tokens),
          quantity: round2(v2.quantity),
          previousMonth: appComparison(app, current, previousWindow, appCoverage2.get(id) ?? null)
        };
      }).sort((a, b) => b.tokens - a.tokens),
      apis: [...m.apis].map(([api, t]) => ({ api, tokens: t === null ? null : round2(t) })).sort((a, b) => (b.tokens ?? -1) - (a.tokens ?? -1) || (a.api < b.api ? -1 : 1)),
      previousMonth: monthComparison(index.totalByDay, current, -1, team),
      yearAgo: monthComparison(index.totalByDay, current, -12, team),
      // Filled from the records by the report builder (usage-extras).
      features: []
    };
  });
}
function sameDays(current, months) {
  const month = addMonths(current.from.slice(0, 7), months);
  const lastDay = Math.min(Number(current.to.slice(8, 10)), daysInMonth(month));
  const whole = current.to === monthEnd(current.from.slice(0, 7));
  return {
    from: monthStart(month),
    to: whole ? monthEnd(month) : `${month}-${String(lastDay).padStart(2, "0")}`
  };
}
function monthComparison(byDay, current, months, coverage) {
  const other = sameDays(current, months);
  if (coveredDays(coverage, other) === 0) return null;
  const tokens = sum(dailyValues(byDay, current.from, current.to));
  const previous = sum(dailyValues(byDay, other.from, other.to));
  return {
    month: other.from.slice(0, 7),
    from: other.from,
    to: other.to,
    currentFrom: current.from,
    currentTo: current.to,
    sameDays: current.to !== monthEnd(current.from.slice(0, 7)),
    tokens: round2(tokens),
    comparison: compareOver(tokens, previous, other, coverage)
  };
}
function appComparison(app, current, other, coverage) {
  const tokens = sum(dailyValues(app.byDay, current.from, current.to));
  const previous = sum(dailyValues(app.byDay, other.from, other.to));
  return compareOver(tokens, previous, other, coverage);
}

// src/model/movers.ts
var MOVERS_PER_KIND = 5;
function findMovers(apps, features, previous) {
  const appMovers = apps.flatMap(
    (a) => a.tokens === null ? [] : [{ kind: "app", id: a.id, name: a.name, tokens: a.tokens, comparison: a.comparison }]
  );
  const featureMovers = features.flatMap(
    (f) => f.hasTokens ? [
      {
        kind: "feature",
        id: f.featureId,
        name: f.featureName,
        tokens: round2(f.tokens),
        comparison: compareOver(f.tokens, f.previousTokens, previous, f.coverage)
      }
    ] : []
  );
  return [...top(appMovers), ...top(featureMovers)];
}
function movement(m) {
  if (m.comparison.delta !== null) return Math.abs(m.comparison.delta);
  return m.comparison.covered === 0 ? m.tokens : null;
}
function top(list) {
  return list.map((m) => ({ m, by: movement(m) })).filter((x2) => x2.by !== null && x2.by !== 0).sort((a, b) => b.by - a.by).slice(0, MOVERS_PER_KIND).map((x2) => x2.m);
}

// src/model/balance.ts
var BURN_RATE_DAYS = 28;
var MIN_RATE_DAYS = 7;
var EXPIRY_WARN_DAYS = 90;
function balanceStatus(input) {
  const { balance, byDay, coverage, reportDay } = input;
  const covered = (day) => !!coverage && day >= coverage.from && day <= coverage.to;
  const since = balance.asOf < reportDay ? eachDay({ from: addDays(balance.asOf, 1), to: reportDay }) : [];
  let spent = 0;
  let uncoveredDays = 0;
  let ranOutOn = null;
  for (const day of since) {
    if (!covered(day)) {
      uncoveredDays++;
      continue;
    }
    spent += byDay.get(day) ?? 0;
    if (ranOutOn === null && spent >= balance.tokens) ranOutOn = day;
  }
  const window = eachDay({ from: addDays(reportDay, -(BURN_RATE_DAYS - 1)), to: reportDay }).filter(covered);
  const rate = window.length >= MIN_RATE_DAYS ? window.reduce((n2, d) => n2 + (byDay.get(d) ?? 0), 0) / window.length : null;
  const left = balance.tokens - spent;
  let runOut = ranOutOn;
  if (runOut === null && left > 0 && rate !== null && rate > 0)
    runOut = addDays(reportDay, Math.ceil(left / rate));
  const status = {
    tokens: balance.tokens,
    asOf: balance.asOf,
    warnDays: balance.warnDays,
    spent: round2(spent),
    left: round2(left),
    uncoveredDays,
    unrated: input.unrated,
    estimated: input.estimated,
    rate: rate === null ? null : round2(rate),
    rateDays: window.length,
    runOut,
    exhausted: ranOutOn !== null,
    expired: balance.expires !== void 0 && reportDay > balance.expires
  };
  if (balance.expires !== void 0) status.expires = balance.expires;
  return status;
}
function balanceAlerts(status, reportDay) {
  const alerts = [];
  if (status.expired) return alerts;
  if (status.runOut !== null) {
    const days = daysBetween(reportDay, status.runOut);
    const soon = status.exhausted || days <= status.warnDays;
    const beforeExpiry = status.expires !== void 0 && status.runOut < status.expires;
    if (soon || beforeExpiry)
      alerts.push({
        kind: "balance",
        severity: soon ? "critical" : "warning",
        value: status.left,
        date: status.runOut,
        days
      });
  }
  if (status.expires !== void 0 && status.left > 0 && !status.exhausted && reportDay >= addDays(status.expires, -EXPIRY_WARN_DAYS)) {
    alerts.push({
      kind: "expiry",
      severity: "warning",
      value: status.left,
      date: status.expires,
      days: daysBetween(reportDay, status.expires)
    });
  }
  return alerts;
}

// src/model/units.ts
var UNCHARGED_KEY = "__uncharged__";
var OTHER_APPS_KEY = "__others__";
var DAILY_UNIT_DAYS = 92;
function unitGranularity(range) {
  return rangeLength(range) <= DAILY_UNIT_DAYS ? "day" : "week";
}
function appUnitChartsOfRows(table, rows, range, coverage) {
  const { features, feature } = table;
  return unitCharts(table, rows, range, [coverage], (i) => features[feature[i]]);
}
function teamUnitChartsOfRows(table, rows, range, coverages, topApps, othersLabel) {
  const { apps, app } = table;
  return unitCharts(table, rows, range, coverages, (i) => apps[app[i]], { top: topApps, othersLabel });
}
function unitCharts(table, rows, range, coverages, seriesOf, fold) {
  const granularity = unitGranularity(range);
  const days = eachDay(range);
  const covered = (day) => coverages.some((c) => !!c && day >= c.from && day <= c.to);
  const layout = /* @__PURE__ */ new Map();
  for (const day of days) {
    const b = bucketOf(day, granularity);
    const entry = layout.get(b) ?? { covered: 0, days: 0 };
    entry.days++;
    if (covered(day)) entry.covered++;
    layout.set(b, entry);
  }
  const charts = /* @__PURE__ */ new Map();
  const chartOfFeature = [];
  const bucketOfDay = /* @__PURE__ */ new Map();
  const from = dayNumber(range.from);
  const to = dayNumber(range.to);
  for (let n2 = 0; n2 < rows.length; n2++) {
    const i = rows[n2];
    const day = table.day[i];
    if (day < from || day > to) continue;
    const f = table.feature[i];
    let chart = chartOfFeature[f];
    if (!chart) {
      const { api, unit } = table.features[f];
      const chartKey = `${api}\0${unit}`;
      chart = charts.get(chartKey);
      if (!chart) {
        chart = { api, unit, series: /* @__PURE__ */ new Map(), values: /* @__PURE__ */ new Map(), flagged: false, uncharged: 0 };
        charts.set(chartKey, chart);
      }
      chartOfFeature[f] = chart;
    }
    const own = seriesOf(i);
    const charged = table.charged(i);
    const uncharged = charged === false;
    if (charged !== void 0) chart.flagged = true;
    const key = uncharged ? UNCHARGED_KEY : own.id;
    const quantity = table.quantity[i];
    let series = chart.series.get(key);
    if (!series) chart.series.set(key, series = { key, label: uncharged ? "" : own.name, quantity: 0 });
    else if (!uncharged) series.label = own.name;
    series.quantity += quantity;
    if (uncharged) chart.uncharged += quantity;
    let bucket = bucketOfDay.get(day);
    if (bucket === void 0) bucketOfDay.set(day, bucket = bucketOf(dayText(day), granularity));
    let values = chart.values.get(bucket);
    if (!values) chart.values.set(bucket, values = {});
    values[key] = (values[key] ?? 0) + quantity;
  }
  return [...charts.values()].sort((a, b) => cmp(a.api, b.api) || cmp(a.unit, b.unit)).map((c) => {
    const series = [...c.series.values()].map((s) => ({ ...s, quantity: round2(s.quantity) })).sort(
      (a, b) => Number(a.key === UNCHARGED_KEY) - Number(b.key === UNCHARGED_KEY) || b.quantity - a.quantity || cmp(a.key, b.key)
    );
    const folded = fold && foldSeries(series, fold.top, fold.othersLabel);
    const buckets = [...layout].map(([date, l3]) => {
      const entries = Object.entries(c.values.get(date) ?? {});
      let values;
      if (folded) {
        values = {};
        for (const [k, v2] of entries) {
          const key = folded.rest.has(k) ? OTHER_APPS_KEY : k;
          values[key] = round2((values[key] ?? 0) + round2(v2));
        }
      } else {
        values = Object.fromEntries(entries.map(([k, v2]) => [k, round2(v2)]));
      }
      return { date, covered: l3.covered === l3.days, unknown: l3.covered === 0, values };
    });
    return {
      api: c.api,
      unit: c.unit,
      granularity,
      series: folded ? folded.series : series,
      buckets,
      total: round2(series.reduce((n2, s) => n2 + s.quantity, 0)),
      uncharged: c.flagged ? round2(c.uncharged) : null
    };
  });
}
function foldSeries(series, top2, othersLabel) {
  const own = series.filter((s) => s.key !== UNCHARGED_KEY);
  if (own.length <= top2) return void 0;
  const others = {
    key: OTHER_APPS_KEY,
    label: othersLabel,
    quantity: round2(own.slice(top2).reduce((n2, s) => n2 + s.quantity, 0))
  };
  return {
    series: [...own.slice(0, top2), others, ...series.filter((s) => s.key === UNCHARGED_KEY)],
    rest: new Set(own.slice(top2).map((s) => s.key))
  };
}
var FeatureUnitsByMonth = class {
  constructor(table) {
    this.table = table;
    const slots = /* @__PURE__ */ new Map();
    this.slotOf = table.features.map((f) => {
      const key = `${f.api}\0${f.id}\0${f.unit}`;
      let slot = slots.get(key);
      if (slot === void 0) slots.set(key, slot = slots.size);
      return slot;
    });
  }
  table;
  /** Feature text index → one number per distinct (API, feature id, unit). */
  slotOf;
  groups = /* @__PURE__ */ new Map();
  month(month) {
    let sums = this.groups.get(month);
    if (!sums) this.groups.set(month, sums = new FeatureSums(this.table, this.slotOf));
    return sums;
  }
  /** Each group's units, groups in order. */
  result() {
    return new Map([...this.groups].sort(([a], [b]) => cmp(a, b)).map(([m, sums]) => [m, sums.result()]));
  }
};
var FeatureSums = class {
  constructor(table, slotOf) {
    this.table = table;
    this.slotOf = slotOf;
  }
  table;
  slotOf;
  bySlot = [];
  /** In order of first row: the sort below keeps that order for ties. */
  features = [];
  add(i) {
    const t = this.table;
    const text = t.features[t.feature[i]];
    const slot = this.slotOf[t.feature[i]];
    let f = this.bySlot[slot];
    if (!f) {
      f = {
        api: text.api,
        featureId: text.id,
        featureName: text.name,
        unit: text.unit,
        quantity: 0,
        uncharged: null
      };
      this.bySlot[slot] = f;
      this.features.push(f);
    }
    f.featureName = text.name;
    const quantity = t.quantity[i];
    f.quantity += quantity;
    const charged = t.charged(i);
    if (charged !== void 0) f.uncharged = (f.uncharged ?? 0) + (charged ? 0 : quantity);
  }
  result() {
    return this.features.map((f) => ({
      ...f,
      quantity: round2(f.quantity),
      uncharged: f.uncharged === null ? null : round2(f.uncharged)
    })).sort(
      (a, b) => cmp(a.api, b.api) || cmp(a.featureName, b.featureName) || cmp(a.featureId, b.featureId)
    );
  }
};
var UnchargedTally = class {
  constructor(table, reportDay) {
    this.table = table;
    this.reportDay = reportDay;
    this.month = monthOf(reportDay);
    this.from = `${this.month}-01`;
  }
  table;
  reportDay;
  month;
  from;
  byApp = /* @__PURE__ */ new Map();
  add(i, date) {
    const t = this.table;
    if (t.charged(i) !== false || t.quantity[i] <= 0 || date < this.from || date > this.reportDay) return;
    const a = t.apps[t.app[i]];
    const app = this.byApp.get(a.id) ?? { name: a.name, days: /* @__PURE__ */ new Set(), first: date };
    app.days.add(date);
    if (date < app.first) app.first = date;
    app.name = a.name;
    this.byApp.set(a.id, app);
  }
  result() {
    return [...this.byApp].sort(([a], [b]) => cmp(a, b)).map(([appId, a]) => ({
      appId,
      appName: a.name,
      month: this.month,
      days: a.days.size,
      first: a.first
    }));
  }
};
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/model/usage-extras.ts
function usageExtras(input) {
  const { records: table, range, reportDay, apps } = input;
  const month = monthOf(reportDay);
  const balanceFrom = input.balance?.asOf;
  const inRange = [];
  const months = new FeatureUnitsByMonth(table);
  const period = new FeatureUnitsByMonth(table).month("");
  const uncharged = new UnchargedTally(table, reportDay);
  let unrated = false;
  let estimated = false;
  let day = NaN;
  let date = "";
  let inPeriod = false;
  let inBalance = false;
  let monthUnits = period;
  for (let i = 0; i < table.length; i++) {
    if (table.day[i] !== day) {
      day = table.day[i];
      date = table.date(i);
      inPeriod = date >= range.from && date <= range.to;
      inBalance = balanceFrom !== void 0 && date > balanceFrom && date <= reportDay;
      monthUnits = months.month(monthOf(date));
    }
    monthUnits.add(i);
    uncharged.add(i, date);
    if (inPeriod) {
      inRange.push(i);
      period.add(i);
    }
    if (inBalance) {
      if (Number.isNaN(table.tokens[i]) && table.quantity[i] !== 0) unrated = true;
      if (table.estimated(i)) estimated = true;
    }
  }
  const byApp = /* @__PURE__ */ new Map();
  for (const i of inRange) {
    const id = table.apps[table.app[i]].id;
    const list = byApp.get(id);
    if (list) list.push(i);
    else byApp.set(id, [i]);
  }
  const coverages = apps.map((a) => a.coverage);
  const appUnits = new Map(
    apps.map((a) => [a.id, appUnitChartsOfRows(table, byApp.get(a.id) ?? [], range, a.coverage)])
  );
  const balance = input.balance ? teamBalance(input, coverages, unrated, estimated) : null;
  const alerts = [
    ...uncharged.result().map((u) => ({
      kind: "uncharged",
      severity: "critical",
      appId: u.appId,
      appName: u.appName,
      month: u.month,
      value: u.days,
      date: u.first
    })),
    ...balance ? balanceAlerts(balance, reportDay).map((b) => ({
      kind: b.kind,
      severity: b.severity,
      appId: null,
      appName: "",
      month,
      value: b.value,
      date: b.date,
      days: b.days,
      ...b.kind === "balance" && balance.rate !== null ? { limit: balance.rate } : {},
      ...b.kind === "balance" && balance.exhausted ? { exhausted: true } : {}
    })) : []
  ];
  return {
    appUnits,
    // Empty labels are filled by render ("Others" is a word of the report's language).
    apiUnits: teamUnitChartsOfRows(table, inRange, range, coverages, input.topApps, ""),
    periodUnits: period.result(),
    monthUnits: months.result(),
    balance,
    alerts
  };
}
function teamBalance(input, coverages, unrated, estimated) {
  const known = coverages.filter((c) => c !== null);
  const coverage = known.length === 0 ? null : {
    from: known.reduce((m, c) => c.from < m ? c.from : m, known[0].from),
    to: known.reduce((m, c) => c.to < m ? c.to : m, known[0].to)
  };
  return balanceStatus({
    balance: input.balance,
    byDay: input.totalByDay,
    coverage,
    reportDay: input.reportDay,
    unrated,
    estimated
  });
}
function withMonthUnits(months, units) {
  for (const m of months) m.features = units.get(m.month) ?? [];
}

// src/model/build.ts
var OTHERS_KEY = "__others__";
function buildModel(input) {
  const { range, asOf, config } = input;
  const records = input.records instanceof HistoryTable ? input.records : HistoryTable.from(input.records);
  const previous = previousRange(range);
  const reportDay = range.to < asOf ? range.to : asOf;
  const index = indexHistory(records, {
    period: range,
    previous,
    month: { from: monthStart(monthOf(reportDay)), to: reportDay },
    withCaps: Object.keys(config.caps).length > 0
  });
  const team = index.firstDay === void 0 ? null : { from: index.firstDay, to: index.lastDay > asOf ? index.lastDay : asOf };
  const historyRange = team ?? { from: asOf, to: asOf };
  const ctx = {
    range,
    previous,
    reportDay,
    historyRange,
    historyGranularity: granularityFor(historyRange),
    rates: config.rates
  };
  const results = rankApps(index, input.statuses, config, asOf).map((facts) => summarizeApp(facts, ctx));
  const periodTokens = sum(results.map((r) => r.tokens));
  for (const r of results) r.summary.share = periodTokens > 0 ? r.tokens / periodTokens : 0;
  const apps = results.map((r) => r.summary);
  const appFeatures = results.flatMap((r) => r.features);
  const features = mergeFeatures(appFeatures);
  const used = appFeatures.some((f) => f.quantity !== 0);
  const rated = appFeatures.some((f) => f.hasTokens);
  const previousTokens = sum(appFeatures.map((f) => f.previousTokens));
  const month = monthStatus(
    {
      byDay: index.totalByDay,
      firstDay: index.firstDay,
      unrated: [...new Set(results.flatMap((r) => [...r.summary.month.unrated]))],
      rated: [...index.apps.values()].some((a) => a.monthRated) || index.apps.size === 0
    },
    reportDay,
    config.budget.monthly
  );
  const months = summarizeMonths(index, team, new Map(apps.map((a) => [a.id, a.coverage])));
  month.previousMonth = months.find((m) => m.month === month.month)?.previousMonth ?? null;
  const caps = capStatuses(config.caps, index, reportDay, index.firstDay);
  const spikes = apps.flatMap((a) => a.spikes);
  const thresholds = config.budget.thresholds;
  const extras = usageExtras({
    records,
    range,
    reportDay,
    apps,
    totalByDay: index.totalByDay,
    balance: config.balance,
    topApps: config.report.topApps
  });
  for (const a of apps) a.units = extras.appUnits.get(a.id) ?? [];
  withMonthUnits(months, extras.monthUnits);
  const alerts = [
    ...apps.flatMap((a) => budgetAlerts(a.month, thresholds, { appId: a.id, appName: a.name })),
    ...budgetAlerts(month, thresholds, { appId: null, appName: "" }),
    ...spikes.map(spikeAlert),
    ...capAlerts(caps, month.month),
    ...extras.alerts
  ];
  const undecided = [
    ...apps.filter((a) => undecidedBudget(a.month)).map((a) => a.id),
    ...undecidedBudget(month) ? [null] : []
  ].flatMap((appId) => [
    { kind: "budget", appId },
    { kind: "forecast", appId }
  ]);
  const granularity = granularityFor(range);
  return {
    ...config.report.title ? { title: config.report.title } : {},
    locale: config.report.locale,
    asOf,
    period: { ...range, days: rangeLength(range) },
    previousPeriod: previous,
    granularity,
    thresholds: [...thresholds].sort((a, b) => a - b),
    totals: {
      tokens: used && !rated ? null : round2(periodTokens),
      comparison: compareOver(periodTokens, previousTokens, previous, team),
      estimated: appFeatures.some((f) => f.estimated),
      records: records.length
    },
    coverage: team,
    month: roundMonth(month),
    apps,
    stacked: stackByApp(apps, index, range, granularity, config.report.topApps),
    apis: summarizeApis(features, ctx),
    topFeatures: topFeatures(features, ctx),
    unrated: unratedFeatures(features),
    ratedZero: ratedZeroFeatures(features, config.rates),
    alerts: alerts.sort(compareAlerts),
    undecided,
    spikes,
    caps,
    months,
    apiUnits: extras.apiUnits,
    periodUnits: extras.periodUnits,
    balance: extras.balance,
    movers: findMovers(apps, features, previous),
    history: index.firstDay === void 0 ? null : {
      from: index.firstDay,
      to: index.lastDay,
      days: rangeLength({ from: index.firstDay, to: index.lastDay })
    }
  };
}
function undecidedBudget(m) {
  return m.budget !== void 0 && m.budgetPercent === void 0;
}
function rankApps(index, statuses, config, asOf) {
  const configApps = new Map(config.apps.map((a) => [a.id, a]));
  const byStatus = new Map(statuses.map((s) => [s.id, s]));
  const histories = new Map(index.apps);
  for (const s of statuses) if (!histories.has(s.id)) histories.set(s.id, emptyHistory(s.id, s.name));
  for (const a of config.apps)
    if (!histories.has(a.id)) histories.set(a.id, emptyHistory(a.id, a.name ?? a.id));
  const ranked = [...histories.values()].sort(
    (a, b) => b.totalTokens - a.totalTokens || (a.id < b.id ? -1 : 1)
  );
  return ranked.map((h) => {
    const cfg = configApps.get(h.id);
    const status = byStatus.get(h.id);
    const stored = index.apps.has(h.id);
    return {
      history: h,
      name: cfg?.name ?? (h.name || h.id),
      status: status ? status.status : "history",
      error: status?.error,
      hint: status?.hint,
      budget: cfg?.monthlyBudget,
      coverage: stored ? appCoverage(h.firstDay, h.lastDay, asOf, status?.status === "ok") : null
    };
  });
}
function emptyHistory(id, name) {
  return {
    id,
    name,
    byDay: /* @__PURE__ */ new Map(),
    firstDay: "",
    lastDay: "",
    totalTokens: 0,
    features: /* @__PURE__ */ new Map(),
    monthUnrated: /* @__PURE__ */ new Set(),
    monthRated: false
  };
}
function stackByApp(apps, index, range, granularity, topN) {
  const active = apps.filter((a) => (a.tokens ?? 0) > 0).sort((a, b) => b.tokens - a.tokens);
  const top2 = active.slice(0, topN);
  const rest = active.slice(topN);
  const out = [];
  for (const a of top2) {
    for (const p of bucketSeries(index.apps.get(a.id).byDay, range, granularity))
      out.push({ ...p, key: a.id, label: a.name });
  }
  if (rest.length > 0) {
    const others = /* @__PURE__ */ new Map();
    for (const a of rest)
      for (const [d, v2] of index.apps.get(a.id).byDay) others.set(d, (others.get(d) ?? 0) + v2);
    for (const p of bucketSeries(others, range, granularity)) out.push({ ...p, key: OTHERS_KEY, label: "" });
  }
  return out;
}

// src/render/helper.ts
function monthCounter() {
  return new Int32Array(new SharedArrayBuffer(4));
}
function takeMonth(job) {
  const i = Atomics.add(job.next, 0, 1);
  return i < job.list.length ? i : void 0;
}
function takeMonthsLeft(job) {
  return Math.min(Atomics.exchange(job.next, 0, job.list.length), job.list.length);
}
function isHelpedApp(app, apps) {
  return app >= 0 && app < apps && app % 2 === 1 && app % 20 !== 19;
}
var SAVED_PER_APP_US = 2500;
var MODEL_PER_ROW_US = 3.3;
var MIN_APPS = 500;
function worthAHelper(apps, rows) {
  return apps >= MIN_APPS && apps * SAVED_PER_APP_US > rows * MODEL_PER_ROW_US;
}
var MONTHS_MIN_ROWS = 1e5;
function worthHelperMonths(rows) {
  return rows >= MONTHS_MIN_ROWS;
}

// src/render/json-bytes.ts
var LEVELS = 2;
var CHUNK_CHARS = 1 << 20;
function* jsonChunks(value, end = "") {
  const size = 6 * CHUNK_CHARS;
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let turn = 0;
  let pending = [];
  let chars = 0;
  const take = () => {
    const text = pending.join("");
    pending = [];
    chars = 0;
    const buffer = buffers[turn++ % 2];
    if (3 * text.length > size) return Buffer.from(text, "utf8");
    return buffer.subarray(0, buffer.write(text, 0, "utf8"));
  };
  const parts = write(value, 0);
  let step = parts.next();
  while (!step.done) {
    pending.push(step.value);
    chars += step.value.length;
    if (chars >= CHUNK_CHARS) yield take();
    step = parts.next();
  }
  if (!step.value) throw new TypeError("jsonChunks: the value has no JSON text");
  pending.push(end);
  yield take();
}
function* write(value, depth) {
  if (depth < LEVELS && isPlain(value)) {
    const inner = "\n" + " ".repeat(depth + 1);
    if (Array.isArray(value)) {
      if (value.length === 0) {
        yield "[]";
        return true;
      }
      for (let i = 0; i < value.length; i++) {
        yield i === 0 ? `[${inner}` : `,${inner}`;
        if (!(yield* write(value[i], depth + 1))) yield "null";
      }
    } else {
      let first = true;
      for (const key of Object.keys(value)) {
        const item = value[key];
        if (!hasText(item)) continue;
        yield `${first ? "{" : ","}${inner}${JSON.stringify(key)}: `;
        first = false;
        yield* write(item, depth + 1);
      }
      if (first) {
        yield "{}";
        return true;
      }
    }
    yield "\n" + " ".repeat(depth) + (Array.isArray(value) ? "]" : "}");
    return true;
  }
  const text = JSON.stringify(value, null, 1);
  if (text === void 0) return false;
  yield depth === 0 ? text : text.replaceAll("\n", "\n" + " ".repeat(depth));
  return true;
}
function isPlain(value) {
  if (typeof value !== "object" || value === null) return false;
  if (typeof value.toJSON === "function") return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function hasText(value) {
  if (value === void 0 || typeof value === "function" || typeof value === "symbol") return false;
  if (typeof value === "object" && value !== null && typeof value.toJSON === "function")
    return value.toJSON("") !== void 0;
  return true;
}

// src/render/spreadsheet.ts
var EXPORT_FILE = /^data\/(?:public-)?usage-(\d{4}-\d{2})\.csv$/;
function spreadsheetPath(month) {
  return `data/excel-usage-${month}.csv`;
}
var FORMULA_START = /* @__PURE__ */ new Set(["=", "+", "-", "@", "	", "\r", "\n", "\0", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);
function toSpreadsheetCsv(exportCsv) {
  const text = exportCsv.charCodeAt(0) === 65279 ? exportCsv.slice(1) : exportCsv;
  return "\uFEFF" + text.replace(CHANGES, (match, at2) => changed(text, match, at2));
}
var CHANGES = /(?<=^|[,\r\n])"(?:[^"]|"")*(?:"|$)|\r\n|\n|\r|(?<=^|[,\r\n])[=+\-@\t\0＝＋－＠]/g;
function changed(text, match, at2) {
  const c = match.charCodeAt(0);
  if (c === QUOTE) {
    return match.length > 1 && FORMULA_START.has(match[1]) && !plainNumberAt(text, at2 + 1, true) ? `"'${match.slice(1)}` : match;
  }
  if (c === LF || c === CR) return "\r\n";
  return plainNumberAt(text, at2, false) ? match : `'${match}`;
}
function* spreadsheetChunksFromTable(range, exportCsv, chunkBytes = 1 << 20) {
  if (!copiedAsIs(range)) {
    yield formatTableCsvBytes(range.table, range.from, range.to, range.rows, SPREADSHEET_STYLE);
    return;
  }
  yield BOM_BYTES;
  const from = Buffer.from(exportCsv.buffer, exportCsv.byteOffset, exportCsv.byteLength);
  const size = 2 * Math.min(chunkBytes, from.length) + 2;
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let turn = 0;
  for (let start = 0; start < from.length; ) {
    let end = Math.min(start + chunkBytes, from.length);
    if (end < from.length) {
      const lf = from.indexOf(LF, end - 1);
      end = lf < 0 ? from.length : lf + 1;
    }
    let out = buffers[turn++ % 2];
    if (2 * (end - start) > out.length) out = Buffer.allocUnsafe(2 * (end - start));
    let n2 = 0;
    let at2 = start;
    for (let i = from.indexOf(LF, at2); i >= 0 && i < end; i = from.indexOf(LF, at2)) {
      n2 += from.copy(out, n2, at2, i);
      out[n2++] = CR;
      out[n2++] = LF;
      at2 = i + 1;
    }
    n2 += from.copy(out, n2, at2, end);
    yield out.subarray(0, n2);
    start = end;
  }
}
var BOM_BYTES = new Uint8Array([239, 187, 191]);
function* spreadsheetCopy(exportBody, range) {
  const hash = sha256Pieces();
  const chunks = range && typeof exportBody !== "string" ? spreadsheetChunksFromTable(range(), exportBody) : [Buffer.from(toSpreadsheetCsv(textOf(exportBody)), "utf8")];
  for (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
  return hash.hex();
}
function copiedAsIs({ table, from, to, rows }) {
  const same = (text) => !/[\r\n]/.test(text) && spreadsheetCell(csvField(text)) === csvField(text);
  if (!table.apps.every((a) => same(a.id) && same(a.name))) return false;
  if (!table.features.every((f) => same(f.api) && same(f.id) && same(f.name) && same(f.unit))) return false;
  for (let k = from; k < to; k++) {
    const i = rows ? rows[k] : k;
    if (table.quantity[i] === -Infinity || table.tokens[i] === -Infinity) return false;
  }
  return true;
}
function spreadsheetCell(field) {
  const quoted = field.charCodeAt(0) === QUOTE;
  const first = quoted ? 1 : 0;
  if (field.length <= first || !FORMULA_START.has(field[first])) return field;
  return plainNumberAt(field, first, quoted) ? field : `${field.slice(0, first)}'${field.slice(first)}`;
}
var SPREADSHEET_STYLE = { start: "\uFEFF", eol: "\r\n", cell: spreadsheetCell };
var QUOTE = 34;
var LF = 10;
var CR = 13;
var NUMBER_THEN_END = /-?\d+(\.\d+)?([eE][-+]?\d+)?(?=[,\r\n]|$)/y;
var NUMBER_THEN_QUOTE = /-?\d+(\.\d+)?([eE][-+]?\d+)?"(?=[,\r\n]|$)/y;
function plainNumberAt(text, at2, quoted) {
  const pattern = quoted ? NUMBER_THEN_QUOTE : NUMBER_THEN_END;
  pattern.lastIndex = at2;
  return pattern.test(text);
}
function spreadsheetPathOf(exportPath) {
  const month = EXPORT_FILE.exec(exportPath)?.[1];
  return month ? spreadsheetPath(month) : void 0;
}

// src/render/render.ts
import { createHash } from "node:crypto";

// templates/assets/report.css
var report_default = ":root {\n  --fg: #1f2328;\n  --muted: #59636e;\n  --line: #d1d9e0;\n  --bg: #fff;\n  --card: #f6f8fa;\n  --warn: #9a6700;\n  --crit: #cf222e;\n  --ok: #1a7f37;\n}\n* {\n  box-sizing: border-box;\n}\nbody {\n  margin: 0;\n  font:\n    15px/1.5 system-ui,\n    -apple-system,\n    'Segoe UI',\n    Roboto,\n    'Noto Sans JP',\n    sans-serif;\n  color: var(--fg);\n  background: var(--bg);\n}\nheader.site,\nfooter.site {\n  padding: 0.75rem 1.5rem;\n  border-bottom: 1px solid var(--line);\n  display: flex;\n  gap: 1.5rem;\n  align-items: baseline;\n  flex-wrap: wrap;\n}\nfooter.site {\n  border-top: 1px solid var(--line);\n  border-bottom: 0;\n  color: var(--muted);\n  font-size: 13px;\n  margin-top: 3rem;\n}\nheader.site .brand {\n  margin: 0;\n  font-weight: 600;\n}\nheader.site nav a {\n  margin-right: 1rem;\n}\n/* Navigation and download links are targets of their own: at least 24 px tall (WCAG 2.2 target size). */\nheader.site a,\n.crumbs a,\n.downloads a {\n  display: inline-block;\n  min-height: 24px;\n  padding: 2px 0;\n}\nul.downloads {\n  padding-left: 1.25rem;\n}\na {\n  color: #0969da;\n}\na[aria-current='page'] {\n  font-weight: 600;\n  text-decoration: none;\n  color: var(--fg);\n}\nmain {\n  max-width: 1080px;\n  margin: 0 auto;\n  padding: 1rem 1.5rem;\n}\nh1 {\n  font-size: 1.6rem;\n  margin: 0.5rem 0 0.25rem;\n}\nh2 {\n  font-size: 1.2rem;\n  margin-top: 2rem;\n  border-bottom: 1px solid var(--line);\n  padding-bottom: 0.25rem;\n}\n.period,\n.muted {\n  color: var(--muted);\n}\n.cards {\n  display: grid;\n  grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));\n  gap: 0.75rem;\n  margin: 1rem 0;\n}\n.card {\n  background: var(--card);\n  border: 1px solid var(--line);\n  border-radius: 8px;\n  padding: 0.75rem 1rem;\n}\n.card p {\n  margin: 0;\n}\n.card .label {\n  color: var(--muted);\n  font-size: 13px;\n}\n.card .value {\n  font-size: 1.5rem;\n  font-weight: 600;\n  font-variant-numeric: tabular-nums;\n}\n.card .note {\n  font-size: 13px;\n  color: var(--muted);\n}\n.note.over,\n.over {\n  color: var(--crit);\n  font-weight: 600;\n}\n.note.near,\n.near {\n  color: var(--warn);\n  font-weight: 600;\n}\n/* The caption comes first in the markup (a figure's caption is its first or last child, and the data table\n   follows the chart), but reads under the chart. */\nfigure.chart {\n  margin: 1.5rem 0;\n  display: flex;\n  flex-direction: column;\n}\nfigure.chart > figcaption {\n  order: 1;\n}\nfigure.chart > details {\n  order: 2;\n}\nfigure.chart svg {\n  max-width: 100%;\n  height: auto;\n}\nfigcaption {\n  color: var(--muted);\n  font-size: 13px;\n}\ntable.data {\n  border-collapse: collapse;\n  width: 100%;\n  margin: 0.5rem 0 1rem;\n  font-variant-numeric: tabular-nums;\n}\ntable.data th,\ntable.data td {\n  /* Japanese (no spaces between words) wraps between phrases where the browser knows them, else not inside a\n     run of kana and kanji: never one character per line. No effect on spaced scripts. */\n  word-break: keep-all;\n  word-break: auto-phrase;\n  border-bottom: 1px solid var(--line);\n  padding: 0.35rem 0.5rem;\n  text-align: left;\n  vertical-align: top;\n}\ntable.data thead th {\n  font-size: 13px;\n  color: var(--muted);\n  font-weight: 600;\n}\ntable.data tbody th {\n  font-weight: 500;\n  /* Names wrap between words; only a single word wider than the box is broken. */\n  overflow-wrap: break-word;\n}\n/* Wide tables scroll inside their own box, so the page never scrolls sideways on a phone. */\n.scroll {\n  overflow-x: auto;\n  margin: 0.5rem 0 1rem;\n}\n.scroll > table.data {\n  margin: 0;\n}\n.scroll:focus-visible,\npre:focus-visible {\n  outline: 2px solid #0969da;\n  outline-offset: 2px;\n}\n.num {\n  text-align: right !important;\n  white-space: nowrap;\n}\n.status-failed {\n  color: var(--crit);\n}\n.status-history {\n  color: var(--muted);\n}\n.alerts ul {\n  list-style: none;\n  padding: 0;\n}\n.alert {\n  border-left: 4px solid var(--warn);\n  background: #fff8c5;\n  padding: 0.5rem 0.75rem;\n  margin: 0.4rem 0;\n  border-radius: 4px;\n}\n.alert.critical {\n  border-color: var(--crit);\n  background: #ffebe9;\n}\n.badge {\n  display: inline-block;\n  font-size: 12px;\n  font-weight: 600;\n  text-transform: uppercase;\n  letter-spacing: 0.03em;\n  margin-right: 0.4rem;\n}\n.swatch {\n  display: inline-block;\n  width: 0.75em;\n  height: 0.75em;\n  border-radius: 2px;\n  margin-right: 0.4em;\n  background: #9aa0a6;\n}\n.swatch-0 {\n  background: #0072b2;\n}\n.swatch-1 {\n  background: #e69f00;\n}\n.swatch-2 {\n  background: #009e73;\n}\n.swatch-3 {\n  background: #cc79a7;\n}\n.swatch-4 {\n  background: #56b4e9;\n}\n.swatch-5 {\n  background: #d55e00;\n}\n.swatch-6 {\n  background: #f0e442;\n}\n.swatch-7 {\n  background: #7f3c8d;\n}\n.swatch-8 {\n  background: #11a579;\n}\n.swatch-9 {\n  background: #3969ac;\n}\n.swatch-10 {\n  background: #f2b701;\n}\n.swatch-11 {\n  background: #e73f74;\n}\n.crumbs {\n  margin: 0.5rem 0 0;\n  font-size: 13px;\n  color: var(--muted);\n}\np.status {\n  margin: 0.25rem 0;\n}\np.status code {\n  overflow-wrap: anywhere;\n}\n.status-ok {\n  color: var(--ok);\n}\ntd.up,\n.num.up {\n  color: var(--warn);\n}\ntd.down,\n.num.down {\n  color: var(--ok);\n}\ntr.group th,\ntr.group td {\n  background: var(--card);\n  font-weight: 600;\n}\ndetails.chart-data {\n  font-size: 13px;\n  margin-top: 0.25rem;\n}\ndetails.chart-data summary {\n  cursor: pointer;\n  color: var(--muted);\n}\ndetails.chart-data table.data {\n  width: auto;\n  min-width: 40%;\n}\npre {\n  background: var(--card);\n  border: 1px solid var(--line);\n  border-radius: 6px;\n  padding: 0.75rem;\n  overflow-x: auto;\n}\np.note {\n  color: var(--muted);\n  font-size: 13px;\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n    --fg: #e6edf3;\n    --muted: #9198a1;\n    --line: #3d444d;\n    --bg: #0d1117;\n    --card: #151b23;\n    --warn: #d29922;\n    --crit: #ff7b72;\n    --ok: #3fb950;\n  }\n  a {\n    color: #4493f8;\n  }\n  .alert {\n    background: #3b2e00;\n  }\n  .alert a {\n    color: #79c0ff;\n  }\n  .alert.critical {\n    background: #3c1618;\n  }\n  figure.chart svg {\n    background: #fff;\n    border-radius: 6px;\n  }\n}\n";

// templates/app.html.hbs
var app_html_default = '{{#> layout}}\n<p class="crumbs"><a href="../index.html">{{t.overview}}</a> \u203A {{t.appPage}}</p>\n<h1>{{app.name}}</h1>\n<p class="period">{{t.period}}{{t.colon}}{{periodText}}</p>\n<p class="status status-{{app.status}}" id="app-status">{{t.status}}{{t.colon}}{{app.statusText}}{{#if app.failed}} \u2014 {{t.error}}{{t.colon}}<code>{{app.error}}</code>{{#if app.hint}} {{app.hint}}{{/if}}{{/if}}</p>\n{{#if notes}}\n<section class="notes" aria-labelledby="notes-h">\n<h2 id="notes-h">{{t.notes}}</h2>\n{{{notes}}}\n</section>{{/if}}\n{{> cards}}\n{{#if alerts.length}}{{> alerts}}{{/if}}\n<section aria-labelledby="usage-h">\n<h2 id="usage-h">{{t.tokenUsage}}</h2>\n{{#if charts.history}}{{> chart charts.history}}{{else}}<p class="muted">{{t.noData}}</p>{{/if}}\n{{#if charts.daily}}{{> chart charts.daily}}{{/if}}\n</section>\n<section aria-labelledby="api-h">\n<h2 id="api-h">{{t.apiUsage}}</h2>\n{{#if apis.length}}\n<div class="scroll" tabindex="0" role="group" aria-labelledby="api-h">\n<table class="data" id="api-table">\n<thead><tr><th scope="col">{{t.feature}}</th><th scope="col" class="num">{{t.quantity}}</th><th scope="col">{{t.unit}}</th><th scope="col" class="num">{{t.previousQuantity}}</th><th scope="col" class="num">{{t.change}}</th><th scope="col" class="num">{{t.tokens}}</th></tr></thead>\n{{#each apis}}\n<tbody>\n<tr class="group"><th scope="rowgroup" colspan="5">{{api}}</th><td class="num">{{tokens}}</td></tr>\n{{#each features}}<tr><th scope="row">{{name}}</th><td class="num">{{quantity}}</td><td>{{unit}}</td><td class="num">{{previousQuantity}}</td><td class="num {{changeClass}}">{{change}}</td><td class="num">{{tokens}}</td></tr>\n{{/each}}\n</tbody>\n{{/each}}\n</table>\n</div>\n{{else}}\n<p class="muted">{{t.noData}}</p>\n{{/if}}\n{{#if charts.features}}{{> chart charts.features}}{{/if}}\n{{#if unitCharts.length}}\n<h3>{{t.unitsOverTime}}</h3>\n{{#each unitCharts}}{{> chart (lookup @root.charts this)}}{{/each}}\n{{/if}}\n</section>\n<section aria-labelledby="burn-h">\n<h2 id="burn-h">{{t.burnDown}}</h2>\n{{#if burnNote}}<p class="muted">{{burnNote}}</p>{{/if}}\n{{#if charts.burn}}{{> chart charts.burn}}{{/if}}\n</section>\n<section aria-labelledby="spikes-h">\n<h2 id="spikes-h">{{t.spikes}}</h2>\n{{#if spikes.length}}\n<div class="scroll" tabindex="0" role="group" aria-labelledby="spikes-h">\n<table class="data" id="spikes-table">\n<thead><tr><th scope="col">{{t.date}}</th><th scope="col" class="num">{{t.tokens}}</th><th scope="col" class="num">{{t.typicalDay}}</th><th scope="col" class="num">{{t.ratio}}</th></tr></thead>\n<tbody>\n{{#each spikes}}<tr><th scope="row">{{date}}</th><td class="num">{{tokens}}</td><td class="num">{{typical}}</td><td class="num">{{ratio}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n</div>\n{{else}}\n<p class="muted">{{t.noSpikes}}</p>\n{{/if}}\n</section>\n<p class="note">{{t.approximationNote}}</p>\n{{/layout}}\n';

// templates/apps.html.hbs
var apps_html_default = '{{#> layout}}\n<h1>{{t.allApps}}</h1>\n<p class="period">{{countText}}</p>\n{{#if pager.length}}<nav class="pager" aria-label="{{t.pagesOfApps}}">{{#each pager}}{{#if current}}<span aria-current="page">{{label}}</span>{{else}}<a href="{{href}}">{{label}}</a>{{/if}} {{/each}}</nav>{{/if}}\n<div class="scroll" tabindex="0" role="group" aria-label="{{t.allApps}}">\n<table class="data" id="all-apps-table">\n<thead><tr><th scope="col">{{t.app}}</th><th scope="col">{{t.status}}</th><th scope="col" class="num">{{t.tokens}}</th><th scope="col" class="num">{{t.monthToDate}}</th></tr></thead>\n<tbody>\n{{#each apps}}<tr><th scope="row"><a href="{{href}}">{{name}}</a></th><td class="status-{{status}}">{{statusText}}</td><td class="num">{{tokens}}</td><td class="num">{{monthToDate}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n</div>\n{{/layout}}\n';

// templates/month.html.hbs
var month_html_default = '{{#> layout}}\n<p class="crumbs"><a href="index.html">{{t.monthlyArchive}}</a> \u203A {{monthLabel}}</p>\n<h1>{{monthLabel}}</h1>\n{{> cards}}\n<section aria-labelledby="compare-h">\n<h2 id="compare-h">{{t.comparison}}</h2>\n<div class="scroll" tabindex="0" role="group" aria-labelledby="compare-h">\n<table class="data" id="compare-table">\n<thead><tr><th scope="col">{{t.month}}</th><th scope="col">{{t.comparison}}</th><th scope="col" class="num">{{t.tokens}}</th><th scope="col" class="num">{{t.change}}</th></tr></thead>\n<tbody>\n<tr><th scope="row">{{thisMonth.month}}</th><td>{{thisMonth.label}}</td><td class="num">{{thisMonth.tokens}}</td><td class="num">\u2014</td></tr>\n{{#each comparisons}}<tr><th scope="row"><a href="{{href}}">{{month}}</a></th><td>{{label}}</td><td class="num">{{tokens}}</td><td class="num {{changeClass}}">{{change}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n</div>\n</section>\n{{#if charts.trend}}{{> chart charts.trend}}{{/if}}\n<section aria-labelledby="apps-h">\n<h2 id="apps-h">{{t.apps}}</h2>\n<div class="scroll" tabindex="0" role="group" aria-labelledby="apps-h">\n<table class="data" id="month-apps-table">\n<thead><tr><th scope="col">{{t.app}}</th><th scope="col" class="num">{{t.tokens}}</th><th scope="col" class="num">{{t.share}}</th><th scope="col" class="num">{{t.previousMonth}}</th><th scope="col" class="num">{{t.change}}</th></tr></thead>\n<tbody>\n{{#each apps}}<tr><th scope="row">{{#if href}}<a href="{{href}}">{{name}}</a>{{else}}{{name}}{{/if}}</th><td class="num">{{tokens}}</td><td class="num">{{share}}</td><td class="num">{{previous}}</td><td class="num {{changeClass}}">{{change}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n</div>\n{{#if allAppsHref}}<p><a href="{{allAppsHref}}">{{seeAllApps}}</a></p>{{/if}}\n</section>\n{{#if charts.byApp}}{{> chart charts.byApp}}{{/if}}\n<section aria-labelledby="apis-h">\n<h2 id="apis-h">{{t.api}}</h2>\n<div class="scroll" tabindex="0" role="group" aria-labelledby="apis-h">\n<table class="data" id="month-apis-table">\n<thead><tr><th scope="col">{{t.api}}</th><th scope="col" class="num">{{t.tokens}}</th><th scope="col" class="num">{{t.share}}</th><th scope="col" class="num">{{t.previousMonth}}</th><th scope="col" class="num">{{t.change}}</th><th scope="col" class="num">{{t.yearAgo}}</th></tr></thead>\n<tbody>\n{{#each apis}}<tr><th scope="row">{{api}}</th><td class="num">{{tokens}}</td><td class="num">{{share}}</td><td class="num">{{previous}}</td><td class="num {{changeClass}}">{{change}}</td><td class="num">{{yearAgo}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n</div>\n</section>\n{{#if featureUnits.rows.length}}\n<section aria-labelledby="units-h">\n<h2 id="units-h">{{t.unitsByFeature}}</h2>\n<div class="scroll" tabindex="0" role="group" aria-labelledby="units-h">\n<table class="data" id="month-units-table">\n<thead><tr><th scope="col">{{t.feature}}</th><th scope="col">{{t.api}}</th><th scope="col" class="num">{{t.quantity}}</th><th scope="col">{{t.unit}}</th>{{#if featureUnits.flagged}}<th scope="col" class="num">{{t.uncharged}}</th>{{/if}}</tr></thead>\n<tbody>\n{{#each featureUnits.rows}}<tr><th scope="row">{{name}}</th><td>{{api}}</td><td class="num">{{quantity}}</td><td>{{unit}}</td>{{#if ../featureUnits.flagged}}<td class="num {{unchargedClass}}">{{uncharged}}</td>{{/if}}</tr>\n{{/each}}\n</tbody>\n</table>\n</div>\n</section>\n{{/if}}\n<p class="downloads">{{#if prevHref}}<a href="{{prevHref}}" rel="prev">\u2190 {{prevLabel}}</a> \xB7 {{/if}}<a href="{{csvHref}}">{{csvLabel}}</a> \xB7 <a href="{{excelHref}}">{{t.forExcel}}</a></p>\n<p class="note">{{t.approximationNote}}</p>\n{{/layout}}\n';

// templates/months.html.hbs
var months_html_default = '{{#> layout}}\n<h1>{{t.monthlyArchive}}</h1>\n{{#if months.length}}\n{{#if charts.trend}}{{> chart charts.trend}}{{/if}}\n<div class="scroll" tabindex="0" role="group" aria-label="{{t.monthlyArchive}}">\n<table class="data" id="months-table">\n<thead><tr><th scope="col">{{t.month}}</th><th scope="col" class="num">{{t.tokens}}</th><th scope="col" class="num">{{t.previousMonth}}</th><th scope="col" class="num">{{t.yearAgo}}</th><th scope="col" class="num">{{t.daysWithData}}</th></tr></thead>\n<tbody>\n{{#each months}}<tr><th scope="row"><a href="{{href}}">{{label}}</a></th><td class="num">{{tokens}}</td><td class="num {{changeClass}}">{{change}}</td><td class="num">{{yearAgo}}</td><td class="num">{{days}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n</div>\n{{else}}\n<p class="muted">{{t.noMonths}}</p>\n{{/if}}\n{{/layout}}\n';

// templates/partials/alerts.html.hbs
var alerts_html_default = '<section class="alerts" aria-labelledby="alerts-h">\n<h2 id="alerts-h">{{t.alerts}}</h2>\n{{#if alerts.length}}\n<ul>\n{{#each alerts}}<li class="alert {{severity}}"><span class="badge">{{kindLabel}}</span> {{text}}{{#if href}} <a href="{{href}}">{{linkText}}</a>{{/if}}</li>\n{{/each}}\n</ul>\n{{else}}\n<p class="muted">{{t.noAlerts}}</p>\n{{/if}}\n</section>\n';

// templates/digest.html.hbs
var digest_html_default = '{{#> layout}}\n<p class="crumbs"><a href="index.html">{{t.overview}}</a> \u203A {{t.digest}}</p>\n<h1>{{t.digest}}{{t.colon}}{{monthLabel}}</h1>\n<div class="digest">\n{{{markdown}}}\n</div>\n{{/layout}}\n';

// templates/partials/cards.html.hbs
var cards_html_default = '<section class="cards" aria-label="{{@root.t.tokensThisPeriod}}">\n{{#each cards}}<div class="card"><p class="label">{{label}}</p><p class="value">{{value}}</p>{{#if note}}<p class="note {{noteClass}}">{{note}}</p>{{/if}}</div>\n{{/each}}\n</section>\n';

// templates/partials/chart.html.hbs
var chart_html_default = '<figure class="chart" id="{{id}}">\n<figcaption>{{alt}}</figcaption>\n<div class="svg" role="img" aria-label="{{title}}">{{{svg}}}</div>\n<details class="chart-data">\n<summary>{{@root.t.dataTable}}{{@root.t.colon}}{{title}}</summary>\n<div class="scroll" tabindex="0" role="group" aria-label="{{@root.t.dataTable}}{{@root.t.colon}}{{title}}">\n<table class="data">\n<thead><tr>{{#each table.head}}<th scope="col"{{#unless @first}} class="num"{{/unless}}>{{this}}</th>{{/each}}</tr></thead>\n<tbody>\n{{#each table.rows}}<tr><th scope="row">{{label}}</th>{{#each cells}}<td class="num">{{this}}</td>{{/each}}</tr>\n{{/each}}\n</tbody>\n</table>\n</div>\n</details>\n</figure>\n';

// templates/partials/layout.html.hbs
var layout_html_default = '<!DOCTYPE html>\n<html lang="{{t.lang}}">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="{{csp}}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="referrer" content="no-referrer">\n<meta name="description" content="{{description}}">\n<title>{{pageTitle}} \xB7 {{title}}</title>\n<style>{{{css}}}</style>\n</head>\n<body>\n<header class="site">\n<p class="brand"><a href="{{root}}index.html">{{title}}</a></p>\n<nav aria-label="{{t.overview}}">\n<a href="{{root}}index.html"{{#if (eq nav "overview")}} aria-current="page"{{/if}}>{{t.overview}}</a>\n<a href="{{root}}months/index.html"{{#if (eq nav "months")}} aria-current="page"{{/if}}>{{t.monthlyArchive}}</a>\n<a href="{{root}}index.html#downloads">{{t.downloads}}</a>\n</nav>\n</header>\n<main>\n{{> @partial-block}}\n</main>\n<footer class="site">\n<p>{{#if asOf}}{{t.asOf}} {{asOf}} \xB7 {{/if}}{{t.generatedBy}}</p>\n</footer>\n</body>\n</html>\n';

// templates/report.html.hbs
var report_html_default = '{{#> layout}}\n<h1>{{title}}</h1>\n<p class="period">{{t.period}}{{t.colon}}{{periodText}}{{#if historyText}} \xB7 {{historyText}}{{/if}}</p>\n{{#if notes}}\n<section class="notes" aria-labelledby="notes-h">\n<h2 id="notes-h">{{t.notes}}</h2>\n{{{notes}}}\n</section>{{/if}}\n{{> cards}}\n{{#if balance}}\n<section aria-labelledby="balance-h" id="balance">\n<h2 id="balance-h">{{t.balance}}</h2>\n<table class="data" id="balance-table">\n<tbody>\n<tr><th scope="row">{{t.balanceLeft}}</th><td class="num {{balance.leftClass}}">{{balance.left}}</td></tr>\n<tr><th scope="row">{{t.balanceRunOut}}</th><td class="num">{{balance.runOut}}</td></tr>\n</tbody>\n</table>\n{{#each balance.notes}}<p class="note">{{this}}</p>\n{{/each}}\n</section>\n{{/if}}\n{{> alerts}}\n{{#if budgetsUndecided}}<p class="note">{{budgetsUndecided}}</p>{{/if}}\n{{#if charts.byApp}}{{> chart charts.byApp}}{{else}}<p class="muted">{{t.noData}}</p>{{/if}}\n<section aria-labelledby="apps-h">\n<h2 id="apps-h">{{t.apps}}</h2>\n<div class="scroll" tabindex="0" role="group" aria-labelledby="apps-h">\n<table class="data" id="apps-table">\n<thead><tr><th scope="col">{{t.app}}</th><th scope="col">{{t.status}}</th><th scope="col" class="num">{{t.tokens}}</th><th scope="col" class="num">{{t.change}}</th><th scope="col" class="num">{{t.share}}</th><th scope="col" class="num">{{t.monthToDate}}</th><th scope="col" class="num">{{t.budgetPercent}}</th><th scope="col" class="num">{{t.forecast}}</th></tr></thead>\n<tbody>\n{{#each apps}}<tr><th scope="row"><span class="swatch swatch-{{colorIndex}}" aria-hidden="true"></span><a href="{{href}}">{{name}}</a></th><td class="status-{{status}}">{{statusText}}</td><td class="num">{{tokens}}</td><td class="num">{{change}}</td><td class="num">{{share}}</td><td class="num">{{monthToDate}}</td><td class="num {{budgetClass}}">{{budgetPercent}}</td><td class="num">{{forecast}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n</div>\n{{#if allAppsHref}}<p>{{appsShown}} <a href="{{allAppsHref}}">{{seeAllApps}}</a></p>{{/if}}\n</section>\n{{#if charts.appTotals}}{{> chart charts.appTotals}}{{/if}}\n{{#if unitCharts.length}}\n<section aria-labelledby="api-units-h">\n<h2 id="api-units-h">{{t.unitsAcrossApps}}</h2>\n{{#each unitCharts}}{{> chart (lookup @root.charts this)}}{{/each}}\n</section>\n{{/if}}\n<section aria-labelledby="movers-h">\n<h2 id="movers-h">{{t.movers}}</h2>\n{{#if movers.length}}\n<div class="scroll" tabindex="0" role="group" aria-labelledby="movers-h">\n<table class="data" id="movers-table">\n<thead><tr><th scope="col">{{t.kind}}</th><th scope="col">{{t.app}} / {{t.feature}}</th><th scope="col" class="num">{{t.previousPeriod}}</th><th scope="col" class="num">{{t.tokensThisPeriod}}</th><th scope="col" class="num">{{t.delta}}</th></tr></thead>\n<tbody>\n{{#each movers}}<tr><td>{{kind}}</td><th scope="row">{{#if href}}<a href="{{href}}">{{name}}</a>{{else}}{{name}}{{/if}}</th><td class="num">{{previous}}</td><td class="num">{{current}}</td><td class="num {{deltaClass}}">{{delta}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n</div>\n{{else}}\n<p class="muted">{{t.noMovers}}</p>\n{{/if}}\n</section>\n<section aria-labelledby="caps-h">\n<h2 id="caps-h">{{t.caps}}</h2>\n{{#if caps.length}}\n<div class="scroll" tabindex="0" role="group" aria-labelledby="caps-h">\n<table class="data" id="caps-table">\n<thead><tr><th scope="col">{{t.api}}</th><th scope="col" class="num">{{t.used}}</th><th scope="col" class="num">{{t.cap}}</th><th scope="col">{{t.unit}}</th><th scope="col" class="num">%</th><th scope="col" class="num">{{t.forecastMonthEnd}}</th><th scope="col">{{t.reachDate}}</th></tr></thead>\n<tbody>\n{{#each caps}}<tr><th scope="row">{{api}}</th><td class="num">{{used}}</td><td class="num">{{cap}}</td><td>{{unit}}</td><td class="num {{capClass}}">{{percent}}</td><td class="num">{{forecast}}</td><td class="{{capClass}}">{{reach}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n</div>\n{{else}}\n<p class="muted">{{t.noCaps}}</p>\n{{/if}}\n</section>\n{{#if charts.byApi}}{{> chart charts.byApi}}{{/if}}\n<section aria-labelledby="features-h">\n<h2 id="features-h">{{t.topFeatures}}</h2>\n<div class="scroll" tabindex="0" role="group" aria-labelledby="features-h">\n<table class="data" id="features-table">\n<thead><tr><th scope="col">{{t.feature}}</th><th scope="col">{{t.api}}</th><th scope="col" class="num">{{t.quantity}}</th><th scope="col">{{t.unit}}</th><th scope="col" class="num">{{t.tokens}}</th></tr></thead>\n<tbody>\n{{#each features}}<tr><th scope="row">{{name}}</th><td>{{api}}</td><td class="num">{{quantity}}</td><td>{{unit}}</td><td class="num">{{tokens}}</td></tr>\n{{/each}}\n</tbody>\n</table>\n</div>\n</section>\n{{#if unrated.length}}\n<section aria-labelledby="unrated-h">\n<h2 id="unrated-h">{{t.unratedFeatures}}</h2>\n<p>{{t.unratedHint}}</p>\n<pre tabindex="0" role="group" aria-labelledby="unrated-h"><code>{{#each rateLines}}{{this}}\n{{/each}}</code></pre>\n</section>\n{{/if}}\n{{#if ratedZero.length}}\n<section aria-labelledby="rated-zero-h">\n<h2 id="rated-zero-h">{{t.ratedZeroFeatures}}</h2>\n<p>{{t.ratedZeroHint}}</p>\n<ul>\n{{#each ratedZero}}<li>{{name}}{{@root.t.openParen}}<code>{{id}}</code>{{@root.t.closeParen}}</li>\n{{/each}}\n</ul>\n</section>\n{{/if}}\n<section aria-labelledby="months-h">\n<h2 id="months-h">{{t.monthlyArchive}}</h2>\n<p><a href="months/index.html">{{t.monthlyArchive}}</a> \xB7 <a href="digest.html">{{t.digest}}</a></p>\n</section>\n<section id="downloads" aria-labelledby="downloads-h">\n<h2 id="downloads-h">{{t.downloads}}</h2>\n<ul class="downloads">\n{{#each downloads}}<li><a href="{{href}}">{{label}}</a>{{#if excelHref}} \xB7 <a href="{{excelHref}}">{{@root.t.forExcel}}</a>{{/if}}</li>\n{{/each}}\n</ul>\n</section>\n<p class="note">{{t.approximationNote}}</p>\n{{/layout}}\n';

// templates/summary.md.hbs
var summary_md_default = "## {{md title}}\n\n{{md periodText}}\n\n| {{cell t.tokensThisPeriod}} | {{cell t.changeVsPrevious}} | {{cell t.monthToDate}} | {{cell t.forecastMonthEnd}} | {{cell t.budgetStatus}} |\n|---:|---:|---:|---:|---:|\n| {{cell headline.tokens}} | {{cell headline.change}}{{#if headline.changeNote}}{{t.openParen}}{{cell headline.changeNote}}{{t.closeParen}}{{/if}} | {{cell headline.monthToDate}} | {{cell headline.forecast}} | {{cell headline.budget}} |\n\n### {{md t.alerts}}\n\n{{#if alerts.length}}\n{{#each alerts}}\n- **{{md kindLabel}}** {{md text}}\n{{/each}}\n{{#if hiddenAlerts}}\n- {{md hiddenAlerts}}\n{{/if}}\n{{else}}\n{{md t.noAlerts}}\n{{/if}}\n{{#if budgetsUndecided}}\n\n{{md budgetsUndecided}}\n{{/if}}\n\n{{#if mermaid}}\n```mermaid\n{{{mermaid}}}\n```\n{{/if}}\n\n{{#if digest.length}}\n| {{cell t.month}} | {{cell t.tokens}} |\n|---|---:|\n{{#each digest}}\n| {{cell label}} | {{cell value}} |\n{{/each}}\n\n{{/if}}\n{{#if movers.length}}\n### {{md t.movers}}\n\n| | {{cell t.app}} / {{cell t.feature}} | {{cell t.previousPeriod}} | {{cell t.tokensThisPeriod}} | {{cell t.change}} |\n|---|---|---:|---:|---:|\n{{#each movers}}\n| {{cell kind}} | {{cell name}} | {{cell previous}} | {{cell current}} | {{cell delta}} |\n{{/each}}\n\n{{/if}}\n### {{md t.apps}}\n\n| {{cell t.app}} | {{cell t.tokens}} | {{cell t.change}} | {{cell t.share}} | {{cell t.budgetPercent}} | {{cell t.forecast}} |\n|---|---:|---:|---:|---:|---:|\n{{#each apps}}\n| {{#if url}}[{{cell name}}]({{url}}){{else}}{{cell name}}{{/if}}{{#if failed}} \u26A0\uFE0F {{cell statusText}}{{/if}} | {{cell tokens}} | {{cell change}} | {{cell share}} | {{cell budgetPercent}} | {{cell forecast}} |\n{{/each}}\n{{#if hiddenApps}}\n\n{{md hiddenApps}}\n{{/if}}\n{{#if units.rows.length}}\n\n### {{md t.unitsTotals}}\n\n| {{cell t.api}} | {{cell t.quantity}} | {{cell t.unit}} |{{#if units.flagged}} {{cell t.uncharged}} |{{/if}}\n|---|---:|---|{{#if units.flagged}}---:|{{/if}}\n{{#each units.rows}}\n| {{cell api}} | {{cell quantity}} | {{cell unit}} |{{#if ../units.flagged}} {{cell uncharged}} |{{/if}}\n{{/each}}\n{{/if}}\n{{#if unrated.length}}\n\n### {{md t.unratedFeatures}}\n\n{{md t.unratedHint}}\n\n```yaml\n{{#each rateLines}}\n{{mdCode this}}\n{{/each}}\n```\n{{/if}}\n{{#if ratedZero.length}}\n\n### {{md t.ratedZeroFeatures}}\n\n{{md t.ratedZeroHint}}\n{{#each ratedZero}}\n- {{md name}}{{@root.t.openParen}}`{{mdCode id}}`{{@root.t.closeParen}}\n{{/each}}\n{{/if}}\n\n{{md t.approximationNote}}\n{{#if siteUrl}}\n\n[{{md t.openSite}}]({{siteUrl}})\n{{/if}}\n";

// src/render/charts/specs.ts
var WIDTH = 720;
var HEIGHT = 240;
var DEFAULT_COLOR = "#0072B2";
function uniqueLabels(labels) {
  const used = /* @__PURE__ */ new Set();
  return labels.map((raw) => {
    const base = plainText(raw).trim() || "\u2014";
    let label = base;
    for (let n2 = 2; used.has(label); n2++) label = `${base} (${n2})`;
    used.add(label);
    return label;
  });
}
function plainText(text) {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/\s+/g, " ");
}
function titled(title) {
  return title === void 0 ? {} : { title };
}
function stackedTokensSpec(points, series, g2, text, locale) {
  const labels = uniqueLabels(series.map((s) => s.label));
  const order = new Map(series.map((s, i) => [s.key, i]));
  const extra = [];
  const indexOf = (key) => {
    const known = order.get(key);
    if (known !== void 0) return known;
    order.set(key, series.length + extra.length);
    extra.push({ label: uniqueLabels([...labels, key]).at(-1), color: "#999999" });
    return order.get(key);
  };
  const drawn = points.map((p) => ({
    date: p.date,
    series: indexOf(p.key),
    value: p.tokens,
    ...titled(p.title)
  }));
  return {
    kind: "stacked",
    width: WIDTH,
    height: HEIGHT,
    text,
    locale,
    granularity: g2,
    series: [...series.map((s, i) => ({ label: labels[i], color: s.color })), ...extra],
    points: drawn
  };
}
function barSpec(rows, text, locale, color = DEFAULT_COLOR) {
  const labels = uniqueLabels(rows.map((r) => r.label));
  return {
    kind: "bars",
    width: WIDTH - 220,
    height: Math.max(60, rows.length * 26),
    text,
    locale,
    rows: rows.map((r, i) => ({
      label: labels[i],
      value: r.tokens,
      color: r.color ?? color,
      ...titled(r.title)
    }))
  };
}
function seriesSpec(points, g2, text, locale, options = {}) {
  const highlighted = new Set(options.highlight?.dates ?? []);
  return {
    kind: "series",
    width: WIDTH,
    height: HEIGHT - 40,
    text,
    locale,
    granularity: g2,
    mark: options.mark ?? "bar",
    color: options.color ?? DEFAULT_COLOR,
    points: points.map((p) => ({
      date: p.date,
      value: p.tokens,
      ...highlighted.has(p.date) ? { color: options.highlight.color } : {},
      ...titled(p.title)
    })),
    ...options.rule ? { rule: { ...options.rule } } : {}
  };
}

// src/render/charts/text-width.ts
var ASCII = [
  318,
  401,
  460,
  838,
  636,
  950,
  780,
  275,
  390,
  390,
  500,
  838,
  318,
  361,
  318,
  337,
  636,
  636,
  636,
  636,
  636,
  636,
  636,
  636,
  636,
  636,
  337,
  337,
  838,
  838,
  838,
  531,
  1e3,
  684,
  686,
  698,
  770,
  632,
  575,
  775,
  752,
  295,
  295,
  656,
  557,
  863,
  748,
  787,
  603,
  787,
  695,
  635,
  611,
  732,
  684,
  989,
  685,
  611,
  685,
  390,
  337,
  390,
  838,
  500,
  500,
  613,
  635,
  550,
  635,
  615,
  352,
  635,
  634,
  278,
  278,
  579,
  278,
  974,
  634,
  612,
  635,
  635,
  411,
  521,
  392,
  634,
  592,
  818,
  592,
  592,
  525,
  636,
  337,
  636,
  838
];
var BOLD = 1.1;
var OTHER = 650;
function charWidth(code) {
  if (code >= 32 && code <= 126) return ASCII[code - 32];
  if (isWide(code)) return 1e3;
  if (code === 8230) return 1e3;
  return OTHER;
}
function isWide(code) {
  return code >= 4352 && code <= 4447 || code >= 11904 && code <= 42191 || code >= 44032 && code <= 55203 || code >= 63744 && code <= 64255 || code >= 65072 && code <= 65103 || code >= 65280 && code <= 65376 || code >= 65504 && code <= 65510 || code >= 127744;
}
function textWidth(text, size, bold = false) {
  let units = 0;
  for (const ch of text) units += charWidth(ch.codePointAt(0));
  return units / 1e3 * size * (bold ? BOLD : 1);
}
function fitText(text, limit, size) {
  if (textWidth(text, size) <= limit) return text;
  const room = limit - textWidth("\u2026", size);
  let used = 0;
  let out = "";
  for (const ch of text) {
    const w2 = charWidth(ch.codePointAt(0)) / 1e3 * size;
    if (used + w2 > room) break;
    used += w2;
    out += ch;
  }
  return `${out.trimEnd()}\u2026`;
}

// src/render/charts/draw.ts
var FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans JP', sans-serif";
var PAD = 5;
var LABEL_SIZE = 10;
var AXIS_TITLE_SIZE = 11;
var TITLE_SIZE = 14;
var TOP = PAD + TITLE_SIZE + 14;
var TICK = 5;
var LABEL_GAP = 2;
var LABEL_SEPARATION = 4;
var LEGEND_LABEL_LIMIT = 220;
var BAR_LABEL_LIMIT = 200;
var LEGEND_ROW = 16;
var LEGEND_SYMBOL = 8;
var RULE_COLOR = "#D55E00";
var COLORS = { label: "#444", grid: "#e6e6e6", domain: "#999", title: "#222" };
var DAY_MS = 864e5;
function drawChart(plot, _idPrefix = "") {
  switch (plot.kind) {
    case "stacked":
      return drawStacked(plot);
    case "bars":
      return drawBars(plot);
    case "series":
      return drawSeries(plot);
  }
}
function n(v2) {
  const r = Math.round(v2 * 10) / 10;
  return r === 0 ? "0" : String(r);
}
function escapeText(text) {
  if (!/[\u0000-\u001f\u007f\u2028\u2029&<>"']|[^\S ]| {2}/.test(text)) return text;
  return plainText(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
var ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function markBody(tag, attrs, title) {
  return title === void 0 ? `<${tag} ${attrs}/>` : `<${tag} ${attrs} role="graphics-symbol"><title>${escapeText(title)}</title></${tag}>`;
}
var E10 = Math.sqrt(50);
var E5 = Math.sqrt(10);
var E2 = Math.sqrt(2);
function tickStep(max, count) {
  const step = max / Math.max(1, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  return power >= 0 ? factor * 10 ** power : factor / 10 ** -power;
}
function niceTicks(max, count) {
  const top2 = max > 0 && Number.isFinite(max) ? max : 1;
  let step = tickStep(top2, count);
  for (let i = 0; i < 4; i++) {
    const next = tickStep(Math.ceil(top2 / step - 1e-9) * step, count);
    if (next === step) break;
    step = next;
  }
  const k = Math.ceil(top2 / step - 1e-9);
  const digits = decimals(step);
  const ticks = [];
  for (let i = 0; i <= k; i++) ticks.push(Number((i * step).toFixed(digits)));
  return ticks;
}
function decimals(step) {
  return step >= 1 ? 0 : Math.min(20, Math.ceil(-Math.log10(step) - 1e-9));
}
var numberFormats = /* @__PURE__ */ new Map();
function tickFormat(locale, step) {
  const key = `${locale}|${decimals(step)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: decimals(step) });
    numberFormats.set(key, format);
  }
  return (v2) => format.format(v2);
}
function intlTag(locale) {
  return locale === "ja" ? "ja-JP" : "en-US";
}
var dateFormats = /* @__PURE__ */ new Map();
var dateLabels = /* @__PURE__ */ new Map();
function axisLabel(date, g2, locale) {
  const key = `${locale}|${g2 === "month" ? "month" : "day"}`;
  const cached = dateLabels.get(`${key}|${date}`);
  if (cached !== void 0) return cached;
  let format = dateFormats.get(key);
  if (!format) {
    const options = g2 === "month" ? { timeZone: "UTC", year: "numeric", month: locale === "ja" ? "long" : "short" } : { timeZone: "UTC", month: locale === "ja" ? "numeric" : "short", day: "numeric" };
    format = new Intl.DateTimeFormat(intlTag(locale), options);
    dateFormats.set(key, format);
  }
  const label = format.format(dayNumber2(date) * DAY_MS);
  dateLabels.set(`${key}|${date}`, label);
  return label;
}
function dayNumber2(date) {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}
function bucketDays(g2) {
  return g2 === "week" ? 7 : 1;
}
function thinLabels(labels, separation = LABEL_SEPARATION) {
  for (let stride = 1; ; stride *= 2) {
    const kept = labels.filter((_2, i) => i % stride === 0);
    let clear = true;
    for (let i = 1; i < kept.length && clear; i++) {
      const a = kept[i - 1];
      const b = kept[i];
      clear = b.at - b.width / 2 - (a.at + a.width / 2) >= separation;
    }
    if (clear || kept.length <= 1) return kept;
  }
}
function timeAxis(dates, g2, width, locale, points) {
  const sorted = [...new Set(dates)].sort();
  const labelOf = (d) => {
    const text = axisLabel(d, g2, locale);
    return { at: 0, text, width: textWidth(text, LABEL_SIZE) };
  };
  if (g2 === "month" && !points) {
    const index = new Map(sorted.map((d, i) => [d, i]));
    const step = width / Math.max(1, sorted.length);
    const band2 = (d) => {
      const i = index.get(d) ?? 0;
      return [i * step + step * 0.05, (i + 1) * step - step * 0.05];
    };
    return {
      band: band2,
      point: (d) => (band2(d)[0] + band2(d)[1]) / 2,
      labels: sorted.map((d) => ({ ...labelOf(d), at: (index.get(d) + 0.5) * step })),
      touching: false
    };
  }
  const first = sorted.length > 0 ? dayNumber2(sorted[0]) : 0;
  const last = sorted.length > 0 ? dayNumber2(sorted.at(-1)) : 0;
  if (points) {
    const span2 = last - first;
    const x3 = (d) => span2 > 0 ? (dayNumber2(d) - first) / span2 * width : width / 2;
    return {
      band: (d) => [x3(d), x3(d)],
      point: x3,
      labels: sorted.map((d) => ({ ...labelOf(d), at: x3(d) })),
      touching: false
    };
  }
  const days = bucketDays(g2);
  const span = last + days - first;
  const x2 = (day) => (day - first) / span * width;
  const bands = /* @__PURE__ */ new Map();
  const band = (d) => {
    let b = bands.get(d);
    if (!b) {
      const start = dayNumber2(d);
      bands.set(d, b = [x2(start), x2(start + days)]);
    }
    return b;
  };
  return {
    band,
    point: (d) => (band(d)[0] + band(d)[1]) / 2,
    labels: sorted.map((d) => ({ ...labelOf(d), at: (band(d)[0] + band(d)[1]) / 2 })),
    touching: true
  };
}
function tickCount(length) {
  return Math.ceil(length / 40);
}
function yScale(ticks, height) {
  const top2 = ticks.at(-1);
  return (v2) => height - v2 / top2 * height;
}
function frame(plot, yMax, xLabels, legendHeight, leftLabelWidth) {
  const { width, height } = plot;
  const valuesAcross = plot.kind === "bars";
  const ticks = niceTicks(yMax, tickCount(valuesAcross ? width * 0.5 : height));
  const format = tickFormat(plot.locale, ticks.length > 1 ? ticks[1] - ticks[0] : 1);
  let labelColumn;
  const yTitle = valuesAcross ? "" : plot.text.yTitle;
  if (leftLabelWidth !== void 0) labelColumn = leftLabelWidth + TICK + LABEL_GAP;
  else labelColumn = Math.max(...ticks.map((t) => textWidth(format(t), LABEL_SIZE))) + TICK + LABEL_GAP;
  const kept = thinLabels(xLabels);
  const firstHalf = kept.length > 0 ? kept[0].width / 2 - kept[0].at : 0;
  const last = kept.at(-1);
  const lastHalf = last ? last.at + last.width / 2 - width : 0;
  const left = Math.ceil(PAD + Math.max(labelColumn + (yTitle ? AXIS_TITLE_SIZE + 6 : 0), firstHalf));
  const xTitle = valuesAcross ? plot.text.yTitle : plot.text.xTitle;
  const axisBottom2 = TOP + height + TICK + LABEL_GAP + LABEL_SIZE + 3 + (xTitle ? AXIS_TITLE_SIZE + 6 : 0);
  const titleWidth = textWidth(plot.text.title, TITLE_SIZE, true);
  const svgWidth = Math.ceil(Math.max(left + width + Math.max(PAD, lastHalf + PAD), PAD * 2 + titleWidth));
  return {
    left,
    width,
    height,
    svgWidth,
    svgHeight: Math.ceil(axisBottom2 + (legendHeight ? legendHeight + 8 : 0) + PAD),
    xLabels: kept,
    yTicks: ticks,
    yFormat: format,
    legendTop: axisBottom2 + 8
  };
}
function open(f, title) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${f.svgWidth}" height="${f.svgHeight}" viewBox="0 0 ${f.svgWidth} ${f.svgHeight}" font-family="${FONT}" font-size="${LABEL_SIZE}"><text x="${PAD}" y="${PAD + TITLE_SIZE - 2}" font-size="${TITLE_SIZE}" font-weight="600" fill="${COLORS.title}">${escapeText(title)}</text><g transform="translate(${f.left},${TOP})">`;
}
function close() {
  return "</g></svg>";
}
function valueAxisLeft(f, title) {
  const y2 = yScale(f.yTicks, f.height);
  let grid = "";
  let labels = "";
  for (const t of f.yTicks) {
    const at2 = n(Math.round(y2(t)) + 0.5);
    grid += `M0,${at2}h${f.width}`;
    labels += `<text x="${-(TICK + LABEL_GAP)}" y="${n(y2(t) + 3)}">${escapeText(f.yFormat(t))}</text>`;
  }
  const labelWidth = Math.max(...f.yTicks.map((t) => textWidth(f.yFormat(t), LABEL_SIZE)));
  const titleX = -(TICK + LABEL_GAP + labelWidth + 6);
  return `<path stroke="${COLORS.grid}" d="${grid}"/><path stroke="${COLORS.domain}" d="M0.5,0V${f.height}${f.yTicks.map((t) => `M-${TICK},${n(Math.round(y2(t)) + 0.5)}h${TICK}`).join("")}"/><g fill="${COLORS.label}" text-anchor="end">${labels}</g>` + (title ? `<text transform="translate(${n(titleX)},${n(f.height / 2)}) rotate(-90)" text-anchor="middle" font-size="${AXIS_TITLE_SIZE}" font-weight="600" fill="${COLORS.label}">${escapeText(title)}</text>` : "");
}
function axisBottom(f, labels, title) {
  let ticks = `M0,${f.height + 0.5}h${f.width}`;
  let text = "";
  const y2 = f.height + TICK + LABEL_GAP + LABEL_SIZE;
  for (const l3 of labels) {
    ticks += `M${n(l3.at)},${f.height}v${TICK}`;
    text += `<text x="${n(l3.at)}" y="${y2}">${escapeText(l3.text)}</text>`;
  }
  return `<path stroke="${COLORS.domain}" d="${ticks}"/><g fill="${COLORS.label}" text-anchor="middle">${text}</g>` + (title ? `<text x="${n(f.width / 2)}" y="${y2 + AXIS_TITLE_SIZE + 6}" text-anchor="middle" font-size="${AXIS_TITLE_SIZE}" font-weight="600" fill="${COLORS.label}">${escapeText(title)}</text>` : "");
}
function legendLayout(series) {
  const labels = series.map((s) => fitText(s.label, LEGEND_LABEL_LIMIT, LABEL_SIZE));
  const columns = Math.min(3, labels.length);
  const widest = Math.max(0, ...labels.map((l3) => textWidth(l3, LABEL_SIZE)));
  return {
    columns,
    columnWidth: LEGEND_SYMBOL + 4 + widest + 16,
    height: columns === 0 ? 0 : Math.ceil(labels.length / columns) * LEGEND_ROW,
    labels
  };
}
function legend(f, layout, series) {
  let symbols = "";
  let text = "";
  layout.labels.forEach((label, i) => {
    const x2 = i % layout.columns * layout.columnWidth;
    const y2 = Math.floor(i / layout.columns) * LEGEND_ROW;
    symbols += `<rect x="${n(x2)}" y="${y2 + 1}" width="${LEGEND_SYMBOL}" height="${LEGEND_SYMBOL}" fill="${series[i].color}"/>`;
    text += `<text x="${n(x2 + LEGEND_SYMBOL + 4)}" y="${y2 + 9}">${escapeText(label)}</text>`;
  });
  return `<g class="legend" transform="translate(0,${n(f.legendTop - TOP)})">${symbols}<g fill="#222">${text}</g></g>`;
}
function barEdges(axis, date) {
  const [x0, x1] = axis.band(date);
  return axis.touching && x1 - x0 > 3 ? [x0, x1 - 1] : [x0, x1];
}
function drawStacked(plot) {
  const axis = timeAxis(
    plot.points.map((p) => p.date),
    plot.granularity,
    plot.width,
    plot.locale,
    false
  );
  const order = plot.points.map((p, i) => i).sort((a, b) => plot.points[a].series - plot.points[b].series || a - b);
  const base = /* @__PURE__ */ new Map();
  const stacked = new Array(plot.points.length);
  for (const i of order) {
    const p = plot.points[i];
    const from = base.get(p.date) ?? 0;
    const to = from + Math.max(0, p.value);
    base.set(p.date, to);
    stacked[i] = [from, to];
  }
  const layout = legendLayout(plot.series);
  const f = frame(plot, Math.max(0, ...base.values()), axis.labels, layout.height);
  const y2 = yScale(f.yTicks, f.height);
  const groups = plot.series.map(() => "");
  for (const i of order) {
    const p = plot.points[i];
    const [from, to] = stacked[i];
    const [x0, x1] = barEdges(axis, p.date);
    groups[p.series] += markBody(
      "rect",
      `x="${n(x0)}" y="${n(y2(to))}" width="${n(x1 - x0)}" height="${n(y2(from) - y2(to))}"`,
      p.title
    );
  }
  const marks = groups.map((g2, s) => g2 ? `<g class="marks" fill="${plot.series[s].color}">${g2}</g>` : "").join("");
  return open(f, plot.text.title) + valueAxisLeft(f, plot.text.yTitle) + marks + axisBottom(f, f.xLabels, plot.text.xTitle) + legend(f, layout, plot.series) + close();
}
function drawSeries(plot) {
  const area = plot.mark === "area";
  const axis = timeAxis(
    plot.points.map((p) => p.date),
    plot.granularity,
    plot.width,
    plot.locale,
    area
  );
  const max = Math.max(0, ...plot.points.map((p) => p.value), plot.rule?.value ?? 0);
  const f = frame(plot, max, axis.labels, 0);
  const y2 = yScale(f.yTicks, f.height);
  let marks;
  if (area) {
    const sorted = [...plot.points].sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
    const line = sorted.map((p, i) => `${i === 0 ? "M" : "L"}${n(axis.point(p.date))},${n(y2(p.value))}`).join("");
    const first = sorted.length > 0 ? n(axis.point(sorted[0].date)) : "0";
    const last = sorted.length > 0 ? n(axis.point(sorted.at(-1).date)) : "0";
    const dots = sorted.map((p) => markBody("circle", `cx="${n(axis.point(p.date))}" cy="${n(y2(p.value))}" r="2.3"`, p.title)).join("");
    marks = (sorted.length > 0 ? `<path d="${line}L${last},${f.height}L${first},${f.height}Z" fill="${plot.color}" fill-opacity="0.35"/><path d="${line}" fill="none" stroke="${plot.color}" stroke-width="2"/>` : "") + `<g class="marks" fill="${plot.color}">${dots}</g>`;
  } else {
    marks = `<g class="marks" fill="${plot.color}">` + plot.points.map((p) => {
      const [x0, x1] = barEdges(axis, p.date);
      const top2 = y2(Math.max(0, p.value));
      const fill = p.color && p.color !== plot.color ? ` fill="${p.color}"` : "";
      return markBody(
        "rect",
        `x="${n(x0)}" y="${n(top2)}" width="${n(x1 - x0)}" height="${n(f.height - top2)}"${fill}`,
        p.title
      );
    }).join("") + "</g>";
  }
  const ruleY = plot.rule ? y2(plot.rule.value) : 0;
  const ruleLabelY = ruleY - 6 >= AXIS_TITLE_SIZE ? ruleY - 6 : ruleY + AXIS_TITLE_SIZE + 4;
  const rule = plot.rule ? `<path class="rule" d="M0,${n(ruleY)}h${f.width}" stroke="${RULE_COLOR}" stroke-width="2" stroke-dasharray="6,4"/><text x="4" y="${n(ruleLabelY)}" fill="${RULE_COLOR}" font-size="${AXIS_TITLE_SIZE}">${escapeText(plot.rule.label)}</text>` : "";
  return open(f, plot.text.title) + valueAxisLeft(f, plot.text.yTitle) + marks + rule + axisBottom(f, f.xLabels, plot.text.xTitle) + close();
}
function drawBars(plot) {
  const labels = plot.rows.map((r) => fitText(r.label, BAR_LABEL_LIMIT, LABEL_SIZE));
  const labelWidth = Math.max(0, ...labels.map((l3) => textWidth(l3, LABEL_SIZE)));
  const max = Math.max(0, ...plot.rows.map((r) => r.value));
  const ticks = niceTicks(max > 0 ? max : 1, tickCount(plot.width * 0.5));
  const format = tickFormat(plot.locale, ticks.length > 1 ? ticks[1] - ticks[0] : 1);
  const top2 = ticks.at(-1);
  const x2 = (v2) => v2 / top2 * plot.width;
  const xLabels = ticks.map((t) => {
    const text = format(t);
    return { at: x2(t), text, width: textWidth(text, LABEL_SIZE) };
  });
  const f = frame(plot, max, xLabels, 0, labelWidth);
  const step = plot.height / Math.max(1, plot.rows.length);
  let grid = "";
  for (const t of ticks) grid += `M${n(Math.round(x2(t)) + 0.5)},0v${plot.height}`;
  let bars = "";
  let names = "";
  let ticksLeft = "";
  plot.rows.forEach((r, i) => {
    const y0 = i * step + step * 0.05;
    const w2 = x2(Math.max(0, r.value));
    const fill = r.color !== plot.rows[0].color ? ` fill="${r.color}"` : "";
    bars += markBody("rect", `x="0" y="${n(y0)}" width="${n(w2)}" height="${n(step * 0.9)}"${fill}`, r.title);
    names += `<text x="${-(TICK + LABEL_GAP)}" y="${n((i + 0.5) * step + 3)}">${escapeText(labels[i])}</text>`;
    ticksLeft += `M-${TICK},${n((i + 0.5) * step)}h${TICK}`;
  });
  return open(f, plot.text.title) + `<path stroke="${COLORS.grid}" d="${grid}"/><path stroke="${COLORS.domain}" d="M0.5,0V${plot.height}${ticksLeft}"/><g fill="${COLORS.label}" text-anchor="end">${names}</g>` + (plot.rows.length > 0 ? `<g class="marks" fill="${plot.rows[0].color}">${bars}</g>` : "") + axisBottom(f, f.xLabels, plot.text.yTitle) + close();
}

// src/render/handlebars.ts
var import_handlebars = __toESM(require_lib(), 1);
function createHtmlRenderer(templates, partials) {
  const hb = import_handlebars.default.create();
  registerCommonHelpers(hb);
  for (const [name, src] of Object.entries(partials)) hb.registerPartial(name, src);
  return compileAll(hb, templates, {});
}
function createMarkdownRenderer(templates, partials) {
  const hb = import_handlebars.default.create();
  registerCommonHelpers(hb);
  hb.registerHelper("md", (v2) => escapeMarkdown(String(v2 ?? "")));
  hb.registerHelper("cell", (v2) => escapeMarkdownCell(String(v2 ?? "")));
  hb.registerHelper("mermaidLabel", (v2) => escapeMermaidLabel(String(v2 ?? "")));
  hb.registerHelper("mdCode", (v2) => String(v2 ?? "").replace(/[`\r\n]/g, " "));
  for (const [name, src] of Object.entries(partials)) hb.registerPartial(name, src);
  return compileAll(hb, templates, { noEscape: true });
}
function registerCommonHelpers(hb) {
  hb.registerHelper("eq", (a, b) => a === b);
  hb.registerHelper("json", (v2) => JSON.stringify(v2));
}
function compileAll(hb, templates, options) {
  const compiled = /* @__PURE__ */ new Map();
  for (const [name, src] of Object.entries(templates)) {
    compiled.set(name, hb.compile(src, { ...options, strict: true, knownHelpersOnly: false }));
  }
  return (name, context) => {
    const template = compiled.get(name);
    if (!template) throw new UserError(`template ${name} is missing`);
    try {
      return template(context);
    } catch (error) {
      throw new UserError(`template ${name}: ${templateProblem(error.message)}`);
    }
  };
}
function templateProblem(message) {
  const first = message.split("\n")[0] ?? message;
  const missing = /^("[^"]*" not defined) in .* - (\d+):(\d+)$/.exec(first);
  if (!missing) return first;
  return `${missing[1]} (line ${missing[2]}, column ${Number(missing[3]) + 1}); the fields each template gets are listed in docs/templates.md`;
}

// src/render/balance-view.ts
function balanceView(f, b) {
  if (!b) return null;
  const t = f.t;
  const atMost = b.uncoveredDays > 0 || b.unrated;
  const runOut = b.exhausted ? `${t.balanceRanOut} ${f.date(b.runOut)}` : b.runOut ? f.date(b.runOut) : b.rate === null ? t.balanceNoRate : t.balanceNever;
  const notes = [
    f.message(t.balanceNote, {
      tokens: f.number(b.tokens),
      asOf: f.date(b.asOf),
      spent: `${b.estimated ? t.estimatedMark : ""}${f.number(b.spent)}`,
      rate: b.rate === null ? "\u2014" : f.number(b.rate),
      rateDays: f.number(b.rateDays)
    }),
    ...b.uncoveredDays > 0 ? [f.message(t.balanceUncovered, { n: f.number(b.uncoveredDays) })] : [],
    ...b.unrated ? [t.balanceUnrated] : [],
    ...b.expires ? [f.message(b.expired ? t.balanceExpired : t.balanceExpires, { date: f.date(b.expires) })] : []
  ];
  return {
    left: `${atMost ? "\u2264 " : ""}${b.estimated ? t.estimatedMark : ""}${f.number(b.left)}`,
    runOut,
    leftClass: b.exhausted || b.left <= 0 ? "over" : "",
    notes
  };
}

// src/render/colors.ts
var PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#F0E442",
  "#7F3C8D",
  "#11A579",
  "#3969AC",
  "#F2B701",
  "#E73F74"
];
var OTHERS_COLOR = "#9AA0A6";
function colorIndexes(model) {
  return new Map(model.apps.map((a, i) => [a.id, i % PALETTE.length]));
}
var colorsByApps = /* @__PURE__ */ new WeakMap();
function appColors(model) {
  let colors = colorsByApps.get(model.apps);
  if (!colors) {
    colors = new Map(model.apps.map((a, i) => [a.id, PALETTE[i % PALETTE.length]]));
    colorsByApps.set(model.apps, colors);
  }
  return colors;
}

// src/render/pages/all-apps.ts
var OVERVIEW_APPS = 50;
var APPS_PER_PAGE = 2e3;
function hasAllAppsPages(model) {
  return model.apps.length > OVERVIEW_APPS;
}
function allAppsHref(root, n2 = 1) {
  return `${root}apps/${allAppsFile(n2)}`;
}
function allAppsFile(n2) {
  return n2 === 1 ? "index.html" : `index-${n2}.html`;
}
function allAppsPages(model, f) {
  if (!hasAllAppsPages(model)) return [];
  const collator = new Intl.Collator(f.locale === "ja" ? "ja-JP" : "en-US", { numeric: true });
  const apps = [...model.apps].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const count = Math.ceil(apps.length / APPS_PER_PAGE);
  const pager = count > 1 ? Array.from({ length: count }, (_2, i) => ({
    label: f.number(i + 1),
    href: allAppsFile(i + 1),
    current: false
  })) : [];
  return Array.from({ length: count }, (_2, i) => ({
    path: allAppsHref("", i + 1),
    template: "apps.html",
    root: "../",
    pageTitle: count > 1 ? `${f.t.allApps}${f.paren(`${f.number(i + 1)} / ${f.number(count)}`)}` : f.t.allApps,
    description: f.message(f.t.describeAllApps, { apps: f.number(apps.length), page: f.number(i + 1) }),
    asOf: f.date(model.asOf),
    nav: "overview",
    charts: {},
    context: {
      countText: f.message(f.t.allAppsCount, { n: f.number(apps.length) }),
      pager: pager.map((p, k) => ({ ...p, current: k === i })),
      // Links between siblings in apps/: the shortest href, which matters on 10,000 rows.
      apps: apps.slice(i * APPS_PER_PAGE, (i + 1) * APPS_PER_PAGE).map((a) => appRow(f, a, `${a.slug}.html`, 0, model.thresholds))
    }
  }));
}

// node_modules/marked/lib/marked.esm.js
function G() {
  return { async: false, breaks: false, extensions: null, gfm: true, hooks: null, pedantic: false, renderer: null, silent: false, tokenizer: null, walkTokens: null };
}
var S = G();
function ue(l3) {
  S = l3;
}
var q = { exec: () => null };
function D(l3) {
  let e = [];
  return (t) => {
    let n2 = Math.max(0, Math.min(3, t - 1)), r = e[n2];
    return r || (r = l3(n2), e[n2] = r), r;
  };
}
function g(l3, e = "") {
  let t = typeof l3 == "string" ? l3 : l3.source, n2 = { replace: (r, s) => {
    let o = typeof s == "string" ? s : s.source;
    return o = o.replace(O.caret, "$1"), t = t.replace(r, o), n2;
  }, getRegex: () => new RegExp(t, e) };
  return n2;
}
var _e = ((l3 = "") => {
  try {
    return !!new RegExp("(?<=1)(?<!1)" + l3);
  } catch {
    return false;
  }
})();
var O = { codeRemoveIndent: /^(?: {0,3}\t| {1,4})/gm, listInterruptsParagraph: /^ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/, outputLinkReplace: /\\([\[\]])/g, indentCodeCompensation: /^(\s+)(?:```)/, beginningSpace: /^\s+/, endingHash: /#$/, startingSpaceChar: /^ /, endingSpaceChar: / $/, endingSpaceTabChar: /[ \t]$/, nonSpaceChar: /[^ ]/, newLineCharGlobal: /\n/g, tabCharGlobal: /\t/g, leadingSpaceTab: /^[ \t]+/, multipleSpaceGlobal: /\s+/g, blankLine: /^[ \t]*$/, doubleBlankLine: /\n[ \t]*\n[ \t]*$/, blockquoteStart: /^ {0,3}>/, blockquoteSetextReplace: /\n {0,3}((?:=+|-+)[ \t]*)(?=\n|$)/g, blockquoteSetextReplace2: /^ {0,3}>[ \t]?/gm, blockquoteMarkerWhitespace: /^( {0,3}>)(\t[ \t]*)/gm, nestedBlockMarker: /^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])(?: |$)|> ?)/, listReplaceNesting: /^ {1,4}(?=( {4})*[^ ])/g, listIsTask: /^\[[ xX]\][ \t]+\S/, listReplaceTask: /^\[[ xX]\][ \t]+/, listTaskCheckbox: /\[[ xX]\]/, anyLine: /\n.*\n/, hrefBrackets: /^<(.*)>$/, tableDelimiter: /[:|]/, tableAlignChars: /^\||\| *$/g, tableRowBlankLine: /\n[ \t]*$/, tableAlignRight: /^ *-+: *$/, tableAlignCenter: /^ *:-+: *$/, tableAlignLeft: /^ *:-+ *$/, startATag: /^<a /i, endATag: /^<\/a>/i, startPreScriptTag: /^<(pre|code|kbd|script)(\s|>)/i, endPreScriptTag: /^<\/(pre|code|kbd|script)(\s|>)/i, startAngleBracket: /^</, endAngleBracket: />$/, pedanticHrefTitle: /^([^'"]*[^\s])\s+(['"])(.*)\2/, unicodeAlphaNumeric: /[\p{L}\p{N}]/u, numericCharacterReference: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));/, numericCharacterReferenceOrAmpersand: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, escapeTest: /[&<>"']/, escapeReplace: /[&<>"']/g, escapeTestNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/, escapeReplaceNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, caret: /(^|[^\[])\^/g, percentDecode: /%25/g, findPipe: /\|/g, splitPipe: / \|/, slashPipe: /\\\|/g, carriageReturn: /\r\n|\r/g, spaceLine: /^ +$/gm, notSpaceStart: /^\S*/, endingNewline: /\n$/, listItemRegex: (l3) => new RegExp(`^( {0,3}${l3})((?:[	 ][^\\n]*)?(?:\\n|$))`), nextBulletRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`)), hrRegex: D((l3) => new RegExp(`^ {0,${l3}}((?:-[ 	]*){3,}|(?:_[ 	]*){3,}|(?:\\*[ 	]*){3,})(?:\\n+|$)`)), fencesBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:\`\`\`|~~~)`)), headingBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}#{1,6}(?:\\s|$)`)), pedanticHeadingBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}#`)), htmlBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:</?(?:${he})(?:[ \\t]+|$|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)`, "i")), blockquoteBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}>`)), nestedContainerMarkers: /^(?: {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+|>[ \t]?))+/ };
var Ge = /^(?:[ \t]*(?:\n|$))+/;
var Ne = /^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/;
var Fe = /^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}(?:(?=`)\1`*|(?=~)\1~*) *(?=\n|$)|$)/;
var V = /^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/;
var Qe = /^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/;
var ce = / {0,3}(?:[*+-]|\d{1,9}[.)])/;
var he = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
var J = g(" {0,3}(?:</?(?:tag)(?:[ \\t]+|\\n|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)").replace("tag", he).getRegex();
var $e = /^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |fences|blockquote|heading|hr|html|table))+?)\n {0,3}(=+|-+)[ \t]*(?:\n+|$)/;
var Le = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/\|table/g, "").replace(/html/g, J).getRegex();
var We = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/table/g, / {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).replace(/html/g, J).getRegex();
var de = /^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table|[ \t]+\n)[^\n]+)*)/;
var Ue = /^[^\n]+/;
var ge = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\\n]|\n(?![ \t]*\n))+/;
var Ke = g(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<(?:\\.|[^\n<>\\])*>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label", ge).replace("title", /(?:"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\\n]|\n(?!\n))*'|\((?:\\[\s\S]|[^()\\])*\))/).getRegex();
var Xe = g(/^(bull)([ \t][^\n]*?)?(?:\n|$)/).replace(/bull/g, ce).getRegex();
var ke = /<!--(?:-?>|[\s\S]*?(?:-->|$))/;
var Ve = g("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n*|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>[^\\n]*\\n*|$)|<![A-Z][\\s\\S]*?(?:>[^\\n]*\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>[^\\n]*\\n*|$)|</?(tag)(?:[ \\t]+|\\n|/?>|$)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!(?:script|pre|style|textarea)(?![a-z0-9-]))([a-z][a-z0-9-]*)(?:attribute)*?[ \\t]*/?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</[a-z][a-z0-9-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))", "i").replace("comment", ke).replace("tag", he).replace("attribute", /[ \t]+[a-zA-Z:_][\w.:-]*(?:[ \t]*=[ \t]*"[^"\n]*"|[ \t]*=[ \t]*'[^'\n]*'|[ \t]*=[ \t]*[^\s"'=<>`]+)?/).getRegex();
var Ce = (l3) => g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("|table", "").replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", l3).replace("html", J).getRegex();
var Je = Ce(/ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/);
var Ye = Ce(/ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\n|$)/);
var et = g(/^( {0,3}> ?(?:(?![ \t]*(?:\n|$))(paragraph)|[^\n]*)(?:\n|$))+/).replace("paragraph", Ye).getRegex();
var fe = { blockquote: et, code: Ne, def: Ke, fences: Fe, heading: Qe, hr: V, html: Ve, lheading: Le, list: Xe, newline: Ge, paragraph: Je, table: q, text: Ue };
var Pe = g("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("blockquote", " {0,3}>").replace("code", "(?: {4}| {0,3}	)[^\\n]").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", J).getRegex();
var tt = { ...fe, lheading: We, table: Pe, paragraph: g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("table", Pe).replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]+[^ \\t\\n]").replace("html", J).getRegex() };
var nt = { ...fe, html: g(`^ *(?:comment(?: *\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1>(?: *\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?>(?: *\\n{2,}|\\s*$))`).replace("comment", ke).replace(/tag/g, "(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(), def: /^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/, heading: /^(#{1,6})(.*)(?:\n+|$)/, fences: q, lheading: /^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/, paragraph: g(de).replace("hr", V).replace("heading", ` *#{1,6} *[^
]`).replace("|table", "").replace("blockquote", " {0,3}>").replace("|fences", "").replace("|list", "").replace("|html", "").replace("|tag", "").replace("lheading", Le).getRegex() };
var rt = /^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/;
var st = /^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/;
var Ie = /^( {2,}|\\)\n(?!\s*$)[ \t]*/;
var it = /^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/;
var L = /[\p{P}\p{S}]/u;
var N = /[\s\p{P}\p{S}]/u;
var Y = /[^\s\p{P}\p{S}]/u;
var ot = g(/^((?![*_])punctSpace)/, "u").replace(/punctSpace/g, N).getRegex();
var at = /[\p{Pi}\p{Ps}"']/u;
var Ae = /(?!~)[\p{P}\p{S}]/u;
var lt = /(?!~)[\s\p{P}\p{S}]/u;
var ut = /(?:[^\s\p{P}\p{S}]|~)/u;
var pt = g(/link|precode-code|html/, "g").replace("link", /\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-", _e ? "(?<!`)()" : "(^^|[^`])").replace("code", /(?<b>`+)[^`]+\k<b>(?!`)/).replace("html", /<(?! )[^<>]*?>/).getRegex();
var Ee = /^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/;
var ct = g(Ee, "u").replace(/punct/g, L).getRegex();
var ht = g(Ee, "u").replace(/punct/g, Ae).getRegex();
var dt = /^(?:\*+(?:((?!\*)(?!openQuote)punct)|([^\s*]))?)|^_+(?:((?!_)(?!openQuote)punct)|([^\s_]))?/;
var gt = g(dt, "u").replace(/openQuote/g, at).replace(/punct/g, L).getRegex();
var ze = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)";
var kt = g(ze, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var ft = g(ze, "gu").replace(/notPunctSpace/g, ut).replace(/punctSpace/g, lt).replace(/punct/g, Ae).getRegex();
var mt = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)[\\s](\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|(?:(?!\\*)punct|notPunctSpace)(\\*+)(?!\\*)(?=notPunctSpace)";
var xt = g(mt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var bt = g("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)", "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var Rt = "^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)[\\s](_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)|(?:(?!_)punct|notPunctSpace)(_+)(?!_)(?=notPunctSpace)";
var Tt = g(Rt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var Ot = g(/^~~?(?:((?!~)punct)|[^\s~])/, "u").replace(/punct/g, L).getRegex();
var wt = "^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)";
var Pt = g(wt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var yt = g(/\\(punct)/, "gu").replace(/punct/g, L).getRegex();
var St = g(/(`+)(?:[^`]|[^`][\s\S]*?[^`])\1(?!`)|`+|\\(punct)/, "gu").replace(/punct/g, L).getRegex();
var _t = g(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme", /[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email", /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex();
var $t = g(ke).replace("(?:-->|$)", "-->").getRegex();
var Lt = g("^comment|^</[a-zA-Z][a-zA-Z0-9-]*\\s*>|^<[a-zA-Z][a-zA-Z0-9-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment", $t).replace("attribute", /\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex();
var Me = /\[(?:\\[\s\S]|[^\[\]\\])*\]/;
var ie = g(/(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/).replace("brackets", Me).getRegex();
var Ct = g(/^!?\[(label)\]\([ \t\n]*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?[ \t\n]*\)/).replace("label", ie).replace("href", /<(?:\\.|[^\n<>\\])*>|(?!<)[^ \t\n\x00-\x1f]+|(?=\))/).replace("title", /"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|\((?:\\[\s\S]|[^)\\])*\)/).getRegex();
var It = g(/^!?\[(label)\]\[(ref)\]/).replace("label", ie).replace("ref", ge).getRegex();
var At = g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ge).getRegex();
var ye = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\]){1,999}/;
var Et = g(/(?:[^\[\]\\`]*(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\]))){0,999}?[^\[\]\\`]*?/).replace("brackets", Me).getRegex();
var zt = g("reflink|nolink(?!\\()", "g").replace("reflink", g(/^!?\[(label)\]\[(ref)\]/).replace("label", Et).replace("ref", ye).getRegex()).replace("nolink", g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ye).getRegex()).getRegex();
var Se = /[hH][tT][tT][pP][sS]?|[fF][tT][pP]/;
var Mt = /[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/;
var Bt = g(/(?:mailto:email|xmpp:email(?:\/[A-Za-z0-9@.]+)?)/).replace(/email/g, Mt).getRegex();
var me = { _backpedal: q, anyPunctuation: yt, anyPunctuationOutsideCode: St, autolink: _t, blockSkip: pt, br: Ie, code: st, del: q, delLDelim: q, delRDelim: q, emStrongLDelim: ct, emStrongRDelimAst: kt, emStrongRDelimUnd: bt, escape: rt, link: Ct, nolink: At, punctuation: ot, reflink: It, reflinkSearch: zt, tag: Lt, text: it, url: q };
var Dt = { ...me, emStrongLDelim: gt, emStrongRDelimAst: xt, emStrongRDelimUnd: Tt, link: g(/^!?\[(label)\]\((.*?)\)/).replace("label", ie).getRegex(), reflink: g(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label", ie).getRegex() };
var pe = { ...me, emStrongRDelimAst: ft, emStrongLDelim: ht, delLDelim: Ot, delRDelim: Pt, url: g(/^emailProtocol|^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("emailProtocol", Bt).replace("protocol", Se).replace("email", /[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(), _backpedal: /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/, del: /^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/, text: g(/^(?:[^a-zA-Z0-9](?=emailProtocol)|(`+|~+|[^`~])(?:(?=[`~])|(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|wwwStart|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9](?=emailProtocol)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@))))/).replace("protocol", Se).replace(/emailProtocol/g, /(?:mailto|xmpp):/).replace("wwwStart", _e ? "(?<![^\\s*_~(])www\\." : "www\\.").getRegex() };
var qt = { ...pe, br: g(Ie).replace("{2,}", "*").getRegex(), text: g(pe.text).replace("\\b_", "\\b_| {2,}\\n").replace(/\{2,\}/g, "*").getRegex() };
var ee = { normal: fe, gfm: tt, pedantic: nt };
var F = { normal: me, gfm: pe, breaks: qt, pedantic: Dt };
var vt = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var Be = (l3) => vt[l3];
function y(l3, e) {
  if (e) {
    if (O.escapeTest.test(l3)) return l3.replace(O.escapeReplace, Be);
  } else if (O.escapeTestNoEncode.test(l3)) return l3.replace(O.escapeReplaceNoEncode, Be);
  return l3;
}
function De(l3) {
  return O.numericCharacterReference.test(l3) ? l3.replace(O.numericCharacterReferenceOrAmpersand, (e, t, n2) => {
    if (t === void 0 && n2 === void 0) return "&amp;";
    let r = t === void 0 ? Number.parseInt(n2, 16) : Number.parseInt(t, 10);
    return r === 0 || r > 1114111 || r >= 55296 && r <= 57343 ? "\uFFFD" : r === 38 ? "&amp;" : String.fromCodePoint(r);
  }) : l3;
}
function xe(l3) {
  try {
    l3 = encodeURI(l3).replace(O.percentDecode, "%");
  } catch {
    return null;
  }
  return l3;
}
function be(l3, e) {
  let t = l3.replace(O.findPipe, (s, o, i) => {
    let a = false, c = o;
    for (; --c >= 0 && i[c] === "\\"; ) a = !a;
    return a ? "|" : " |";
  }), n2 = t.split(O.splitPipe), r = 0;
  if (n2[0].trim() || n2.shift(), n2.length > 0 && !n2.at(-1)?.trim() && n2.pop(), e) if (n2.length > e) n2.splice(e);
  else for (; n2.length < e; ) n2.push("");
  for (; r < n2.length; r++) n2[r] = n2[r].trim().replace(O.slashPipe, "|");
  return n2;
}
function C(l3, e, t) {
  let n2 = l3.length;
  if (n2 === 0) return "";
  let r = 0;
  for (; r < n2; ) {
    let s = l3.charAt(n2 - r - 1);
    if (s === e && !t) r++;
    else if (s !== e && t) r++;
    else break;
  }
  return l3.slice(0, n2 - r);
}
function Re(l3) {
  let e = l3.split(`
`), t = e.length - 1;
  for (; t >= 0 && O.blankLine.test(e[t]); ) t--;
  return e.length - t <= 2 ? l3 : e.slice(0, t + 1).join(`
`);
}
function W(l3) {
  return l3.trim().replace(O.multipleSpaceGlobal, " ").toLowerCase().toUpperCase().toLowerCase();
}
function Te(l3, e) {
  if (l3.indexOf(e[0]) === -1 && l3.indexOf(e[1]) === -1) return -1;
  let t = 0;
  for (let n2 = 0; n2 < l3.length; n2++) if (l3[n2] === "\\") n2++;
  else if (l3[n2] === e[0]) t++;
  else if (l3[n2] === e[1] && (t--, t < 0)) return n2;
  return t > 0 ? -2 : -1;
}
var Q = /* @__PURE__ */ new WeakMap();
function Oe(l3) {
  let e = { "*": -1, _: -1 }, t = -1, n2 = l3.length;
  for (let r = 0; r < n2; r++) {
    let s = l3[r];
    if (s !== "*" && s !== "_" && s !== "~") continue;
    let o = r === 0 ? `
` : l3[r - 1], i = r + 1;
    for (; i < n2 && l3[i] === s; ) i++;
    o !== " " && o !== "	" && o !== `
` && o !== "\r" && o !== "\f" && (s === "~" ? t = r : e[s] = r), r = i - 1;
  }
  return { maskedSrc: l3, lastPossibleEmStrongCloserIndex: e, lastPossibleDelCloserIndex: t };
}
function qe(l3, e) {
  let t = Oe(e), n2 = Q.get(l3);
  n2 ? n2.push(t) : Q.set(l3, [t]);
}
function ve(l3) {
  let e = Q.get(l3);
  e && (e.pop(), e.length === 0 && Q.delete(l3));
}
function oe(l3, e, t) {
  let n2 = Q.get(l3)?.at(-1);
  return n2 && n2.maskedSrc === e ? n2.lastPossibleEmStrongCloserIndex[t] : Oe(e).lastPossibleEmStrongCloserIndex[t];
}
function ae(l3, e) {
  let t = Q.get(l3)?.at(-1);
  return t && t.maskedSrc === e ? t.lastPossibleDelCloserIndex : Oe(e).lastPossibleDelCloserIndex;
}
function te(l3, e = 0) {
  let t = e, n2 = "";
  for (let r of l3) if (r === "	") {
    let s = 4 - t % 4;
    n2 += " ".repeat(s), t += s;
  } else n2 += r, t++;
  return n2;
}
function Ht(l3, e) {
  let t = "";
  for (let n2 = 0; n2 < l3.length; n2++) {
    if (l3[n2] === "`") {
      let r = e.inline.code.exec(l3.slice(n2));
      if (r) {
        t += r[0], n2 += r[0].length - 1;
        continue;
      }
    }
    if (l3[n2] === "\\" && (l3[n2 + 1] === "[" || l3[n2 + 1] === "]")) {
      t += l3[n2 + 1], n2++;
      continue;
    }
    t += l3[n2];
  }
  return t;
}
function He(l3, e, t, n2, r) {
  let s = e.href, o = e.title || null, i = Ht(l3[1], r), a = l3[0].charAt(0) === "!", c = n2.state.inLink, u = n2.state.linkEmitted, d = n2.state.inRawBlock;
  n2.state.inLink = true, n2.state.linkEmitted = false;
  let h = n2.inlineTokens(i), p = n2.state.linkEmitted;
  if (n2.state.linkEmitted = u, n2.state.inLink = c, !a) {
    if (p) {
      n2.state.inRawBlock = d;
      return;
    }
    n2.state.linkEmitted = true;
  }
  return { type: a ? "image" : "link", raw: t, href: s, title: o, text: i, tokens: h };
}
function Zt(l3, e, t) {
  let n2 = l3.match(t.other.indentCodeCompensation);
  if (n2 === null) return e;
  let r = n2[1];
  return e.split(`
`).map((s) => {
    let o = s.match(t.other.beginningSpace);
    if (o === null) return s;
    let [i] = o;
    return s.slice(Math.min(i.length, r.length));
  }).join(`
`);
}
function Ze(l3, e, t, n2) {
  if (!e.includes("<")) return false;
  for (let r = 0; r < e.length; r++) {
    if (e[r] === "\\") {
      r++;
      continue;
    }
    if (e[r] === "`") {
      let i = n2.inline.code.exec(e.slice(r));
      if (i) {
        r += i[0].length - 1;
        continue;
      }
    }
    if (e[r] !== "<") continue;
    let s = l3.slice(t + r), o = n2.inline.tag.exec(s) || n2.inline.autolink.exec(s);
    if (o) {
      if (o[0].length > e.length - r) return true;
      r += o[0].length - 1;
    }
  }
  return false;
}
var _ = class {
  options;
  rules;
  lexer;
  constructor(e) {
    this.options = e || S;
  }
  space(e) {
    let t = this.rules.block.newline.exec(e);
    if (t && t[0].length > 0) return { type: "space", raw: t[0] };
  }
  code(e) {
    let t = this.rules.block.code.exec(e);
    if (t) {
      let n2 = this.options.pedantic ? t[0] : Re(t[0]), r = n2.replace(this.rules.other.codeRemoveIndent, "");
      return { type: "code", raw: n2, codeBlockStyle: "indented", text: r };
    }
  }
  fences(e) {
    let t = this.rules.block.fences.exec(e);
    if (t) {
      let n2 = t[0], r = Zt(n2, t[3] || "", this.rules);
      return t[3] !== void 0 && (r === "" || r.endsWith(`
`)) && (r += `
`), { type: "code", raw: n2, lang: t[2] ? t[2].trim().replace(this.rules.inline.anyPunctuation, "$1") : t[2], text: r };
    }
  }
  heading(e) {
    let t = this.rules.block.heading.exec(e);
    if (t) {
      let n2 = t[2].trim();
      if (this.rules.other.endingHash.test(n2)) {
        let r = C(n2, "#");
        (this.options.pedantic || !r || this.rules.other.endingSpaceTabChar.test(r)) && (n2 = r.trim());
      }
      return { type: "heading", raw: C(t[0], `
`), depth: t[1].length, text: n2, tokens: this.lexer.inline(n2) };
    }
  }
  hr(e) {
    let t = this.rules.block.hr.exec(e);
    if (t) return { type: "hr", raw: C(t[0], `
`) };
  }
  blockquote(e) {
    let t = this.rules.block.blockquote.exec(e);
    if (t) {
      let n2 = C(t[0], `
`).split(`
`), r = "", s = "", o = [];
      for (; n2.length > 0; ) {
        let i = false, a = [], c;
        for (c = 0; c < n2.length; c++) if (this.rules.other.blockquoteStart.test(n2[c])) a.push(n2[c]), i = true;
        else if (!i) a.push(n2[c]);
        else break;
        n2 = n2.slice(c);
        let u = a.join(`
`), d = u.replace(this.rules.other.blockquoteMarkerWhitespace, (k, m, b) => b.startsWith(" ") ? m + " " + b.slice(1) : m + te(b, m.length)).replace(this.rules.other.blockquoteSetextReplace, `
    $1`).replace(this.rules.other.blockquoteSetextReplace2, "");
        r = r ? `${r}
${u}` : u, s = s ? `${s}
${d}` : d;
        let h = this.lexer.state.top;
        if (this.lexer.state.top = true, this.lexer.blockTokens(d, o, true), this.lexer.state.top = h, n2.length === 0) break;
        let p = o.at(-1);
        if (p?.type === "code" || p?.type === "heading" || p?.type === "hr" || p?.type === "html" || p?.type === "table") break;
        if (p?.type === "blockquote") {
          let k = p, m = n2.join(`
`), b = k.raw + `
` + m.replace(this.rules.other.blockquoteSetextReplace2, ""), f = this.blockquote(b);
          o[o.length - 1] = f;
          let R = b.substring(f.raw.length).replace(/^\n/, ""), E = R ? R.split(`
`).length : 0, T = E ? n2.slice(0, -E) : n2;
          if (T.length > 0 && (r = `${r}
${T.join(`
`)}`), s = s.substring(0, s.length - k.text.length) + f.text, n2 = n2.slice(T.length), n2.length > 0 && this.rules.other.blockquoteStart.test(n2[0])) continue;
          break;
        } else if (p?.type === "list") {
          let k = p, m = k.raw + `
` + n2.join(`
`), b = this.list(m);
          o[o.length - 1] = b;
          let f = b.raw.length > k.raw.length ? m.slice(k.raw.length + 1, b.raw.length).split(`
`).length : 0;
          if (f > 0) {
            let R = n2.slice(0, f).join(`
`);
            r = `${r}
${R}`, s = `${s}
${R}`;
          }
          if (n2 = n2.slice(f), n2.length > 0 && !this.rules.other.blockquoteStart.test(n2[0])) break;
          continue;
        }
      }
      return { type: "blockquote", raw: r, tokens: o, text: s };
    }
  }
  list(e) {
    let t = this.rules.block.list.exec(e);
    if (t) {
      if (!this.options.pedantic && this.lexer.state.lastToken?.type === "text" && !this.rules.other.listInterruptsParagraph.test(e)) return;
      let n2 = e, r = () => n2.length - e.length, s = t[1].trim(), o = s.length > 1, i = { type: "list", raw: "", ordered: o, start: o ? +s.slice(0, -1) : "", loose: false, items: [] };
      s = o ? `\\d{1,9}\\${s.slice(-1)}` : `\\${s}`, this.options.pedantic && (s = o ? s : "[*+-]");
      let a = this.rules.other.listItemRegex(s), c = false;
      for (; e; ) {
        let h = false, p = "";
        if (!(t = a.exec(e)) || this.rules.block.hr.test(e)) break;
        let k = r();
        e = e.substring(t[0].length);
        let m = t[2].split(`
`, 1)[0], b = t[1].length, f = this.options.pedantic ? te(m, b) : m.replace(this.rules.other.leadingSpaceTab, (H) => te(H, b)), R = e.split(`
`, 1)[0], E = !f.trim(), T = 0;
        if (this.options.pedantic ? (T = 2, p = f.trimStart()) : E ? T = b + 1 : (T = f.search(this.rules.other.nonSpaceChar), T = T > 4 ? 1 : T, p = f.slice(T), T += b), E && this.rules.other.blankLine.test(R) && (e = e.substring(R.length + 1), h = true), !h) {
          let H = this.rules.other.nextBulletRegex(T), K = this.rules.other.hrRegex(T), re = this.rules.other.fencesBeginRegex(T), B = this.options.pedantic ? this.rules.other.pedanticHeadingBeginRegex(T) : this.rules.other.headingBeginRegex(T), X = this.rules.other.htmlBeginRegex(T), se = this.rules.other.blockquoteBeginRegex(T), le = false;
          for (; e; ) {
            let we = e.split(`
`, 1)[0], Z;
            if (R = we, this.options.pedantic ? (R = R.replace(this.rules.other.listReplaceNesting, "  "), Z = R) : Z = R.replace(this.rules.other.leadingSpaceTab, ($) => te($)), re.test(R) || B.test(R) || X.test(R) || se.test(R) || H.test(R) || K.test(R)) break;
            if (Z.search(this.rules.other.nonSpaceChar) >= T || !R.trim()) p += `
` + Z.slice(T), le = false;
            else {
              if (E) break;
              let $ = f;
              if (!this.options.pedantic && !p.includes(`
`) && !f.includes("	")) {
                let j;
                for (; !K.test($) && (j = this.rules.other.nestedBlockMarker.exec($)); ) $ = $.slice(j[0].length);
                if (!$.trim()) break;
              }
              if ($.replace(this.rules.other.tabCharGlobal, "    ").search(this.rules.other.nonSpaceChar) >= 4 || re.test($) || B.test($) || X.test($) || K.test($)) break;
              if (!this.options.pedantic && !le) {
                let j = f.replace(this.rules.other.nestedContainerMarkers, "");
                if (this.rules.block.fences.test(j) || this.rules.block.heading.test(j) || this.rules.block.hr.test(j)) break;
              }
              let je = !this.options.pedantic && /^ {0,3}(?:=+|-+) *$/.test(R) && this.rules.block.lheading.test(`${f}
${R}`) ? `    ${Z.replace(/^ {0,3}/, "")}` : R;
              p += `
` + je, le = true;
            }
            E = !R.trim(), e = e.substring(we.length + 1), f = Z.slice(T);
          }
        }
        let U = n2.slice(k, r());
        i.loose || (c ? i.loose = true : this.rules.other.doubleBlankLine.test(U) && (c = true)), i.items.push({ type: "list_item", raw: U, task: !!this.options.gfm && this.rules.other.listIsTask.test(p), loose: false, text: p, tokens: [] });
      }
      let u = i.items.at(-1);
      if (u) u.raw = u.raw.trimEnd(), u.text = u.text.trimEnd();
      else return;
      i.raw = n2.slice(0, r()).trimEnd();
      let d = [];
      for (let h of i.items) if (this.lexer.state.top = false, d.push(this.lexer.inlineQueue.length), h.tokens = this.lexer.blockTokens(h.text, []), !i.loose) {
        let p = h.tokens.filter((m) => m.type === "space"), k = p.length > 0 && p.some((m) => this.rules.other.anyLine.test(m.raw));
        i.loose = k;
      }
      for (let h = 0; h < i.items.length; h++) {
        let p = i.items[h], k = p.tokens[0];
        if (p.task && (k?.type === "text" || k?.type === "paragraph")) {
          p.text = p.text.replace(this.rules.other.listReplaceTask, ""), k.raw = k.raw.replace(this.rules.other.listReplaceTask, ""), k.text = k.text.replace(this.rules.other.listReplaceTask, "");
          let m = this.lexer.inlineQueue;
          for (let f = d[h]; f < m.length; f++) if (m[f].tokens === k.tokens) {
            m[f].src = m[f].src.replace(this.rules.other.listReplaceTask, "");
            break;
          }
          let b = this.rules.other.listTaskCheckbox.exec(p.raw);
          if (b) {
            let f = { type: "checkbox", raw: b[0] + " ", checked: b[0] !== "[ ]" };
            p.checked = f.checked, i.loose ? p.tokens[0] && ["paragraph", "text"].includes(p.tokens[0].type) && "tokens" in p.tokens[0] && p.tokens[0].tokens ? (p.tokens[0].raw = f.raw + p.tokens[0].raw, p.tokens[0].text = f.raw + p.tokens[0].text, p.tokens[0].tokens.unshift(f)) : p.tokens.unshift({ type: "paragraph", raw: f.raw, text: f.raw, tokens: [f] }) : p.tokens.unshift(f);
          }
        } else p.task && (p.task = false);
      }
      if (i.loose) for (let h of i.items) {
        h.loose = true;
        for (let p of h.tokens) p.type === "text" && (p.type = "paragraph");
      }
      return i;
    }
  }
  html(e) {
    let t = this.rules.block.html.exec(e);
    if (t) {
      if (this.lexer.state.lastToken?.type === "paragraph" && !this.rules.other.htmlBeginRegex(4).test(e)) return;
      let n2 = Re(t[0]);
      return { type: "html", block: true, raw: n2, pre: t[1] === "pre" || t[1] === "script" || t[1] === "style", text: n2 };
    }
  }
  def(e) {
    let t = this.rules.block.def.exec(e);
    if (t) {
      if (!this.rules.other.startAngleBracket.test(t[2]) && Te(t[2], "()") !== -1) return;
      let n2 = W(t[1]), r = t[2] ? t[2].replace(this.rules.other.hrefBrackets, "$1").replace(this.rules.inline.anyPunctuation, "$1") : "", s = t[3] ? t[3].substring(1, t[3].length - 1).replace(this.rules.inline.anyPunctuation, "$1") : t[3];
      return { type: "def", tag: n2, raw: C(t[0], `
`), href: r, title: s };
    }
  }
  table(e) {
    let t = this.rules.block.table.exec(e);
    if (!t || !this.rules.other.tableDelimiter.test(t[2])) return;
    let n2 = be(t[1]), r = t[2].replace(this.rules.other.tableAlignChars, "").split("|"), s = t[3]?.trim() ? t[3].replace(this.rules.other.tableRowBlankLine, "").split(`
`) : [], o = { type: "table", raw: C(t[0], `
`), header: [], align: [], rows: [] };
    if (n2.length === r.length) {
      for (let i of r) this.rules.other.tableAlignRight.test(i) ? o.align.push("right") : this.rules.other.tableAlignCenter.test(i) ? o.align.push("center") : this.rules.other.tableAlignLeft.test(i) ? o.align.push("left") : o.align.push(null);
      for (let i = 0; i < n2.length; i++) o.header.push({ text: n2[i], tokens: this.lexer.inline(n2[i]), header: true, align: o.align[i] });
      for (let i of s) o.rows.push(be(i, o.header.length).map((a, c) => ({ text: a, tokens: this.lexer.inline(a), header: false, align: o.align[c] })));
      return o;
    }
  }
  lheading(e) {
    let t = this.rules.block.lheading.exec(e);
    if (t) {
      let n2 = t[1].trim();
      return { type: "heading", raw: C(t[0], `
`), depth: t[2].charAt(0) === "=" ? 1 : 2, text: n2, tokens: this.lexer.inline(n2) };
    }
  }
  paragraph(e) {
    let t = this.rules.block.paragraph.exec(e);
    if (t) {
      let n2 = t[1].charAt(t[1].length - 1) === `
` ? t[1].slice(0, -1) : t[1];
      return { type: "paragraph", raw: t[0], text: n2, tokens: this.lexer.inline(n2) };
    }
  }
  text(e) {
    let t = this.rules.block.text.exec(e);
    if (t) return { type: "text", raw: t[0], text: t[0], tokens: this.lexer.inline(t[0]) };
  }
  escape(e) {
    if (e.charCodeAt(0) !== 92) return;
    let t = this.rules.inline.escape.exec(e);
    if (t) return { type: "escape", raw: t[0], text: t[1] };
  }
  tag(e) {
    if (e.charCodeAt(0) !== 60) return;
    let t = this.rules.inline.tag.exec(e);
    if (t) return !this.lexer.state.inLink && this.rules.other.startATag.test(t[0]) ? this.lexer.state.inLink = true : this.lexer.state.inLink && this.rules.other.endATag.test(t[0]) && (this.lexer.state.inLink = false), !this.lexer.state.inRawBlock && this.rules.other.startPreScriptTag.test(t[0]) ? this.lexer.state.inRawBlock = true : this.lexer.state.inRawBlock && this.rules.other.endPreScriptTag.test(t[0]) && (this.lexer.state.inRawBlock = false), { type: "html", raw: t[0], inLink: this.lexer.state.inLink, inRawBlock: this.lexer.state.inRawBlock, block: false, text: t[0] };
  }
  link(e) {
    if (this.lexer.state.linkParenPossible === false) return;
    let t = e.charCodeAt(0);
    if (t !== 91 && t !== 33) return;
    let n2 = this.rules.inline.link.exec(e);
    if (n2) {
      let r = n2[0].charAt(0) === "!" ? 2 : 1;
      if (!this.options.pedantic && Ze(e, n2[1], r, this.rules)) return;
      let s = n2[2].trim();
      if (!this.options.pedantic && this.rules.other.startAngleBracket.test(s)) {
        if (!this.rules.other.endAngleBracket.test(s)) return;
        let c = C(s.slice(0, -1), "\\");
        if ((s.length - c.length) % 2 === 0) return;
      } else {
        let c = Te(n2[2], "()");
        if (c === -2) return;
        if (c > -1) {
          let d = (n2[0].indexOf("!") === 0 ? 5 : 4) + n2[1].length + c;
          n2[2] = n2[2].substring(0, c), n2[0] = n2[0].substring(0, d).trim(), n2[3] = "";
        }
      }
      let o = C(n2[0].slice(0, -1), "\\");
      if ((n2[0].length - o.length) % 2 === 0) return;
      let i = n2[2], a = "";
      if (this.options.pedantic) {
        let c = this.rules.other.pedanticHrefTitle.exec(i);
        c && (i = c[1], a = c[3]);
      } else a = n2[3] ? n2[3].slice(1, -1) : "";
      return i = i.trim(), this.rules.other.startAngleBracket.test(i) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(s) ? i = i.slice(1) : i = i.slice(1, -1)), He(n2, { href: i && i.replace(this.rules.inline.anyPunctuation, "$1"), title: a && a.replace(this.rules.inline.anyPunctuation, "$1") }, n2[0], this.lexer, this.rules);
    }
  }
  reflink(e, t) {
    let n2 = e.charCodeAt(0);
    if (n2 !== 91 && n2 !== 33) return;
    let r;
    if ((r = this.rules.inline.reflink.exec(e)) || (r = this.rules.inline.nolink.exec(e))) {
      let s = r[0].charAt(0) === "!" ? 2 : 1;
      if (!this.options.pedantic && Ze(e, r[1], s, this.rules)) return;
      let o = t[W(r[2] || r[1])];
      if (!o) {
        let i = r[0].charAt(0);
        return { type: "text", raw: i, text: i };
      }
      return He(r, o, r[0], this.lexer, this.rules);
    }
  }
  emStrong(e, t, n2 = "") {
    let r = this.rules.inline.emStrongLDelim.exec(e);
    if (!r || !r[1] && !r[2] && !r[3] && !r[4]) return;
    let s = r[0][0], o = n2 === s, i = t.length - e.length, a = i;
    for (; !this.options.pedantic && a > 0 && t[a - 1] === s; ) a--;
    let c = [...t.slice(Math.max(0, a - 2), a)].at(-1) ?? "", u = c === "*" || c === "_" || !!this.rules.inline.punctuation.exec(c);
    a < i && (n2 = c);
    let d = a < i ? u : n2 === "*" || n2 === "_" || !!this.rules.inline.punctuation.exec(n2);
    if (r[4] && n2.match(this.rules.other.unicodeAlphaNumeric)) return;
    let h = r[1] || r[3] || "";
    if (!h || !n2 || d) {
      let p = [...r[0]].length - 1, k, m, b = p, f = 0, R = i - a + p, E = !this.options.pedantic && !!c.trim() && (!!h || s === "*" && !u);
      if (s !== "*" && s !== "_") return;
      let T = s === "*" ? this.rules.inline.emStrongRDelimAst : this.rules.inline.emStrongRDelimUnd, U = oe(this, t, s), H = t.length - e.length + p;
      if (U < H) return;
      t = t.slice(-1 * e.length + p);
      let K = U - H;
      for (T.lastIndex = 0; (r = T.exec(t)) !== null && !(r.index > K); ) {
        if (k = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !k) continue;
        if (m = [...k].length, r[3] || r[4]) {
          b += m;
          continue;
        } else if ((r[5] || r[6] || E) && R % 3 && !((R + m) % 3)) {
          if (o && (r[5] || r[6])) break;
          f += m;
          continue;
        }
        if (b -= m, b > 0) continue;
        m = Math.min(m, m + b + f);
        let re = [...r[0]][0].length, B = e.slice(0, p + r.index + re + m);
        if (Math.min(p, m) % 2) {
          let se = B.slice(1, -1);
          return { type: "em", raw: B, text: se, tokens: this.lexer.inlineTokens(se) };
        }
        let X = B.slice(2, -2);
        return { type: "strong", raw: B, text: X, tokens: this.lexer.inlineTokens(X) };
      }
    }
  }
  codespan(e) {
    if (e.charCodeAt(0) !== 96) return;
    let t = this.rules.inline.code.exec(e);
    if (t) {
      let n2 = t[2].replace(this.rules.other.newLineCharGlobal, " "), r = this.rules.other.nonSpaceChar.test(n2), s = this.rules.other.startingSpaceChar.test(n2) && this.rules.other.endingSpaceChar.test(n2);
      return r && s && (n2 = n2.substring(1, n2.length - 1)), { type: "codespan", raw: t[0], text: n2 };
    }
  }
  br(e) {
    let t = e.charCodeAt(0);
    if (t !== 32 && t !== 92 && t !== 10) return;
    let n2 = this.rules.inline.br.exec(e);
    if (n2) return { type: "br", raw: n2[0] };
  }
  del(e, t, n2 = "") {
    if (e.charCodeAt(0) !== 126) return;
    let r = this.rules.inline.delLDelim.exec(e);
    if (!r) return;
    if (!(r[1] || "") || !n2 || this.rules.inline.punctuation.exec(n2)) {
      let o = [...r[0]].length - 1, i, a, c = o, u = this.rules.inline.delRDelim, d = ae(this, t), h = t.length - e.length + o;
      if (d < h) return;
      t = t.slice(-1 * e.length + o);
      let p = d - h;
      for (u.lastIndex = 0; (r = u.exec(t)) !== null && !(r.index > p); ) {
        if (i = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !i || (a = [...i].length, a !== o)) continue;
        if (r[3] || r[4]) {
          c += a;
          continue;
        }
        if (c -= a, c > 0) continue;
        a = Math.min(a, a + c);
        let k = [...r[0]][0].length, m = e.slice(0, o + r.index + k + a), b = m.slice(o, -o);
        return { type: "del", raw: m, text: b, tokens: this.lexer.inlineTokens(b) };
      }
    }
  }
  autolink(e) {
    if (e.charCodeAt(0) !== 60) return;
    let t = this.rules.inline.autolink.exec(e);
    if (t) {
      let n2, r;
      return t[2] === "@" ? (n2 = t[1], r = "mailto:" + n2) : (n2 = t[1], r = n2), { type: "link", raw: t[0], text: n2, href: r, autolink: true, tokens: [{ type: "text", raw: n2, text: n2 }] };
    }
  }
  url(e) {
    let t;
    if (t = this.rules.inline.url.exec(e)) {
      let n2, r;
      if (t[2] === "@") n2 = t[0], r = "mailto:" + n2;
      else {
        let s;
        do
          s = t[0], t[0] = this.rules.inline._backpedal.exec(t[0])?.[0] ?? "";
        while (s !== t[0]);
        n2 = t[0], t[1] === "www." ? r = "http://" + t[0] : r = t[0];
      }
      return { type: "link", raw: t[0], text: n2, href: r, autolink: true, tokens: [{ type: "text", raw: n2, text: n2 }] };
    }
  }
  inlineText(e) {
    let t = this.rules.inline.text.exec(e);
    if (t) {
      let n2 = this.lexer.state.inRawBlock;
      return { type: "text", raw: t[0], text: n2 ? t[0] : De(t[0]), escaped: n2 };
    }
  }
};
var w = class l {
  tokens;
  options;
  state;
  inlineQueue;
  tokenizer;
  constructor(e) {
    this.tokens = [], this.tokens.links = /* @__PURE__ */ Object.create(null), this.options = e || S, this.options.tokenizer = this.options.tokenizer || new _(), this.tokenizer = this.options.tokenizer, this.tokenizer.options = this.options, this.tokenizer.lexer = this, this.inlineQueue = [], this.state = { inLink: false, inRawBlock: false, linkEmitted: false, linkParenPossible: true, top: true };
    let t = { other: O, block: ee.normal, inline: F.normal };
    this.options.pedantic ? (t.block = ee.pedantic, t.inline = F.pedantic) : this.options.gfm && (t.block = ee.gfm, this.options.breaks ? t.inline = F.breaks : t.inline = F.gfm), this.tokenizer.rules = t;
  }
  static get rules() {
    return { block: ee, inline: F };
  }
  static lex(e, t) {
    return new l(t).lex(e);
  }
  static lexInline(e, t) {
    return new l(t).inlineTokens(e);
  }
  lex(e) {
    e = e.replace(O.carriageReturn, `
`), this.blockTokens(e, this.tokens);
    for (let t = 0; t < this.inlineQueue.length; t++) {
      let n2 = this.inlineQueue[t];
      this.state.inRawBlock = false, this.inlineTokens(n2.src, n2.tokens);
    }
    return this.inlineQueue = [], this.tokens;
  }
  blockTokens(e, t = [], n2 = false) {
    this.tokenizer.lexer = this;
    let r = this.state.lastToken;
    this.options.pedantic && (e = e.replace(O.tabCharGlobal, "    ").replace(O.spaceLine, ""));
    let s = 1 / 0, o, i = this.options.gfm && !this.options.pedantic && this.tokenizer.paragraph === _.prototype.paragraph;
    for (; e; ) {
      if (e.length < s) s = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      this.state.lastToken = t.at(-1);
      let a;
      if (this.options.extensions?.block?.some((u) => (a = u.call({ lexer: this }, e, t)) ? (e = e.substring(a.raw.length), t.push(a), true) : false)) continue;
      if (a = this.tokenizer.space(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        a.raw.length === 1 && u !== void 0 ? u.raw += `
` : t.push(a);
        continue;
      }
      if (a = this.tokenizer.code(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.at(-1).src = u.text) : t.push(a);
        continue;
      }
      if (a = this.tokenizer.fences(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.heading(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.hr(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.blockquote(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.list(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.html(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.def(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.raw, this.inlineQueue.at(-1).src = u.text) : (this.tokens.links[a.tag] || (this.tokens.links[a.tag] = { href: a.href, title: a.title }), t.push(a));
        continue;
      }
      if (a = this.tokenizer.table(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.lheading(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startBlock) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startBlock.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (this.state.top && (a = this.tokenizer.paragraph(c))) {
        let u = t.at(-1);
        (n2 || u === o && i) && u?.type === "paragraph" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text, o = u) : (t.push(a), o = a), n2 = c.length !== e.length, e = e.substring(a.raw.length);
        continue;
      }
      if (a = this.tokenizer.text(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text) : t.push(a);
        continue;
      }
      if (e) {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
    }
    return this.state.top = true, this.state.lastToken = r, t;
  }
  inline(e, t = []) {
    return this.inlineQueue.push({ src: e, tokens: t }), t;
  }
  linkInText(e) {
    if (!e.includes("[")) return false;
    let t = this.tokenizer.rules.inline.link;
    for (let n2 of e.matchAll(this.tokenizer.rules.inline.blockSkip)) if (t.test(n2[0]) && e.charAt(n2.index - 1) !== "!") return true;
    for (let n2 of e.matchAll(this.tokenizer.rules.inline.reflinkSearch)) {
      let r = n2[0], s = r.lastIndexOf("[");
      if (!(r.charAt(0) === "!" || !Object.hasOwn(this.tokens.links, W(r.slice(s + 1, -1)))) && !(s > 1 && this.linkInText(r.slice(1, s - 1)))) return true;
    }
    return false;
  }
  inlineTokens(e, t = []) {
    this.tokenizer.lexer = this;
    let n2 = this.state.linkParenPossible;
    this.state.linkParenPossible = e.includes(")");
    try {
      return this.#t(e, t);
    } finally {
      this.state.linkParenPossible = n2;
    }
  }
  #t(e, t) {
    let n2 = e.includes("*") || e.includes("_") || e.includes("~"), r = n2 || this.options.hooks?.emStrongMask || this.tokenizer.emStrong !== _.prototype.emStrong || this.tokenizer.del !== _.prototype.del ? this.#r(e) : e;
    if (!n2) return this.#e(e, r, t);
    qe(this.tokenizer, r);
    try {
      return this.#e(e, r, t);
    } finally {
      ve(this.tokenizer);
    }
  }
  #e(e, t, n2) {
    let r = false, s = "", o = 1 / 0;
    for (; e; ) {
      if (e.length < o) o = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      r || (s = ""), r = false;
      let i;
      if (this.options.extensions?.inline?.some((u) => (i = u.call({ lexer: this }, e, n2)) ? (e = e.substring(i.raw.length), n2.push(i), true) : false)) continue;
      if (i = this.tokenizer.escape(e)) {
        e = e.substring(i.raw.length), n2.push(i);
        continue;
      }
      if (i = this.tokenizer.tag(e)) {
        e = e.substring(i.raw.length), n2.push(i);
        continue;
      }
      if (i = this.tokenizer.link(e)) {
        e = e.substring(i.raw.length), n2.push(i);
        continue;
      }
      if (i = this.tokenizer.reflink(e, this.tokens.links)) {
        e = e.substring(i.raw.length);
        let u = n2.at(-1);
        i.type === "text" && u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n2.push(i);
        continue;
      }
      let a = e[0];
      if (a === "*" || a === "_") {
        let u = t.length - e.length;
        if (oe(this.tokenizer, t, a) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === a.charCodeAt(0); ) h++;
          let p = e.substring(0, h), k = n2.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n2.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      } else if (a === "~") {
        let u = t.length - e.length;
        if (ae(this.tokenizer, t) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === 126; ) h++;
          let p = e.substring(0, h), k = n2.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n2.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      }
      if (i = this.tokenizer.emStrong(e, t, s)) {
        e = e.substring(i.raw.length), n2.push(i);
        continue;
      }
      if (i = this.tokenizer.codespan(e)) {
        e = e.substring(i.raw.length), n2.push(i);
        continue;
      }
      if (i = this.tokenizer.br(e)) {
        e = e.substring(i.raw.length), n2.push(i);
        continue;
      }
      if (i = this.tokenizer.del(e, t, s)) {
        e = e.substring(i.raw.length), n2.push(i);
        continue;
      }
      if (i = this.tokenizer.autolink(e)) {
        e = e.substring(i.raw.length), n2.push(i);
        continue;
      }
      if (!this.state.inLink && (i = this.tokenizer.url(e))) {
        e = e.substring(i.raw.length), n2.push(i);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startInline) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startInline.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (i = this.tokenizer.inlineText(c)) {
        e = e.substring(i.raw.length), i.raw.slice(-1) !== "_" && (s = i.raw.slice(-1)), r = true;
        let u = n2.at(-1);
        u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n2.push(i);
        continue;
      }
      if (e) {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
    }
    return n2;
  }
  #n(e) {
    let { blockSkip: t, tag: n2, autolink: r } = this.tokenizer.rules.inline, s = "", o = 0, i;
    for (t.lastIndex = 0; i = t.exec(e); ) {
      let a = i.index + (i[2] ? i[2].length : 0), c = i.index + i[0].length;
      if (e.charAt(a) === "<") {
        let u = e.slice(a), d = n2.exec(u) || r.exec(u);
        if (!d) {
          t.lastIndex = a + 1;
          continue;
        }
        c = a + d[0].length, t.lastIndex = c;
      }
      s += e.slice(o, a) + "[" + "a".repeat(c - a - 2) + "]", o = c;
    }
    return s + e.slice(o);
  }
  #r(e) {
    let t = e;
    if (this.tokens.links && e.includes("[")) {
      let n2 = this.tokenizer.rules.inline.reflinkSearch, r = (s) => {
        let o = s.lastIndexOf("[");
        if (!Object.hasOwn(this.tokens.links, W(s.slice(o + 1, -1)))) return s;
        if (o > 1 && s.charAt(0) !== "!") {
          let i = s.slice(1, o - 1);
          if (this.linkInText(i)) return "[" + i.replace(n2, r) + "][" + "a".repeat(s.length - o - 2) + "]";
        }
        return "[" + "a".repeat(s.length - 2) + "]";
      };
      t = t.replace(n2, r);
    }
    return t = t.replace(this.tokenizer.rules.inline.anyPunctuationOutsideCode, (n2, r, s) => s ? "+".repeat(n2.length) : r ? r + n2.slice(r.length, -r.length).replace(/`/g, "+") + r : n2), t = this.#n(t), t = this.options.hooks?.emStrongMask?.call({ lexer: this }, t) ?? t, t;
  }
  infiniteLoopError(e) {
    let t = "Infinite loop on byte: " + e;
    if (this.options.silent) console.error(t);
    else throw new Error(t);
  }
};
var I = class {
  options;
  parser;
  constructor(e) {
    this.options = e || S;
  }
  space(e) {
    return "";
  }
  code({ text: e, lang: t, escaped: n2 }) {
    let r = (t || "").match(O.notSpaceStart)?.[0], s = e ? e.replace(O.endingNewline, "") + `
` : "";
    return r ? '<pre><code class="language-' + y(r) + '">' + (n2 ? s : y(s, true)) + `</code></pre>
` : "<pre><code>" + (n2 ? s : y(s, true)) + `</code></pre>
`;
  }
  blockquote({ tokens: e }) {
    return `<blockquote>
${this.parser.parse(e)}</blockquote>
`;
  }
  html({ text: e }) {
    return e;
  }
  def(e) {
    return "";
  }
  heading({ tokens: e, depth: t }) {
    return `<h${t}>${this.parser.parseInline(e)}</h${t}>
`;
  }
  hr(e) {
    return `<hr>
`;
  }
  list(e) {
    let t = e.ordered, n2 = e.start, r = "";
    for (let i = 0; i < e.items.length; i++) {
      let a = e.items[i];
      r += this.listitem(a);
    }
    let s = t ? "ol" : "ul", o = t && n2 !== 1 ? ' start="' + n2 + '"' : "";
    return "<" + s + o + `>
` + r + "</" + s + `>
`;
  }
  listitem(e) {
    return `<li>${this.parser.parse(e.tokens)}</li>
`;
  }
  checkbox({ checked: e }) {
    return "<input " + (e ? 'checked="" ' : "") + 'disabled="" type="checkbox"> ';
  }
  paragraph({ tokens: e }) {
    return `<p>${this.parser.parseInline(e)}</p>
`;
  }
  table(e) {
    let t = "", n2 = "";
    for (let s = 0; s < e.header.length; s++) n2 += this.tablecell(e.header[s]);
    t += this.tablerow({ text: n2 });
    let r = "";
    for (let s = 0; s < e.rows.length; s++) {
      let o = e.rows[s];
      n2 = "";
      for (let i = 0; i < o.length; i++) n2 += this.tablecell(o[i]);
      r += this.tablerow({ text: n2 });
    }
    return r && (r = `<tbody>${r}</tbody>`), `<table>
<thead>
` + t + `</thead>
` + r + `</table>
`;
  }
  tablerow({ text: e }) {
    return `<tr>
${e}</tr>
`;
  }
  tablecell(e) {
    let t = this.parser.parseInline(e.tokens), n2 = e.header ? "th" : "td";
    return (e.align ? `<${n2} align="${e.align}">` : `<${n2}>`) + t + `</${n2}>
`;
  }
  strong({ tokens: e }) {
    return `<strong>${this.parser.parseInline(e)}</strong>`;
  }
  em({ tokens: e }) {
    return `<em>${this.parser.parseInline(e)}</em>`;
  }
  codespan({ text: e }) {
    return `<code>${y(e, true)}</code>`;
  }
  br(e) {
    return "<br>";
  }
  del({ tokens: e }) {
    return `<del>${this.parser.parseInline(e)}</del>`;
  }
  link({ href: e, title: t, text: n2, tokens: r, autolink: s }) {
    let o = s ? y(n2, true) : this.parser.parseInline(r), i = xe(e);
    if (i === null) return o;
    e = y(i, s);
    let a = '<a href="' + e + '"';
    return t && (a += ' title="' + y(t) + '"'), a += ">" + o + "</a>", a;
  }
  image({ href: e, title: t, text: n2, tokens: r }) {
    r && (n2 = this.parser.parseInline(r, this.parser.textRenderer));
    let s = xe(e);
    if (s === null) return y(n2);
    e = s;
    let o = `<img src="${y(e)}" alt="${y(n2)}"`;
    return t && (o += ` title="${y(t)}"`), o += ">", o;
  }
  text(e) {
    return "tokens" in e && e.tokens ? this.parser.parseInline(e.tokens) : "escaped" in e && e.escaped ? e.text : y(e.text);
  }
};
var z = class {
  parser;
  strong({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  em({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  codespan({ text: e }) {
    return e;
  }
  del({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  html({ text: e }) {
    return e;
  }
  text({ text: e }) {
    return e;
  }
  link({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  image({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  br() {
    return `
`;
  }
  checkbox({ raw: e }) {
    return e;
  }
};
var P = class l2 {
  options;
  renderer;
  textRenderer;
  constructor(e) {
    this.options = e || S, this.options.renderer = this.options.renderer || new I(), this.renderer = this.options.renderer, this.renderer.options = this.options, this.renderer.parser = this, this.textRenderer = new z(), this.textRenderer.parser = this;
  }
  static parse(e, t) {
    return new l2(t).parse(e);
  }
  static parseInline(e, t) {
    return new l2(t).parseInline(e);
  }
  parse(e) {
    this.renderer.parser = this;
    let t = "";
    for (let n2 = 0; n2 < e.length; n2++) {
      let r = e[n2];
      if (this.options.extensions?.renderers?.[r.type]) {
        let o = r, i = this.options.extensions.renderers[o.type].call({ parser: this }, o);
        if (i !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "checkbox", "html", "def", "paragraph", "text"].includes(o.type)) {
          t += i === false ? "" : i ?? "";
          continue;
        }
      }
      let s = r;
      switch (s.type) {
        case "space": {
          t += this.renderer.space(s);
          break;
        }
        case "hr": {
          t += this.renderer.hr(s);
          break;
        }
        case "heading": {
          t += this.renderer.heading(s);
          break;
        }
        case "code": {
          t += this.renderer.code(s);
          break;
        }
        case "table": {
          t += this.renderer.table(s);
          break;
        }
        case "blockquote": {
          t += this.renderer.blockquote(s);
          break;
        }
        case "list": {
          t += this.renderer.list(s);
          break;
        }
        case "checkbox": {
          t += this.renderer.checkbox(s);
          break;
        }
        case "html": {
          t += this.renderer.html(s);
          break;
        }
        case "def": {
          t += this.renderer.def(s);
          break;
        }
        case "paragraph": {
          t += this.renderer.paragraph(s);
          break;
        }
        case "text": {
          t += this.renderer.text(s);
          break;
        }
        default: {
          let o = 'Token with "' + s.type + '" type was not found.';
          if (this.options.silent) return console.error(o), "";
          throw new Error(o);
        }
      }
    }
    return t;
  }
  parseInline(e, t = this.renderer) {
    this.renderer.parser = this;
    let n2 = "";
    for (let r = 0; r < e.length; r++) {
      let s = e[r];
      if (this.options.extensions?.renderers?.[s.type]) {
        let i = this.options.extensions.renderers[s.type].call({ parser: this }, s);
        if (i !== false || !["escape", "html", "link", "image", "checkbox", "strong", "em", "codespan", "br", "del", "text"].includes(s.type)) {
          n2 += i === false ? "" : i ?? "";
          continue;
        }
      }
      let o = s;
      switch (o.type) {
        case "escape": {
          n2 += t.text(o);
          break;
        }
        case "html": {
          n2 += t.html(o);
          break;
        }
        case "link": {
          n2 += t.link(o);
          break;
        }
        case "image": {
          n2 += t.image(o);
          break;
        }
        case "checkbox": {
          n2 += t.checkbox(o);
          break;
        }
        case "strong": {
          n2 += t.strong(o);
          break;
        }
        case "em": {
          n2 += t.em(o);
          break;
        }
        case "codespan": {
          n2 += t.codespan(o);
          break;
        }
        case "br": {
          n2 += t.br(o);
          break;
        }
        case "del": {
          n2 += t.del(o);
          break;
        }
        case "text": {
          n2 += t.text(o);
          break;
        }
        default: {
          let i = 'Token with "' + o.type + '" type was not found.';
          if (this.options.silent) return console.error(i), "";
          throw new Error(i);
        }
      }
    }
    return n2;
  }
};
var A = class {
  options;
  block;
  constructor(e) {
    this.options = e || S;
  }
  static passThroughHooks = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens", "emStrongMask"]);
  static passThroughHooksRespectAsync = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens"]);
  preprocess(e) {
    return e;
  }
  postprocess(e) {
    return e;
  }
  processAllTokens(e) {
    return e;
  }
  emStrongMask(e) {
    return e;
  }
  provideLexer(e = this.block) {
    return e ? w.lex : w.lexInline;
  }
  provideParser(e = this.block) {
    return e ? P.parse : P.parseInline;
  }
};
function M(l3, e) {
  if (Array.isArray(e)) for (let t = 0; t < e.length; t++) l3.push(e[t]);
  else l3.push(e);
}
var ne = class {
  defaults = G();
  options = this.setOptions;
  parse = this.parseMarkdown(true);
  parseInline = this.parseMarkdown(false);
  Parser = P;
  Renderer = I;
  TextRenderer = z;
  Lexer = w;
  Tokenizer = _;
  Hooks = A;
  constructor(...e) {
    this.use(...e);
  }
  walkTokens(e, t) {
    let n2 = [];
    for (let r of e) switch (M(n2, t.call(this, r)), r.type) {
      case "table": {
        let s = r;
        for (let o of s.header) M(n2, this.walkTokens(o.tokens, t));
        for (let o of s.rows) for (let i of o) M(n2, this.walkTokens(i.tokens, t));
        break;
      }
      case "list": {
        let s = r;
        M(n2, this.walkTokens(s.items, t));
        break;
      }
      default: {
        let s = r;
        this.defaults.extensions?.childTokens?.[s.type] ? this.defaults.extensions.childTokens[s.type].forEach((o) => {
          let i = s[o].flat(1 / 0);
          M(n2, this.walkTokens(i, t));
        }) : s.tokens && M(n2, this.walkTokens(s.tokens, t));
      }
    }
    return n2;
  }
  use(...e) {
    let t = this.defaults.extensions || { renderers: /* @__PURE__ */ Object.create(null), childTokens: /* @__PURE__ */ Object.create(null) };
    return e.forEach((n2) => {
      let r = { ...n2 };
      if (r.async = this.defaults.async || r.async || false, n2.extensions && (n2.extensions.forEach((s) => {
        if (!s.name) throw new Error("extension name required");
        if ("renderer" in s) {
          let o = t.renderers[s.name];
          o ? t.renderers[s.name] = function(...i) {
            let a = s.renderer.apply(this, i);
            return a === false && (a = o.apply(this, i)), a;
          } : t.renderers[s.name] = s.renderer;
        }
        if ("tokenizer" in s) {
          if (!s.level || s.level !== "block" && s.level !== "inline") throw new Error("extension level must be 'block' or 'inline'");
          let o = t[s.level];
          o ? o.unshift(s.tokenizer) : t[s.level] = [s.tokenizer], s.start && (s.level === "block" ? t.startBlock ? t.startBlock.push(s.start) : t.startBlock = [s.start] : s.level === "inline" && (t.startInline ? t.startInline.push(s.start) : t.startInline = [s.start]));
        }
        "childTokens" in s && s.childTokens && (t.childTokens[s.name] = s.childTokens);
      }), r.extensions = t), n2.renderer) {
        let s = this.defaults.renderer || new I(this.defaults);
        for (let o in n2.renderer) {
          if (!(o in s)) throw new Error(`renderer '${o}' does not exist`);
          if (["options", "parser"].includes(o)) continue;
          let i = o, a = n2.renderer[i], c = s[i];
          s[i] = (...u) => {
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d === false ? "" : d ?? "";
          };
        }
        r.renderer = s;
      }
      if (n2.tokenizer) {
        let s = this.defaults.tokenizer || new _(this.defaults);
        for (let o in n2.tokenizer) {
          if (!(o in s)) throw new Error(`tokenizer '${o}' does not exist`);
          if (["options", "rules", "lexer"].includes(o)) continue;
          let i = o, a = n2.tokenizer[i], c = s[i];
          s[i] = (...u) => {
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d;
          };
        }
        r.tokenizer = s;
      }
      if (n2.hooks) {
        let s = this.defaults.hooks || new A();
        for (let o in n2.hooks) {
          if (!(o in s)) throw new Error(`hook '${o}' does not exist`);
          if (["options", "block"].includes(o)) continue;
          let i = o, a = n2.hooks[i], c = s[i];
          A.passThroughHooks.has(o) ? s[i] = (u) => {
            if (s.options.async && A.passThroughHooksRespectAsync.has(o)) return (async () => {
              let h = await a.call(s, u);
              return c.call(s, h);
            })();
            let d = a.call(s, u);
            return c.call(s, d);
          } : s[i] = (...u) => {
            if (s.options.async) return (async () => {
              let h = await a.apply(s, u);
              return h === false && (h = await c.apply(s, u)), h;
            })();
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d;
          };
        }
        r.hooks = s;
      }
      if (n2.walkTokens) {
        let s = this.defaults.walkTokens, o = n2.walkTokens;
        r.walkTokens = function(i) {
          let a = [];
          return M(a, o.call(this, i)), s && M(a, s.call(this, i)), a;
        };
      }
      this.defaults = { ...this.defaults, ...r };
    }), this;
  }
  setOptions(e) {
    return this.defaults = { ...this.defaults, ...e }, this;
  }
  lexer(e, t) {
    return w.lex(e, t ?? this.defaults);
  }
  parser(e, t) {
    return P.parse(e, t ?? this.defaults);
  }
  parseMarkdown(e) {
    return (n2, r) => {
      let s = { ...r }, o = { ...this.defaults, ...s }, i = this.onError(!!o.silent, !!o.async);
      if (this.defaults.async === true && s.async === false) return i(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));
      if (typeof n2 > "u" || n2 === null) return i(new Error("marked(): input parameter is undefined or null"));
      if (typeof n2 != "string") return i(new Error("marked(): input parameter is of type " + Object.prototype.toString.call(n2) + ", string expected"));
      if (o.hooks && (o.hooks.options = o, o.hooks.block = e), o.async) return (async () => {
        let a = o.hooks ? await o.hooks.preprocess(n2) : n2, u = await (o.hooks ? await o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(a, o), d = o.hooks ? await o.hooks.processAllTokens(u) : u;
        o.walkTokens && await Promise.all(this.walkTokens(d, o.walkTokens));
        let p = await (o.hooks ? await o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(d, o);
        return o.hooks ? await o.hooks.postprocess(p) : p;
      })().catch(i);
      try {
        o.hooks && (n2 = o.hooks.preprocess(n2));
        let c = (o.hooks ? o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(n2, o);
        o.hooks && (c = o.hooks.processAllTokens(c)), o.walkTokens && this.walkTokens(c, o.walkTokens);
        let d = (o.hooks ? o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(c, o);
        return o.hooks && (d = o.hooks.postprocess(d)), d;
      } catch (a) {
        return i(a);
      }
    };
  }
  onError(e, t) {
    return (n2) => {
      if (n2.message += `
Please report this to https://github.com/markedjs/marked.`, e) {
        let r = "<p>An error occurred:</p><pre>" + y(n2.message + "", true) + "</pre>";
        return t ? Promise.resolve(r) : r;
      }
      if (t) return Promise.reject(n2);
      throw n2;
    };
  }
};
var v = new ne();
function x(l3, e) {
  return v.parse(l3, e);
}
x.options = x.setOptions = function(l3) {
  return v.setOptions(l3), x.defaults = v.defaults, ue(x.defaults), x;
};
x.getDefaults = G;
x.defaults = S;
function jt(...l3) {
  return v.use(...l3), x.defaults = v.defaults, ue(x.defaults), x;
}
x.use = jt;
x.walkTokens = function(l3, e) {
  return v.walkTokens(l3, e);
};
x.parseInline = v.parseInline;
x.Parser = P;
x.parser = P.parse;
x.Renderer = I;
x.TextRenderer = z;
x.Lexer = w;
x.lexer = w.lex;
x.Tokenizer = _;
x.Hooks = A;
x.parse = x;
var En = x.options;
var zn = x.setOptions;
var Mn = x.walkTokens;
var Bn = x.parseInline;
var qn = P.parse;
var vn = w.lex;

// src/render/markdown.ts
function markdownToHtml(markdown, options = {}) {
  const offset = options.headingOffset ?? 0;
  const marked = new ne({ gfm: true, async: false });
  marked.use({
    renderer: {
      html: ({ text, block }) => block ? `<p>${escapeHtml(text.trimEnd())}</p>
` : escapeHtml(text),
      link({ href, title, tokens }) {
        const inner = this.parser.parseInline(tokens);
        const safe = safeHref(href);
        if (safe === void 0) return inner;
        return `<a href="${escapeHtml(safe)}"${title ? ` title="${escapeHtml(title)}"` : ""}>${inner}</a>`;
      },
      image({ href, text }) {
        const safe = safeHref(href);
        const label = escapeHtml(text || href);
        return safe === void 0 ? label : `<a href="${escapeHtml(safe)}">${label}</a>`;
      },
      heading({ tokens, depth }) {
        const level = Math.min(6, depth + offset);
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>
`;
      },
      code({ text, lang }) {
        if (lang?.trim().toLowerCase() === "mermaid") {
          const replacement = options.mermaid?.(text);
          if (replacement !== void 0) return replacement;
        }
        return `<pre tabindex="0"><code>${escapeHtml(text)}</code></pre>
`;
      },
      // In a focusable box of its own, which scrolls when the table is wider than the screen.
      table(token) {
        return `<div class="scroll" tabindex="0">
${I.prototype.table.call(this, token)}</div>
`;
      },
      // A class rather than marked's `align` attribute, which HTML 5 no longer has.
      tablecell({ tokens, header, align }) {
        const tag = header ? "th" : "td";
        const scope = header ? ' scope="col"' : "";
        const cls = align === "right" ? ' class="num"' : align === "center" ? ' class="center"' : "";
        return `<${tag}${scope}${cls}>${this.parser.parseInline(tokens)}</${tag}>
`;
      }
    }
  });
  return marked.parse(markdown).replace(/<table>/g, '<table class="data">');
}
var ENTITY = /&(#x[0-9a-f]+|#\d+|colon|tab|newline|amp|lt|gt|quot|apos);?/gi;
var NAMED = {
  colon: ":",
  tab: "	",
  newline: "\n",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'"
};
function safeHref(href) {
  const decoded = href.replace(ENTITY, (m, e) => {
    if (e[0] !== "#") return NAMED[e.toLowerCase()] ?? m;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : "\uFFFD";
  }).replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  const scheme = /^([^/?#]*):/.exec(decoded);
  if (scheme && !/^(https?|mailto)$/i.test(scheme[1])) return void 0;
  try {
    return encodeURI(decoded).replace(/%25([0-9a-f]{2})/gi, "%$1");
  } catch {
    return void 0;
  }
}
function escapeHtml(text) {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
  );
}

// src/render/page-bytes.ts
import { randomUUID } from "node:crypto";
function svgMarkers() {
  const nonce = randomUUID();
  const svgs = [];
  const marker = new RegExp(`\0${nonce}:(\\d+)\0`);
  return {
    mark(svg) {
      svgs.push(svg);
      return `\0${nonce}:${svgs.length - 1}\0`;
    },
    assemble(text) {
      const parts = text.split(marker);
      let length = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = i % 2 === 0 ? parts[i] : svgs[Number(parts[i])];
        if (part === void 0 || i % 2 === 0 && part.includes(nonce)) return void 0;
        length += Buffer.byteLength(part, "utf8");
      }
      const bytes = Buffer.allocUnsafe(length);
      let at2 = 0;
      for (let i = 0; i < parts.length; i++)
        at2 += bytes.write(i % 2 === 0 ? parts[i] : svgs[Number(parts[i])], at2, "utf8");
      return bytes;
    }
  };
}

// src/render/pages/common.ts
function appHref(root, slug) {
  return `${root}apps/${slug}.html`;
}
function granularityLabel(f, g2) {
  return g2 === "day" ? f.t.date : g2 === "week" ? f.t.week : f.t.month;
}
function granularityNote(f, g2) {
  return g2 === "day" ? f.t.perDay : g2 === "week" ? f.t.perWeek : f.t.perMonth;
}
function rebucket(points, g2) {
  if (g2 === "day") return [...points];
  const out = /* @__PURE__ */ new Map();
  for (const p of points) {
    const b = bucketOf(p.date, g2);
    out.set(b, (out.get(b) ?? 0) + p.tokens);
  }
  return [...out].map(([date, tokens]) => ({ date, tokens: round2(tokens) }));
}
function bucketText(f, date, g2) {
  return g2 === "month" ? f.month(date.slice(0, 7)) : f.date(date);
}
function seriesTable(f, points, g2) {
  return {
    head: [granularityLabel(f, g2), f.t.tokens],
    rows: points.map((p) => ({ label: bucketText(f, p.date, g2), cells: [f.number(p.tokens)] }))
  };
}
function tokensValue(f, tokens, estimated = false) {
  return f.message(f.t.tokensValue, { value: `${estimated ? f.t.estimatedMark : ""}${f.number(tokens)}` });
}
function bucketTitle(f, date, g2) {
  return g2 === "week" ? f.message(f.t.weekOf, { date: f.date(date) }) : bucketText(f, date, g2);
}
function markTitle(f, what, value) {
  return f.message(f.t.labelValue, { label: what.join(" \xB7 "), value });
}
function titledSeries(f, points, g2, what = []) {
  return points.map((p) => ({
    ...p,
    title: markTitle(f, [bucketTitle(f, p.date, g2), ...what], tokensValue(f, p.tokens))
  }));
}
function changeClass(change) {
  return change !== null && change > 0 ? "up" : change !== null && change < 0 ? "down" : "";
}

// src/render/pages/units.ts
var UNCHARGED_COLOR = "#E69F00";
var ORANGES = /* @__PURE__ */ new Set(["#E69F00", "#D55E00", "#F0E442", "#F2B701"]);
var FEATURE_COLORS = [
  "#0072B2",
  "#56B4E9",
  "#009E73",
  "#CC79A7",
  "#7F3C8D",
  "#E73F74",
  "#11A579",
  "#3969AC"
];
function unitChartDefs(charts, f, locale, idPrefix, colorOf) {
  const defs = {};
  const names = [];
  charts.forEach((chart, i) => {
    const name = `${idPrefix}-${i}`;
    names.push(name);
    defs[name] = unitChartDef(chart, `chart-${name}`, f, locale, colorOf);
  });
  return { names, defs };
}
function unitChartDef(chart, id, f, locale, colorOf) {
  const g2 = chart.granularity;
  const label = (key, own2) => key === UNCHARGED_KEY ? f.t.uncharged : key === OTHER_APPS_KEY ? f.t.others : own2;
  const flagged = chart.series.some((s) => s.key === UNCHARGED_KEY);
  let next = 0;
  const own = (key) => {
    const color = colorOf?.(key);
    if (color !== void 0 && !(flagged && ORANGES.has(color.toUpperCase()))) return color;
    return FEATURE_COLORS[next++ % FEATURE_COLORS.length];
  };
  const series = chart.series.map((s) => ({
    key: s.key,
    label: label(s.key, s.label),
    color: s.key === UNCHARGED_KEY ? UNCHARGED_COLOR : s.key === OTHER_APPS_KEY ? OTHERS_COLOR : own(s.key)
  }));
  const title = `${chart.api} \xB7 ${chart.unit ? f.unit(chart.unit) : f.t.unit}${f.paren(granularityNote(f, g2))}`;
  const unit = chart.unit ? f.unit(chart.unit) : f.t.quantity;
  const labelOf = new Map(series.map((s) => [s.key, s.label]));
  const points = chart.buckets.flatMap(
    (b) => b.unknown ? [] : Object.entries(b.values).map(([key, quantity]) => ({
      date: b.date,
      key,
      tokens: quantity,
      title: markTitle(
        f,
        [bucketTitle(f, b.date, g2), labelOf.get(key) ?? key],
        f.message(f.t.unitValue, { value: f.number(quantity), unit })
      )
    }))
  );
  return {
    id,
    title,
    spec: stackedTokensSpec(
      points,
      series,
      g2,
      { title, xTitle: granularityLabel(f, g2), yTitle: unit },
      locale
    ),
    alt: `${title}: ` + series.map((s, i) => `${s.label} ${f.number(chart.series[i].quantity)}`).join(", ") + `; ${f.t.total} ${f.number(chart.total)} ${unit}`,
    table: {
      head: [granularityLabel(f, g2), ...series.map((s) => s.label), f.t.total],
      rows: [
        ...chart.buckets.map((b) => {
          const values = chart.series.map((s) => b.values[s.key] ?? 0);
          const text = bucketText(f, b.date, g2);
          if (b.unknown)
            return { label: text, cells: [...values.map(() => f.t.unknownData), f.t.unknownData] };
          return {
            label: b.covered ? text : `${text}${f.paren(f.t.partialData)}`,
            cells: [...values.map((v2) => f.number(v2)), f.number(values.reduce((n2, v2) => n2 + v2, 0))]
          };
        }),
        {
          label: f.t.total,
          cells: [...chart.series.map((s) => f.number(s.quantity)), f.number(chart.total)]
        }
      ]
    }
  };
}
function featureUnitRows(f, features) {
  const flagged = features.some((x2) => x2.uncharged !== null);
  return {
    flagged,
    rows: features.map((x2) => ({
      api: x2.api,
      name: x2.featureName,
      quantity: f.number(x2.quantity),
      unit: f.unit(x2.unit),
      uncharged: x2.uncharged === null ? "\u2014" : f.number(x2.uncharged),
      unchargedClass: x2.uncharged ? "uncharged" : ""
    }))
  };
}
function apiUnitRows(f, features) {
  const byApi = /* @__PURE__ */ new Map();
  for (const x2 of features) {
    const key = `${x2.api}\0${x2.unit}`;
    const row2 = byApi.get(key) ?? { api: x2.api, unit: x2.unit, quantity: 0, uncharged: null };
    row2.quantity += x2.quantity;
    if (x2.uncharged !== null) row2.uncharged = (row2.uncharged ?? 0) + x2.uncharged;
    byApi.set(key, row2);
  }
  const rows = [...byApi.values()];
  return {
    flagged: rows.some((r) => r.uncharged !== null),
    rows: rows.map((r) => ({
      api: r.api,
      unit: f.unit(r.unit),
      quantity: f.number(Math.round(r.quantity * 100) / 100),
      uncharged: r.uncharged === null ? "\u2014" : f.number(Math.round(r.uncharged * 100) / 100)
    }))
  };
}

// src/render/pages/app.ts
function appPage(model, app, f) {
  return {
    path: appHref("", app.slug),
    template: "app.html",
    root: "../",
    pageTitle: app.name,
    description: f.message(f.t.describeApp, { app: app.name, period: periodText(f, model) }),
    asOf: f.date(model.asOf),
    nav: "app",
    charts: appCharts(model, app, f),
    context: {
      app: {
        name: app.name,
        id: app.id,
        status: app.status,
        failed: app.status === "failed",
        statusText: app.status === "failed" ? f.t.failed : app.status === "ok" ? f.t.ok : f.t.historyOnly,
        error: app.error ?? "",
        hint: app.hint ? hintText(f.t, app.hint) : ""
      },
      periodText: periodText(f, model),
      cards: appCards(f, app, model.thresholds),
      alerts: (alertsByApp(model.alerts).get(app.id) ?? []).map((a) => alertView(f, a, model.thresholds)),
      apis: app.apis.map((api) => ({
        api: api.api,
        tokens: tokensText(f, api.tokens, api.estimated),
        features: api.features.map((x2) => ({
          name: x2.featureName,
          id: x2.featureId,
          quantity: f.number(x2.quantity),
          previousQuantity: x2.quantityChange.previous === null ? "\u2014" : f.number(x2.previousQuantity),
          change: comparisonText(f, x2.quantityChange, x2.quantity),
          changeClass: changeClass(x2.quantityChange.delta),
          unit: f.unit(x2.unit),
          tokens: tokensText(f, x2.tokens, x2.estimated)
        }))
      })),
      burnNote: app.month.budget ? "" : f.t.noBudgetBurn,
      spikes: app.spikes.map((s) => ({
        date: f.date(s.date),
        tokens: f.number(s.tokens),
        typical: f.number(s.typical),
        ratio: `${f.number(s.ratio, 1)}\xD7`
      }))
    }
  };
}
var alertsByAppCache = /* @__PURE__ */ new WeakMap();
function alertsByApp(alerts) {
  let byApp = alertsByAppCache.get(alerts);
  if (!byApp) {
    const grouped = /* @__PURE__ */ new Map();
    for (const a of alerts) {
      if (a.appId === null) continue;
      const list = grouped.get(a.appId);
      if (list) list.push(a);
      else grouped.set(a.appId, [a]);
    }
    alertsByAppCache.set(alerts, byApp = grouped);
  }
  return byApp;
}
function appCards(f, app, thresholds) {
  const m = app.month;
  const c = app.comparison;
  return [
    {
      label: f.t.tokensThisPeriod,
      value: tokensText(f, app.tokens, app.estimated),
      note: app.tokens === null ? "" : f.labelled(f.t.share, f.percent(app.share)),
      noteClass: ""
    },
    {
      label: f.t.changeVsPrevious,
      value: comparisonText(f, c, app.tokens),
      note: partialNote(f, c, f.t.previousPeriod) || `${f.labelled(f.t.previousPeriod, baselineText(f, c))}${c.delta === null ? "" : f.paren(deltaText(f, c, app.tokens))}`,
      noteClass: ""
    },
    {
      label: `${f.t.monthToDate}${f.paren(f.month(m.month))}`,
      value: maybeNumber(f, m.tokens),
      note: f.labelled(f.t.forecastMonthEnd, maybeNumber(f, m.forecast)),
      noteClass: ""
    },
    {
      label: f.t.budgetStatus,
      value: budgetText(f, m, thresholds),
      note: m.budget ? `${maybeNumber(f, m.tokens)} / ${f.number(m.budget)}` : f.t.noBudget,
      noteClass: budgetClass(m.budgetPercent, m.forecastPercent, thresholds)
    }
  ];
}
function appCharts(model, app, f) {
  const hg = app.historyGranularity;
  const historyTitle = `${f.t.tokenHistory}${f.paren(granularityNote(f, hg))}`;
  const daily = rebucket(app.daily, model.granularity);
  const dailyTitle = model.granularity === "day" ? f.t.dailyTokensInPeriod : `${f.t.tokens}${f.paren(granularityNote(f, model.granularity))}`;
  const features = app.apis.flatMap((a) => a.features).filter((x2) => x2.tokens !== null && x2.tokens > 0);
  const m = app.month;
  const color = appColors(model).get(app.id);
  const burnTitle = `${f.t.burnDown}${f.paren(f.month(m.month))}`;
  return {
    history: app.history.length === 0 ? null : {
      id: "chart-history",
      title: historyTitle,
      spec: seriesSpec(
        titledSeries(f, app.history, hg),
        hg,
        { title: historyTitle, xTitle: granularityLabel(f, hg), yTitle: f.t.tokens },
        model.locale,
        { ...color ? { color } : {} }
      ),
      alt: `${f.labelled(historyTitle, f.range(app.history[0].date, app.history.at(-1).date))}, ${f.t.total} ${f.number(sumTokens(app.history))}`,
      table: seriesTable(f, app.history, hg)
    },
    daily: daily.length === 0 ? null : {
      id: "chart-daily",
      title: dailyTitle,
      spec: seriesSpec(
        titledSeries(f, daily, model.granularity),
        model.granularity,
        { title: dailyTitle, xTitle: granularityLabel(f, model.granularity), yTitle: f.t.tokens },
        model.locale,
        { ...color ? { color } : {} }
      ),
      alt: `${f.labelled(dailyTitle, f.t.total)} ${f.number(sumTokens(daily))}, ${f.t.max} ${f.number(Math.max(...daily.map((p) => p.tokens)))}`,
      table: seriesTable(f, daily, model.granularity)
    },
    features: features.length === 0 ? null : {
      id: "chart-features",
      title: f.t.tokensByFeature,
      spec: barSpec(
        features.map((x2) => ({
          label: x2.featureName,
          tokens: x2.tokens ?? 0,
          title: markTitle(f, [x2.featureName], tokensValue(f, x2.tokens ?? 0, x2.estimated))
        })),
        { title: f.t.tokensByFeature, xTitle: "", yTitle: f.t.tokens },
        model.locale,
        color
      ),
      alt: features.map((x2) => f.labelled(x2.featureName, f.number(x2.tokens ?? 0))).join("; "),
      table: {
        head: [f.t.feature, f.t.api, f.t.tokens],
        rows: features.map((x2) => ({
          label: x2.featureName,
          cells: [x2.api, tokensText(f, x2.tokens, x2.estimated)]
        }))
      }
    },
    burn: app.burn.length === 0 ? null : {
      id: "chart-burn",
      title: burnTitle,
      spec: seriesSpec(
        titledSeries(f, app.burn, "day", [f.t.cumulativeTokens]),
        "day",
        { title: burnTitle, xTitle: f.t.date, yTitle: f.t.cumulativeTokens },
        model.locale,
        {
          mark: "area",
          ...color ? { color } : {},
          ...m.budget ? { rule: { value: m.budget, label: `${f.t.budgetStatus} ${f.number(m.budget)}` } } : {}
        }
      ),
      alt: f.labelled(burnTitle, maybeNumber(f, m.tokens)) + (m.budget ? ` / ${f.number(m.budget)}${f.paren(budgetText(f, m, model.thresholds))}` : "") + `; ${f.labelled(f.t.forecastMonthEnd, maybeNumber(f, m.forecast))}`,
      table: {
        head: [f.t.date, f.t.cumulativeTokens],
        rows: app.burn.map((p) => ({ label: f.date(p.date), cells: [f.number(p.tokens)] }))
      }
    }
  };
}
function sumTokens(points) {
  return Math.round(points.reduce((a, p) => a + p.tokens, 0) * 100) / 100;
}

// src/render/mermaid.ts
function mermaidDailyTokens(model, f) {
  const byDay = /* @__PURE__ */ new Map();
  for (const p of model.stacked) byDay.set(p.date, (byDay.get(p.date) ?? 0) + p.tokens);
  let points = [...byDay].sort(([a], [b]) => a < b ? -1 : 1);
  if (points.length === 0) return "";
  points = points.slice(-31);
  const max = Math.max(...points.map(([, v2]) => v2));
  const top2 = niceCeil(max);
  const title = model.granularity === "day" ? f.t.dailyTokens : `${f.t.tokens} \xB7 ${model.granularity === "week" ? f.t.perWeek : f.t.perMonth}`;
  const labels = points.map(([d]) => `"${d.slice(5)}"`).join(", ");
  const values = points.map(([, v2]) => String(Math.round(v2 * 10) / 10)).join(", ");
  return [
    "xychart-beta",
    `    title "${escapeMermaidLabel(title)}"`,
    `    x-axis [${labels}]`,
    `    y-axis "${escapeMermaidLabel(f.t.tokens)}" 0 --> ${top2}`,
    `    bar [${values}]`
  ].join("\n");
}
function niceCeil(n2) {
  if (n2 <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(n2));
  return Math.ceil(n2 / p) * p;
}

// src/render/pages/overview.ts
function overviewPage(model, f, dataFiles) {
  const slugs = new Map(model.apps.map((a) => [a.id, a.slug]));
  const colors = colorIndexes(model);
  return {
    path: "index.html",
    template: "report.html",
    root: "",
    pageTitle: f.t.overview,
    description: f.message(f.t.describeOverview, {
      period: periodText(f, model),
      apps: f.number(model.apps.length)
    }),
    asOf: f.date(model.asOf),
    nav: "overview",
    charts: overviewCharts(model, f),
    context: {
      periodText: periodText(f, model),
      historyText: model.history ? f.labelled(f.t.storedHistory, f.range(model.history.from, model.history.to)) + f.paren(`${f.number(model.history.days)} ${f.t.days}`) : "",
      cards: overviewCards(f, model),
      alerts: model.alerts.map(
        (a) => alertView(f, a, model.thresholds, (id) => slugs.has(id) ? appHref("", slugs.get(id)) : "")
      ),
      budgetsUndecided: budgetsUndecidedText(f, model),
      // A large hub's overview names the apps with the most tokens; the rest are on the "all apps" pages.
      apps: (hasAllAppsPages(model) ? model.apps.slice(0, OVERVIEW_APPS) : model.apps).map(
        (a) => appRow(f, a, appHref("", a.slug), colors.get(a.id) ?? 0, model.thresholds)
      ),
      allAppsHref: hasAllAppsPages(model) ? allAppsHref("") : "",
      appsShown: f.message(f.t.appsShown, {
        shown: f.number(OVERVIEW_APPS),
        total: f.number(model.apps.length)
      }),
      seeAllApps: f.message(f.t.seeAllApps, { total: f.number(model.apps.length) }),
      movers: model.movers.map((m) => ({
        kind: m.kind === "app" ? f.t.app : f.t.feature,
        name: m.name,
        href: m.kind === "app" && slugs.has(m.id) ? appHref("", slugs.get(m.id)) : "",
        previous: baselineText(f, m.comparison),
        current: f.number(m.tokens),
        delta: deltaText(f, m.comparison, m.tokens),
        deltaClass: changeClass(m.comparison.delta)
      })),
      caps: model.caps.map((c) => ({
        api: c.api,
        used: f.number(c.used),
        cap: f.number(c.unitsPerMonth),
        unit: f.unit(c.unit),
        percent: thresholdPercent(f, c.percent, CAP_THRESHOLDS),
        forecast: f.number(c.forecast),
        reach: c.reachDate ? f.date(c.reachDate) : f.t.notThisMonth,
        capClass: c.percent >= 100 ? "over" : c.percent >= 80 || c.reachDate ? "near" : ""
      })),
      features: model.topFeatures.map((x2) => ({
        name: x2.featureName,
        api: x2.api,
        quantity: f.number(x2.quantity),
        unit: f.unit(x2.unit),
        tokens: tokensText(f, x2.tokens, x2.estimated)
      })),
      unrated: model.unrated.map((u) => ({
        configKey: yamlKey(u.featureId),
        name: u.featureName,
        unit: f.unit(u.unit)
      })),
      rateLines: rateSnippet(f, model.unrated),
      ratedZero: model.ratedZero.map((u) => ({ name: u.featureName, id: u.featureId, unit: f.unit(u.unit) })),
      downloads: [
        ...dataFiles.map((d) => ({
          href: d,
          label: d.replace(/^data\//, ""),
          excelHref: spreadsheetPathOf(d) ?? ""
        })),
        { href: "data/report.json", label: "report.json" },
        { href: "summary.md", label: "summary.md" }
      ]
    }
  };
}
function overviewCards(f, model) {
  const h = headline(f, model);
  const m = model.month;
  const c = model.totals.comparison;
  return [
    {
      label: f.t.tokensThisPeriod,
      value: h.tokens,
      note: [
        model.totals.estimated ? f.t.estimated : "",
        model.totals.tokens !== null && model.unrated.length > 0 ? f.message(f.t.excludesUnrated, { n: f.number(model.unrated.length) }) : ""
      ].filter(Boolean).join(" \xB7 "),
      noteClass: ""
    },
    {
      label: f.t.changeVsPrevious,
      value: h.change,
      note: h.changeNote || f.labelled(f.t.previousPeriod, baselineText(f, c)),
      noteClass: ""
    },
    {
      label: `${f.t.monthToDate}${f.paren(f.month(m.month))}`,
      value: h.monthToDate,
      note: [f.labelled(f.t.forecastMonthEnd, h.forecast), monthVsPrevious(f, m.previousMonth)].filter(Boolean).join(" \xB7 "),
      noteClass: ""
    },
    {
      label: f.t.budgetStatus,
      value: m.budget ? budgetText(f, m, model.thresholds) : "\u2014",
      note: m.budget ? `${maybeNumber(f, m.tokens)} / ${f.number(m.budget)}` : f.t.noBudget,
      noteClass: (m.budgetPercent ?? 0) >= 100 ? "over" : (m.forecastPercent ?? 0) > 100 ? "near" : ""
    }
  ];
}
function monthVsPrevious(f, c) {
  if (!c) return "";
  const value = c.comparison.previous === null ? "\u2014" : f.signedPercent(c.comparison.change);
  const note = partialNote(f, c.comparison, f.month(c.month));
  return `${f.labelled(sameDaysText(f, c), value)}${note ? f.paren(note) : ""}`;
}
function overviewCharts(model, f) {
  const colors = appColors(model);
  const series = [
    ...model.apps.filter((a) => model.stacked.some((p) => p.key === a.id)).map((a) => ({ key: a.id, label: a.name, color: colors.get(a.id) })),
    ...model.stacked.some((p) => p.key === OTHERS_KEY) ? [{ key: OTHERS_KEY, label: f.t.others, color: OTHERS_COLOR }] : []
  ];
  const g2 = model.granularity;
  const buckets = [...new Set(model.stacked.map((p) => p.date))].sort();
  const cell = new Map(model.stacked.map((p) => [`${p.date}\0${p.key}`, p.tokens]));
  const byAppTitle = `${f.t.dailyTokensByApp}${f.paren(granularityNote(f, g2))}`;
  const totals = appTotals(model, f);
  const labelOf = new Map(series.map((s) => [s.key, s.label]));
  return {
    byApp: buckets.length === 0 ? null : {
      id: "chart-tokens-by-app",
      title: byAppTitle,
      spec: stackedTokensSpec(
        model.stacked.map((p) => ({
          ...p,
          title: markTitle(
            f,
            [bucketTitle(f, p.date, g2), labelOf.get(p.key) ?? p.key],
            tokensValue(f, p.tokens)
          )
        })),
        series,
        g2,
        { title: byAppTitle, xTitle: granularityLabel(f, g2), yTitle: f.t.tokens },
        model.locale
      ),
      alt: f.labelled(byAppTitle, series.map((s) => s.label).join(", ")),
      table: {
        head: [granularityLabel(f, g2), ...series.map((s) => s.label), f.t.total],
        rows: buckets.map((d) => {
          const values = series.map((s) => cell.get(`${d}\0${s.key}`) ?? 0);
          return {
            label: bucketText(f, d, g2),
            cells: [...values.map((v2) => f.number(v2)), f.number(values.reduce((a, b) => a + b, 0))]
          };
        })
      }
    },
    byApi: model.apis.length === 0 ? null : {
      id: "chart-tokens-by-api",
      title: f.t.tokensByApi,
      // APIs without a token figure are left out of the bars (a bar of 0 would be a silent zero) and
      // named as "units only" in the text and the table.
      spec: barSpec(
        model.apis.flatMap(
          (a) => a.tokens === null ? [] : [
            {
              label: a.api,
              tokens: a.tokens,
              title: markTitle(f, [a.api], tokensValue(f, a.tokens, a.estimated))
            }
          ]
        ),
        { title: f.t.tokensByApi, xTitle: "", yTitle: f.t.tokens },
        model.locale
      ),
      alt: model.apis.map((a) => f.labelled(a.api, tokensText(f, a.tokens, a.estimated))).join("; "),
      table: {
        head: [f.t.api, f.t.tokens],
        rows: model.apis.map((a) => ({ label: a.api, cells: [tokensText(f, a.tokens, a.estimated)] }))
      }
    },
    appTotals: totals.length === 0 ? null : {
      id: "chart-tokens-by-app-total",
      title: f.t.periodTokensByApp,
      spec: barSpec(
        totals.map((a) => ({
          ...a,
          title: markTitle(f, [a.label], tokensValue(f, a.tokens, a.estimated))
        })),
        {
          title: f.t.periodTokensByApp,
          xTitle: "",
          yTitle: f.t.tokens
        },
        model.locale
      ),
      alt: totals.map((a) => f.labelled(a.label, f.number(a.tokens))).join("; "),
      table: {
        head: [f.t.app, f.t.tokens, f.t.share],
        rows: totals.map((a) => ({
          label: a.label,
          cells: [a.tokensText, f.percent(model.totals.tokens ? a.tokens / model.totals.tokens : 0)]
        }))
      }
    }
  };
}
function appTotals(model, f) {
  const colors = appColors(model);
  const top2 = new Set(model.stacked.map((p) => p.key));
  const active = model.apps.flatMap(
    (a) => a.tokens !== null && a.tokens > 0 ? [{ ...a, tokens: a.tokens }] : []
  );
  const rows = active.filter((a) => top2.has(a.id)).map((a) => ({
    label: a.name,
    tokens: a.tokens,
    color: colors.get(a.id),
    estimated: a.estimated,
    tokensText: tokensText(f, a.tokens, a.estimated)
  }));
  const rest = active.filter((a) => !top2.has(a.id));
  if (rest.length > 0) {
    const tokens = Math.round(rest.reduce((n2, a) => n2 + a.tokens, 0) * 100) / 100;
    const estimated = rest.some((a) => a.estimated);
    rows.push({
      label: `${f.t.others}${f.paren(f.number(rest.length))}`,
      tokens,
      color: OTHERS_COLOR,
      estimated,
      tokensText: tokensText(f, tokens, estimated)
    });
  }
  return rows;
}

// src/render/pages/digest.ts
var DIGEST_PATH = "digest.html";
function digestPage(model, f, summary) {
  const tokens = overviewCharts(model, f).byApp ?? null;
  const mermaid = mermaidDailyTokens(model, f);
  return {
    path: DIGEST_PATH,
    template: "digest.html",
    root: "",
    pageTitle: `${f.t.digest} \xB7 ${f.month(model.month.month)}`,
    description: f.message(f.t.describeDigest, { month: f.month(model.month.month) }),
    asOf: f.date(model.asOf),
    nav: "digest",
    charts: { tokens },
    context: { monthLabel: f.month(model.month.month) },
    markdown: { text: summary, mermaid: new Map(mermaid && tokens ? [[mermaid.trim(), "tokens"]] : []) }
  };
}

// src/render/downloads.ts
function monthCsvPath(month, idFree) {
  return `data/${idFree ? "public-" : ""}${monthFileName(month)}`;
}
function publicExportFiles(table) {
  const files = /* @__PURE__ */ new Map();
  const ranges = /* @__PURE__ */ new Map();
  for (const [month, { from, to }] of monthRanges(table)) {
    let range;
    const rangeOf = () => {
      if (range) return range;
      const rows = Array.from({ length: to - from }, (_2, k) => from + k).sort((a, b) => table.compare(a, b));
      return range = { table, from: 0, to: rows.length, rows };
    };
    const path = monthCsvPath(month, true);
    files.set(path, () => {
      const r = rangeOf();
      return formatTableCsvBytes(table, r.from, r.to, r.rows);
    });
    ranges.set(path, rangeOf);
  }
  return { files, ranges };
}

// src/render/pages/month.ts
var HIGHLIGHT = "#D55E00";
var TREND_MONTHS = 13;
function listedApps(m) {
  return m.apps.length > OVERVIEW_APPS ? m.apps.slice(0, OVERVIEW_APPS) : m.apps;
}
function otherApps(m, f) {
  if (m.apps.length <= OVERVIEW_APPS) return [];
  const rest = m.apps.slice(OVERVIEW_APPS);
  const tokens = Math.round(rest.reduce((n2, a) => n2 + a.tokens, 0) * 100) / 100;
  return [{ label: `${f.t.others}${f.paren(f.number(rest.length))}`, tokens }];
}
function barsOf(m, f) {
  return [...listedApps(m).map((a) => ({ label: a.name, tokens: a.tokens })), ...otherApps(m, f)].map(
    (a) => ({
      ...a,
      title: markTitle(f, [a.label, f.month(m.month)], tokensValue(f, a.tokens))
    })
  );
}
function monthHref(root, month) {
  return `${root}months/${month}.html`;
}
function monthPage(months, m, f, idFree = false) {
  const byMonth = new Map(months.map((x2) => [x2.month, x2]));
  const prev = byMonth.get(addMonths(m.month, -1));
  const yearAgo = byMonth.get(addMonths(m.month, -12));
  const prevApis = new Map((prev?.apis ?? []).map((a) => [a.api, a.tokens]));
  const yearAgoApis = new Map((yearAgo?.apis ?? []).map((a) => [a.api, a.tokens]));
  const wholeMonths = m.previousMonth !== null && !m.previousMonth.sameDays && m.previousMonth.comparison.previous !== null;
  const label = f.month(m.month);
  const share = (t) => m.tokens > 0 ? f.percent(t / m.tokens) : "\u2014";
  const card = (name, c) => ({
    label: name,
    value: c ? monthChangeText(f, c) : "\u2014",
    note: c ? monthNote(f, c) : "",
    noteClass: ""
  });
  const row2 = (name, c) => c ? {
    label: name,
    month: c.sameDays ? sameDaysText(f, c) : f.month(c.month),
    href: monthHref("../", c.month),
    tokens: baselineText(f, c.comparison),
    change: monthChangeText(f, c),
    changeClass: changeClass(c.comparison.delta)
  } : null;
  return {
    path: monthHref("", m.month),
    template: "month.html",
    root: "../",
    pageTitle: label,
    description: f.message(f.t.describeMonth, { month: label }),
    asOf: "",
    nav: "months",
    charts: monthCharts(months, m, f),
    context: {
      monthLabel: label,
      cards: [
        { label: f.t.monthTokens, value: f.number(m.tokens), note: "", noteClass: "" },
        {
          label: f.t.daysWithData,
          value: f.number(m.days),
          note: m.coveredDays < m.daysInMonth ? f.message(f.t.partialBaseline, {
            what: label,
            covered: f.number(m.coveredDays),
            days: f.number(m.daysInMonth)
          }) : "",
          noteClass: ""
        },
        card(f.t.previousMonth, m.previousMonth),
        card(f.t.yearAgo, m.yearAgo)
      ],
      comparisons: [row2(f.t.previousMonth, m.previousMonth), row2(f.t.yearAgo, m.yearAgo)].filter(
        (c) => c !== null
      ),
      thisMonth: { label: f.t.thisMonth, month: label, tokens: f.number(m.tokens) },
      apps: [
        ...listedApps(m).map((a) => ({
          name: a.name,
          href: appHref("../", a.slug),
          tokens: f.number(a.tokens),
          share: share(a.tokens),
          previous: a.previousMonth ? baselineText(f, a.previousMonth) : "\u2014",
          change: a.previousMonth ? comparisonText(f, a.previousMonth, a.tokens) : "\u2014",
          changeClass: changeClass(a.previousMonth?.delta ?? null)
        })),
        ...otherApps(m, f).map((o) => ({
          name: o.label,
          href: "",
          tokens: f.number(o.tokens),
          share: share(o.tokens),
          previous: "\u2014",
          change: "\u2014",
          changeClass: ""
        }))
      ],
      allAppsHref: m.apps.length > OVERVIEW_APPS ? allAppsHref("../") : "",
      seeAllApps: f.message(f.t.seeAllApps, { total: f.number(m.apps.length) }),
      apis: m.apis.map((a) => {
        const previous = wholeMonths ? prevApis.get(a.api) ?? null : null;
        const yearAgoTokens = m.yearAgo && !m.yearAgo.sameDays && m.yearAgo.comparison.previous !== null ? yearAgoApis.get(a.api) ?? null : null;
        const comparable = a.tokens !== null && previous !== null;
        return {
          api: a.api,
          tokens: tokensText(f, a.tokens, false),
          share: a.tokens === null ? "\u2014" : share(a.tokens),
          previous: previous === null ? "\u2014" : f.number(previous),
          change: comparable ? relativeChangeText(f, a.tokens, previous) : "\u2014",
          changeClass: comparable ? changeClass(a.tokens - previous) : "",
          yearAgo: yearAgoTokens === null ? "\u2014" : f.number(yearAgoTokens)
        };
      }),
      prevHref: prev ? monthHref("../", prev.month) : "",
      prevLabel: prev ? f.month(prev.month) : "",
      csvHref: `../${monthCsvPath(m.month, idFree)}`,
      csvLabel: monthCsvPath(m.month, idFree).replace(/^data\//, ""),
      excelHref: `../${spreadsheetPath(m.month)}`
    }
  };
}
function monthChangeText(f, c) {
  return c.comparison.previous === null ? "\u2014" : f.signedPercent(c.comparison.change);
}
function monthNote(f, c) {
  const partial = partialNote(f, c.comparison, f.month(c.month));
  const what = c.sameDays ? sameDaysText(f, c) : f.labelled(f.month(c.month), baselineText(f, c.comparison));
  return partial ? `${what} \xB7 ${partial}` : what;
}
function monthCharts(months, m, f) {
  const first = addMonths(m.month, -(TREND_MONTHS - 1));
  const trend = months.filter((x2) => x2.month >= first && x2.month <= m.month);
  const label = f.month(m.month);
  const byAppTitle = `${f.t.dailyTokensByApp} \xB7 ${label}`;
  const trendTitle = f.t.monthlyTokens;
  return {
    byApp: m.apps.length === 0 ? null : {
      id: "chart-month-apps",
      title: byAppTitle,
      spec: barSpec(
        barsOf(m, f),
        { title: byAppTitle, xTitle: "", yTitle: f.t.tokens },
        f.locale,
        DEFAULT_COLOR
      ),
      alt: barsOf(m, f).map((a) => f.labelled(a.label, f.number(a.tokens))).join("; "),
      table: {
        head: [f.t.app, f.t.tokens],
        rows: barsOf(m, f).map((a) => ({ label: a.label, cells: [f.number(a.tokens)] }))
      }
    },
    trend: {
      id: "chart-month-trend",
      title: trendTitle,
      spec: seriesSpec(
        titledSeries(
          f,
          trend.map((x2) => ({ date: `${x2.month}-01`, tokens: x2.tokens })),
          "month"
        ),
        "month",
        { title: trendTitle, xTitle: f.t.month, yTitle: f.t.tokens },
        f.locale,
        { highlight: { dates: [`${m.month}-01`], color: HIGHLIGHT } }
      ),
      alt: trend.map((x2) => f.labelled(f.month(x2.month), f.number(x2.tokens))).join("; "),
      table: {
        head: [f.t.month, f.t.tokens],
        rows: trend.map((x2) => ({ label: f.month(x2.month), cells: [f.number(x2.tokens)] }))
      }
    }
  };
}
function monthsIndexPage(months, f) {
  const newestFirst = [...months].reverse();
  const title = f.t.monthlyTokens;
  return {
    path: "months/index.html",
    template: "months.html",
    root: "../",
    pageTitle: f.t.monthlyArchive,
    description: f.t.describeMonths,
    asOf: "",
    nav: "months",
    charts: {
      trend: months.length === 0 ? null : {
        id: "chart-months",
        title,
        spec: seriesSpec(
          titledSeries(
            f,
            months.map((x2) => ({ date: `${x2.month}-01`, tokens: x2.tokens })),
            "month"
          ),
          "month",
          { title, xTitle: f.t.month, yTitle: f.t.tokens },
          f.locale
        ),
        alt: months.map((x2) => f.labelled(f.month(x2.month), f.number(x2.tokens))).join("; "),
        table: {
          head: [f.t.month, f.t.tokens],
          rows: months.map((x2) => ({ label: f.month(x2.month), cells: [f.number(x2.tokens)] }))
        }
      }
    },
    context: {
      months: newestFirst.map((x2) => ({
        label: f.month(x2.month),
        href: `${x2.month}.html`,
        tokens: f.number(x2.tokens),
        days: f.number(x2.days),
        change: x2.previousMonth ? monthChangeText(f, x2.previousMonth) : "\u2014",
        changeClass: changeClass(x2.previousMonth?.comparison.delta ?? null),
        yearAgo: x2.yearAgo ? baselineText(f, x2.yearAgo.comparison) : "\u2014"
      }))
    }
  };
}

// src/render/summary.ts
var DEFAULT_MARKDOWN_TEMPLATES = { "summary.md": summary_md_default };
var FULL_DETAIL = { maxApps: Infinity, maxAlerts: Infinity, unrated: true };
var SITE_DETAIL = { maxApps: 1e3, maxAlerts: 1e3, unrated: true };
var REDUCED_DETAIL = [
  { maxApps: 50, maxAlerts: 30, unrated: true },
  { maxApps: 20, maxAlerts: 10, unrated: true },
  { maxApps: 10, maxAlerts: 5, unrated: false },
  { maxApps: 5, maxAlerts: 3, unrated: false }
];
function createSummaryRenderer(options = {}) {
  const md = (sources = {}) => Object.fromEntries(Object.entries(sources).filter(([name]) => name.endsWith(".md")));
  return createMarkdownRenderer(
    { ...DEFAULT_MARKDOWN_TEMPLATES, ...md(options.templates) },
    md(options.partials)
  );
}
function renderSummary(render, f, model, siteUrl = "", detail = FULL_DETAIL) {
  const site = safeSiteUrl(siteUrl);
  const apps = model.apps.slice(0, detail.maxApps);
  const alerts = model.alerts.slice(0, detail.maxAlerts);
  const hiddenApps = model.apps.length - apps.length;
  const hiddenAlerts = model.alerts.length - alerts.length;
  const colors = colorIndexes(model);
  return render("summary.md", {
    t: f.t,
    title: model.title ?? f.t.defaultTitle,
    periodText: periodText(f, model),
    headline: headline(f, model),
    alerts: alerts.map((a) => alertView(f, a, model.thresholds)),
    budgetsUndecided: budgetsUndecidedText(f, model),
    hiddenAlerts: hiddenAlerts > 0 ? f.message(f.t.moreAlerts, { n: f.number(hiddenAlerts) }) : "",
    mermaid: mermaidDailyTokens(model, f),
    apps: apps.map((a) => ({
      ...appRow(f, a, "", colors.get(a.id) ?? 0, model.thresholds),
      url: site ? `${site}apps/${a.slug}.html` : ""
    })),
    hiddenApps: hiddenApps > 0 ? f.message(f.t.moreApps, { n: f.number(hiddenApps) }) : "",
    digest: monthDigest(f, model),
    movers: model.movers.map((m) => ({
      kind: m.kind === "app" ? f.t.app : f.t.feature,
      name: m.name,
      previous: baselineText(f, m.comparison),
      current: f.number(m.tokens),
      delta: deltaText(f, m.comparison, m.tokens)
    })),
    unrated: detail.unrated ? model.unrated.map((u) => ({ configKey: yamlKey(u.featureId), name: u.featureName })) : [],
    rateLines: detail.unrated ? rateSnippet(f, model.unrated) : [],
    ratedZero: model.ratedZero.map((u) => ({ name: u.featureName, id: u.featureId })),
    units: apiUnitRows(f, model.periodUnits),
    siteUrl: site ? `${site}index.html` : ""
  });
}
function monthDigest(f, model) {
  const month = model.month;
  const rows = [
    {
      label: `${f.month(month.month)}${f.paren(f.t.monthToDate)}`,
      value: `${maybeNumber(f, month.tokens)}${f.paren(f.labelled(f.t.forecast, maybeNumber(f, month.forecast)))}`
    }
  ];
  const summary = model.months.find((m) => m.month === month.month);
  for (const [label, c] of [
    [f.t.previousMonth, summary?.previousMonth ?? null],
    [f.t.yearAgo, summary?.yearAgo ?? null]
  ]) {
    if (c) rows.push({ label: f.labelled(label, sameDaysText(f, c)), value: digestValue(f, c) });
  }
  return rows;
}
function digestValue(f, c) {
  if (c.comparison.previous === null) return `\u2014${f.paren(partialNote(f, c.comparison, f.month(c.month)))}`;
  return `${f.number(c.tokens)} / ${f.number(c.comparison.previous)}${f.paren(f.signedPercent(c.comparison.change))}`;
}
function renderSummaryWithin(model, limit, options = {}) {
  const measure = options.measure ?? ((s) => s.length);
  const render = createSummaryRenderer(options);
  const f = createFormatter(model.locale);
  const site = options.siteUrl ?? "";
  let text = renderSummary(render, f, model, site);
  if (measure(text) <= limit) return text;
  for (const detail of REDUCED_DETAIL) {
    text = renderSummary(render, f, model, site, detail);
    if (measure(text) <= limit) return text;
  }
  return trimMarkdown(text, limit, trimNotice(f, safeSiteUrl(site)), measure);
}
function trimNotice(f, site) {
  const link = site ? ` [${escapeMarkdown(f.t.openSite)}](${site}index.html)` : "";
  return `

> \u26A0\uFE0F ${escapeMarkdown(f.t.trimmed)}${link}
`;
}
function trimMarkdown(text, limit, notice, measure = (s) => s.length) {
  const finish = (kept) => {
    const fences = kept.split("\n").filter((line) => /^\s{0,3}(```|~~~)/.test(line)).length;
    return kept + (fences % 2 === 1 ? "\n```" : "") + notice;
  };
  if (measure(text + notice) <= limit) return text + notice;
  const ends = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) ends.push(i);
  const candidate = (k) => finish(text.slice(0, ends[k]).trimEnd());
  let lo = -1;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (measure(candidate(mid)) <= limit) lo = mid;
    else hi = mid - 1;
  }
  if (lo >= 0) return candidate(lo);
  return measure(notice) <= limit ? notice : "";
}
function safeSiteUrl(url) {
  if (!/^https?:\/\//i.test(url)) return "";
  const encoded = url.replace(/[()<>\s"'`]/g, (c) => encodeURIComponent(c));
  return encoded.endsWith("/") ? encoded : `${encoded}/`;
}

// src/render/render.ts
var DEFAULT_TEMPLATES = {
  "report.html": report_html_default,
  "app.html": app_html_default,
  "apps.html": apps_html_default,
  "month.html": month_html_default,
  "months.html": months_html_default,
  "digest.html": digest_html_default,
  "summary.md": summary_md_default
};
var DEFAULT_PARTIALS = {
  layout: layout_html_default,
  chart: chart_html_default,
  alerts: alerts_html_default,
  cards: cards_html_default
};
async function renderSite(model, options) {
  const renderer = pageRenderer(model, options, options.cache?.tool ?? "");
  const { f } = renderer;
  const summaryOptions = {
    ...options.siteUrl ? { siteUrl: options.siteUrl } : {},
    ...options.templates ? { templates: options.templates } : {},
    ...options.partials ? { partials: options.partials } : {}
  };
  const summary = renderSummary(
    createSummaryRenderer(summaryOptions),
    f,
    model,
    options.siteUrl,
    SITE_DETAIL
  );
  const colors = appColors(model);
  const pages = [
    () => withExtras(withNotes(overviewPage(model, f, options.dataFiles), options.notes?.report), {
      units: unitChartDefs(model.apiUnits, f, model.locale, "api-units", (key) => colors.get(key)),
      context: { balance: balanceView(f, model.balance) }
    }),
    ...model.apps.map((_2, j) => () => appPageView(model, j, f, options.notes?.apps)),
    ...allAppsPages(model, f).map((page) => () => page),
    () => monthsIndexPage(model.months, f),
    ...model.months.map(
      (m) => () => withExtras(monthPage(model.months, m, f, options.idFreeDownloads), {
        context: { featureUnits: featureUnitRows(f, m.features) }
      })
    ),
    () => digestPage(model, f, summary)
  ];
  const files = new SiteFileMap();
  const records = /* @__PURE__ */ new Map();
  const kept = /* @__PURE__ */ new Set();
  const { cache, helper, spool } = options;
  let held = 0;
  for (let i = 0; i < pages.length; i++) {
    const make = pages[i];
    const j = i - FIRST_APP_PAGE;
    const helped = helper && isHelpedApp(j, model.apps.length) ? await takeHelped(helper, j) : void 0;
    const view = helped ? void 0 : make();
    const path = helped?.path ?? view.path;
    const key = helped?.key ?? (cache ? renderer.key(view) : "");
    const stored = cache ? await cache.keep(path, key) : void 0;
    const made = stored ?? helped?.bytes;
    const bytes = made ?? renderer.render(view ?? make());
    const digest = made && !stored ? helped?.digest : void 0;
    held += stored ? 0 : bytes.length;
    files.set(path, spool && !stored && held > spool.holdBytes ? await spool.put(path, bytes) : bytes);
    if (cache) {
      records.set(path, { key, bytes: digest ?? sha256Hex(bytes) });
      if (stored !== void 0) kept.add(path);
    }
    options.onPage?.(files.size, pages.length);
  }
  const json = await helper?.reportJson();
  await spool?.flush();
  files.set("summary.md", summary);
  files.set("data/report.json", new ChunkedFile(() => json ?? jsonChunks(model, "\n")));
  return {
    files,
    pages: records,
    kept,
    summary,
    summaryWithin: (limit, measure) => renderSummaryWithin(model, limit, { ...summaryOptions, ...measure ? { measure } : {} })
  };
}
var FIRST_APP_PAGE = 1;
async function takeHelped(helper, j) {
  const page = await helper.next();
  if (page.app !== j) throw new Error(`page helper: sent app page ${page.app} where ${j} was due`);
  return page;
}
function* renderHelpedApps(model, options, recorded) {
  const renderer = pageRenderer(model, options, options.tool);
  for (let j = 0; j < model.apps.length; j++) {
    if (!isHelpedApp(j, model.apps.length)) continue;
    const page = appPageView(model, j, renderer.f, options.notes?.apps);
    const key = renderer.key(page);
    if (recorded.get(page.path) === key) {
      yield { app: j, path: page.path, key };
      continue;
    }
    const bytes = renderer.render(page);
    yield { app: j, path: page.path, key, bytes, digest: sha256Hex(bytes) };
  }
}
function appPageView(model, j, f, notes) {
  const a = model.apps[j];
  return withExtras(withNotes(appPage(model, a, f), notes?.get(a.id)), {
    units: unitChartDefs(a.units, f, model.locale, "units")
  });
}
function pageRenderer(model, options, tool) {
  const f = createFormatter(model.locale);
  const sources = {
    templates: {
      ...withoutMarkdown({ ...DEFAULT_TEMPLATES, ...options.templates }),
      [CHART_FRAGMENT]: "{{> chart chart}}"
    },
    partials: withoutMarkdown({ ...DEFAULT_PARTIALS, ...options.partials })
  };
  const html = createHtmlRenderer(sources.templates, sources.partials);
  const css = report_default;
  const common = { t: f.t, title: model.title ?? f.t.defaultTitle, css, csp: contentSecurityPolicy(css) };
  let inputs;
  const templateKeys = /* @__PURE__ */ new Map();
  const draw = options.drawChart ?? drawChart;
  return {
    f,
    key(page) {
      inputs ??= renderInputs(tool, model.locale, sources, common);
      let template = templateKeys.get(page.template);
      if (template === void 0)
        templateKeys.set(page.template, template = sha256Hex(sources.templates[page.template] ?? ""));
      return pageKey(inputs, template, page);
    },
    render: (page) => renderPage(html, page, common, draw)
  };
}
function renderPage(html, page, common, draw) {
  const markers = svgMarkers();
  const bytes = markers.assemble(
    renderPageText(html, page, common, (spec, id) => markers.mark(draw(spec, id)))
  );
  return bytes ?? Buffer.from(renderPageText(html, page, common, draw), "utf8");
}
function renderPageText(html, page, common, draw) {
  const charts = Object.fromEntries(
    Object.entries(page.charts).map(([name, chart]) => [name, chart ? drawChart2(chart, draw) : null])
  );
  const context = {
    ...common,
    root: page.root,
    pageTitle: page.pageTitle,
    description: page.description,
    asOf: page.asOf,
    nav: page.nav
  };
  const markdown = page.markdown ? {
    // Each Mermaid block the site draws itself becomes that chart, through the (overridable) chart partial.
    markdown: markdownToHtml(page.markdown.text, {
      mermaid: (source) => {
        const name = page.markdown.mermaid.get(source.trim());
        return name && charts[name] ? html(CHART_FRAGMENT, { ...context, chart: charts[name] }) : void 0;
      }
    })
  } : {};
  return html(page.template, { ...context, ...page.context, ...markdown, charts });
}
function renderInputs(tool, locale, sources, common) {
  const fragment = sources.templates[CHART_FRAGMENT];
  return sha256Hex(stableJson({ tool, locale, partials: sources.partials, fragment, common }));
}
function pageKey(inputs, template, page) {
  const { charts, ...rest } = page;
  const hash = sha256Pieces();
  hash.update(`${inputs}
${template}
`);
  hash.update(stableJson(rest));
  hash.update("\n");
  for (const [name, chart] of Object.entries(charts)) {
    if (chart === void 0) continue;
    hash.update(JSON.stringify(name));
    hash.update(JSON.stringify(chart));
  }
  return hash.hex();
}
function stableJson(value) {
  return JSON.stringify(
    value,
    (_key, v2) => v2 instanceof Map ? { map: [...v2] } : v2 instanceof Set ? { set: [...v2] } : v2 === void 0 ? null : v2
  );
}
var CHART_FRAGMENT = "_chart-fragment";
function withExtras(page, extras) {
  return {
    ...page,
    charts: { ...page.charts, ...extras.units?.defs ?? {} },
    context: { ...page.context, unitCharts: extras.units?.names ?? [], ...extras.context }
  };
}
function withNotes(page, notes) {
  const rendered = notes ? markdownToHtml(notes, { headingOffset: 2 }) : "";
  return { ...page, context: { ...page.context, notes: rendered } };
}
function drawChart2(chart, draw) {
  return {
    id: chart.id,
    title: chart.title,
    alt: chart.alt,
    table: chart.table,
    svg: draw(chart.spec, chart.id)
  };
}
function withoutMarkdown(sources) {
  return Object.fromEntries(Object.entries(sources).filter(([name]) => !name.endsWith(".md")));
}
function contentSecurityPolicy(css) {
  const hash = createHash("sha256").update(css, "utf8").digest("base64");
  return `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}

export {
  buildModel,
  publicExportFiles,
  monthCounter,
  takeMonth,
  takeMonthsLeft,
  worthAHelper,
  worthHelperMonths,
  jsonChunks,
  spreadsheetCopy,
  spreadsheetPathOf,
  renderSite,
  renderHelpedApps
};
