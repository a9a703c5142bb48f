import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import type { BuiltSite } from "../builtSite.ts";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  // No custom elements: the search dialog is built by its script, and no page carries Pagefind's elements.
  elements: ["html5"],
});

/** Every html-validate error in every built page, as `page:line:column rule message`. */
export async function htmlErrors(site: BuiltSite): Promise<string[]> {
  const errors: string[] = [];
  for (const file of site.htmlFiles()) {
    const report = await validator.validateFile(join(site.dir, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
  }
  return errors;
}
