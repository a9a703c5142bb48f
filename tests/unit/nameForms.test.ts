import { describe, expect, it } from "vitest";
import { nameForms, numberForms, splitAbbreviation } from "../../src/core/graph/nameForms.ts";

describe("splitAbbreviation", () => {
  it("splits a trailing abbreviation off the title", () => {
    expect(splitAbbreviation("Infrastructure as a Service (IaaS)")).toEqual({
      base: "Infrastructure as a Service",
      abbreviation: "IaaS",
    });
    expect(splitAbbreviation("Application programming interface (API)").abbreviation).toBe("API");
    expect(splitAbbreviation("Continuous delivery (CI/CD)").abbreviation).toBe("CI/CD");
  });

  it("keeps a parenthesised explanation as part of the title", () => {
    expect(splitAbbreviation("Python (programming language)")).toEqual({ base: "Python (programming language)" });
    expect(splitAbbreviation("Cluster")).toEqual({ base: "Cluster" });
  });
});

describe("numberForms", () => {
  it("gives the other number of the last English word", () => {
    expect(numberForms("Containers", "en")).toEqual(["Container"]);
    expect(numberForms("Cluster", "en-GB")).toEqual(["Clusters"]);
    expect(numberForms("Policy", "en")).toEqual(["Policies"]);
    expect(numberForms("Data policies", "en")).toEqual(["Data policy"]);
    expect(numberForms("Branch", "en")).toEqual(["Branches"]);
  });

  it("leaves -ss words, abbreviations and other languages alone", () => {
    expect(numberForms("Class", "en")).not.toContain("Clas");
    expect(numberForms("IaaS", "en")).toEqual([]);
    expect(numberForms("API", "en")).toEqual([]);
    expect(numberForms("Cluster", "de")).toEqual([]);
    expect(numberForms("Cluster", "fr")).toEqual([]);
  });

  it("gives the other number of the last Dutch word by cautious rules", () => {
    expect(numberForms("Netwerk", "nl")).toEqual(["Netwerken"]);
    expect(numberForms("Neurale netwerken", "nl")).toEqual(["Neurale netwerk"]);
    expect(numberForms("Computer", "nl-BE")).toEqual(["Computers"]);
    expect(numberForms("Computers", "nl")).toEqual(["Computer"]);
    expect(numberForms("Methode", "nl")).toEqual(["Methodes"]);
    expect(numberForms("Taalmodellen", "nl")).toEqual(["Taalmodel"]);
    expect(numberForms("Foto", "nl")).toEqual(["Foto's"]);
    expect(numberForms("Foto's", "nl")).toEqual(["Foto"]);
    expect(numberForms("Token", "nl")).toEqual(["Tokens"]);
  });

  it("leaves a Dutch plural alone where the singular would change a vowel, and abbreviations", () => {
    expect(numberForms("Lagen", "nl")).not.toContain("Lag");
    expect(numberForms("GPU", "nl")).toEqual([]);
    expect(numberForms("MLOps", "nl")).toEqual([]);
  });
});

describe("nameForms", () => {
  it("lists every distinct name of an entry", () => {
    expect(nameForms("Infrastructure as a Service (IaaS)", ["Cloud infrastructure"], "en")).toEqual([
      "Infrastructure as a Service (IaaS)",
      "Infrastructure as a Service",
      "Infrastructure as a Services",
      "IaaS",
      "Cloud infrastructure",
      "Cloud infrastructures",
    ]);
  });

  it("adds the forms of the language, and none in a language without rules", () => {
    expect(nameForms("Cluster", ["Rekencluster"], "nl")).toEqual([
      "Cluster",
      "Clusters",
      "Rekencluster",
      "Rekenclusters",
    ]);
    expect(nameForms("Cluster", ["Rechencluster"], "de")).toEqual(["Cluster", "Rechencluster"]);
  });
});
