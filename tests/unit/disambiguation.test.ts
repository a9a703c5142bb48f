import { describe, expect, it } from "vitest";
import { entryHeading, siteSettingsSchema } from "../../src/core/checks/site.ts";
import { aliasRedirects, disambiguations } from "../../src/core/graph/aliases.ts";
import { mentionNames, pageMentionIndex } from "../../src/core/graph/markdownMentions.ts";
import { MentionIndex } from "../../src/core/graph/mentions.ts";
import { readsAsPlural } from "../../src/core/graph/pluralTitle.ts";
import { messagesFor } from "../../src/i18n/messages.ts";
import { namedTerm } from "../../src/search/namedTerms.ts";

const delivery = { slug: "continuous-delivery", title: "Continuous Delivery (CD)", aliases: ["CD"] };
const deployment = { slug: "continuous-deployment", title: "Continuous Deployment (CD)", aliases: ["CD"] };
const service = { slug: "service", title: "Service", aliases: [] };
const iaas = { slug: "iaas", title: "Infrastructure as a Service (IaaS)", aliases: [] };
const containers = { slug: "containers", title: "Containers", aliases: [] };
const entries = [delivery, deployment, service, iaas, containers];

/** The slugs and texts of the mentions the whole glossary's names find in `text`. */
function mentioned(text: string, named = entries): [string, string][] {
  return new MentionIndex(mentionNames(named, "en")).find(text, () => true).map((m) => [m.slug, m.text]);
}

describe("a name several entries share", () => {
  it("gets one disambiguation page listing every entry, and no redirect", () => {
    expect(disambiguations(entries)).toEqual([{ slug: "cd", name: "CD", targets: [delivery, deployment] }]);
    expect(aliasRedirects(entries).map((redirect) => redirect.slug)).not.toContain("cd");
  });

  it("keeps the redirect of a name only one entry has", () => {
    expect(aliasRedirects([delivery, service]).map(({ slug, target }) => [slug, target.slug])).toEqual([
      ["cd", "continuous-delivery"],
    ]);
    expect(disambiguations([delivery, service])).toEqual([]);
  });

  it("is never linked where it is mentioned, by the glossary's index or a page's small one", () => {
    expect(mentioned("Ship with CD every day.")).toEqual([]);
    const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
    expect(pageMentionIndex(["continuous-delivery"], bySlug, "en").find("CD again", () => true)).toEqual([]);
  });

  it("still links the entries' unshared names", () => {
    expect(mentioned("We moved to continuous deployment.")).toEqual([
      ["continuous-deployment", "continuous deployment"],
    ]);
  });
});

describe("names as people write them", () => {
  it("links a title without its parenthesised abbreviation, and the abbreviation alone", () => {
    expect(mentioned("Rent infrastructure as a service today.")).toEqual([["iaas", "infrastructure as a service"]]);
    expect(mentioned("Most IaaS offers bill by the hour.")).toEqual([["iaas", "IaaS"]]);
  });

  it("links the singular of a plural title, and the plural of a singular one", () => {
    expect(mentioned("Each container runs one process.")).toEqual([["containers", "container"]]);
    expect(mentioned("Two services talk.")).toEqual([["service", "services"]]);
  });

  it("never starts or ends a mention inside a hyphenated or apostrophised word", () => {
    expect(mentioned("A self-service portal.")).toEqual([]);
    expect(mentioned("A service-based design.")).toEqual([]);
    expect(mentioned("The service's owner.")).toEqual([]);
    expect(mentioned("Ask the service - it answers.")).toEqual([["service", "service"]]);
    expect(mentioned("The services' owners.")).toEqual([["service", "services"]]);
  });

  it("keeps a title or alias for its own entry when it is another entry's derived form", () => {
    const container = { slug: "container", title: "Container", aliases: [] };
    expect(mentioned("A container and containers.", [container, containers])).toEqual([
      ["container", "container"],
      ["containers", "containers"],
    ]);
  });

  it("finds a plural title by its singular, and an abbreviation, in the name index", () => {
    const data = { description: "Boxes.", level: "beginner" as const };
    expect(namedTerm("containers", { ...data, title: "Containers", aliases: [] }, "Basics").aliases).toEqual([
      "Container",
    ]);
    expect(namedTerm("iaas", { ...data, title: iaas.title, aliases: [] }, "Basics").aliases).toEqual([
      "Infrastructure as a Service",
      "IaaS",
    ]);
  });
});

describe("headings", () => {
  const settings = siteSettingsSchema.parse({});
  const english = messagesFor("en");

  it("ask 'What are …?' of titles that read as plurals in English", () => {
    expect(entryHeading(settings, "Containers", english, { language: "en" })).toBe("What are Containers?");
    expect(entryHeading(settings, "Stateless Apps", english, { language: "en" })).toBe("What are Stateless Apps?");
    expect(entryHeading(settings, "Deep Learning", english, { language: "en" })).toBe("What is Deep Learning?");
  });

  it("leave singular titles that end in -s alone", () => {
    for (const title of [
      "Algorithmic Bias",
      "k-means",
      "Mixture of Experts",
      "MLOps",
      "Kubernetes",
      "Ethics",
      "Class",
    ]) {
      expect(readsAsPlural(title, "en"), title).toBe(false);
    }
    expect(readsAsPlural("Containers", "nl")).toBe(false);
  });

  it("use an entry's own heading over the style", () => {
    expect(entryHeading(settings, "Kubernetes", english, { heading: "What is Kubernetes for?", language: "en" })).toBe(
      "What is Kubernetes for?",
    );
    const term = siteSettingsSchema.parse({ headingStyle: "term" });
    expect(entryHeading(term, "Containers", english, { language: "en" })).toBe("Containers");
  });
});
