/**
 * A checker for the schema.org types the site's JSON-LD uses, written from the schema.org vocabulary (types,
 * their parents, and each property's expected values). Any other type or property, or a value of the wrong kind,
 * is a problem.
 */
type Kind = "Text" | "URL" | "Integer" | string;

interface TypeDefinition {
  parent?: string;
  properties: Record<string, Kind[]>;
}

const VOCABULARY: Record<string, TypeDefinition> = {
  Thing: {
    properties: {
      name: ["Text"],
      description: ["Text"],
      alternateName: ["Text"],
      url: ["URL"],
      identifier: ["Text", "URL"],
      sameAs: ["URL"],
    },
  },
  Intangible: { parent: "Thing", properties: {} },
  CreativeWork: { parent: "Thing", properties: { inLanguage: ["Text"], keywords: ["Text", "DefinedTerm"] } },
  DefinedTerm: {
    parent: "Intangible",
    properties: { termCode: ["Text"], inDefinedTermSet: ["URL", "DefinedTermSet"] },
  },
  DefinedTermSet: { parent: "CreativeWork", properties: { hasDefinedTerm: ["DefinedTerm"] } },
  ItemList: {
    parent: "Intangible",
    properties: { itemListElement: ["ListItem", "Text", "Thing"], numberOfItems: ["Integer"] },
  },
  BreadcrumbList: { parent: "ItemList", properties: {} },
  ListItem: {
    parent: "Intangible",
    properties: { position: ["Integer", "Text"], item: ["Thing", "URL"], nextItem: ["ListItem"] },
  },
};

/** Whether `type` is `ancestor` or one of its subtypes. */
function isA(type: string, ancestor: string): boolean {
  for (let t: string | undefined = type; t; t = VOCABULARY[t]?.parent) if (t === ancestor) return true;
  return false;
}

function propertiesOf(type: string): Record<string, Kind[]> {
  const own = VOCABULARY[type];
  return own ? { ...(own.parent ? propertiesOf(own.parent) : {}), ...own.properties } : {};
}

function fits(value: unknown, kind: Kind, path: string, problems: string[]): boolean {
  if (kind === "Text") return typeof value === "string";
  if (kind === "Integer") return Number.isInteger(value);
  if (kind === "URL") return typeof value === "string" && /^https?:\/\//.test(value) && URL.canParse(value);
  if (typeof value !== "object" || value === null) return false;
  const node = value as Record<string, unknown>;
  if (node["@type"] === undefined) return typeof node["@id"] === "string" && Object.keys(node).length === 1;
  if (typeof node["@type"] !== "string" || !isA(node["@type"], kind)) return false;
  problems.push(...nodeProblems(node, path));
  return true;
}

function nodeProblems(node: Record<string, unknown>, path: string): string[] {
  const type = node["@type"];
  if (typeof type !== "string" || !VOCABULARY[type]) return [`${path}: unknown type ${String(type)}`];
  const problems: string[] = [];
  const allowed = propertiesOf(type);
  for (const [key, value] of Object.entries(node)) {
    if (key === "@type" || key === "@context") continue;
    if (key === "@id") {
      if (typeof value !== "string" || !URL.canParse(value)) problems.push(`${path}.@id: not an absolute IRI`);
      continue;
    }
    const kinds = allowed[key];
    if (!kinds) {
      problems.push(`${path}: ${type} has no property ${key}`);
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    values.forEach((item, index) => {
      const where = `${path}.${key}${Array.isArray(value) ? `[${index}]` : ""}`;
      const nested: string[] = [];
      if (!kinds.some((kind) => fits(item, kind, where, nested))) {
        problems.push(`${where}: expected ${kinds.join(" or ")}`);
      }
      problems.push(...nested);
    });
  }
  return problems;
}

/** The problems of one JSON-LD document (`@context` schema.org, one node or an `@graph` of nodes); none when valid. */
export function schemaOrgProblems(data: object): string[] {
  const document = data as Record<string, unknown>;
  if (document["@context"] !== "https://schema.org") return ["@context is not https://schema.org"];
  const graph = document["@graph"];
  const roots = Array.isArray(graph) ? (graph as Record<string, unknown>[]) : [document];
  return roots.flatMap((node, index) => nodeProblems(node, Array.isArray(graph) ? `@graph[${index}]` : "$"));
}
