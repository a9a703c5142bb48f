/** The name of `language` as written in `inLanguage` (`nl` in Dutch: "Nederlands"; `en` in Dutch: "Engels"). */
export function languageName(language: string, inLanguage = language): string {
  const name = new Intl.DisplayNames([inLanguage], { type: "language", fallback: "code" }).of(language) ?? language;
  return inLanguage === language ? name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1) : name;
}
