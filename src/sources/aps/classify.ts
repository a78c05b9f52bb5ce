/**
 * Which rated API a feature belongs to, and its breakdown group (Automation API by engine, Model Derivative
 * simple vs complex) — the portal's "API usage" tab. APS feature ids are not documented, so matching is by words
 * in the id, the name and the catalogue's API name, and `classify:` in the config overrides any of it. Pure.
 */

export interface Classification {
  api: string;
  group: string;
  /** Display name: the override, else the label APS gave, else a name derived from the rule, else the id. */
  name: string;
  /** Unit: the override, else APS's, else the rule's usual unit, else empty. */
  unit: string;
}

export interface FeatureFacts {
  featureId: string;
  /** Label from the usage row or the feature catalogue. */
  featureName?: string;
  /** API name from the catalogue (or the v1 service). */
  api?: string;
  unit?: string;
}

export interface ClassifyOverride {
  api?: string;
  group?: string;
  name?: string;
  unit?: string;
}

export const OTHER_API = 'Other';

interface Rule {
  api: string;
  test: RegExp;
  unit: string;
  /** Groups inside the API, first match wins; the fallback group when none matches. */
  groups: { group: string; test: RegExp }[];
  fallbackGroup: string;
}

// Word boundaries are loose on purpose: ids look like `automation-revit`, `designautomation`, `md_complex`.
const RULES: Rule[] = [
  {
    api: 'Automation API',
    test: /automation|design[\s_-]*automation|\bda[\s_-]|^da$|\bda4/i,
    unit: 'processing hour',
    groups: [
      { group: 'AutoCAD', test: /autocad|acad/i },
      { group: 'Revit', test: /revit|rvt/i },
      { group: 'Inventor', test: /inventor/i },
      { group: '3ds Max', test: /3ds[\s_-]*max|3dsmax|(^|[^a-z])max([^a-z]|$)/i },
      { group: 'Fusion', test: /fusion/i },
    ],
    fallbackGroup: 'Other engines',
  },
  {
    api: 'Model Derivative',
    test: /model[\s_-]*derivative|^md([\s_-]|$)|derivative/i,
    unit: 'job',
    groups: [
      { group: 'Complex jobs', test: /complex/i },
      { group: 'Simple jobs', test: /simple/i },
    ],
    fallbackGroup: 'Jobs',
  },
  {
    api: 'Basic Interactions',
    test: /basic[\s_-]*interaction/i,
    unit: 'API call',
    groups: [],
    fallbackGroup: 'Basic Interactions',
  },
  {
    api: 'Reality Capture',
    test: /reality[\s_-]*capture|photo[\s_-]*to[\s_-]*3d|photogrammetry/i,
    unit: 'gigapixel',
    groups: [],
    fallbackGroup: 'Reality Capture',
  },
  {
    api: 'Flow Graph Engine',
    test: /flow[\s_-]*graph|\bfge\b/i,
    unit: 'processing hour',
    groups: [],
    fallbackGroup: 'Flow Graph Engine',
  },
  {
    api: 'AEC Data Model',
    test: /aec[\s_-]*data[\s_-]*model|aec[\s_-]*dm|aecdm/i,
    unit: 'MB',
    groups: [
      { group: 'Data in', test: /(^|[^a-z])in([^a-z]|$)|ingress|upload/i },
      { group: 'Data out', test: /(^|[^a-z])out([^a-z]|$)|egress|download/i },
    ],
    fallbackGroup: 'AEC Data Model',
  },
  {
    api: 'Manufacturing Data Model',
    test: /manufacturing[\s_-]*data[\s_-]*model|mfg[\s_-]*dm|mfgdm|mfg[\s_-]*data/i,
    unit: 'MB',
    groups: [
      { group: 'Data in', test: /(^|[^a-z])in([^a-z]|$)|ingress|upload/i },
      { group: 'Data out', test: /(^|[^a-z])out([^a-z]|$)|egress|download/i },
    ],
    fallbackGroup: 'Manufacturing Data Model',
  },
];

export function classifyFeature(facts: FeatureFacts, override?: ClassifyOverride): Classification {
  const rule = findRule(facts);
  const text = `${facts.featureId} ${facts.featureName ?? ''}`;
  const api = override?.api ?? rule?.api ?? OTHER_API;
  const ruleGroup = rule
    ? (rule.groups.find((g) => g.test.test(text))?.group ?? rule.fallbackGroup)
    : undefined;
  // An unknown feature is its own group: the report still shows it, under its own name.
  const name =
    override?.name ??
    facts.featureName ??
    (rule && ruleGroup ? derivedName(rule, ruleGroup) : facts.featureId);
  const group = override?.group ?? ruleGroup ?? name;
  const unit = override?.unit ?? facts.unit ?? rule?.unit ?? '';
  return { api, group, name, unit };
}

/** The id and name decide first; the catalogue's API name is a fallback, and only when it names a known API. */
function findRule(facts: FeatureFacts): Rule | undefined {
  const own = `${facts.featureId} ${facts.featureName ?? ''}`;
  return (
    RULES.find((r) => r.test.test(own)) ??
    (facts.api ? RULES.find((r) => r.test.test(facts.api ?? '')) : undefined)
  );
}

function derivedName(rule: Rule, group: string): string {
  return group === rule.api ? rule.api : `${rule.api} - ${group}`;
}
