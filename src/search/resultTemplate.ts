/**
 * The Pagefind result template of the site: the term, its category and level, its aliases, and the matching
 * excerpt (or the definition when there is no excerpt). It keeps Pagefind's classes so keyboard navigation works.
 */
export const RESULT_TEMPLATE = `<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
      <p class="search-result-facts">{{ meta.category }} · {{ meta.level }}{{#if meta.aliases}} · also {{ meta.aliases }}{{/if}}</p>
      <p class="pf-result-excerpt">{{#if excerpt}}{{+ excerpt +}}{{:else}}{{ meta.definition }}{{/if}}</p>
    </div>
  </div>
</li>`;
