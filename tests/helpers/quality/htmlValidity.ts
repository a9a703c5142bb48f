import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import type { BuiltSite } from "../builtSite.ts";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  elements: [
    "html5",
    {
      // Pagefind's Component UI elements, which wait in <template>s until search is used.
      "pagefind-modal": { flow: true },
      "pagefind-modal-header": { flow: true },
      "pagefind-modal-body": { flow: true },
      "pagefind-modal-footer": { flow: true },
      "pagefind-input": { flow: true },
      "pagefind-summary": { flow: true },
      "pagefind-results": { flow: true },
      "pagefind-keyboard-hints": { flow: true },
      "pagefind-filter-dropdown": { flow: true },
    },
  ],
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
